"""ucj_data.present.plots on small hand-made tables (no pixel comparisons)."""

from __future__ import annotations

import base64
import importlib
import pkgutil

import matplotlib

matplotlib.use("Agg")

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402

from tests.conftest import laid_out  # noqa: E402
from ucj_data.parameters import ParameterError  # noqa: E402
from ucj_data.present import plots  # noqa: E402

NAN = float("nan")

SOURCES = pd.DataFrame(
    {
        "source_id": [
            "msn-serang",
            "kalimati-serang",
            "fokustv-serang",
            "banten-ucj-sosek",
            "metropolis-lampung",
        ],
        "outlet": ["MSN", "Kalimati.id", "FOKUSTV.COM", None, "Metropolis"],
        "title": [
            None,
            "Pemkab Serang Teken Nota Kesepakatan",
            "Pemkab Serang Gandeng BPJS",
            "Banten Prioritaskan Pekerja Informal: Andra Soni Genjot Perluasan",
            "BPJS",
        ],
        "published": [None, None, None, "2025-11-04T13:36+07:00", None],
        "event_date": ["2025-12-09", None, "2025-12-09", "2025-11-03", "2025-12-08"],
    }
)
REGIONS = pd.DataFrame(
    {"region_code": ["3604", "36", "18"], "name": ["Kabupaten Serang", "Banten", "Lampung"]}
)
# The figures the tables below name, with their sources: the source notes look each figure's
# source up here (by its source_id column, not by the shape of its id).
FIGURES = pd.DataFrame(
    [
        ("msn-serang-active", "msn-serang"),
        ("msn-serang-coverage", "msn-serang"),
        ("msn-serang-claims", "msn-serang"),
        ("msn-serang-recipients", "msn-serang"),
        ("msn-serang-vulnerable-funded", "msn-serang"),
        ("kalimati-serang-active", "kalimati-serang"),
        ("kalimati-serang-uncovered", "kalimati-serang"),
        ("fokustv-serang-active", "fokustv-serang"),
        ("banten-ucj-sosek-active", "banten-ucj-sosek"),
        ("banten-ucj-sosek-coverage", "banten-ucj-sosek"),
        ("metropolis-lampung-target-2025", "metropolis-lampung"),
        ("metropolis-lampung-target-active-2025", "metropolis-lampung"),
        ("metropolis-lampung-target-2026", "metropolis-lampung"),
    ],
    columns=["figure_id", "source_id"],
)
# the tables the charts' source notes are looked up in
CITE = {"figures": FIGURES, "sources": SOURCES}

# Kabupaten Serang: workforce = 400,385 active + 386,317 uncovered = 786,702;
# to 99.5%: ceil(0.995 x 786,702) = ceil(782,768.49) = 782,769, minus 400,385 = 382,384.
# Banten: workforce = 2,700,000 / 0.429 = 6,293,706.29; ceil(0.995 x that) = 6,262,238,
# minus 2,700,000 = 3,562,238.
COVERAGE = pd.DataFrame(
    {
        "region_code": ["36", "3604"],
        "period": ["2025-11-03", "2025-12-09"],
        "active_participants": [2_700_000.0, 400_385.0],
        "coverage_pct": [42.9, 50.87],
        "workforce": [6_293_706.29, 786_702.0],
        "workforce_method": ["active / coverage", "active + uncovered"],
        "uncovered_workers": [3_593_706.29, 386_317.0],
        "target_pct": [99.5, 99.5],
        "workers_to_target": [3_562_238, 382_384],
        "figure_ids": [
            "banten-ucj-sosek-active;banten-ucj-sosek-coverage",
            "kalimati-serang-active;kalimati-serang-uncovered;msn-serang-coverage",
        ],
    }
)


def _scenario(target_year, churn, path, enrol, region="3604", start=2026):
    years = list(range(start, start + len(enrol)))
    return pd.DataFrame(
        {
            "target_pct": 99.5,
            "target_year": target_year,
            "workforce_growth": 0.0,
            "churn": churn,
            "path": path,
            "region_code": region,
            "year": years,
            "workforce": 786_702.0,
            "coverage_pct": [60.0 + 10 * i for i in range(len(enrol))],
            "covered": NAN,
            "net_new": NAN,
            "lapsed": NAN,
            "enrol_gross": enrol,
            "figure_ids": "kalimati-serang-active;kalimati-serang-uncovered",
        }
    )


# Three scenarios; the third has the same enrolment as the first (path 'official' in a region
# without official targets), so it is drawn once and 'path' no longer varies.
PROJECTION = pd.concat(
    [
        _scenario(2029, 0.0, "linear", [100_000.0, 120_000.0, 90_000.0]),
        _scenario(2045, 0.05, "linear", [50_000.0, 60_000.0, 70_000.0]),
        _scenario(2029, 0.0, "official", [100_000.0, 120_000.0, 90_000.0]),
    ],
    ignore_index=True,
)


