"""Official statistics beside the committed figures: every expected value is worked out by
hand in the comments. Rows are looked up by region code and statistic or figure id."""

from __future__ import annotations

import math

import pandas as pd
import pytest

import ucj_data


@pytest.fixture(scope="module")
def statistics() -> pd.DataFrame:
    return ucj_data.statistics()


def test_every_statistic_carries_its_citation(statistics):
    assert statistics["publisher"].notna().all()
    assert statistics["release"].notna().all()
    assert statistics["read_at_outlet"].notna().all()
    # a statistic noted as confirmed names the page it was confirmed on
    confirmed = statistics[statistics["note"].str.contains("Confirmed by the page read")]
    assert len(confirmed) >= 10
    assert confirmed["read_at_url"].str.startswith("https://").all()
    # the processed table keeps the citation beside the parsed value
    processed = ucj_data.processed("statistics")
    assert {"publisher", "release", "release_date", "read_at_url", "read_at_outlet",
            "confidence"} <= set(processed.columns)


def test_values_as_published_are_parsed(statistics):
    s = statistics.set_index("statistic_id")
    assert s.at["bps-36-employed-2025-08", "value"] == 5_760_000  # '5,76 juta'
    assert s.at["bps-18-employed-2025-08", "value"] == pytest.approx(4_853_380)  # '4.853,38 ribu'
    assert s.at["kemenkeu-00-village-fund-2025", "value"] == 69e12  # 'Rp69 triliun'
    assert s.at["kemenkeu-00-village-fund-2025", "unit"] == "IDR"
    assert s.at["kemendagri-18-villages-2025", "value"] == 2_446
    assert s.at["kemendagri-18-villages-2025", "unit"] == "villages"


def test_banten_against_employed_persons(statistics):
    # Against August 2025 (5,76 juta employed): 2,7 juta / 5,76 juta = 46,875%
    august = statistics[statistics["period"] <= "2025-08"]
    b = ucj_data.coverage(statistics=august, denominator="employed").set_index(
        "region_code").loc["36"]
    assert b["denominator_period"] == "2025-08"
    assert b["statistic_ids"] == "bps-36-employed-2025-08"
    assert b["coverage_pct"] == pytest.approx(46.875)
    # With every statistic, the nearest to 2025-11-03 is November 2025 (6,05 juta):
    # 2,7 / 6,05 = 44,628%
    b = ucj_data.coverage(denominator="employed").set_index("region_code").loc["36"]
    assert b["denominator_period"] == "2025-11"
    assert b["coverage_pct"] == pytest.approx(100 * 2.7 / 6.05)
    # and against the labour force of November 2025 (6,48 juta): 2,7 / 6,48 = 41,667%
    b = ucj_data.coverage(denominator="labour_force").set_index("region_code").loc["36"]
    assert b["coverage_pct"] == pytest.approx(100 * 2.7 / 6.48)


def test_the_default_denominator_is_the_reported_one():
    cov = ucj_data.coverage().set_index("region_code")
    # 2,7 juta / 42,9% = 6.293.706,29 workers, as before the official statistics came in
    assert cov.at["36", "workforce"] == pytest.approx(6_293_706.29, abs=0.01)
    assert cov.at["36", "denominator"] == "reported"
    assert cov.at["36", "workers_to_target"] == 3_562_238  # ceil(0,995 x 6.293.706,29 - 2,7 juta)


def test_implied_bases_beside_bps():
    d = ucj_data.denominators().set_index(["region_code", "period"])
    banten = d.loc[("36", "2025-11-03")]
    # 2,7 juta / 0,429 = 6.293.706,29; / 6,05 juta employed (Nov 2025) = 1,0403
    assert banten["implied_workforce"] == pytest.approx(6_293_706.29, abs=0.01)
    assert banten["implied_to_employed"] == pytest.approx(6_293_706.29 / 6_050_000, rel=1e-9)
    # Lampung: 1.149.447 / 0,3839 = 2.994.131,28 and 1.436.809 / 0,4553 = 3.155.741,27,
    # both beside August 2025 (4.853.380 employed, 5.066.000 labour force)
    l25, l26 = d.loc[("18", "2025")], d.loc[("18", "2026")]
    assert l25["implied_workforce"] == pytest.approx(2_994_131.28, abs=0.01)
    assert l26["implied_workforce"] == pytest.approx(3_155_741.27, abs=0.01)
    assert l25["employed_period"] == "2025-08" == l26["employed_period"]
    # 2.994.131,28 / 4.853.380 = 0,6169
    assert l25["implied_to_employed"] == pytest.approx(0.61692, abs=1e-5)
    assert l26["implied_to_labour_force"] == pytest.approx(3_155_741.27 / 5_066_000, rel=1e-9)


