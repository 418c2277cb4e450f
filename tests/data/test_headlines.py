"""Headline figures of the committed data: every expected value is worked out by hand in
the comments. These tests look rows up by region and figure id, so a region or a source
added the documented way leaves them passing; a change to a figure they rest on does not.
"""

from __future__ import annotations

import csv
import math
import shutil
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import ucj_data
from tests.conftest import REPO as ROOT
from tests.conftest import row, unused_region_code
from ucj_data.analysis.budgets import budget_cases, contribution_budget, contribution_rates
from ucj_data.analysis.gaps import coverage
from ucj_data.analysis.projections import official_targets, project_enrolment

BOTH = ["JKK+JKM", "JKK+JKM+JHT"]


@pytest.fixture(scope="module")
def reconciled() -> pd.DataFrame:
    return ucj_data.reconcile()


@pytest.fixture(scope="module")
def quality() -> pd.DataFrame:
    return ucj_data.data_quality()


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


def test_a_tight_tolerance_leaves_serang_in_conflict():
    # 400,385 misses 50.87 by 0.024 pp too, so with 0.01 pp no candidate fits
    r = row(ucj_data.reconcile(tolerance_pct=0.01), "3604", "active_participants", "2025-12-09")
    assert r["status"] == "conflict"
    assert "no combination" in r["reason"]


@pytest.fixture(scope="module")
def cov() -> pd.DataFrame:
    return ucj_data.coverage().set_index("region_code")


def test_serang(cov):
    r = cov.loc["3604"]
    assert r["period"] == "2025-12-09"
    assert r["active_participants"] == 400385
    assert r["coverage_pct"] == 50.87
    # workforce = 400,385 + 386,317 = 786,702
    assert r["workforce"] == 786702
    assert r["workforce_method"] == "active + uncovered"
    assert r["uncovered_workers"] == 386317
    # 0.995 * 786,702 = 786,702 - 3,933.51 = 782,768.49 -> 782,769; - 400,385 = 382,384
    assert r["target_pct"] == 99.5
    assert r["workers_to_target"] == 382384
    ids = set(r["figure_ids"].split(";"))
    assert {"kalimati-serang-active", "kalimati-serang-uncovered"} <= ids
    assert "msn-serang-active" not in ids  # set aside by reconcile


def test_banten_from_a_rounded_count_and_a_percentage(cov):
    r = cov.loc["36"]
    # 2,700,000 / 0.429: 0.429 * 6,293,706 = 2,699,999.874, rest 0.126 / 0.429 = 0.2937
    assert r["workforce"] == pytest.approx(6_293_706.2937, abs=1e-3)
    assert r["workforce_method"] == "active / coverage"
    # 6,293,706.2937 - 2,700,000
    assert r["uncovered_workers"] == pytest.approx(3_593_706.2937, abs=1e-3)
    # 0.995 * 6,293,706.2937 = 6,293,706.2937 - 31,468.5315 = 6,262,237.7622 -> 6,262,238
    # - 2,700,000 = 3,562,238
    assert r["workers_to_target"] == 3_562_238
    assert set(r["figure_ids"].split(";")) == {
        "banten-ucj-sosek-active",
        "banten-ucj-sosek-coverage",
    }


def test_a_region_observed_in_a_statistic_has_its_row(cov):
    assert {"36", "3604"} <= set(cov.index)
    # Lampung: 687 ribu active of 2,8 juta workers in August 2025 (bpjstk-18-*-2025-08);
    # 0,995 x 2.800.000 = 2.786.000 - 687.000 = 2.099.000 to the target
    r = cov.loc["18"]
    assert (r["period"], r["source_kind"]) == ("2025-08", "official")
    assert r["active_participants"] == 687_000 and r["workforce"] == 2_800_000
    assert r["workers_to_target"] == 2_099_000


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        (100, 386317),  # 786,702 - 400,385: everyone uncovered
        (50, 0),  # 0.5 * 786,702 = 393,351 < 400,385 already active: never below 0
        # 0.509 * 786,702 = 393,351 + 7,080.318 = 400,431.318 -> 400,432; - 400,385 = 47
        (50.9, 47),
    ],
)
def test_target_pct(target, expected):
    r = ucj_data.coverage(target_pct=target).set_index("region_code").loc["3604"]
    assert r["target_pct"] == target
    assert r["workers_to_target"] == expected