LAMPUNG_PATH = pd.DataFrame(
    {
        "target_pct": 99.5,
        "target_year": 2045,
        "workforce_growth": 0.0,
        "churn": 0.0,
        "path": "linear",
        "region_code": "18",
        "year": [2026, 2027, 2028],
        "coverage_pct": [41.45, 44.5, 47.56],
        "enrol_gross": 1.0,
        "figure_ids": "metropolis-lampung-target-2025;metropolis-lampung-target-active-2025",
    }
)


OFFICIAL = pd.DataFrame(
    {
        "region_code": ["18", "18"],
        "year": [2025, 2026],
        "target_coverage_pct": [38.39, 45.53],
        "target_active_participants": [1_149_447, 1_436_809],
        "implied_workforce": [NAN, NAN],
        "additional_active": [NAN, 287_362],
        "required_coverage_pct": [38.39, 41.45],
        "figure_ids": ["metropolis-lampung-target-2025", "metropolis-lampung-target-2026"],
    }
)


# 650,459,000,000 / 52,301 recipients = 12,436,836.77 -> 'Rp12,4 juta';
# 650,459,000,000 / 400,385 active = 1,624,583.8 -> 'Rp1,6 juta'. Banten has no claims.
CLAIMS = pd.DataFrame(
    {
        "region_code": ["3604", "36"],
        "period": ["2025", "2025"],
        "claims_paid_idr": [650_459_000_000.0, NAN],
        "claim_recipients": [52_301, None],
        "benefit_per_recipient_idr": [12_436_836.77, NAN],
        "benefit_per_active_participant_idr": [1_624_583.8, NAN],
        "figure_ids": ["msn-serang-claims;msn-serang-recipients", "banten-ucj-sosek-active"],
    }
)


# 21,234 workers x Rp16,800 x 12 = 21,234 x 201,600 = 4,280,774,400 -> 'Rp4,3 miliar';
# 21,234 x Rp36,800 x 12 = 21,234 x 441,600 = 9,376,934,400 -> 'Rp9,4 miliar'.
BUDGET = pd.DataFrame(
    {
        "case": ["Serang vulnerable", "Serang vulnerable"],
        "package": ["JKK+JKM", "JKK+JKM+JHT"],
        "workers": [21_234.0, 21_234.0],
        "rate_idr_per_month": [16_800.0, 36_800.0],
        "months": [12, 12],
        "yearly_cost_idr": [4_280_774_400.0, 9_376_934_400.0],
        "figure_ids": ["msn-serang-vulnerable-funded"] * 2,
    }
)


def texts(fig: Figure) -> list[str]:
    """Every text of the figure: figure texts, axes texts and annotations, tick labels."""
    out = [t.get_text() for t in fig.texts]
    for ax in fig.axes:
        out += [t.get_text() for t in ax.texts]
        out += [t.get_text() for t in ax.get_xticklabels() + ax.get_yticklabels()]
        out.append(ax.get_title(loc="left"))
    return out


def labels_top_down(ax) -> list[str]:
    """The y tick labels, from the one drawn highest down."""
    ticks = zip(ax.get_yticks(), ax.get_yticklabels(), strict=True)
    return [label.get_text() for _, label in sorted(ticks, key=lambda tick: -tick[0])]


def top_label(ax) -> str:
    """The y tick label drawn highest."""
    return labels_top_down(ax)[0]


def note(fig: Figure) -> str:
    notes = [t.get_text() for t in fig.texts if t.get_text().startswith(("Sumber", "Source"))]
    assert len(notes) == 1, [t.get_text() for t in fig.texts]
    return notes[0].replace("\n", " ")


def note_of(figure_ids, lang="id", figures=FIGURES, sources=SOURCES) -> str:
    return plots.source_note(figure_ids, figures=figures, sources=sources, lang=lang)


def test_source_note_names_outlets_and_the_shared_date():
    ids = ["kalimati-serang-active;msn-serang-coverage", "fokustv-serang-active"]
    # table order; Kalimati.id has no event date, the other two share 9 December 2025
    assert note_of(ids, "id") == "Sumber: MSN, Kalimati.id, FOKUSTV.COM (9 Desember 2025)"
    assert note_of(ids, "en") == "Sources: MSN, Kalimati.id, FOKUSTV.COM (9 December 2025)"


def test_source_note_maps_a_figure_id_to_its_source_and_omits_a_missing_date():
    assert note_of(["kalimati-serang-active"], "id") == "Sumber: Kalimati.id"
    assert note_of("kalimati-serang-active", "en") == "Source: Kalimati.id"


