"""Tests for ucj_data.analysis.claims: claim benefits per recipient and per active participant,
and single benefits. Expected numbers are worked out by hand in the comments.
"""

from __future__ import annotations

import math

import pandas as pd
import pytest

import ucj_data
from tests.conftest import make_figures


@pytest.fixture(scope="module")
def claims() -> pd.DataFrame:
    return ucj_data.claim_benefits().set_index(["region_code", "period"])


def test_serang_2025(claims):
    r = claims.loc[("3604", "2025")]
    assert r["claims_paid_idr"] == 650_459_000_000
    assert r["claim_recipients"] == 52301
    # 52,301 * 12,436,837 = 627,612,000,000 (52,301 * 12,000,000)
    #   + 20,920,400,000 (52,301 * 400,000) + 1,882,836,000 (52,301 * 36,000)
    #   + 43,775,937 (52,301 * 837) = 650,459,011,937, which is 11,937 too much:
    # 650,459,000,000 / 52,301 = 12,436,837 - 11,937 / 52,301 = 12,436,837 - 0.22824
    #   = 12,436,836.77176
    assert r["benefit_per_recipient_idr"] == pytest.approx(12_436_836.77176, abs=1e-4)
    # 400,385 * 1,624,583 = 649,833,200,000 (400,000 * 1,624,583) + 625,464,455 (385 * ..)
    #   = 650,458,664,455; rest 335,545 / 400,385 = 0.83806 -> 1,624,583.83806
    assert r["benefit_per_active_participant_idr"] == pytest.approx(1_624_583.83806, abs=1e-4)
    ids = r["figure_ids"].split(";")
    assert "kalimati-serang-active" in ids and "fokustv-serang-claims" in ids
    assert "msn-serang-active" not in ids  # set aside by reconcile


def test_recipients_without_an_amount(claims):
    r = claims.loc[("3604", "2025-12-09")]
    assert r["claim_recipients"] == 11
    assert math.isnan(r["claims_paid_idr"])
    assert math.isnan(r["benefit_per_recipient_idr"])
    assert r["figure_ids"] == "kalimati-serang-recipients-day"


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


def test_single_benefits():
    out = ucj_data.single_benefits().set_index("figure_id")
    assert list(out.index) == ["metropolis-lampung-jkm", "metropolis-lampung-package"]
    jkm, package = out.loc["metropolis-lampung-jkm"], out.loc["metropolis-lampung-package"]
    # 'Rp 42.000.000,00' and 'Rp 212.500.000,00'
    assert (jkm["benefit_paid_idr"], package["benefit_paid_idr"]) == (42_000_000, 212_500_000)
    assert jkm["comprises"] == "JKM"
    assert package["comprises"] == "JKM, JHT, scholarship for two children"
    assert "Rp 42.000.000,00" in jkm["quote"]
    assert set(out["region_code"]) == {"1871"}


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