def _append_csv(path: Path, row: dict) -> None:
    with path.open(newline="", encoding="utf-8") as f:
        header = next(csv.reader(f))
    with path.open("a", newline="", encoding="utf-8") as f:
        csv.DictWriter(f, fieldnames=header, lineterminator="\n").writerow(row)


def test_a_new_region_added_to_the_raw_data(tmp_path):
    shutil.copytree(ROOT / "data" / "raw", tmp_path / "data" / "raw")
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    code = unused_region_code(tmp_path)  # a code nobody has added yet
    text = (
        "Di Kota Cilegon sebanyak 123.456 pekerja aktif atau 61,73 persen dari "
        "200.000 pekerja telah terlindungi."
    )
    (tmp_path / "seeds" / "900_zztest_cilegon.txt").write_text(text, encoding="utf-8")
    raw = tmp_path / "data" / "raw"
    _append_csv(
        raw / "sources.csv",
        {"source_id": "zztest-cilegon", "file": "900_zztest_cilegon.txt", "language": "id"},
    )
    _append_csv(
        raw / "regions.csv",
        {"region_code": code, "name": "Kota Cilegon", "level": "city", "parent_code": "36"},
    )
    for fid, indicator, value_text in [
        ("zztest-cilegon-active", "active_participants", "123.456"),
        ("zztest-cilegon-coverage", "coverage_pct", "61,73 persen"),
        ("zztest-cilegon-workforce", "workforce", "200.000"),
    ]:
        _append_csv(
            raw / "figures.csv",
            {
                "figure_id": fid,
                "source_id": "zztest-cilegon",
                "region_code": code,
                "indicator": indicator,
                "period": "2025-10-01",
                "value_text": value_text,
                "quote": text,
            },
        )
    tables = ucj_data.load(tmp_path)
    reconciled = ucj_data.reconcile(tables.figures)
    r = ucj_data.coverage(reconciled=reconciled).set_index("region_code").loc[code]
    assert r["workforce_method"] == "reported"
    assert r["workforce"] == 200_000
    # uncovered = 200,000 - 123,456 = 76,544
    assert r["uncovered_workers"] == 76_544
    # 0.995 * 200,000 = 199,000 - 123,456 = 75,544
    assert r["workers_to_target"] == 75_544
    # 100 * 123,456 / 200,000 = 61.728% vs 61.73 reported: within 0.1 pp
    dq = ucj_data.data_quality(tables.figures)
    check = dq[(dq["region_code"] == code) & (dq["check"] == "active / workforce = coverage")]
    assert check["computed"].tolist() == [pytest.approx(61.728)]
    assert check["passed"].tolist() == [True]


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


def test_single_benefits():
    out = ucj_data.single_benefits().set_index("figure_id")
    assert list(out.index) == ["metropolis-lampung-jkm", "metropolis-lampung-package"]
    jkm, package = out.loc["metropolis-lampung-jkm"], out.loc["metropolis-lampung-package"]
    # 'Rp 42.000.000,00' and 'Rp 212.500.000,00'
    assert (jkm["benefit_paid_idr"], package["benefit_paid_idr"]) == (42_000_000, 212_500_000)
    assert jkm["comprises"] == "JKM"
    # the note names JKM, JHT and 'scholarship for two children': codes, and 2 children
    assert package["comprises"] == "JKM, JHT, beasiswa"
    assert package["scholarship_children"] == 2
    assert "Rp 42.000.000,00" in jkm["quote"]
    assert set(out["region_code"]) == {"1871"}