def test_source_note_reads_the_source_from_the_figures_table_not_from_the_id():
    # 'uji-active' starts with the source id 'uji' followed by '-', but the figures table
    # says its source is 'uji-test': the note names the outlet of 'uji-test', "Uji Test".
    figures = pd.DataFrame({"figure_id": ["uji-active"], "source_id": ["uji-test"]})
    sources = pd.DataFrame(
        {
            "source_id": ["uji", "uji-test"],
            "outlet": ["Prefix", "Uji Test"],
            "title": [None, None],
            "event_date": [None, None],
        }
    )
    assert note_of("uji-active", "id", figures, sources) == "Sumber: Uji Test"


def test_source_note_uses_the_title_when_the_outlet_is_missing():
    # the title has 9 words: the first 4, then an ellipsis, in quotes
    assert (
        note_of(["banten-ucj-sosek-active"], "id")
        == "Sumber: \u201cBanten Prioritaskan Pekerja Informal\u2026\u201d (3 November 2025)"
    )


def test_source_note_dates_each_outlet_when_dates_differ():
    ids = ["metropolis-lampung-target-2025", "msn-serang-active"]
    assert note_of(ids, "id") == "Sumber: MSN (9 Desember 2025), Metropolis (8 Desember 2025)"


def test_source_note_rejects_unknown_ids_and_is_empty_without_ids():
    # 'nosuch-active' is in no row of FIGURES
    with pytest.raises(ValueError, match="nosuch-active"):
        note_of(["msn-serang-active", "nosuch-active"])
    # 'msn-serang-active' is a package figure, but not in the figures table passed
    with pytest.raises(ValueError, match="msn-serang-active"):
        note_of("msn-serang-active", figures=FIGURES.iloc[5:])
    assert note_of([]) == ""
    assert note_of([None, NAN]) == ""
    with pytest.raises(ParameterError, match="lang"):
        note_of(["msn-serang-active"], "fr")


def test_source_note_rejects_a_figure_whose_source_is_not_in_the_sources_table():
    # FIGURES says msn-serang-active comes from msn-serang; SOURCES without its first row
    # lacks msn-serang
    with pytest.raises(ValueError, match="msn-serang"):
        note_of("msn-serang-active", sources=SOURCES.iloc[1:])


def test_source_note_says_which_column_a_figures_table_lacks():
    # the sources table passed where the figures table belongs (the old second argument)
    with pytest.raises(ValueError, match="figures lacks the column.*figure_id"):
        plots.source_note("msn-serang-active", SOURCES)


def test_a_chart_names_a_figure_id_missing_from_the_figures_table():
    coverage = COVERAGE.assign(figure_ids=["banten-ucj-sosek-active", "nosuch-coverage"])
    with pytest.raises(ValueError, match="nosuch-coverage"):
        plots.coverage_chart(coverage, **CITE)


def test_coverage_chart_indonesian():
    fig = plots.coverage_chart(COVERAGE, regions=REGIONS, **CITE, lang="id")
    (ax,) = fig.axes
    assert fig.get_suptitle() == "Cakupan BPJS Ketenagakerjaan per wilayah"
    assert ax.get_xlabel() == "Cakupan (% pekerja)"
    assert ax.get_xlim() == (0, 100)
    assert "MSN" in note(fig) and "Kalimati.id" in note(fig) and "Banten" in note(fig)
    all_text = texts(fig)
    assert "Target 99,5%" in all_text
    assert "382.384 pekerja lagi" in all_text and "3.562.238 pekerja lagi" in all_text
    assert "50,87%" in all_text
    # highest coverage on top: ticks are listed bottom-up
    assert top_label(ax) == "Kabupaten Serang\n9 Des 2025"
    assert ax.xaxis.get_major_formatter()(40, 0) == "40%"
    assert "50,87%" in fig.alt_text and "382.384" in fig.alt_text


def test_coverage_chart_target_line_and_gap_bars():
    fig = plots.coverage_chart(COVERAGE, **CITE)
    (ax,) = fig.axes
    dashed = [line for line in ax.get_lines() if line.get_linestyle() == "--"]
    assert len(dashed) == 1
    assert list(dashed[0].get_xdata()) == [99.5, 99.5]
    widths = sorted(round(p.get_width(), 6) for p in ax.patches)
    # bars 42.9 and 50.87; gaps 99.5 - 50.87 = 48.63 and 99.5 - 42.9 = 56.6
    assert widths == [42.9, 48.63, 50.87, 56.6]
    # without a regions table the codes are shown
    assert top_label(ax).startswith("3604")


