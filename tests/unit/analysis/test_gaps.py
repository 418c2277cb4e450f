"""ucj_data.analysis.gaps (coverage) on small made-up tables."""

from __future__ import annotations

import math

import pandas as pd
import pytest

import ucj_data
from tests.conftest import NO_STATISTICS, make_figures


def test_latest_period_and_other_workforce_methods():
    figs = make_figures(
        ("old-a", "3604", "active_participants", "2024-06-30", "300.000"),
        ("old-w", "3604", "workforce", "2024-06-30", "700.000"),
        ("new-c", "3604", "coverage_pct", "2025-06-30", "60 persen"),
        ("new-u", "3604", "uncovered_workers", "2025-06-30", "300.000"),
        ("new-p", "3604", "uncovered_pct", "2025-06-30", "40 persen"),
    )
    r = ucj_data.coverage(statistics=NO_STATISTICS, reconciled=ucj_data.reconcile(figs)).iloc[0]
    # latest period 2025-06-30; workforce = 300,000 * 100 / 40 = 750,000
    assert r["period"] == "2025-06-30"
    assert r["workforce_method"] == "uncovered / uncovered_pct"
    assert r["workforce"] == 750_000
    # active = 60% of 750,000 = 450,000; 0.995 * 750,000 = 746,250 - 450,000 = 296,250
    assert r["active_participants"] == pytest.approx(450_000)
    assert r["workers_to_target"] == 296_250


@pytest.mark.parametrize("target", [0, -5, 100.01, math.nan, math.inf, "99.5", None, True])
def test_bad_target(target):
    with pytest.raises(ValueError, match="target_pct"):
        ucj_data.coverage(target_pct=target)


def test_bad_reconciled():
    with pytest.raises(ValueError, match="DataFrame"):
        ucj_data.coverage(statistics=NO_STATISTICS, reconciled=[1, 2])
    with pytest.raises(ValueError, match="lacks the column"):
        ucj_data.coverage(statistics=NO_STATISTICS,
                          reconciled=pd.DataFrame({"region_code": ["36"]}))


def test_a_coverage_of_100_percent_leaves_no_worker_uncovered():
    figs = make_figures(("c", "3604", "coverage_pct", "2025-06-30", "100 persen"),
                        ("a", "3604", "active_participants", "2025-06-30", "2.700.000"))
    r = ucj_data.coverage(statistics=NO_STATISTICS, reconciled=ucj_data.reconcile(figs)).iloc[0]
    # workforce = 100 x 2.700.000 / 100 = 2.700.000 = the active: none uncovered
    assert r["workforce"] == 2_700_000 and r["uncovered_workers"] == 0
    # '100 persen' read as rounded to the hundreds allows 50 to below 150 percent, but a
    # coverage is at most 100: 2.700.000 x (100 / 100 - 1) = 0 uncovered at the low end
    # (at 150% it would be 2.700.000 x (100 / 150 - 1) = -900.000, which the schema refuses)
    assert (r["coverage_pct_low"], r["coverage_pct_high"]) == (50, 100)
    assert r["uncovered_workers_low"] == 0
    # '2.700.000' allows 2.650.000 to below 2.750.000: 2.750.000 x (100 / 50 - 1)
    assert r["uncovered_workers_high"] == 2_750_000
    assert r["workers_to_target"] == 0 and r["target_status"] == "reached"


def test_the_build_takes_a_region_at_100_percent(project):
    from tests.conftest import set_cell
    from ucj_data.cli import main

    raw = project / "data" / "raw"
    seed = project / "seeds" / "003_d8d01e82d58b912f.txt"  # the source of Banten's figures
    seed.write_text(seed.read_text(encoding="utf-8").replace("42,9 persen", "100 persen"),
                    encoding="utf-8")
    quote = ("Saat ini, capaian UCJ di Banten baru mencapai 100 persen, atau sekitar 2,7 juta "
             "pekerja yang terlindungi melalui BPJS Ketenagakerjaan.")
    assert quote in seed.read_text(encoding="utf-8")
    for column, new in (("value_text", "100 persen"), ("quote", quote)):
        set_cell(raw / "figures.csv", "figure_id", "banten-ucj-sosek-coverage", column, new)
    assert main(["--root", str(project), "build"]) == 0
    out = pd.read_csv(project / "data" / "processed" / "coverage.csv", dtype={"region_code": str})
    banten = out.set_index("region_code").loc["36"]
    # 100 x 2,7 juta / 100: the workforce is the active participants, none uncovered
    assert banten["workforce"] == 2_700_000
    assert banten["uncovered_workers"] == 0 and banten["uncovered_workers_low"] == 0
    assert banten["target_status"] == "reached"
    # the figures table says the same of what '100 persen' allows: 50 to 100, not 150
    figures = pd.read_csv(project / "data" / "processed" / "figures.csv").set_index("figure_id")
    assert figures.loc["banten-ucj-sosek-coverage", ["value_low", "value_high"]].tolist() == [
        50, 100]