def test_rates_are_data_and_add_up():
    rates = contribution_rates().set_index("package")["rate_idr_per_month"]
    # JKK minimum Rp10,000 + JKM Rp6,800 = Rp16,800; + JHT Rp20,000 = Rp36,800
    assert rates["JKK"] == 10_000
    assert rates["JKM"] == 6_800
    assert rates["JHT"] == 20_000
    assert rates["JKK+JKM"] == 16_800
    assert rates["JKK+JKM+JHT"] == 36_800
    assert rates["SERTAKAN"] == 16_800


def test_serang_vulnerable_workers_funded():
    f = ucj_data.figures().set_index("figure_id")
    workers = f.at["msn-serang-vulnerable-funded", "value"]
    out = contribution_budget(workers, package=BOTH).set_index("package")
    # 21 234 x 16 800 = 356 731 200 a month; x 12 = Rp4 280 774 400 a year
    assert out.at["JKK+JKM", "yearly_cost_idr"] == 4_280_774_400
    # 21 234 x 36 800 = 781 411 200 a month; x 12 = Rp9 376 934 400 a year
    assert out.at["JKK+JKM+JHT", "yearly_cost_idr"] == 9_376_934_400
    assert out.at["JKK+JKM", "rate_idr_per_month"] == 16_800
    assert out.at["JKK+JKM", "months"] == 12
    assert "Permenaker 5/2021" in out.at["JKK+JKM", "regulation"]
    assert out.at["JKK+JKM", "rate_source"]


def test_uncovered_workers_of_a_region():
    cov = ucj_data.coverage().set_index("region_code")
    out = contribution_budget(cov.loc[["3604"], "uncovered_workers"])
    # 386 317 uncovered workers x 16 800 x 12 = 386 317 x 201 600 = 77 881 507 200
    assert out["yearly_cost_idr"].tolist() == [77_881_507_200]


def test_budget_cases_table():
    out = budget_cases().set_index(["case_id", "package"])
    funded = "3604-vulnerable-funded-2025-12-09"
    assert out.at[(funded, "JKK+JKM"), "yearly_cost_idr"] == 4_280_774_400
    assert out.at[(funded, "JKK+JKM+JHT"), "yearly_cost_idr"] == 9_376_934_400
    assert out.at[(funded, "JKK+JKM"), "figure_ids"] == "msn-serang-vulnerable-funded"
    # 386 317 x 36 800 x 12 = 386 317 x 441 600 = 170 597 587 200
    assert out.at[("3604-uncovered-2025-12-09", "JKK+JKM+JHT"), "yearly_cost_idr"] == (
        170_597_587_200
    )
    # Banten: 2.7 million / 0.429 - 2.7 million = 3 593 706.29 uncovered
    banten = out.loc[("36-uncovered-2025-11-03", "JKK+JKM"), "workers"]
    assert banten == pytest.approx(2_700_000 / 0.429 - 2_700_000)
    assert set(out.index.get_level_values("package")) == set(BOTH)


def base_table(*rows) -> pd.DataFrame:
    """A coverage-like base: (region_code, period, active_participants, workforce)."""
    frame = pd.DataFrame(
        rows, columns=["region_code", "period", "active_participants", "workforce"]
    )
    return frame.assign(figure_ids="made-up-figure")


HALF = base_table(("3604", "2020-06-30", 500, 1000))  # 50% of 1000 workers in 2020


def col(frame: pd.DataFrame, name: str) -> list:
    return frame[name].tolist()


