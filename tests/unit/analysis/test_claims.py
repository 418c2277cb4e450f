"""ucj_data.analysis.claims on small made-up figures."""

from __future__ import annotations

import math

import pandas as pd
import pytest

import ucj_data
from tests.conftest import make_figures


@pytest.fixture(scope="module")
def claims() -> pd.DataFrame:
    return ucj_data.claim_benefits().set_index(["region_code", "period"])


def test_active_participants_of_the_same_year_only():
    figs = make_figures(
        ("c24", "3604", "claims_paid_idr", "2024", "Rp1 miliar"),
        ("r24", "3604", "claim_recipients", "2024", "400"),
        ("c25", "3604", "claims_paid_idr", "2025", "Rp3 miliar"),
        ("a25-jun", "3604", "active_participants", "2025-06-30", "1.000"),
        ("a25-dec", "3604", "active_participants", "2025-12-31", "1.200"),
    )
    out = ucj_data.claim_benefits(figures=figs).set_index("period")
    # 2024: 1,000,000,000 / 400 = 2,500,000 per recipient; no active participants in 2024
    assert out.loc["2024", "benefit_per_recipient_idr"] == 2_500_000
    assert math.isnan(out.loc["2024", "benefit_per_active_participant_idr"])
    # 2025: the latest active count of 2025 (1,200): 3,000,000,000 / 1,200 = 2,500,000
    assert out.loc["2025", "benefit_per_active_participant_idr"] == 2_500_000
    assert math.isnan(out.loc["2025", "benefit_per_recipient_idr"])
    # every id once, sorted (ucj_data.provenance.join_ids)
    assert out.loc["2025", "figure_ids"] == "a25-dec;c25"


def test_single_benefits_from_own_figures():
    figs = make_figures(("x", "3604", "benefit_paid_idr", "2025-01-02", "Rp 10.000.000"))
    figs["note"] = ["Paid from JKK, then JP; JKK again."]
    figs["quote"] = ["santunan Rp 10.000.000"]
    out = ucj_data.single_benefits(figs)
    assert out["comprises"].tolist() == ["JKK, JP"]  # in order, once each


def test_bad_parameters():
    with pytest.raises(ValueError, match="DataFrame"):
        ucj_data.claim_benefits(reconciled="reconciled.csv")
    with pytest.raises(ValueError, match="DataFrame"):
        ucj_data.claim_benefits(figures={"a": 1})
    with pytest.raises(ValueError, match="DataFrame"):
        ucj_data.single_benefits(figures=[])