def test_coverage_chart_english():
    fig = plots.coverage_chart(COVERAGE, regions=REGIONS, **CITE, lang="en")
    (ax,) = fig.axes
    assert fig.get_suptitle() == "BPJS Ketenagakerjaan coverage by region"
    assert ax.get_xlabel() == "Coverage (% of workers)"
    assert note(fig).startswith("Sources: MSN")
    assert {"Target 99.5%", "382,384 more workers", "50.87%"} <= set(texts(fig))
    assert "382,384" in fig.alt_text and "99.5%" in fig.alt_text


def test_coverage_chart_rejects_bad_input():
    with pytest.raises(ValueError, match="target_pct"):
        plots.coverage_chart(COVERAGE, target_pct=95, **CITE)
    # the package's one rule for target_pct: above 0 and at most 100, a number
    with pytest.raises(ParameterError, match="target_pct must be .*; got 120"):
        plots.coverage_chart(COVERAGE.drop(columns="target_pct"), target_pct=120, **CITE)
    with pytest.raises(ParameterError, match="target_pct"):
        plots.coverage_chart(COVERAGE.drop(columns="target_pct"), target_pct="99.5", **CITE)
    with pytest.raises(ValueError, match="coverage_pct"):
        plots.coverage_chart(COVERAGE.drop(columns="coverage_pct"), **CITE)
    with pytest.raises(ValueError, match="no row"):
        plots.coverage_chart(COVERAGE.assign(coverage_pct=NAN), **CITE)


def test_enrolment_chart_panels_per_scenario():
    fig = plots.enrolment_chart(PROJECTION, "3604", regions=REGIONS, **CITE)
    assert fig.get_suptitle() == "Pekerja yang perlu didaftarkan per tahun: Kabupaten Serang"
    assert len(fig.axes) == 2  # the duplicate 'official' scenario is drawn once
    titles = [ax.get_title(loc="left") for ax in fig.axes]
    # every word of the scenario labels in Indonesian: 'churn' is 'peserta keluar'
    assert titles == ["target tahun 2029, peserta keluar 0%/tahun",
                      "target tahun 2045, peserta keluar 5%/tahun"]
    heights = [[p.get_height() for p in ax.patches] for ax in fig.axes]
    assert heights == [[100_000, 120_000, 90_000], [50_000, 60_000, 70_000]]
    assert fig.axes[0].get_ylabel() == "Pekerja didaftarkan per tahun"
    assert fig.axes[0].get_xlabel() == "Tahun"
    # 100,000 + 120,000 + 90,000 = 310,000 over 2026-2028
    assert "total 2026\u20132028: 310.000" in texts(fig)
    assert fig.axes[0].yaxis.get_major_formatter()(400_000, 0) == "400.000"
    assert note(fig) == "Sumber: Kalimati.id"
    assert "310.000" in fig.alt_text
    assert "target tahun 2045, peserta keluar 5%/tahun" in fig.alt_text


def test_enrolment_chart_english_and_scenario_column():
    frame = PROJECTION.assign(scenario=np.repeat(["fast", "slow", "fast-too"], 3))
    fig = plots.enrolment_chart(frame, "3604", scenario_col="scenario", **CITE, lang="en")
    assert fig.get_suptitle() == "Workers to enrol each year: 3604"
    assert [ax.get_title(loc="left") for ax in fig.axes] == ["fast", "slow"]
    assert fig.axes[0].get_ylabel() == "Workers enrolled per year"
    assert fig.axes[0].yaxis.get_major_formatter()(400_000, 0) == "400,000"
    assert "total 2026\u20132028: 310,000" in texts(fig)


def test_enrolment_chart_totals_and_peaks_are_whole_workers_rounded_up():
    # every year 95.595,87 workers (382.383,49 over 4 years): each year needs 95.596 and the
    # total 382.384 (rounded up once, from the unrounded sum), and no year is the highest
    even = _scenario(2029, 0.0, "linear", [382_383.49 / 4] * 4)
    even = even.assign(year=[2026, 2027, 2028, 2029])
    fig = plots.enrolment_chart(even, "3604", regions=REGIONS, **CITE)
    assert "total 2026\u20132029: 382.384" in texts(fig)
    assert "total 382.384 pada 2026\u20132029, 95.596 sama setiap tahun" in fig.alt_text
    assert "tertinggi" not in fig.alt_text
    fig = plots.enrolment_chart(even, "3604", regions=REGIONS, **CITE, lang="en")
    assert "95,596 the same every year" in fig.alt_text
    # years that differ: the highest, after rounding up
    fig = plots.enrolment_chart(PROJECTION, "3604", regions=REGIONS, **CITE)
    assert "tertinggi 120.000 pada 2027" in fig.alt_text


