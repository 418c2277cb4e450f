"""ucj_data.analysis.budgets with rates typed from the regulation."""

from __future__ import annotations

import pandas as pd
import pytest

import ucj_data
from tests.conftest import set_cell
from ucj_data.analysis.budgets import contribution_budget
from ucj_data.analysis.projections import project_enrolment
from ucj_data.validate.problems import RawDataError

BOTH = ["JKK+JKM", "JKK+JKM+JHT"]
# the rates of data/raw/contribution_rates.csv, typed here from the regulation (PP 44/2015 as
# amended, Permenaker 5/2021): JKK Rp10,000 at the lowest bracket, JKM Rp6,800, JHT Rp20,000
RATES = pd.DataFrame({
    "package": ["JKK", "JKM", "JHT", "JKK+JKM", "JKK+JKM+JHT", "SERTAKAN"],
    "components": ["JKK", "JKM", "JHT", "JKK+JKM", "JKK+JKM+JHT", "JKK+JKM"],
    "rate_idr_per_month": [10_000.0, 6_800.0, 20_000.0, 16_800.0, 36_800.0, 16_800.0],
    "basis": "lowest income bracket", "regulation": "Permenaker 5/2021",
    "rate_source": "typed for the tests",
})


def test_months_and_sponsor_package():
    out = contribution_budget(10, RATES, package="SERTAKAN", months=6)
    # 10 x 16 800 x 6 = 1 008 000
    assert out["yearly_cost_idr"].tolist() == [1_008_000]
    assert out["components"].tolist() == ["JKK+JKM"]


def test_series_and_frames_carry_their_identifiers():
    series = pd.Series([100, 200], index=pd.Index(["3604", "36"], name="region_code"))
    out = contribution_budget(series, RATES)
    assert out.columns[0] == "region_code"
    # 100 x 16 800 x 12 = 20 160 000; 200 x ... = 40 320 000
    assert out["yearly_cost_idr"].tolist() == [20_160_000, 40_320_000]
    frame = pd.DataFrame({"region_code": ["3604", "36"], "label": ["a", "b"], "n": [1, 2]})
    out = contribution_budget(frame, RATES, package=BOTH, column="n")
    # every row with every package, rows outer: 1 x 16 800 x 12, 1 x 36 800 x 12, ...
    assert out["label"].tolist() == ["a", "a", "b", "b"]
    assert out["package"].tolist() == BOTH * 2
    assert out["yearly_cost_idr"].tolist() == [201_600, 441_600, 403_200, 883_200]
    assert contribution_budget([1, 2], RATES)["workers"].tolist() == [1, 2]


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
    out = contribution_budget(proj, RATES, column="newly_covered")
    # enrolled since 2020 and still covered: 100, 200, ..., 500 workers
    # 100 x 16 800 x 12 = 20 160 000; 500 x 201 600 = 100 800 000
    assert out["yearly_cost_idr"].tolist() == pytest.approx(
        [20_160_000, 40_320_000, 60_480_000, 80_640_000, 100_800_000]
    )
    assert out["year"].tolist() == [2021, 2022, 2023, 2024, 2025]


@pytest.mark.parametrize(
    ("workers", "kwargs", "message"),
    [
        (-1, {}, r"workers must be a number of workers from 0 to 1,000,000,000; got -1"),
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
        contribution_budget(workers, RATES, **kwargs)


def test_inconsistent_rates_are_refused():
    rates = RATES.copy()
    rates.loc[rates["package"] == "JKK+JKM", "rate_idr_per_month"] = 17_000
    # 10 000 + 6 800 = 16 800, not 17 000
    with pytest.raises(
        ValueError, match="JKK\\+JKM is 17000 a month, but its programmes JKK\\+JKM add up"
    ):
        contribution_budget(1, contribution_rates=rates)
    rates = RATES.copy()
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


# PP 50/2025, typed from the regulation as reported: JKK and JKM halved for self-paying
# non-wage participants, January 2026 to March 2027 in transport, April to December 2026
# elsewhere; those whose contributions the APBN or APBD pays are excluded
ADJUSTMENTS = pd.DataFrame({
    "adjustment_id": ["half-transport", "half-other"], "programmes": ["JKK+JKM"] * 2,
    "factor": [0.5, 0.5], "payer": ["self", "self"], "sector": ["transport", "other"],
    "valid_from": ["2026-01", "2026-04"], "valid_to": ["2027-03", "2026-12"],
    "regulation": "PP 50/2025", "rate_source": "typed for the tests"})


@pytest.mark.parametrize(("payer", "sector", "year", "cost", "adjusted"), [
    # a regional budget pays: the full 16.800 every month, 12 x 16.800 = 201.600
    ("apbd_apbn", "other", 2026, 201_600, 0),
    ("apbd_apbn", "transport", 2026, 201_600, 0),
    # self-paying outside transport: 3 x 16.800 + 9 x 8.400 = 50.400 + 75.600 = 126.000
    ("self", "other", 2026, 126_000, 9),
    # self-paying in transport: 12 x 8.400 = 100.800
    ("self", "transport", 2026, 100_800, 12),
    # ... and in 2027 the discount ends after March: 3 x 8.400 + 9 x 16.800 = 176.400
    ("self", "transport", 2027, 176_400, 3),
    # before PP 50/2025: the full rate
    ("self", "other", 2025, 201_600, 0),
])
def test_budgets_take_the_rate_in_force_each_month(payer, sector, year, cost, adjusted):
    out = contribution_budget(1, RATES, payer=payer, sector=sector, year=year,
                              rate_adjustments=ADJUSTMENTS)
    assert out["yearly_cost_idr"].tolist() == [cost]
    assert out["adjusted_months"].tolist() == [adjusted] and out["payer"].tolist() == [payer]


def test_a_package_with_a_programme_not_adjusted_keeps_its_rate():
    out = contribution_budget(1, RATES, package="JKK+JKM+JHT", payer="self", sector="other",
                              year=2026, rate_adjustments=ADJUSTMENTS)
    # JHT stays 20.000: 3 x 36.800 + 9 x (5.000 + 3.400 + 20.000) = 110.400 + 255.600
    assert out["yearly_cost_idr"].tolist() == [366_000]
    assert "PP 50/2025" in out["regulation"].iloc[0]


def test_rates_in_force_by_month_payer_and_sector():
    from ucj_data.analysis.budgets import rates_in_force

    table = rates_in_force(RATES, ADJUSTMENTS).set_index(["package", "payer", "sector",
                                                          "month"])
    # the months from the first start (2026-01) to the last end (2027-03): 15
    assert table.index.get_level_values("month").nunique() == 15
    assert table.at[("JKK+JKM", "self", "other", "2026-03"), "rate_idr_per_month"] == 16_800
    assert table.at[("JKK+JKM", "self", "other", "2026-04"), "rate_idr_per_month"] == 8_400
    assert table.at[("JKK", "self", "transport", "2026-01"), "rate_idr_per_month"] == 5_000
    assert table.at[("JKK+JKM", "apbd_apbn", "transport", "2026-01"),
                    "rate_idr_per_month"] == 16_800


def test_an_adjustment_of_an_unknown_programme_is_refused():
    bad = ADJUSTMENTS.assign(programmes=["JKK+JKP", "JKK+JKM"])
    with pytest.raises(ValueError, match="names programme 'JKP'"):
        contribution_budget(1, RATES, payer="self", sector="transport", year=2026,
                            rate_adjustments=bad)