def test_series_per_region():
    h = ucj_data.coverage_history()
    periods = {code: h.loc[h["region_code"] == code, "period"].tolist()
               for code in ("36", "18", "00")}
    assert periods["36"] == ["2023-12", "2025-02", "2025-11-03"]
    assert periods["18"] == ["2023-12", "2025-08"]
    assert periods["00"] == ["2023-12", "2024-12", "2025-02"]
    # each official observation names its publisher and how far it is confirmed
    assert h.loc[h["statistic_ids"] == "bpjstk-00-active-2024-12", "confidence"].tolist() \
        == ["U"]
    seed = h[h["source_kind"] == "seed"]
    assert seed["figure_ids"].notna().all() and seed["statistic_ids"].isna().all()
    official = h[h["source_kind"] == "official"]
    assert official["statistic_ids"].notna().all() and official["figure_ids"].isna().all()


def test_lampung_target_realism():
    t = ucj_data.target_realism().set_index(["region_code", "target_year"])
    r = t.loc[("18", 2025)]
    # Kemnaker's 578.889 (Dec 2023) and BPJS Ketenagakerjaan's 687.000 (Aug 2025) are two
    # publishers' counts: no growth is read across them
    assert r["publisher"] == "BPJS Ketenagakerjaan"
    assert math.isnan(r["achieved_growth"]) and r["realism"] == "not_comparable"
    # 687.000 -> 1.149.447 from Aug to Dec 2025 (4 months): (1149447/687000)^3 - 1
    assert r["needed_growth"] == pytest.approx((1_149_447 / 687_000) ** 3 - 1)
    r26 = t.loc[("18", 2026)]
    # to December 2026, 16 months: (1436809/687000)^(12/16) - 1 = 73,8% a year
    assert r26["needed_growth"] == pytest.approx((1_436_809 / 687_000) ** 0.75 - 1)


def test_national_verdict_reads_one_publisher():
    r = ucj_data.target_realism().set_index(["region_code", "target_year"]).loc[("00", 2045)]
    # Kemnaker: 41,56 juta (Dec 2023) -> 41,38 juta (Feb 2025), 14 months; the unconfirmed
    # BPJS Ketenagakerjaan 45,22 juta of Dec 2024 is left out
    assert (r["previous_period"], r["latest_period"]) == ("2023-12", "2025-02")
    # (41,38 / 41,56)^(12/14) - 1 = -0,371% a year
    assert r["achieved_growth"] == pytest.approx((41.38 / 41.56) ** (12 / 14) - 1)
    assert r["achieved_growth"] == pytest.approx(-0.00371, abs=1e-5)
    assert r["realism"] == "faster_than_achieved"


def test_lampung_village_standard_and_money():
    v = ucj_data.village_standard().set_index(["region_code", "package"])
    r = v.loc[("18", "JKK+JKM")]
    assert r["minimum_workers"] == 244_600  # 2.446 desa x 100
    assert r["urban_villages"] == 205  # shown beside, not counted
    assert r["yearly_cost_per_village_idr"] == 20_160_000  # 100 x 16.800 x 12
    # Rp69 triliun / 75.259 desa = Rp916.833.867,05 (not 916.834.930,5)
    assert r["village_fund_per_village_idr"] == pytest.approx(916_833_867.05, abs=0.01)
    # 20.160.000 / 916.833.867,05 = 0,021989 = 2,1989%
    assert r["share_of_village_fund"] == pytest.approx(0.021989, abs=5e-7)
    # gap: ceil(0,995 x 4.853.380 - 687.000) = 4.142.114; 244.600 / 4.142.114 = 5,905%
    assert r["workers_to_target"] == 4_142_114
    assert r["minimum_share_of_gap"] == pytest.approx(0.059052, abs=1e-6)
    # JKK+JKM+JHT: 100 x 36.800 x 12 = 44.160.000
    assert v.loc[("18", "JKK+JKM+JHT"), "yearly_cost_per_village_idr"] == 44_160_000


def test_funding_mix_of_one_village():
    out = ucj_data.funding_mix(20_160_000, {"Dana Desa": 0.5, "APBD": 0.25, "CSR": 0.25})
    # half of Rp20.160.000 is Rp10.080.000; a quarter Rp5.040.000
    assert out.set_index("funder")["amount_idr"].to_dict() == {
        "Dana Desa": 10_080_000, "APBD": 5_040_000, "CSR": 5_040_000}