def test_enrolment_chart_rejects_unknown_region_and_column():
    with pytest.raises(ValueError, match="1871"):
        plots.enrolment_chart(PROJECTION, "1871", **CITE)
    with pytest.raises(ValueError, match="nope"):
        plots.enrolment_chart(PROJECTION, "3604", scenario_col="nope", **CITE)


def test_target_path_chart():
    fig = plots.target_path_chart(LAMPUNG_PATH, OFFICIAL, "18", regions=REGIONS, **CITE)
    (ax,) = fig.axes
    assert fig.get_suptitle() == "Jalur cakupan yang diperlukan dan target resmi: Lampung"
    assert ax.get_ylabel() == "Cakupan (%)"
    (line,) = ax.get_lines()
    assert list(line.get_xdata()) == [2026, 2027, 2028]
    assert list(line.get_ydata()) == [41.45, 44.5, 47.56]
    (markers,) = [c for c in ax.collections if c.get_gid() == "official-targets"]
    assert markers.get_offsets().tolist() == [[2025, 38.39], [2026, 45.53]]
    assert {"38,39%", "45,53%"} <= set(texts(fig))
    assert note(fig) == "Sumber: Metropolis (8 Desember 2025)"
    assert "38,39%" in fig.alt_text and "45,53%" in fig.alt_text


def test_target_path_chart_english_and_missing_region():
    fig = plots.target_path_chart(
        LAMPUNG_PATH, OFFICIAL, "18", regions=REGIONS, **CITE, lang="en"
    )
    assert fig.get_suptitle() == "Required coverage path and official targets: Lampung"
    assert fig.axes[0].get_ylabel() == "Coverage (%)"
    assert {"38.39%", "45.53%"} <= set(texts(fig))
    assert note(fig) == "Source: Metropolis (8 December 2025)"
    with pytest.raises(ValueError, match="3604"):
        plots.target_path_chart(LAMPUNG_PATH, OFFICIAL, "3604", **CITE)


def test_benefits_chart_indonesian():
    fig = plots.benefits_chart(CLAIMS, regions=REGIONS, **CITE, lang="id")
    (ax,) = fig.axes
    assert fig.get_suptitle() == "Manfaat klaim per penerima dan per peserta aktif"
    assert ax.get_ylabel() == "Manfaat (Rp per orang)"
    # MSN is dated 9 December 2025, so the 2025 claims are year to date
    assert [t.get_text() for t in ax.get_xticklabels()] == [
        "Kabupaten Serang\n2025\n(s.d. 9 Des 2025)"]
    assert sorted(p.get_height() for p in ax.patches) == [1_624_583.8, 12_436_836.77]
    assert {"Rp12,4 juta", "Rp1,6 juta"} <= set(texts(fig))
    assert ax.yaxis.get_major_formatter()(5_000_000, 0) == "Rp5 juta"
    assert ax.yaxis.get_major_formatter()(12_500_000, 0) == "Rp12,5 juta"
    assert note(fig) == "Sumber: MSN (9 Desember 2025)"  # Banten's row is not drawn
    assert "Rp12,4 juta" in fig.alt_text


def test_benefits_chart_english_and_a_missing_value():
    claims = CLAIMS.copy()
    claims.loc[0, "benefit_per_active_participant_idr"] = NAN
    fig = plots.benefits_chart(claims, regions=REGIONS, **CITE, lang="en")
    (ax,) = fig.axes
    assert fig.get_suptitle() == "Claim benefits per recipient and per active participant"
    assert ax.get_ylabel() == "Benefit (IDR per person)"
    assert [p.get_height() for p in ax.patches] == [12_436_836.77]
    assert "IDR 12.4 million" in texts(fig)
    assert ax.yaxis.get_major_formatter()(5_000_000, 0) == "IDR 5 million"
    assert "IDR 12.4 million" in fig.alt_text
    with pytest.raises(ValueError, match="no row"):
        plots.benefits_chart(CLAIMS.iloc[[1]], **CITE)


def test_budget_chart():
    fig = plots.budget_chart(BUDGET, **CITE, lang="id")
    (ax,) = fig.axes
    assert fig.get_suptitle() == "Biaya iuran per tahun"
    assert ax.get_xlabel() == "Biaya per tahun (Rp)"
    assert [p.get_width() for p in ax.patches] == [4_280_774_400, 9_376_934_400]
    assert {"Rp4,3 miliar", "Rp9,4 miliar"} <= set(texts(fig))
    # the packages' programmes named in the chart's language
    assert [t.get_text() for t in ax.get_legend().get_texts()] == [
        "JKK+JKM: kecelakaan kerja, kematian (Rp16.800/bulan)",
        "JKK+JKM+JHT: kecelakaan kerja, kematian, hari tua (Rp36.800/bulan)",
    ]
    assert top_label(ax) == "Serang vulnerable\n21.234 pekerja"
    assert ax.xaxis.get_major_formatter()(5e9, 0) == "Rp5 miliar"
    assert note(fig) == "Sumber: MSN (9 Desember 2025)"
    assert "Rp4,3 miliar" in fig.alt_text