def test_serang_to_99_5_by_2045_identities():
    out = project_enrolment(target_pct=99.5, target_year=2045, churn=0.05, region_codes="3604")
    assert col(out, "year") == list(range(2026, 2046))
    # C(2045) = 0.995 x 786 702 = 782 768.49; gap = 782 768.49 - 400 385 = 382 383.49
    assert out["covered"].iloc[-1] == pytest.approx(782_768.49)
    assert out["net_new"].sum() == pytest.approx(382_383.49)
    # enrol_gross sums to the gap plus every lapsed participant
    assert out["enrol_gross"].sum() == pytest.approx(382_383.49 + out["lapsed"].sum())
    # first year: 400 385 + 382 383.49 / 20 = 419 504.1745; lapsed 0.05 x 400 385 = 20 019.25
    assert out["covered"].iloc[0] == pytest.approx(419_504.1745)
    assert out["lapsed"].iloc[0] == pytest.approx(20_019.25)
    # the gap equals coverage()'s workers_to_target up to its ceiling: 382 384
    cov = coverage().set_index("region_code")
    assert cov.at["3604", "workers_to_target"] == 382_384
    assert np.ceil(out["net_new"].sum()) == cov.at["3604", "workers_to_target"]


def test_default_target_is_the_reported_national_target():
    f = ucj_data.figures().set_index("figure_id")
    # 99,5 persen by 2045 (banten-ucj-sosek-target) is the default target_pct, target_year
    assert f.at["banten-ucj-sosek-target", "value"] == 99.5
    out = project_enrolment(coverage=HALF)
    assert set(out["target_pct"]) == {99.5}
    assert out["year"].max() == int(f.at["banten-ucj-sosek-target", "period"])


def test_lampung_official_path_passes_through_its_targets():
    out = project_enrolment(path="official", region_codes="18",
                            coverage=HALF.iloc[:0]).set_index("year")
    # base from the 2025 target: C0 = 1 149 447, W0 = 1 149 447 / 0.3839 = 2 994 131.28
    assert set(out["base_method"]) == {"official_target"}
    assert set(out["base_year"]) == {2025}
    assert out.at[2026, "coverage_pct"] == pytest.approx(45.53)
    assert out.at[2026, "covered"] - out.at[2026, "net_new"] == pytest.approx(1_149_447)
    # C(2026) = 2 994 131.28 x 45.53% = 1 363 227.97
    assert out.at[2026, "covered"] == pytest.approx(1_149_447 / 0.3839 * 0.4553)
    # then straight to 99.5 in 2045: 45.53 + (99.5 - 45.53) / 19 = 48.370526 in 2027
    assert out.at[2027, "coverage_pct"] == pytest.approx(45.53 + 53.97 / 19)
    assert out.at[2045, "coverage_pct"] == pytest.approx(99.5)
    assert "metropolis-lampung-target-2026" in out.at[2026, "figure_ids"]


def test_linear_path_ignores_official_targets():
    out = project_enrolment(path="linear", region_codes="18",
                            coverage=HALF.iloc[:0]).set_index("year")
    # 38.39 -> 99.5 over 20 years: 38.39 + 61.11 / 20 = 41.4455 in 2026
    assert out.at[2026, "coverage_pct"] == pytest.approx(41.4455)


def test_official_targets_table():
    out = official_targets().set_index(["region_code", "year"])
    # implied workforce 2025: 1 149 447 / 0.3839 = 2 994 131.28
    assert out.at[("18", 2025), "implied_workforce"] == pytest.approx(1_149_447 / 0.3839)
    # 1 436 809 - 1 149 447 = 287 362 more active participants from 2025 to 2026
    assert out.at[("18", 2026), "additional_active"] == 287_362
    assert pd.isna(out.at[("18", 2025), "additional_active"])
    # the straight path starts at the observation of 2025-08, 100 x 687.000 / 2.800.000 =
    # 24,5357%: 24,5357 + (99,5 - 24,5357) / 20 = 28,2839 in 2026
    assert out.at[("18", 2026), "path_from"] == "observation"
    assert out.at[("18", 2026), "required_coverage_pct"] == pytest.approx(28.2839, abs=1e-4)
    assert out.at[("18", 2025), "required_coverage_pct"] == pytest.approx(24.5357, abs=1e-4)
    # observed 24,54% against the 38,39% of its own year: below
    assert out.at[("18", 2025), "observed_against_target"] == "below"
    assert pd.isna(out.at[("18", 2026), "observed_against_target"])
    assert out.at[("18", 2026), "figure_ids"] == (
        "metropolis-lampung-target-2026;metropolis-lampung-target-active-2026"
    )
    # to 2030 instead: 24,5357 + 74,9643 / 5 = 39,5286 in 2026
    early = official_targets(target_year=2030).set_index(["region_code", "year"])
    assert early.at[("18", 2026), "required_coverage_pct"] == pytest.approx(39.5286,
                                                                             abs=1e-4)


