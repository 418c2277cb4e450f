"""Charts of the committed data: defaults read the package's figures and sources."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import pytest  # noqa: E402

from tests.conftest import label_gaps, laid_out, layout_problems  # noqa: E402
from ucj_data.present import plots  # noqa: E402


def test_source_note_defaults_to_the_package_figures_and_sources():
    # committed data: msn-serang-active is a figure of msn-serang, outlet MSN, event date
    # 2025-12-09
    assert plots.source_note("msn-serang-active") == "Sumber: MSN (9 Desember 2025)"


def test_sources_chart_marks_the_value_kept_and_the_ones_set_aside():
    import ucj_data

    fig = plots.sources_chart(ucj_data.figures(), ucj_data.reconcile(), "3604",
                              "active_participants", regions=ucj_data.regions())
    ax = fig.axes[0]
    labels = [t.get_text() for t in ax.get_yticklabels()]
    # one bar per source, labelled with the figure as written
    assert labels == ["MSN: \u2018mencapai 461 ribu\u2019", "Kalimati.id: \u2018400.385\u2019",
                      "FOKUSTV.COM: \u2018461 ribu\u2019"]
    widths = sorted(p.get_width() for p in ax.patches)
    assert widths == [400_385, 461_000, 461_000]
    # the kept bar is the house blue, the two set aside are hatched
    hatched = [p.get_width() for p in ax.patches if p.get_hatch()]
    assert sorted(hatched) == [461_000, 461_000]
    assert "orang" in ax.get_xlabel()
    assert "400.385" in fig.alt_text and "MSN" in fig.alt_text
    note = [t.get_text() for t in fig.texts if "Sumber" in t.get_text()]
    assert note and "Kalimati.id" in note[0]


def test_target_path_starts_at_the_observed_base():
    # Lampung's projection starts from its observation of August 2025, 687 ribu active of
    # 2,8 juta workers: 100 x 687.000 / 2.800.000 = 24,536%, below its 2025 target of
    # 38,39%; the line is drawn from (2025, 24,536) and the base marked as observed
    import ucj_data

    proj = ucj_data.project_enrolment(path="official", region_codes=["18"])
    fig = plots.target_path_chart(proj, ucj_data.official_targets(), "18", lang="en")
    line = fig.axes[0].get_lines()[0]
    assert line.get_xdata()[0] == 2025
    assert line.get_ydata()[0] == pytest.approx(24.5357, abs=1e-4)
    assert line.get_xdata()[1] == 2026
    observed = [c for c in fig.axes[0].collections if c.get_gid() == "observed-base"]
    assert observed and observed[0].get_offsets()[0][1] == pytest.approx(24.5357, abs=1e-4)


# Every chart of the notebooks, drawn from the package's tables the way a reader calls them:
# without a regions table (the tables' region_name columns name the regions).
def _charts(lang):
    import ucj_data

    figures, reconciled = ucj_data.figures(), ucj_data.reconcile()
    grid = ucj_data.project_enrolment(target_year=[2029, 2045], workforce_growth=[0],
                                      churn=[0, 0.05], region_codes=["3604"])
    lampung = ucj_data.project_enrolment(path=["linear", "official"], region_codes=["18"])
    return {
        "sources": plots.sources_chart(figures, reconciled, "3604", "active_participants",
                                       lang=lang),
        "coverage": plots.coverage_chart(ucj_data.coverage(), lang=lang),
        "enrolment": plots.enrolment_chart(grid, "3604", lang=lang),
        "target_path": plots.target_path_chart(lampung, ucj_data.official_targets(), "18",
                                               lang=lang),
        "benefits": plots.benefits_chart(ucj_data.claim_benefits(), lang=lang),
        "budget": plots.budget_chart(ucj_data.budget_cases(), lang=lang),
        **{f"history_{code}": plots.history_chart(ucj_data.coverage_history(),
                                                  ucj_data.target_realism(), code, lang=lang)
           for code in ("18", "36", "00")},
    }


@pytest.fixture(scope="module", params=["id", "en"])
def charts(request):
    return request.param, _charts(request.param)


def _words(fig) -> list[str]:
    """Every text the chart prints (titles, labels, ticks, legends, notes) and its alt
    text, without quotations as written: figures ('‘mencapai 461 ribu’') and the titles
    the source note cites ('“Banten Prioritaskan…”')."""
    import re

    laid_out(fig)
    out = [t.get_text() for t in fig.texts] + [fig.alt_text]
    for ax in fig.axes:
        out += [t.get_text() for t in ax.texts]
        out += [t.get_text() for t in ax.get_xticklabels() + ax.get_yticklabels()]
        out += [ax.get_xlabel(), ax.get_ylabel(), ax.get_title(loc="left")]
        if ax.get_legend() is not None:
            out += [t.get_text() for t in ax.get_legend().get_texts()]
    return [re.sub("\u2018[^\u2019]*\u2019|\u201c[^\u201d]*\u201d", "", t) for t in out if t]


def test_charts_print_no_identifier_and_no_region_code(charts):
    import re

    lang, made = charts
    for name, fig in made.items():
        for text in _words(fig):
            assert not re.search(r"[a-z]+_[a-z]+", text), (lang, name, text)
            # region codes 3604, 36 and 18 as words: the names are known
            assert not re.search(r"(?<![\w.,])(3604|36|18)(?![\w.,%])", text), (
                lang, name, text)


# words only one of the languages uses
INDONESIAN = ("pekerja", "tahun", "Sumber", "juta", "miliar", "triliun", "peserta",
              "resmi", " dan ", "keluar", "cakupan", "Kabupaten Serang: semua")
ENGLISH = ("workers", "year", "Source", "million", "billion", "trillion", "participant",
           "official", " and ", "churn", "coverage", "IDR")


def test_each_chart_speaks_one_language(charts):
    lang, made = charts
    foreign = ENGLISH if lang == "id" else INDONESIAN
    for name, fig in made.items():
        for text in _words(fig):
            if lang == "en":  # region names are Indonesian names: leave them out
                text = text.replace("Kabupaten Serang", "")
            hits = [w for w in foreign if w.lower() in text.lower()]
            assert not hits, (lang, name, hits, text)


def test_sources_chart_names_the_indicator_and_status_in_words():
    import ucj_data

    for lang, words in (("id", ("peserta aktif", "sebagian angka disisihkan")),
                        ("en", ("active participants", "some figures set aside"))):
        fig = plots.sources_chart(ucj_data.figures(), ucj_data.reconcile(), "3604",
                                  "active_participants", lang=lang)
        assert words[0] in fig.get_suptitle() and words[0] in fig.alt_text
        assert words[1] in fig.alt_text and "resolved" not in fig.alt_text


def test_serang_vulnerable_cost_is_a_visible_bar_with_its_label_beside_it(charts):
    # Rp4,3 miliar beside Banten's Rp1,6 triliun: each case has its own panel and scale,
    # so the smallest bar is wide, and each cost label starts just right of its bar (or of
    # the range its rounded figures allow, drawn as an error bar)
    lang, made = charts
    fig = made["budget"]
    laid_out(fig)
    import ucj_data

    bars = [(ax, p) for ax in fig.axes for p in ax.patches]
    assert len(bars) == len(ucj_data.budget_cases())  # one bar per case and package
    assert min(p.get_window_extent().width for _, p in bars) > 100  # pixels at 100 dpi
    for label, gap in label_gaps(fig):
        assert 0 <= gap < 25, (label, gap)  # error bar caps included
    assert "4,3 miliar" in fig.alt_text if lang == "id" else "4.3 billion" in fig.alt_text


def test_no_label_overlaps_another_or_the_y_axis(charts):
    lang, made = charts
    for name, fig in made.items():
        assert not layout_problems(fig), (lang, name)