def test_budget_chart_english_and_budget_cases():
    # a budget_cases table: the label comes from region_code, case_kind and period
    frame = BUDGET.drop(columns="case").assign(
        case_id="3604-vulnerable-funded-2025-12-09",
        case_kind="vulnerable_funded",
        period="2025-12-09",
        region_code="3604",
    )
    fig = plots.budget_chart(frame, regions=REGIONS, **CITE, lang="en")
    (ax,) = fig.axes
    assert fig.get_suptitle() == "Yearly contribution cost"
    assert ax.get_xlabel() == "Yearly cost (IDR)"
    assert "IDR 4.3 billion" in texts(fig)
    label = top_label(ax).replace("\n", " ")
    assert label == "Kabupaten Serang: vulnerable workers funded (9 Dec 2025) 21,234 workers"
    assert "IDR 4.3 billion" in fig.alt_text
    custom = plots.budget_chart(
        BUDGET.rename(columns={"case": "who"}), **CITE, label_col="who"
    )
    assert top_label(custom.axes[0]).startswith("Serang vulnerable")
    with pytest.raises(ValueError, match="case"):
        plots.budget_chart(BUDGET.drop(columns="case"), **CITE)


def test_budget_chart_labels_cases_by_their_columns_never_by_their_ids():
    # Two cases whose ids say nothing true about them: 'my-own-case' has no region, kind or
    # period in it, and '3604-uncovered-2024' names another kind and period than its columns.
    frame = pd.concat(
        [
            BUDGET.drop(columns="case").assign(
                case_id="my-own-case", case_kind="uncovered", period="2025", region_code="36"
            ),
            BUDGET.drop(columns="case").assign(
                case_id="3604-uncovered-2024",
                case_kind="vulnerable_funded",
                period="2025-12-09",
                region_code="3604",
            ),
        ],
        ignore_index=True,
    )
    fig = plots.budget_chart(frame, regions=REGIONS, **CITE, lang="id")
    # one panel per case, the first case on top; each label is '{region name}: {kind in
    # Indonesian} ({period})', wrapped, then '21.234 pekerja'
    assert len(fig.axes) == 2
    labels = [top_label(ax).replace("\n", " ") for ax in fig.axes]
    assert labels == [
        "Banten: semua pekerja belum terlindungi (2025) 21.234 pekerja",
        "Kabupaten Serang: pekerja rentan yang dibiayai (9 Des 2025) 21.234 pekerja",
    ]
    # without a regions table the region code stands for the name
    fig = plots.budget_chart(frame.iloc[:1], **CITE, lang="en")
    assert top_label(fig.axes[0]).replace("\n", " ") == (
        "36: all uncovered workers (2025) 21,234 workers"
    )


def test_budget_chart_keeps_the_text_of_a_case_without_the_case_columns():
    # a contribution_budget frame with its own 'case' column and a region_code, but no
    # case_kind or period: the case column's text as it is
    frame = BUDGET.assign(case="Serang-uncovered-2025", region_code="3604")
    fig = plots.budget_chart(frame, regions=REGIONS, **CITE, lang="en")
    assert top_label(fig.axes[0]) == "Serang-uncovered-2025\n21,234 workers"


CHARTS = {
    "coverage": lambda lang: plots.coverage_chart(COVERAGE, **CITE, lang=lang),
    "enrolment": lambda lang: plots.enrolment_chart(PROJECTION, "3604", **CITE, lang=lang),
    "path": lambda lang: plots.target_path_chart(
        LAMPUNG_PATH, OFFICIAL, "18", **CITE, lang=lang
    ),
    "benefits": lambda lang: plots.benefits_chart(CLAIMS, **CITE, lang=lang),
    "budget": lambda lang: plots.budget_chart(BUDGET, **CITE, lang=lang),
}


@pytest.mark.parametrize("name", sorted(CHARTS))
def test_every_chart_is_styled_and_language_specific(name):
    made = {lang: CHARTS[name](lang) for lang in ("id", "en")}
    for lang, fig in made.items():
        assert isinstance(fig, Figure)
        assert note(fig).startswith("Sumber: " if lang == "id" else "Source")
        assert fig.alt_text.endswith(".") and fig.alt_text.count(". ") == 0
        for ax in fig.axes:
            assert not ax.spines["top"].get_visible()
            assert not ax.spines["right"].get_visible()
    assert made["id"].get_suptitle() != made["en"].get_suptitle()
    assert made["id"].alt_text != made["en"].alt_text
    with pytest.raises(ValueError, match="lang"):
        CHARTS[name]("fr")


