"""Tests for ucj_data.reconcile: reconciled values and the data-quality checks behind them.

Expected numbers are worked out by hand in the comments.
"""

from __future__ import annotations

import math

import pandas as pd
import pytest

import ucj_data
from tests.conftest import make_figures


def row(table: pd.DataFrame, region: str, indicator: str, period: str) -> pd.Series:
    hit = table[
        (table["region_code"] == region)
        & (table["indicator"] == indicator)
        & (table["period"] == period)
    ]
    assert len(hit) == 1, hit
    return hit.iloc[0]


@pytest.fixture(scope="module")
def reconciled() -> pd.DataFrame:
    return ucj_data.reconcile()


@pytest.fixture(scope="module")
def quality() -> pd.DataFrame:
    return ucj_data.data_quality()


# --- the package's figures -----------------------------------------------------------


def test_serang_active_resolved_by_the_identities(reconciled):
    r = row(reconciled, "3604", "active_participants", "2025-12-09")
    # 400385 + 386317 = 786702 workers; 100 * 400385 / 786702 = 50.894% vs 50.87: fits.
    # 461000 + 386317 = 847317; 100 * 461000 / 847317 = 54.407% vs 50.87: off by 3.5 pp.
    assert r["value"] == 400385
    assert r["status"] == "resolved"
    assert r["figure_ids_used"] == "kalimati-serang-active"
    assert set(r["figure_ids_set_aside"].split(";")) == {
        "msn-serang-active",
        "fokustv-serang-active",
    }
    assert "active / workforce = coverage" in r["reason"]
    assert "54.407" in r["reason"] and "50.87" in r["reason"]
    assert r["n_sources"] == 3


def test_serang_claims_agree_across_a_bound(reconciled):
    r = row(reconciled, "3604", "claims_paid_idr", "2025")
    # 'mencapai Rp650,459 miliar' twice = 650,459,000,000; 'lebih dari Rp650 miliar'
    # allows anything above 650,000,000,000, which 650,459,000,000 is: all agree, and the
    # most precise (6 significant digits against 2) is kept.
    assert r["value"] == 650_459_000_000
    assert r["status"] == "agreed"
    assert r["n_sources"] == 3
    assert set(r["figure_ids_used"].split(";")) == {
        "msn-serang-claims",
        "kalimati-serang-claims",
        "fokustv-serang-claims",
    }
    assert pd.isna(r["figure_ids_set_aside"])


def test_serang_vulnerable_implausible_set_aside(reconciled):
    r = row(reconciled, "3604", "vulnerable_enrolled", "2025-12-09")
    # 21,234,000 vulnerable workers > 786,702 workers (400,385 + 386,317) of the regency.
    assert r["value"] == 21234
    assert r["status"] == "resolved"
    assert r["figure_ids_set_aside"] == "fokustv-serang-vulnerable"
    assert set(r["figure_ids_used"].split(";")) == {
        "msn-serang-vulnerable",
        "kalimati-serang-vulnerable",
    }
    assert "21,234,000" in r["reason"] and "786,702" in r["reason"]


def test_single_and_not_reconciled(reconciled):
    assert row(reconciled, "36", "coverage_pct", "2025-11-03")["status"] == "single"
    assert row(reconciled, "3604", "uncovered_workers", "2025-12-09")["status"] == "agreed"
    # a single case amount is never reconciled
    assert "benefit_paid_idr" not in set(reconciled["indicator"])


def test_data_quality_has_the_failed_and_the_passed_candidate(quality):
    checks = quality[
        (quality["region_code"] == "3604")
        & (quality["period"] == "2025-12-09")
        & (quality["check"] == "active / workforce = coverage")
    ]
    bad = checks[checks["figure_ids"].str.contains("msn-serang-active")].iloc[0]
    good = checks[checks["figure_ids"].str.contains("kalimati-serang-active")].iloc[0]
    # 461000 / 847317 = 0.544070..: 847317 * 0.544 = 460940.4, rest 59.6 / 847317 = 0.0000703
    assert bad["reported"] == 50.87
    assert bad["computed"] == pytest.approx(54.4070, abs=1e-4)
    assert bad["difference"] == pytest.approx(54.4070 - 50.87, abs=1e-4)
    assert not bad["passed"]
    # 400385 / 786702: 786702 * 0.5089 = 400352.6, rest 32.4 / 786702 = 0.0000411 -> 50.8941%
    assert good["computed"] == pytest.approx(50.8941, abs=1e-4)
    assert good["difference"] == pytest.approx(0.0241, abs=1e-4)
    assert good["tolerance"] == 0.1
    assert good["passed"]
    assert "fokustv-serang-active" not in good["figure_ids"]


def test_data_quality_plausibility_and_agreement_rows(quality):
    plaus = quality[
        (quality["check"] == "count <= workforce")
        & quality["figure_ids"].str.startswith("fokustv-serang-vulnerable")
    ]
    assert len(plaus) == 1
    p = plaus.iloc[0]
    # 786,702 - 21,234,000 = -20,447,298: the count is over the workforce
    assert (p["reported"], p["computed"], p["difference"]) == (21_234_000, 786_702, -20_447_298)
    assert not p["passed"]
    agree = quality[
        (quality["check"] == "sources agree")
        & (quality["figure_ids"] == "fokustv-serang-active;msn-serang-active")
    ]
    # '461 ribu' (460,500 to below 461,500) and 'mencapai 461 ribu' (exactly 461,000) agree
    assert agree["passed"].tolist() == [True]


# --- synthetic figures ----------------------------------------------------------------


