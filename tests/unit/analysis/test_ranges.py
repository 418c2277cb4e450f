"""Ranges of derived quantities (<name>_low/_high) on small made-up figures; every
expected value worked out by hand in the comments."""

from __future__ import annotations

import math

import pandas as pd
import pytest

import ucj_data
from tests.conftest import NO_STATISTICS, make_figures
from ucj_data.analysis.ranges import corners, extremes, range_of
from ucj_data.analysis.reconciliation import Candidate
from ucj_data.io.inputs import parse_values
from ucj_data.text.intervals import written_interval


@pytest.mark.parametrize(("value", "qualifier", "whole", "low", "high"), [
    (2_700_000, "sekitar", False, 2_650_000, 2_750_000),   # step 100.000: +-50.000
    (2_700_000, None, False, 2_650_000, 2_750_000),        # 'sekitar' reads as written
    (42.9, None, False, 42.85, 42.95),                      # step 0,1
    (400_385, None, True, 400_385, 400_385),                # a count to its ones digit
    (400_385, None, False, 400_384.5, 400_385.5),           # not a count: rounded
    (99, None, False, 98.5, 99.5),                          # '99 persen' is rounded
    (650e9, "mencapai", False, 645e9, 655e9),               # as written: step 10 miliar
    (650e9, "lebih dari", False, 650e9, math.inf),          # open above
    (100, "kurang dari", False, 0, 100),                    # below, never negative
    (100, "hampir", False, 95, 100),                        # at most 5% below
    (0, None, False, 0, 0.5),                               # never below 0
])
def test_written_interval(value, qualifier, whole, low, high):
    w = written_interval(value, qualifier, whole=whole)
    assert w.low == pytest.approx(low)
    assert w.high == pytest.approx(high)


def test_reconciliation_uses_the_same_rule():
    # one definition: a Candidate's interval is written_interval's
    c = Candidate("a", "s", 2_700_000.0, "sekitar", "sekitar 2,7 juta", 100_000.0, 2)
    assert (c.interval.lo, c.interval.hi, c.interval.hi_open) == (2_650_000, 2_750_000, True)
    exact = Candidate("b", "s", 400_385.0, None, "400.385", 1.0, 6, whole=True)
    assert (exact.interval.lo, exact.interval.hi) == (400_385, 400_385)


def test_figures_get_value_low_and_high():
    figs = make_figures(
        ("a", "36", "active_participants", "2025", "sekitar 2,7 juta"),
        ("c", "36", "claims_paid_idr", "2025", "lebih dari Rp650 miliar"),
        ("n", "36", "claim_recipients", "2025", "52.301"),
    )[["figure_id", "source_id", "region_code", "indicator", "period", "value_text"]]
    figs = figs.assign(flag=None, quote=figs["value_text"], note=None)
    out, problems = parse_values(figs, "figures.csv")
    assert not problems
    out = out.set_index("figure_id")
    assert (out.at["a", "value_low"], out.at["a", "value_high"]) == (2_650_000, 2_750_000)
    assert out.at["c", "value_low"] == 650e9 and pd.isna(out.at["c", "value_high"])
    assert out.at["n", "value_low"] == out.at["n", "value_high"] == 52_301


def test_corners_and_extremes():
    assert corners([(1, 2), (3, 3)]) == [(1, 3), (2, 3)]  # a point counts once
    assert extremes([3.0, 1.0, 2.0]) == (1.0, 3.0)
    assert all(math.isnan(x) for x in extremes([1.0, math.nan]))
    assert extremes([1.0, math.inf]) == (1.0, pytest.approx(math.nan, nan_ok=True))
    # a (b - a) over a in [1, 2], b in [10, 11]: corners 9, 10, 16, 18 -> 9 to 18
    assert range_of(lambda a, b: a * (b - a), [(1, 2), (10, 11)]) == (9, 18)


def test_coverage_ranges_from_the_corners():
    figs = make_figures(
        ("a", "3201", "active_participants", "2025", "sekitar 1,2 juta"),
        ("c", "3201", "coverage_pct", "2025", "40 persen"),
    )
    r = ucj_data.coverage(statistics=NO_STATISTICS, reconciled=ucj_data.reconcile(figs)).iloc[0]
    # A 1.150.000 to 1.250.000; '40 persen' rounded at the 4 (step 10): 35 to 45
    # workforce 100 A / p: 100 x 1.150.000 / 45 = 2.555.555,56 to 100 x 1.250.000 / 35
    # = 3.571.428,57
    assert r["workforce_low"] == pytest.approx(2_555_555.56, abs=0.01)
    assert r["workforce_high"] == pytest.approx(3_571_428.57, abs=0.01)
    # to 99,5%: A (99,5 / p - 1): 1.150.000 x (99,5 / 45 - 1) = 1.392.777,78 -> 1.392.778;
    # 1.250.000 x (99,5 / 35 - 1) = 2.303.571,43 -> 2.303.572
    assert r["workers_to_target_low"] == 1_392_778
    assert r["workers_to_target_high"] == 2_303_572
    # uncovered A (100 / p - 1): 1.150.000 x 1,2222 = 1.405.555,56 to 1.250.000 x 1,857143
    # = 2.321.428,57
    assert r["uncovered_workers_low"] == pytest.approx(1_405_555.56, abs=0.01)
    assert r["uncovered_workers_high"] == pytest.approx(2_321_428.57, abs=0.01)