def test_repr_mimebundle_gives_png_with_alt_text():
    fig = plots.benefits_chart(CLAIMS, **CITE)
    data, metadata = fig._repr_mimebundle_()
    assert base64.b64decode(data["image/png"])[:8] == b"\x89PNG\r\n\x1a\n"
    assert data["text/plain"] == fig.alt_text
    # the alt text, and the title the report captions the chart with (on one line)
    assert metadata == {"image/png": {"alt": fig.alt_text, "title": fig.chart_title}}
    assert fig.chart_title and "\n" not in fig.chart_title
    only_text, _ = fig._repr_mimebundle_(include={"text/plain"})
    assert set(only_text) == {"text/plain"}


def test_plots_does_not_use_pyplot():
    submodules = [
        importlib.import_module(f"{plots.__name__}.{m.name}")
        for m in pkgutil.iter_modules(plots.__path__)
    ]
    assert {"labels", "notes", "style"} <= {m.__name__.rsplit(".", 1)[1] for m in submodules}
    modules = {
        getattr(v, attr, "")
        for module in (plots, *submodules)
        for v in vars(module).values()
        for attr in ("__name__", "__module__")
    }
    assert "matplotlib.pyplot" not in modules


def test_plots_exports_the_charts_and_source_note():
    assert sorted(plots.__all__) == [
        "benefits_chart", "budget_chart", "coverage_chart", "enrolment_chart",
        "history_chart", "source_note", "sources_chart", "target_path_chart",
    ]
    assert all(callable(getattr(plots, name)) for name in plots.__all__)


def test_every_language_has_every_text():
    from ucj_data.present.plots.labels import TEXT
    from ucj_data.text.locales import LANGS

    assert set(TEXT) == set(LANGS)
    keys = {lang: set(texts) for lang, texts in TEXT.items()}
    assert all(k == keys["id"] for k in keys.values()), keys
    # the budget_cases case kinds are named in every language
    assert {"vulnerable_funded", "uncovered"} <= keys["id"]


def test_charts_name_regions_from_the_table_when_no_regions_table_is_given():
    # the analysis tables carry region_name: the README's one-liner shows names, not codes
    named = COVERAGE.assign(region_name=["Banten", "Kabupaten Serang"])
    fig = plots.coverage_chart(named, lang="en", figures=FIGURES, sources=SOURCES)
    ticks = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert any(t.startswith("Kabupaten Serang\n") for t in ticks), ticks
    assert any(t.startswith("Banten\n") for t in ticks), ticks


def test_ranges_are_drawn_where_values_are_not_points():
    # Banten's gap rests on 'sekitar 2,7 juta' and '42,9 persen': 3.489.116 to 3.635.648
    # workers (A x (99,5 / p - 1) at the corners); Serang's is a point and keeps one number
    ranged = COVERAGE.assign(workers_to_target_low=[3_489_116, 382_384],
                             workers_to_target_high=[3_635_648, 382_384])
    fig = plots.coverage_chart(ranged, lang="en", figures=FIGURES, sources=SOURCES)
    assert "3,489,116\u20133,635,648 more workers needed" in fig.alt_text
    assert "382,384 more workers needed" in fig.alt_text
    # a budget case with a range gets an error bar from its low to its high cost
    budget = pd.DataFrame({"case": ["Banten: uncovered", "Serang: funded"],
                           "package": ["JKK+JKM", "JKK+JKM"],
                           "yearly_cost_idr": [724.5e9, 4_280_774_400.0],
                           "yearly_cost_idr_low": [709.6e9, 4_280_774_400.0],
                           "yearly_cost_idr_high": [739.4e9, 4_280_774_400.0]})
    fig = plots.budget_chart(budget, lang="en", figures=FIGURES, sources=SOURCES)
    bars = [c for c in fig.axes[0].collections if c.get_gid() == "cost-range"]
    assert len(bars) == 1  # Serang's point cost gets none


def test_a_year_reported_before_its_end_is_labelled_year_to_date():
    # the claims of 2025 rest on msn-serang, dated 9 December 2025: year to date
    fig = plots.benefits_chart(CLAIMS, lang="en", figures=FIGURES, sources=SOURCES)
    ticks = [t.get_text() for t in fig.axes[0].get_xticklabels()]
    assert any("2025\n(year to 9 Dec 2025)" in t for t in ticks), ticks
    # reported in a later year: the whole year, no label
    later = SOURCES.assign(event_date="2026-02-01", published=None)
    fig = plots.benefits_chart(CLAIMS, lang="en", figures=FIGURES, sources=later)
    assert not any("year to" in t.get_text() for t in fig.axes[0].get_xticklabels())


