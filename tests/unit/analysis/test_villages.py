"""ucj_data.analysis.villages (village_standard, funding_mix) on small made-up tables."""

from __future__ import annotations

import pandas as pd
import pytest

import ucj_data
from tests.unit.analysis.test_official import REGIONS, make_statistics
from ucj_data.analysis.villages import _region_fields

RATES = pd.DataFrame({"package": ["JKK+JKM"], "components": ["JKK+JKM"],
                      "rate_idr_per_month": [16_800.0], "basis": ["made up"],
                      "regulation": ["made up"], "rate_source": ["made up"]})
STATS = make_statistics(
    ("fund", "00", "village_fund_idr", "2025", 69e12),
    ("desa-00", "00", "villages", "2025", 75_259.0),
    ("desa-18", "18", "villages", "2025", 2_446.0),
    ("kel-18", "18", "urban_villages", "2025", 205.0),
    ("emp-18", "18", "employed_persons", "2025-08", 4_853_380.0),
)
HISTORY = pd.DataFrame({"region_code": ["18"], "period": ["2025-08"],
                        "source_kind": ["official"], "active_participants": [687_000.0],
                        "figure_ids": [None], "statistic_ids": ["act-18"]})


def standard(**kw) -> pd.DataFrame:
    return ucj_data.village_standard(HISTORY, STATS, RATES, regions=REGIONS,
                                     package="JKK+JKM", **kw).set_index("region_code")


def test_village_standard_by_hand():
    lam = standard().loc["18"]
    assert lam["villages"] == 2_446 and lam["urban_villages"] == 205
    assert lam["minimum_workers"] == 244_600  # 2.446 x 100; kelurahan not counted
    # ceil(0,995 x 4.853.380 - 687.000) = ceil(4.142.113,1) = 4.142.114
    assert lam["workers_to_target"] == 4_142_114
    assert lam["minimum_share_of_gap"] == pytest.approx(244_600 / 4_142_114)
    assert lam["yearly_cost_per_village_idr"] == 20_160_000  # 100 x 16.800 x 12
    # Rp69 triliun / 75.259 desa = Rp916.833.867,05
    assert lam["village_fund_per_village_idr"] == pytest.approx(916_833_867.05, abs=0.01)
    # 20.160.000 / 916.833.867,05 = 2,1989%
    assert lam["share_of_village_fund"] == pytest.approx(0.021989, abs=5e-7)
    assert lam["statistic_ids"] == "act-18;desa-00;desa-18;emp-18;fund;kel-18"


def test_the_country_is_found_by_its_level_not_its_code():
    regions = REGIONS.assign(region_code=REGIONS["region_code"].replace("00", "99"),
                             parent_code=REGIONS["parent_code"].replace("00", "99"))
    stats = STATS.assign(region_code=STATS["region_code"].replace("00", "99"))
    out = ucj_data.village_standard(HISTORY, stats, RATES, regions=regions,
                                    package="JKK+JKM").set_index("region_code")
    assert out.at["18", "village_fund_per_village_idr"] == pytest.approx(69e12 / 75_259)


def test_workers_per_village_scales_the_minimum_and_the_cost():
    lam = standard(workers_per_village=50).loc["18"]
    assert lam["minimum_workers"] == 122_300
    assert lam["yearly_cost_per_village_idr"] == 10_080_000


def test_a_region_without_employed_persons_has_no_gap():
    stats = STATS[STATS["statistic_id"] != "emp-18"]
    out = ucj_data.village_standard(HISTORY, stats, RATES, regions=REGIONS,
                                    package="JKK+JKM").set_index("region_code")
    assert pd.isna(out.at["18", "workers_to_target"])
    assert pd.isna(out.at["18", "minimum_share_of_gap"])
    assert out.at["18", "minimum_workers"] == 244_600


def test_bad_workers_per_village():
    with pytest.raises(ucj_data.ParameterError, match="^workers_per_village must be"):
        standard(workers_per_village=0)


