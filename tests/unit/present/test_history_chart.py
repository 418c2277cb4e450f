"""ucj_data.present.plots.history on small hand-made tables (no pixel comparisons)."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import pandas as pd  # noqa: E402
import pytest  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402

from ucj_data.parameters import ParameterError  # noqa: E402
from ucj_data.present.plots.history import history_chart  # noqa: E402

REGIONS = pd.DataFrame({"region_code": ["18"], "name": ["Lampung"]})
SOURCES = pd.DataFrame({"source_id": ["metro"], "outlet": ["Metropolis"], "title": ["t"],
                        "event_date": ["2025-12-08"]})
FIGURES = pd.DataFrame({"figure_id": ["t-25"], "source_id": ["metro"]})
STATS = pd.DataFrame({
    "statistic_id": ["act-23", "act-25", "emp-25"], "region_code": ["18"] * 3,
    "indicator": ["active_participants", "active_participants", "employed_persons"],
    "period": ["2023-12", "2025-08", "2025-08"], "value": [578_889.0, 687_000.0, 4_000_000.0],
    "publisher": ["Kemnaker", "BPJS Ketenagakerjaan", "BPS"],
    "read_at_outlet": ["spn.or.id", "berdikari.co", "daswati.id"]})
HISTORY = pd.DataFrame({
    "region_code": ["18", "18"], "period": ["2023-12", "2025-08"],
    "source_kind": ["official", "official"], "active_participants": [578_889.0, 687_000.0],
    "figure_ids": [None, None], "statistic_ids": ["act-23", "act-25"]})
TARGETS = pd.DataFrame({"region_code": ["18"], "target_year": [2025],
                        "target_active_participants": [1_149_447], "figure_ids": ["t-25"],
                        "statistic_ids": ["act-25"]})


def chart(lang: str, **kw) -> Figure:
    return history_chart(HISTORY, TARGETS, "18", REGIONS, SOURCES, lang, statistics=STATS,
                         figures=FIGURES, **kw)


def note(fig: Figure) -> str:
    return next(t.get_text() for t in fig.texts if t.get_gid() == "source-note")


def test_history_chart_in_both_languages():
    made = {lang: chart(lang) for lang in ("id", "en")}
    for fig in made.values():
        ax = fig.axes[0]
        assert not ax.spines["top"].get_visible() and not ax.spines["right"].get_visible()
        assert fig.alt_text.endswith(".") and fig.alt_text.count(". ") == 0
        text = " ".join(note(fig).split())
        # the news outlet of the target and the publishers of the statistics
        assert "Metropolis" in text
        assert "BPS (daswati.id)" in text and "Kemnaker (spn.or.id)" in text
    assert made["id"].get_suptitle() == "Peserta aktif BPJS Ketenagakerjaan, Lampung"
    assert made["en"].get_suptitle() == "BPJS Ketenagakerjaan active participants, Lampung"
    # 0,995 x 4.000.000 = 3.980.000 at the end of the straight line
    assert "3,980,000 persons) by 2045" in made["en"].alt_text
    assert "578.889 (Des 2023), 687.000 (Agu 2025)" in made["id"].alt_text
    assert "target resmi 1.149.447 (2025)" in made["id"].alt_text


def test_the_straight_line_ends_at_the_target_share_of_employed_persons():
    fig = chart("en", target_pct=80, target_year=2030)
    line = next(x for x in fig.axes[0].lines if x.get_gid() == "straight-path")
    xs, ys = line.get_data()
    assert ys[-1] == pytest.approx(3_200_000)  # 0,8 x 4.000.000
    assert xs[-1] == pytest.approx(2030 + 11 / 12)  # December 2030
    assert ys[0] == 687_000


def test_history_chart_rejects_a_region_without_data_and_a_language():
    with pytest.raises(ValueError, match="region '36'"):
        history_chart(HISTORY, TARGETS, "36", statistics=STATS, figures=FIGURES,
                      sources=SOURCES)
    with pytest.raises(ParameterError, match="lang"):
        chart("fr")
