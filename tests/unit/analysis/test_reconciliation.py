"""ucj_data.analysis.reconciliation on small made-up figures: intervals, identities,
plausibility."""

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
