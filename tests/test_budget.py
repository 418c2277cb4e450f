"""Tests for ucj_data.analysis.budgets: contribution rates and the cost of funding contributions.

Expected values are computed by hand in the comments.
"""

from __future__ import annotations

import pandas as pd
import pytest

import ucj_data
from tests.conftest import set_cell
from ucj_data.analysis.budgets import budget_cases, contribution_budget, contribution_rates
from ucj_data.analysis.projections import project_enrolment
from ucj_data.validate.problems import RawDataError

BOTH = ["JKK+JKM", "JKK+JKM+JHT"]


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


def test_months_and_sponsor_package():
    out = contribution_budget(10, package="SERTAKAN", months=6)
    # 10 x 16 800 x 6 = 1 008 000
    assert out["yearly_cost_idr"].tolist() == [1_008_000]
    assert out["components"].tolist() == ["JKK+JKM"]


def test_series_and_frames_carry_their_identifiers():
    series = pd.Series([100, 200], index=pd.Index(["3604", "36"], name="region_code"))
    out = contribution_budget(series)
    assert out.columns[0] == "region_code"
    # 100 x 16 800 x 12 = 20 160 000; 200 x ... = 40 320 000
    assert out["yearly_cost_idr"].tolist() == [20_160_000, 40_320_000]
    frame = pd.DataFrame({"region_code": ["3604", "36"], "label": ["a", "b"], "n": [1, 2]})
    out = contribution_budget(frame, package=BOTH, column="n")
    # every row with every package, rows outer: 1 x 16 800 x 12, 1 x 36 800 x 12, ...
    assert out["label"].tolist() == ["a", "a", "b", "b"]
    assert out["package"].tolist() == BOTH * 2
    assert out["yearly_cost_idr"].tolist() == [201_600, 441_600, 403_200, 883_200]
    assert contribution_budget([1, 2])["workers"].tolist() == [1, 2]


def test_uncovered_workers_of_a_region():
    cov = ucj_data.coverage().set_index("region_code")
    out = contribution_budget(cov.loc[["3604"], "uncovered_workers"])
    # 386 317 uncovered workers x 16 800 x 12 = 386 317 x 201 600 = 77 881 507 200
    assert out["yearly_cost_idr"].tolist() == [77_881_507_200]


def test_budget_of_a_projection():
    base = pd.DataFrame(
        {
            "region_code": ["3604"],
            "period": ["2020"],
            "active_participants": [500],
            "workforce": [1000],
        }
    )
    proj = project_enrolment(coverage=base, target_pct=100, target_year=2025)
    out = contribution_budget(proj, column="newly_covered")
    # enrolled since 2020 and still covered: 100, 200, ..., 500 workers
    # 100 x 16 800 x 12 = 20 160 000; 500 x 201 600 = 100 800 000
    assert out["yearly_cost_idr"].tolist() == pytest.approx(
        [20_160_000, 40_320_000, 60_480_000, 80_640_000, 100_800_000]
    )
    assert out["year"].tolist() == [2021, 2022, 2023, 2024, 2025]


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


@pytest.mark.parametrize(
    ("workers", "kwargs", "message"),
    [
        (-1, {}, r"workers must be a number of workers, 0 or more; got -1"),
        (float("nan"), {}, r"workers must be"),
        ([1, -5], {}, r"got -5"),
        ("many", {}, r"got 'many'"),
        (10, {"package": "JKP"}, r"unknown package 'JKP'; known: JKK, JKM"),
        (10, {"package": []}, r"package needs at least one value"),
        (10, {"months": 0}, r"months must be a whole number of months from 1 to 12; got 0"),
        (10, {"months": 13}, r"months must be"),
        (10, {"months": 6.5}, r"months must be"),
        (pd.DataFrame({"n": [1]}), {}, r"workers has no column 'workers'"),
        (pd.DataFrame({"workers": [1], "package": ["x"]}), {}, r"columns that the budget adds"),
    ],
)
def test_bad_input(workers, kwargs, message):
    with pytest.raises(ValueError, match=message):
        contribution_budget(workers, **kwargs)


def test_inconsistent_rates_are_refused():
    rates = contribution_rates()
    rates.loc[rates["package"] == "JKK+JKM", "rate_idr_per_month"] = 17_000
    # 10 000 + 6 800 = 16 800, not 17 000
    with pytest.raises(
        ValueError, match="JKK\\+JKM is 17000 a month, but its programmes JKK\\+JKM add up to 16800"
    ):
        contribution_budget(1, contribution_rates=rates)
    rates = contribution_rates()
    rates.loc[0, "rate_idr_per_month"] = -1
    with pytest.raises(ValueError, match="rates do not fit the contribution_rates table"):
        contribution_budget(1, contribution_rates=rates)


def test_bad_rates_file_names_its_line(project):
    path = project / "data" / "raw" / "contribution_rates.csv"
    line = set_cell(path, "package", "JKM", "rate_idr_per_month", "enam ribu")
    with pytest.raises(RawDataError) as err:
        ucj_data.load(project)
    problems = [p for p in err.value.problems if p.file == "data/raw/contribution_rates.csv"]
    assert [(p.line, p.column) for p in problems] == [(line, "rate_idr_per_month")]