def test_two_unrelated_values_conflict():
    figs = make_figures(
        ("a-vul", "3604", "vulnerable_enrolled", "2025", "100"),
        ("b-vul", "3604", "vulnerable_enrolled", "2025", "250"),
    )
    r = row(ucj_data.reconcile(figs), "3604", "vulnerable_enrolled", "2025")
    assert r["status"] == "conflict"
    assert math.isnan(r["value"])
    assert set(r["figure_ids_used"].split(";")) == {"a-vul", "b-vul"}
    assert pd.isna(r["figure_ids_set_aside"])
    assert "disagree" in r["reason"]


def test_rounded_value_agrees_with_the_precise_one():
    figs = make_figures(
        ("a", "3604", "active_participants", "2025-12-09", "461 ribu"),
        ("b", "3604", "active_participants", "2025-12-09", "461.234"),
    )
    r = row(ucj_data.reconcile(figs), "3604", "active_participants", "2025-12-09")
    # 461 ribu allows 460,500 to below 461,500, which holds 461,234
    assert (r["status"], r["value"]) == ("agreed", 461234)
    assert set(r["figure_ids_used"].split(";")) == {"a", "b"}


@pytest.mark.parametrize(
    ("text", "other", "status", "value"),
    [
        # '461 ribu' allows 460,500 up to, not including, 461,500 (which rounds to 462 ribu)
        ("461 ribu", "mencapai 460.500", "agreed", 460500),
        ("461 ribu", "mencapai 461.500", "conflict", math.nan),
        # counts with no trailing zeros are exact; 50.87 allows 50.865 to below 50.875
        ("52.301", "52.302", "conflict", math.nan),
        ("50,87 persen", "50,88 persen", "conflict", math.nan),
        # 'mencapai' = exactly as written: 461,000 is not 461,234
        ("mencapai 461 ribu", "461.234", "conflict", math.nan),
        # 'hampir 500 ribu' allows 475,000 (5% below) to below 500,000; '480.000' is rounded to
        # 10,000 (475,000 to below 485,000): they overlap; 480,000 has 2 significant digits
        ("hampir 500 ribu", "480.000", "agreed", 480000),
        # 470,123 < 475,000: more than 5% below
        ("hampir 500 ribu", "470.123", "conflict", math.nan),
        # 'kurang dari 500 ribu' allows anything below 500,000
        ("kurang dari 500 ribu", "499.999", "agreed", 499999),
        ("kurang dari 500 ribu", "500.001", "conflict", math.nan),
        ("kurang dari 500 ribu", "mencapai 500 ribu", "conflict", math.nan),
        # 'lebih dari 650 miliar' against exactly 650 miliar: not more than
        ("lebih dari Rp650 miliar", "mencapai Rp650 miliar", "conflict", math.nan),
    ],
)
def test_qualifiers(text, other, status, value):
    indicator = "claims_paid_idr" if "Rp" in text else "active_participants"
    figs = make_figures(
        ("a", "3604", indicator, "2025", text), ("b", "3604", indicator, "2025", other)
    )
    r = row(ucj_data.reconcile(figs), "3604", indicator, "2025")
    assert r["status"] == status
    assert (math.isnan(r["value"]) and math.isnan(value)) or r["value"] == value


def test_reported_workforce_identity_and_tolerance():
    figs = make_figures(
        ("a", "3604", "active_participants", "2025", "600"),
        ("u", "3604", "uncovered_workers", "2025", "400"),
        ("w", "3604", "workforce", "2025", "1.010"),
    )
    dq = ucj_data.data_quality(figs)
    r = dq[dq["check"] == "active + uncovered = workforce"].iloc[0]
    # 600 + 400 = 1000 vs 1010 reported: 10 workers off; 0.1% of 1010 = 1.01 allowed
    assert (r["reported"], r["computed"], r["difference"]) == (1010, 1000, -10)
    assert r["tolerance"] == pytest.approx(1.01)
    assert not r["passed"]
    # with a tolerance of 1 percentage point, 1% of 1010 = 10.1 >= 10: passes
    dq = ucj_data.data_quality(figs, tolerance_pct=1)
    assert dq.loc[dq["check"] == "active + uncovered = workforce", "passed"].tolist() == [True]


def test_a_tight_tolerance_leaves_serang_in_conflict():
    # 400,385 misses 50.87 by 0.024 pp too, so with 0.01 pp no candidate fits
    r = row(ucj_data.reconcile(tolerance_pct=0.01), "3604", "active_participants", "2025-12-09")
    assert r["status"] == "conflict"
    assert "no combination" in r["reason"]


def test_every_candidate_implausible_is_a_conflict():
    figs = make_figures(
        ("a", "3604", "active_participants", "2025", "600"),
        ("u", "3604", "uncovered_workers", "2025", "400"),
        ("v", "3604", "vulnerable_enrolled", "2025", "5.000"),
    )
    r = row(ucj_data.reconcile(figs), "3604", "vulnerable_enrolled", "2025")
    # 5,000 > 600 + 400 = 1,000 workers, and nothing else is left
    assert r["status"] == "conflict"
    assert r["figure_ids_used"] == "v"


@pytest.mark.parametrize("tolerance", [-0.1, 100, math.nan, math.inf, "0.1", True, None])
def test_bad_tolerance(tolerance):
    with pytest.raises(ValueError, match="tolerance_pct"):
        ucj_data.reconcile(make_figures(), tolerance_pct=tolerance)
    with pytest.raises(ValueError, match="tolerance_pct"):
        ucj_data.data_quality(make_figures(), tolerance_pct=tolerance)


def test_bad_figures():
    with pytest.raises(ValueError, match="lacks the column"):
        ucj_data.reconcile(pd.DataFrame({"figure_id": ["a"]}))
    with pytest.raises(ValueError, match="DataFrame"):
        ucj_data.reconcile("figures.csv")
