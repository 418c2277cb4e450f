"""ucj_data.analysis.projections on small made-up bases and targets; expected values by hand."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from tests.conftest import NO_COVERAGE
from ucj_data.analysis.projections import official_targets, project_enrolment, project_grid


def base_table(*rows) -> pd.DataFrame:
    """A coverage-like base: (region_code, period, active_participants, workforce)."""
    frame = pd.DataFrame(
        rows, columns=["region_code", "period", "active_participants", "workforce"]
    )
    return frame.assign(figure_ids="made-up-figure")


HALF = base_table(("3604", "2020-06-30", 500, 1000))  # 50% of 1000 workers in 2020


def target_figures(*rows) -> pd.DataFrame:
    """Official targets as figures: (figure_id, region_code, indicator, period, value)."""
    return pd.DataFrame(rows, columns=["figure_id", "region_code", "indicator", "period",
                                       "value"]).assign(source_id="made-up-source")


# region 18 aims at 60% of its workers in 2022 (with 600 of them), nothing else has targets
TARGETS = target_figures(("t-pct", "18", "target_coverage_pct", "2022", 60.0),
                         ("t-active", "18", "target_active_participants", "2022", 600.0))


NO_TARGETS = TARGETS.iloc[:0]


def col(frame: pd.DataFrame, name: str) -> list:
    return frame[name].tolist()


def test_linear_path_without_growth_or_churn():
    out = project_enrolment(target_pct=100, target_year=2025, coverage=HALF)
    # 50% -> 100% of 1000 workers over 2021..2025: +10 points = +100 workers a year
    assert col(out, "year") == [2021, 2022, 2023, 2024, 2025]
    assert col(out, "coverage_pct") == pytest.approx([60, 70, 80, 90, 100])
    assert col(out, "covered") == pytest.approx([600, 700, 800, 900, 1000])
    assert col(out, "net_new") == pytest.approx([100] * 5)
    assert col(out, "lapsed") == pytest.approx([0] * 5)
    assert col(out, "enrol_gross") == pytest.approx([100] * 5)
    # covered beyond the base 500: 100, 200, ..., 500
    assert col(out, "newly_covered") == pytest.approx([100, 200, 300, 400, 500])
    assert set(out["base_year"]) == {2020}
    assert set(out["base_method"]) == {"reported"}


def test_churn_adds_the_lapsed_to_the_gross_enrolments():
    out = project_enrolment(target_pct=100, target_year=2025, churn=0.1, coverage=HALF)
    # lapsed(2021) = 0.1 x C(2020) = 0.1 x 500 = 50; enrol_gross = 100 + 50 = 150
    # lapsed(2022) = 0.1 x C(2021) = 0.1 x 600 = 60; enrol_gross = 160
    assert col(out, "lapsed")[:2] == pytest.approx([50, 60])
    assert col(out, "enrol_gross")[:2] == pytest.approx([150, 160])
    # churn leaves the net path alone
    assert col(out, "net_new") == pytest.approx([100] * 5)


def test_workforce_growth():
    out = project_enrolment(target_pct=100, target_year=2022, workforce_growth=0.1, coverage=HALF)
    # W(2021) = 1000 x 1.1 = 1100, p = 75% -> C = 825, net_new = 825 - 500 = 325
    # W(2022) = 1000 x 1.21 = 1210, p = 100% -> C = 1210, net_new = 1210 - 825 = 385
    assert col(out, "workforce") == pytest.approx([1100, 1210])
    assert col(out, "coverage_pct") == pytest.approx([75, 100])
    assert col(out, "covered") == pytest.approx([825, 1210])
    assert col(out, "net_new") == pytest.approx([325, 385])


def test_shrinking_workforce():
    out = project_enrolment(target_pct=50, target_year=2021, workforce_growth=-0.5, coverage=HALF)
    # W(2021) = 500, coverage stays 50% -> C = 250: 250 workers fewer covered
    assert col(out, "net_new") == pytest.approx([-250])


def test_regions_with_different_base_years():
    base = base_table(("3604", "2020", 500, 1000), ("36", "2022-01-01", 150, 300))
    out = project_enrolment(target_pct=100, target_year=2025, coverage=base)
    a, b = out[out.region_code == "3604"], out[out.region_code == "36"]
    # 3604: 2021..2025, +100 a year; 36: 50% -> 100% of 300 over 2023..2025, +50 a year
    assert col(a, "year") == [2021, 2022, 2023, 2024, 2025]
    assert col(a, "net_new") == pytest.approx([100] * 5)
    assert col(b, "year") == [2023, 2024, 2025]
    assert col(b, "net_new") == pytest.approx([50] * 3)
    assert col(b, "covered") == pytest.approx([200, 250, 300])


def test_base_coverage_is_computed_not_the_reported_percentage():
    # coverage_pct 99 in the base is ignored: p0 = 500 / 1000 = 50%
    out = project_enrolment(target_pct=100, target_year=2021,
                            coverage=HALF.assign(coverage_pct=99.0))
    assert col(out, "net_new") == pytest.approx([500])


def test_list_parameters_give_every_combination():
    base = base_table(
        ("3604", "2025-12-09", 400_385, 786_702), ("36", "2025-11-03", 2_700_000, 2_700_000 / 0.429)
    )
    out = project_enrolment(
        coverage=base, target_pct=[99.5, 100], target_year=[2029, 2045],
        workforce_growth=[0, 0.01, 0.02], churn=[0, 0.05])
    # per region: 2 targets x 3 growths x 2 churns x (4 years to 2029 + 20 to 2045) = 288
    assert len(out) == 2 * 288
    scenarios = out[["target_pct", "target_year", "workforce_growth", "churn"]]
    assert len(scenarios.drop_duplicates()) == 2 * 2 * 3 * 2
    assert not out.duplicated(
        ["target_pct", "target_year", "workforce_growth", "churn", "path", "region_code", "year"]
    ).any()
    # each scenario's net_new telescopes to C(T) - C0, e.g. 36 at 100% by 2029 with 2%
    # growth: 6 293 706.29 x 1.02^4 - 2 700 000
    one = out[
        (out.region_code == "36")
        & (out.target_pct == 100)
        & (out.target_year == 2029)
        & (out.workforce_growth == 0.02)
        & (out.churn == 0.05)
    ]
    assert one["net_new"].sum() == pytest.approx(2_700_000 / 0.429 * 1.02**4 - 2_700_000)


def test_official_path_adds_regions_with_official_targets_only():
    out = project_enrolment(TARGETS, HALF, path=["linear", "official"], target_year=2030)
    # 18 has no coverage row: its base is its 2022 target, C0 = 600, W0 = 600 / 0.6 = 1000
    assert set(out.loc[out.path == "linear", "region_code"]) == {"3604", "18"}
    assert set(out["region_code"]) == {"3604", "18"}
    b = out[out.region_code == "18"]
    assert set(b["base_year"]) == {2022} and set(b["base_method"]) == {"official_target"}
    # 60% in 2022 to 99.5% in 2030: 60 + 39.5 / 8 = 64.9375% in 2023; no official target
    # after 2022 bends its path, so it has linear rows only
    assert b.loc[b.year == 2023, "coverage_pct"].tolist() == pytest.approx([64.9375])
    assert set(b["path"]) == {"linear"}
    # an official 80% in 2025 bends it: 60 + 20 / 3 = 66.667% in 2023 on the official path
    bent = project_enrolment(
        pd.concat([TARGETS, target_figures(("t-25", "18", "target_coverage_pct", "2025", 80.0))]),
        HALF, path=["linear", "official"], target_year=2030, region_codes="18")
    at_2023 = bent[bent.year == 2023].set_index("path")["coverage_pct"]
    assert at_2023.to_dict() == pytest.approx({"linear": 64.9375, "official": 60 + 20 / 3})
    # a region without official targets has its linear path only: no repeated rows
    assert set(out.loc[out.region_code == "3604", "path"]) == {"linear"}
    assert not out.duplicated(["region_code", "year", "covered"]).any()
    # the linear path alone adds no region from the targets
    assert set(project_enrolment(TARGETS, HALF)["region_code"]) == {"3604"}


def test_official_targets_of_own_figures():
    figures = pd.DataFrame(
        {
            "figure_id": ["a", "b", "c", "d", "e", "f"],
            "region_code": ["36", "36", "36", "36", "18", "18"],
            "indicator": ["target_coverage_pct", "target_active_participants"] * 2
            + ["target_active_participants"] * 2,
            "period": ["2030", "2030", "2035", "2035", "2030", "2031"],
            "value": [60.0, 600.0, 80.0, 800.0, 100.0, 150.0],
        }
    )
    out = official_targets(figures, NO_COVERAGE, target_pct=100, target_year=2040)
    assert list(zip(out.region_code, out.year, strict=True)) == [
        ("18", 2030),
        ("18", 2031),
        ("36", 2030),
        ("36", 2035),
    ]
    # 18: 150 - 100 = 50 more; 36: its first year has no previous one, then 800 - 600
    assert pd.isna(out["additional_active"].iloc[0])
    assert out["additional_active"].iloc[1] == 50
    assert pd.isna(out["additional_active"].iloc[2])
    assert out["additional_active"].iloc[3] == 200
    # 36 in 2035: 800 / 0.8 = 1000 workers; required 60 + 40 x 5 / 10 = 80
    assert out["implied_workforce"].iloc[3] == pytest.approx(1000)
    assert col(out, "required_coverage_pct")[2:] == pytest.approx([60, 80])
    # 18 has counts but no percentage: no implied workforce, no required path
    assert out["required_coverage_pct"].iloc[:2].isna().all()
    assert out["implied_workforce"].iloc[:2].isna().all()
    assert col(out, "figure_ids") == ["e", "f", "a;b", "c;d"]


def test_grid_agrees_with_a_loop():
    rng = np.random.default_rng(7)
    w0 = rng.uniform(1e3, 1e6, 6)
    c0 = w0 * rng.uniform(0.2, 0.7, 6)
    y0 = np.array([2020, 2021, 2020, 2022, 2020, 2021])
    scen = [(99.5, 2030, 0.0, 0.0), (90.0, 2026, 0.02, 0.1), (100.0, 2040, -0.01, 0.05)]
    target, t_year, growth, churn = (np.array(v) for v in zip(*scen, strict=True))
    grid = project_grid(c0, w0, y0, target, t_year, growth, churn)
    got = pd.DataFrame(
        {
            "s": grid.cells()[0],
            "year": grid.cells()[1],
            "r": grid.cells()[2],
            "enrol_gross": grid.values("enrol_gross"),
            "covered": grid.values("covered"),
        }
    ).set_index(["s", "r", "year"])
    expected = {}
    for s, (p_t, t, g, h) in enumerate(scen):
        for r in range(6):
            p0, previous = c0[r] / w0[r] * 100, c0[r]
            for y in range(y0[r] + 1, t + 1):
                c = (
                    w0[r]
                    * (1 + g) ** (y - y0[r])
                    * (p0 + (p_t - p0) * (y - y0[r]) / (t - y0[r]))
                    / 100
                )
                expected[(s, r, y)] = (c - previous + h * previous, c)
                previous = c
    assert len(got) == len(expected)
    for key, (gross, covered) in expected.items():
        assert got.loc[key, "enrol_gross"] == pytest.approx(gross)
        assert got.loc[key, "covered"] == pytest.approx(covered)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"target_pct": 101},
         r"target_pct must be a coverage target in percent, above 1 and at most 100; got 101"),
        ({"target_pct": 0}, r"target_pct must be"),
        ({"target_year": 2030.5}, r"target_year must be a whole year"),
        ({"churn": 1},
         r"churn must be a fraction a year, at least 0 and below 1 \(0.05 = 5% a year\); got 1"),
        ({"churn": -0.1}, r"churn must be"),
        ({"churn": [0, 1.5]}, r"churn must be"),
        ({"workforce_growth": -1},
         r"workforce_growth must be a yearly growth of the workforce as a fraction from -0.5 "
         r"to 0.5"),
        ({"workforce_growth": "2%"}, r"workforce_growth must be"),
        ({"path": "exponential"}, r"path must be one of linear, official; got 'exponential'"),
        ({"region_codes": "99", "figures": NO_TARGETS}, r"unknown region code '99'"),
        ({"target_year": []}, r"target_year needs at least one value"),
    ],
)
def test_bad_parameters(kwargs, message):
    with pytest.raises(ValueError, match=message):
        project_enrolment(**{"coverage": HALF, **kwargs})


def test_bad_base():
    with pytest.raises(ValueError, match=r"coverage lacks the column\(s\) workforce"):
        project_enrolment(coverage=HALF.drop(columns="workforce"))
    with pytest.raises(ValueError, match="more than one row for region 3604"):
        project_enrolment(coverage=pd.concat([HALF, HALF]))
    with pytest.raises(ValueError, match="need numbers of active_participants and workforce"):
        project_enrolment(coverage=HALF.assign(workforce="seribu"))
    with pytest.raises(ValueError,
                       match="a period 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'; got .* 'tahun lalu'"):
        project_enrolment(coverage=HALF.assign(period="tahun lalu"))


def test_nothing_to_project_gives_an_empty_table():
    out = project_enrolment(coverage=HALF.iloc[:0])
    assert out.empty and "target_status" in out.columns


def test_a_region_at_or_above_the_target_keeps_its_coverage():
    # 50% of 1000 in 2020 against a 40% target: reached, coverage held at 50%, nobody to
    # enrol but the workforce's growth: 1000 x 1.1 = 1100 workers in 2021, 550 covered
    out = project_enrolment(coverage=HALF, target_pct=[40, 100], target_year=2022,
                            workforce_growth=0.1)
    reached = out[out["target_pct"] == 40]
    assert set(reached["target_status"]) == {"reached"}
    assert col(reached, "coverage_pct") == pytest.approx([50, 50])
    assert col(reached, "covered") == pytest.approx([550, 605])  # 1210 x 50% in 2022
    assert set(out.loc[out["target_pct"] == 100, "target_status"]) == {"to_reach"}


def test_a_target_year_not_after_the_base_is_reported_not_raised():
    # base 2020: a 2020 or 2019 target has no year to project; 2022 has two
    out = project_enrolment(coverage=HALF, target_year=[2019, 2020, 2022])
    passed = out[out["target_status"] == "target_year_passed"]
    assert list(zip(passed["target_year"], passed["year"], strict=True)) == [
        (2019, 2019), (2020, 2020)]
    assert passed[["covered", "net_new", "enrol_gross"]].isna().all().all()
    assert col(out[out["target_year"] == 2022], "year") == [2021, 2022]


def test_a_base_that_cannot_be_projected_is_reported_not_raised():
    # 1200 active of 1000 workers contradicts itself: one 'no_base' row per scenario
    both = pd.concat([HALF, base_table(("36", "2020", 1200, 1000))], ignore_index=True)
    out = project_enrolment(coverage=both, target_year=[2021, 2022])
    bad = out[out["region_code"] == "36"]
    assert col(bad, "target_status") == ["no_base", "no_base"]
    assert col(bad, "year") == [2021, 2022] and bad["covered"].isna().all()
    assert len(out[out["region_code"] == "3604"]) == 1 + 2


def test_bad_official_target_year():
    with pytest.raises(ValueError, match="target_pct must be a coverage target in percent"):
        official_targets(target_pct=120)


def test_official_path_without_official_targets_is_linear():
    figures = NO_TARGETS
    out = project_enrolment(figures, HALF, target_pct=100, target_year=2025,
                            path=["linear", "official"])
    # no official target anywhere: the linear path adds 100 workers a year, and the
    # official path, which would repeat it, has no rows (a sum counts the region once)
    assert col(out, "net_new") == pytest.approx([100] * 5)
    assert set(out["path"]) == {"linear"} and set(out["region_code"]) == {"3604"}
    # asked alone, the official path is there, following the linear one
    alone = project_enrolment(figures, HALF, target_pct=100, target_year=2025, path="official")
    assert col(alone, "net_new") == pytest.approx([100] * 5)
    assert official_targets(figures, NO_COVERAGE).empty


def test_official_targets_are_set_against_the_observation_not_against_each_other():
    figures = pd.DataFrame({
        "figure_id": ["p25", "c25", "p26"], "region_code": ["18"] * 3,
        "indicator": ["target_coverage_pct", "target_active_participants",
                      "target_coverage_pct"],
        "period": ["2025", "2025", "2026"], "value": [40.0, 400.0, 50.0]})
    observed = pd.DataFrame({"region_code": ["18"], "period": ["2025-08"],
                             "active_participants": [250.0], "workforce": [1000.0]})
    out = official_targets(figures, observed, target_pct=100, target_year=2035)
    out = out.set_index("year")
    # observed 100 x 250 / 1.000 = 25% in 2025; straight to 100% in 10 years: 7,5 a year
    assert out.at[2025, "required_coverage_pct"] == pytest.approx(25.0)
    assert out.at[2026, "required_coverage_pct"] == pytest.approx(32.5)
    # 25% against the 40% of 2025: below; 2026 is no year of the observation
    assert out.at[2025, "observed_against_target"] == "below"
    assert pd.isna(out.at[2026, "observed_against_target"])
    # the target's implied 400 / 0,40 = 1.000 workers beside the observed base of 1.000
    assert out.at[2025, "implied_workforce"] == pytest.approx(1000.0)
    assert out.at[2025, "base_workforce"] == 1000.0
    # without an observation the line starts at the first target: 40 + 60 / 10 = 46
    alone = official_targets(figures, NO_COVERAGE, target_pct=100, target_year=2035)
    alone = alone.set_index("year")
    assert alone.at[2026, "required_coverage_pct"] == pytest.approx(46.0)
    assert set(alone["path_from"]) == {"first_target"}


def test_a_base_taken_from_a_rounded_target_carries_its_rounding():
    # 400 active (exact) at '40%', which allows 39,5 to 40,5: W0 = 400 / 0,405 = 987,65
    # to 400 / 0,395 = 1.012,66; linear to 100% in 5 years: (W0 - 400) / 5 a year, from
    # 117,53 to 122,53
    figures = pd.DataFrame({
        "figure_id": ["p", "c"], "region_code": ["18", "18"],
        "indicator": ["target_coverage_pct", "target_active_participants"],
        "period": ["2025", "2025"], "value": [40.0, 400.0],
        "value_low": [39.5, 400.0], "value_high": [40.5, 400.0]})
    out = project_enrolment(figures, NO_COVERAGE, target_pct=100, target_year=2030,
                            region_codes=["18"])
    first = out[out["year"] == 2026].iloc[0]
    assert first["base_method"] == "official_target"
    assert first["enrol_gross_low"] == pytest.approx((400 / 0.405 - 400) / 5, abs=0.01)
    assert first["enrol_gross_high"] == pytest.approx((400 / 0.395 - 400) / 5, abs=0.01)