def test_coverage_of_exact_counts_is_a_point():
    figs = make_figures(
        ("a", "3201", "active_participants", "2025", "1.000"),
        ("u", "3201", "uncovered_workers", "2025", "1.000"),
    )
    r = ucj_data.coverage(statistics=NO_STATISTICS, reconciled=ucj_data.reconcile(figs)).iloc[0]
    # 1.000 is rounded at the 1 (step 1.000): 500 to 1.500, each; W = A + U: 1.000 to 3.000
    assert (r["workforce_low"], r["workforce_high"]) == (1_000, 3_000)
    figs = make_figures(
        ("a", "3201", "active_participants", "2025", "1.001"),
        ("u", "3201", "uncovered_workers", "2025", "999"),
    )
    r = ucj_data.coverage(statistics=NO_STATISTICS, reconciled=ucj_data.reconcile(figs)).iloc[0]
    # written to the ones digit: exact; 0,995 x 2.000 - 1.001 = 989
    assert r["workforce_low"] == r["workforce_high"] == 2_000
    assert r["workers_to_target_low"] == r["workers_to_target_high"] == 989


def test_coverage_without_ranges_leaves_them_empty():
    rec = ucj_data.reconcile(make_figures(
        ("a", "3201", "active_participants", "2025", "1.001"),
        ("u", "3201", "uncovered_workers", "2025", "999"),
    )).drop(columns=["value_low", "value_high"])
    r = ucj_data.coverage(statistics=NO_STATISTICS, reconciled=rec).iloc[0]
    assert r["workforce"] == 2_000 and pd.isna(r["workforce_low"])
    assert pd.isna(r["workers_to_target_high"])


def test_claim_per_recipient_with_lebih_dari():
    figs = make_figures(
        ("c", "3201", "claims_paid_idr", "2025", "lebih dari Rp10 miliar"),
        ("n", "3201", "claim_recipients", "2025", "2.000"),
    )
    r = ucj_data.claim_benefits(reconciled=ucj_data.reconcile(figs)).iloc[0]
    # claims above Rp10.000.000.000; '2.000' rounded at the 2: 1.500 to 2.500 recipients;
    # least 10.000.000.000 / 2.500 = Rp4.000.000, nothing bounds it above
    assert r["benefit_per_recipient_idr_low"] == pytest.approx(4_000_000)
    assert pd.isna(r["benefit_per_recipient_idr_high"])


def test_budget_of_uncovered_workers():
    figs = make_figures(
        ("a", "3201", "active_participants", "2025", "1.001"),
        ("u", "3201", "uncovered_workers", "2025", "sekitar 1.000"),
    )
    cov = ucj_data.coverage(statistics=NO_STATISTICS, reconciled=ucj_data.reconcile(figs))
    b = ucj_data.budget_cases(figs.assign(flag=None), cov, package="JKK+JKM").iloc[0]
    # uncovered 'sekitar 1.000': 500 to 1.500; x Rp16.800 x 12 = Rp100.800.000 to
    # Rp302.400.000
    assert (b["workers_low"], b["workers_high"]) == (500, 1_500)
    assert (b["yearly_cost_idr_low"], b["yearly_cost_idr_high"]) == (100_800_000, 302_400_000)


def test_projection_year_range():
    figs = make_figures(
        ("a", "3201", "active_participants", "2025", "sekitar 1,2 juta"),
        ("c", "3201", "coverage_pct", "2025", "40 persen"),
    )
    cov = ucj_data.coverage(statistics=NO_STATISTICS, reconciled=ucj_data.reconcile(figs))
    p = ucj_data.project_enrolment(figs, cov, target_year=2030)
    r = p[p["year"] == 2026].iloc[0]
    # linear to 99,5% in 5 years, no growth or churn: enrol = gap / 5 with the gap
    # A (99,5 / p - 1) from 1.392.777,78 to 2.303.571,43 (test above): 278.555,56 to
    # 460.714,29; covered A + gap / 5: 1.428.555,56 to 1.710.714,29
    assert r["enrol_gross_low"] == pytest.approx(278_555.56, abs=0.01)
    assert r["enrol_gross_high"] == pytest.approx(460_714.29, abs=0.01)
    assert r["covered_low"] == pytest.approx(1_428_555.56, abs=0.01)
    assert r["covered_high"] == pytest.approx(1_710_714.29, abs=0.01)
    assert r["covered_low"] <= r["covered"] <= r["covered_high"]


def test_projection_without_ranges_leaves_them_empty():
    base = pd.DataFrame({"region_code": ["3201"], "period": ["2025"],
                         "active_participants": [500.0], "workforce": [1000.0]})
    p = ucj_data.project_enrolment(coverage=base, target_year=2027)
    assert p["covered"].notna().all() and p["covered_low"].isna().all()
