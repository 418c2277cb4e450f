"""The committed budget cases against the rates in force (PP 50/2025)."""

from __future__ import annotations

import ucj_data


def test_the_budget_cases_are_paid_from_a_regional_budget():
    # the committed data's cases: every one at the full rate, whoever's workers they count
    cases = ucj_data.budget_cases()
    assert set(cases["payer"]) == {"apbd_apbn"}
    full = cases["rate_idr_per_month"] * cases["workers"] * cases["months"]
    assert (cases["yearly_cost_idr"] == full).all()
