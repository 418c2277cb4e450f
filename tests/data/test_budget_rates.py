"""The committed budget cases against the rates in force (PP 50/2025), and the published
projection grid."""

from __future__ import annotations

import pandas as pd
import pytest

import ucj_data
from tests.conftest import REPO


def test_the_budget_cases_are_paid_from_a_regional_budget():
    # the committed data's cases: every one at the full rate, whoever's workers they count
    cases = ucj_data.budget_cases()
    assert set(cases["payer"]) == {"apbd_apbn"}
    full = cases["rate_idr_per_month"] * cases["workers"] * cases["months"]
    assert (cases["yearly_cost_idr"] == full).all()


def test_the_growth_sensitivity_is_a_published_table():
    p = pd.read_csv(REPO / "data" / "processed" / "projection.csv", dtype={"region_code": str})
    s = p[(p["region_code"] == "3604") & (p["workforce_growth"] == 0.01) & (p["churn"] == 0)
          & (p["path"] == "linear") & (p["target_year"] == 2045)]
    # Serang's 786.702 workers growing 1% a year for 20 years: 786.702 x 1,01^20 =
    # 959.925,94; 0,995 x 959.925,94 - 400.385 = 554.741,3 more covered workers
    assert s["net_new"].sum() == pytest.approx(554_741.3, abs=0.1)