def _statistics(*rows) -> pd.DataFrame:
    """(statistic_id, region_code, indicator, period, value, publisher) rows; each value
    exact (its low and high equal to it)."""
    frame = pd.DataFrame(rows, columns=["statistic_id", "region_code", "indicator", "period",
                                        "value", "publisher"])
    return frame.assign(value_low=frame["value"], value_high=frame["value"])


def test_the_base_is_the_latest_observation_even_an_official_statistic():
    figs = make_figures(("a", "3604", "active_participants", "2025-02", "1.000"),
                        ("w", "3604", "workforce", "2025-02", "4.000"))
    stats = _statistics(("s-a", "3604", "active_participants", "2025-08", 1500.0, "P"),
                        ("s-w", "3604", "workforce", "2025-08", 5000.0, "P"),
                        # older than the figures: not the base
                        ("s-old", "3604", "active_participants", "2024-08", 900.0, "P"))
    r = ucj_data.coverage(figs, statistics=stats).set_index("region_code").loc["3604"]
    assert (r["period"], r["source_kind"]) == ("2025-08", "official")
    # 100 x 1.500 / 5.000 = 30%; 0,995 x 5.000 = 4.975 - 1.500 = 3.475 to enrol
    assert r["coverage_pct"] == pytest.approx(30.0)
    assert r["workers_to_target"] == 3_475
    assert r["statistic_ids"] == "s-a;s-w" and pd.isna(r["figure_ids"])


def test_a_statistic_of_the_figures_period_wins_and_publishers_are_not_mixed():
    figs = make_figures(("a", "3604", "active_participants", "2025-08", "1.000"),
                        ("w", "3604", "workforce", "2025-08", "4.000"))
    same = _statistics(("s-a", "3604", "active_participants", "2025-08", 1500.0, "P"))
    r = ucj_data.coverage(figs, statistics=same).iloc[0]
    assert r["source_kind"] == "official" and r["active_participants"] == 1500
    # P's active participants are never set against Q's workforce
    two = _statistics(("p-a", "18", "active_participants", "2025-08", 1500.0, "P"),
                      ("q-w", "18", "workforce", "2025-08", 5000.0, "Q"))
    r = ucj_data.coverage(figs, statistics=two).set_index("region_code").loc["18"]
    assert math.isnan(r["workforce"]) and r["target_status"] == "no_base"


def test_a_written_share_that_its_own_counts_contradict_gives_way_to_them():
    figs = make_figures(("a", "36", "active_participants", "2025-06", "935.079"),
                        ("u", "36", "uncovered_workers", "2025-06", "938.820"),
                        ("c", "36", "coverage_pct", "2025-06", "50,88%"))
    r = ucj_data.coverage(figs, statistics=NO_STATISTICS).iloc[0]
    # workforce 935.079 + 938.820 = 1.873.899; 100 x 935.079 / 1.873.899 = 49,9002%,
    # 0,98 points below the 50,88% written: more than the 0,1 point tolerance
    assert r["coverage_pct"] == pytest.approx(49.9002, abs=1e-4)
    assert r["coverage_pct_written"] == 50.88 and r["coverage_check"] == "disagrees"
    # '938.820' allows 938.815 to 938.825: 935.079 / 1.873.904 = 49,90005% to
    # 935.079 / 1.873.894 = 49,90031%
    assert r["coverage_pct_low"] == pytest.approx(49.90005, abs=1e-5)
    assert r["coverage_pct_high"] == pytest.approx(49.90031, abs=1e-5)


def test_a_written_share_within_the_tolerance_stays_as_written():
    figs = make_figures(("a", "36", "active_participants", "2025-06", "400.385"),
                        ("u", "36", "uncovered_workers", "2025-06", "386.317"),
                        ("c", "36", "coverage_pct", "2025-06", "50,87%"))
    r = ucj_data.coverage(figs, statistics=NO_STATISTICS).iloc[0]
    # 100 x 400.385 / 786.702 = 50,894%: 0,024 points from 50,87, within 0,1
    assert r["coverage_pct"] == 50.87 and r["coverage_check"] == "agrees"
    # a share that is the only way to the workforce cannot be checked by it
    figs = make_figures(("a", "36", "active_participants", "2025-06", "400.385"),
                        ("c", "36", "coverage_pct", "2025-06", "50,87%"))
    r = ucj_data.coverage(figs, statistics=NO_STATISTICS).iloc[0]
    assert pd.isna(r["coverage_check"])