def test_funding_mix_splits_the_cost():
    out = ucj_data.funding_mix(20_160_000, {"APBD": 0.5, "Dana Desa": 0.3, "CSR": 0.2})
    assert out["funder"].tolist() == ["APBD", "Dana Desa", "CSR"]
    assert out["amount_idr"].tolist() == pytest.approx([10_080_000, 6_048_000, 4_032_000])
    assert out["amount_idr"].sum() == pytest.approx(20_160_000)
    # thirds sum to 1 within the tolerance
    assert len(ucj_data.funding_mix(9, {"a": 1 / 3, "b": 1 / 3, "c": 1 / 3})) == 3


@pytest.mark.parametrize(("shares", "message"), [
    ({"APBD": 0.5, "CSR": 0.4}, r"shares must sum to 1; they sum to 0\.9 "),
    ({"APBD": 0.6, "CSR": 0.6}, r"they sum to 1\.2 "),
    ({"APBD": 1.5, "CSR": -0.5}, r"the share of 'APBD' must be a fraction from 0 to 1"),
    ({"APBD": "0.5", "CSR": 0.5}, r"the share of 'APBD'"),
    ({}, r"shares must map each funder's name"),
    ([0.5, 0.5], r"shares must map each funder's name"),
])
def test_funding_mix_refuses_shares_that_do_not_add_up(shares, message):
    with pytest.raises(ucj_data.ParameterError, match=message):
        ucj_data.funding_mix(20_160_000, shares)


def test_funding_mix_refuses_a_bad_cost():
    for cost in (-1, float("nan"), "20.160.000", True):
        with pytest.raises(ucj_data.ParameterError, match="^cost must be"):
            ucj_data.funding_mix(cost, {"APBD": 1})


def test_a_region_counted_with_no_desa_has_no_village_standard():
    # a kota of kelurahan only: its desa counted 0, beside its kelurahan
    stats = pd.concat([STATS, make_statistics(("desa-1871", "1871", "villages", "2025", 0.0),
                                              ("kel-1871", "1871", "urban_villages", "2025",
                                               126.0))], ignore_index=True)
    out = ucj_data.village_standard(HISTORY, stats, RATES, regions=REGIONS, package="JKK+JKM")
    assert sorted(out["region_code"]) == ["00", "18"]


def test_region_fields_share_of_the_gap_by_hand():
    desa = pd.Series({"value": 12.0, "statistic_id": "desa-x"})
    kelurahan = pd.Series({"value": 3.0, "statistic_id": "kel-x"})
    fields = _region_fields("x", desa, kelurahan, 100, "2025-08", 4_800)
    # 12 desa x 100 workers = 1.200 minimum workers; 1.200 / 4.800 = 0,25 of the gap
    assert fields["minimum_workers"] == 1_200
    assert fields["minimum_share_of_gap"] == 0.25
    assert fields["urban_villages"] == 3 and fields["workers_to_target"] == 4_800
    # a gap already closed (0) or unknown (no observation) has no share; unknown is NA
    assert pd.isna(_region_fields("x", desa, None, 100, None, 0)["minimum_share_of_gap"])
    unknown = _region_fields("x", desa, None, 100, None, float("nan"))
    assert unknown["workers_to_target"] is pd.NA and unknown["urban_villages"] is pd.NA
    assert pd.isna(unknown["minimum_share_of_gap"])


def test_shares_that_do_not_sum_to_one_are_refused_in_both_languages():
    with pytest.raises(ucj_data.ParameterError) as caught:
        ucj_data.funding_mix(1_000_000.0, {"APBD": 0.5, "CSR": 0.3})
    # 0,5 + 0,3 = 0,8, written the Indonesian way on an Indonesian page
    assert caught.value.in_language("id") == \
        "bagian pembiayaan harus berjumlah 1; jumlahnya 0,8 (APBD 0,5, CSR 0,3)"
    assert caught.value.in_language("en").startswith("shares must sum to 1; they sum to 0.8")