# --- ranges: what the inputs allow as written ---------------------------------------------


def test_banten_ranges_from_its_two_rounded_figures():
    c = coverage().set_index("region_code").loc["36"]
    # 'sekitar 2,7 juta' active: rounded at the 7 (step 100.000): 2.650.000 to 2.750.000;
    # '42,9 persen': step 0,1: 42,85 to 42,95
    assert (c["active_participants_low"], c["active_participants_high"]) == (2_650_000,
                                                                            2_750_000)
    assert c["coverage_pct_low"] == pytest.approx(42.85)
    assert c["coverage_pct_high"] == pytest.approx(42.95)
    # workforce 100 A / p: least 100 x 2.650.000 / 42,95 = 6.169.965,08,
    # most 100 x 2.750.000 / 42,85 = 6.417.736,29
    assert c["workforce_low"] == pytest.approx(6_169_965.08, abs=0.01)
    assert c["workforce_high"] == pytest.approx(6_417_736.29, abs=0.01)
    # workers to target A (99,5 / p - 1), A used twice, so from the corners:
    # least 2.650.000 x (99,5 / 42,95 - 1) = 2.650.000 x 1,3166473 = 3.489.115,25 -> 3.489.116
    # most  2.750.000 x (99,5 / 42,85 - 1) = 2.750.000 x 1,3220537 = 3.635.647,61 -> 3.635.648
    # (independent bounds, 0,995 x 6.169.965 - 2.750.000 = 3.389.115 to 0,995 x 6.417.736 -
    # 2.650.000 = 3.735.648, would be twice as wide)
    assert (c["workers_to_target_low"], c["workers_to_target_high"]) == (3_489_116, 3_635_648)
    assert c["workers_to_target_low"] <= c["workers_to_target"] <= c["workers_to_target_high"]


def test_serang_counts_are_points_its_percentage_a_range():
    c = coverage().set_index("region_code").loc["3604"]
    # '400.385' active and '386.317' uncovered are whole numbers written to the ones digit:
    # exact, so the workforce 786.702 and the workers to target 382.384 are points
    for name, value in (("active_participants", 400_385), ("uncovered_workers", 386_317),
                        ("workforce", 786_702), ("workers_to_target", 382_384)):
        assert c[f"{name}_low"] == c[name] == c[f"{name}_high"] == value, name
    # '50,87 persen' as reported: 50,865 to 50,875
    assert c["coverage_pct_low"] == pytest.approx(50.865)
    assert c["coverage_pct_high"] == pytest.approx(50.875)