def test_every_indicator_unit_status_and_programme_has_a_label_in_every_language():
    # a chart never prints an identifier: each of the vocabulary has its words
    from ucj_data.metadata.fields import FIELDS
    from ucj_data.metadata.vocabularies import INDICATORS, UNITS
    from ucj_data.present.plots.labels import (
        indicator_label,
        package_label,
        status_label,
        unit_label,
    )
    from ucj_data.text.locales import LANGS

    statuses = FIELDS["status"].enum
    for lang in LANGS:
        for indicator in INDICATORS:
            assert "_" not in indicator_label(indicator, lang), (lang, indicator)
        for unit in UNITS:
            assert unit_label(unit, lang) != unit or unit == "percent" or lang == "en", unit
        for status in statuses:
            assert status_label(status, lang) != status, (lang, status)
        assert ":" in package_label("JKK+JKM+JHT+JP", lang)
    assert indicator_label("active_participants", "id") == "peserta aktif"
    assert indicator_label("active_participants", "en") == "active participants"


def text_boxes(fig: Figure):
    """(text, window extent) of every visible text a chart prints besides tick labels:
    figure texts (title, note), axes texts and annotations, axes titles, legends."""
    laid_out(fig)
    renderer = fig._get_renderer()
    boxes = [(t.get_text(), t.get_window_extent(renderer)) for t in fig.texts
             if t.get_text() and t.get_visible()]
    for ax in fig.axes:
        boxes += [(t.get_text(), t.get_window_extent(renderer)) for t in ax.texts
                  if t.get_text()]
        title = ax.title if ax.get_title() else ax._left_title
        if title.get_text():
            boxes.append((title.get_text(), title.get_window_extent(renderer)))
        if ax.get_legend() is not None:
            boxes.append(("legend", ax.get_legend().get_window_extent(renderer)))
    return boxes


def overlaps(fig: Figure) -> list[tuple[str, str]]:
    """Pairs of texts of ``fig`` whose boxes overlap, and texts of an axes that reach over
    its y-axis (left of the axes, where the tick labels are)."""
    boxes = text_boxes(fig)
    found = [(a, b) for i, (a, box_a) in enumerate(boxes) for b, box_b in boxes[i + 1:]
             if box_a.overlaps(box_b)]
    for ax in fig.axes:
        left = ax.get_window_extent().x0
        found += [(t.get_text(), "y-axis") for t in ax.texts
                  if t.get_window_extent().x0 < left - 0.5]
    return found


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("name", sorted(CHARTS))
def test_no_chart_text_overlaps_another_or_the_y_axis(name, lang):
    assert overlaps(CHARTS[name](lang)) == []


def test_a_target_at_the_left_edge_is_labelled_off_the_y_axis():
    # Lampung's 2025 target sits on the left edge: above left its label '38,39%' would lie
    # over the y tick labels, so it goes below right of its marker
    for lang in ("id", "en"):
        fig = plots.target_path_chart(LAMPUNG_PATH, OFFICIAL, "18", **CITE, lang=lang)
        ax = fig.axes[0]
        labels = {t.get_text(): t for t in ax.texts if t.get_gid() == "official-target-label"}
        assert len(labels) == 2
        left = ax.get_window_extent().x0
        assert all(t.get_window_extent().x0 >= left for t in labels.values())
        assert max(ax.get_yticklabels(), key=lambda t: t.get_window_extent().x1) \
            .get_window_extent().x1 < min(t.get_window_extent().x0 for t in labels.values())


LONG_NAMES = pd.DataFrame(
    {"region_code": ["3604", "36", "18"],
     "name": ["Kabupaten Penajam Paser Utara Selatan", "Provinsi Kepulauan Bangka Belitung",
              "Kabupaten Kepulauan Siau Tagulandang Biaro"]}
)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_long_region_names_fit_without_overlaps(lang):
    cite = {**CITE, "regions": LONG_NAMES, "lang": lang}
    made = [
        plots.coverage_chart(COVERAGE, **cite),
        plots.enrolment_chart(PROJECTION, "3604", **cite),
        plots.target_path_chart(LAMPUNG_PATH, OFFICIAL, "18", **cite),
        plots.benefits_chart(CLAIMS, **cite),
        plots.budget_chart(BUDGET.drop(columns="case").assign(
            case_id="x", case_kind="uncovered", period="2025", region_code="36"), **cite),
    ]
    for fig in made:
        assert overlaps(fig) == [], fig.get_suptitle()
        width = fig.bbox.width
        assert all(box.x0 >= 0 and box.x1 <= width + 1 for _, box in text_boxes(fig)), (
            fig.get_suptitle())