def test_claim_per_recipient_with_lebih_dari_has_no_upper_bound():
    figures = ucj_data.figures()
    fokus = figures[figures["source_id"] == "fokustv-serang"]
    b = ucj_data.claim_benefits(fokus).set_index("period").loc["2025"]
    # 'lebih dari Rp650 miliar' / '52.301' (exact): above 650.000.000.000 / 52.301
    # = 12.428.060,64 rupiah per recipient, nothing bounds it above
    assert b["benefit_per_recipient_idr_low"] == pytest.approx(12_428_060.64, abs=0.01)
    assert pd.isna(b["benefit_per_recipient_idr_high"])
    # with every source: 'mencapai Rp650,459 miliar' is written to the juta, so it allows
    # 650.458.500.000 to 650.459.500.000: / 52.301 = 12.436.827,21 to 12.436.846,33
    every = ucj_data.claim_benefits().set_index(["region_code", "period"]).loc[("3604", "2025")]
    assert every["benefit_per_recipient_idr_low"] == pytest.approx(12_436_827.21, abs=0.01)
    assert every["benefit_per_recipient_idr_high"] == pytest.approx(12_436_846.33, abs=0.01)


def test_banten_uncovered_budget_range():
    b = budget_cases().set_index(["case_id", "package"]).loc[("36-uncovered-2025-11-03",
                                                              "JKK+JKM")]
    # uncovered W - A = A (100 / p - 1): least 2.650.000 x (100 / 42,95 - 1)
    # = 3.519.965,08, most 2.750.000 x (100 / 42,85 - 1) = 3.667.736,29; funded as whole
    # workers, rounded up: 3.519.966 and 3.667.737; x Rp16.800 x 12 = Rp201.600 each:
    # Rp709.625.145.600 to Rp739.415.779.200
    assert b["workers_low"] == 3_519_966
    assert b["workers_high"] == 3_667_737
    assert b["yearly_cost_idr_low"] == 709_625_145_600
    assert b["yearly_cost_idr_high"] == 739_415_779_200
    # the point: 2.700.000 / 0,429 - 2.700.000 = 3.593.706,29 -> 3.593.707 workers
    assert b["workers"] == 3_593_707
    assert b["yearly_cost_idr"] == 3_593_707 * 201_600
    # Serang's funded vulnerable workers '21.234': exact, a point
    s = budget_cases().set_index(["case_id", "package"]).loc[(
        "3604-vulnerable-funded-2025-12-09", "JKK+JKM")]
    assert s["yearly_cost_idr_low"] == s["yearly_cost_idr_high"] == 4_280_774_400


def test_banten_projection_year_range():
    p = project_enrolment(region_codes="36")
    r = p[p["year"] == 2026].iloc[0]
    # linear to 99,5% by 2045 from 2025, no growth or churn: C(2026) = A + gap / 20 with
    # gap = 0,995 W0 - A = A (99,5 / p - 1) from 3.489.115,25 to 3.635.647,61 (above):
    # enrol 174.455,76 to 181.782,38; covered 2.650.000 + 174.455,76 = 2.824.455,76 to
    # 2.750.000 + 181.782,38 = 2.931.782,38
    assert r["enrol_gross_low"] == pytest.approx(174_455.76, abs=0.01)
    assert r["enrol_gross_high"] == pytest.approx(181_782.38, abs=0.01)
    assert r["covered_low"] == pytest.approx(2_824_455.76, abs=0.01)
    assert r["covered_high"] == pytest.approx(2_931_782.38, abs=0.01)


def test_lampung_target_change_splits_into_coverage_and_workforce():
    out = official_targets().set_index(["region_code", "year"])
    r = out.loc[("18", 2026)]
    # W25 = 1.149.447 / 0,3839 = 2.994.131,28; W26 = 1.436.809 / 0,4553 = 3.155.741,27
    # coverage part: 2.994.131,28 x (45,53 - 38,39) / 100 = 213.780,97
    # workforce part: 0,4553 x (3.155.741,27 - 2.994.131,28) = 73.581,03
    assert r["additional_from_coverage"] == pytest.approx(213_780.97, abs=0.01)
    assert r["additional_from_workforce"] == pytest.approx(73_581.03, abs=0.01)
    # together exactly the change in target active participants: 1.436.809 - 1.149.447
    assert r["additional_from_coverage"] + r["additional_from_workforce"] == pytest.approx(
        287_362)
