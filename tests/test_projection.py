"""Tests for ucj_data.analysis.projections: enrolment projections and official target paths.

Expected values are computed by hand in the comments.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

import ucj_data
from ucj_data.analysis.gaps import coverage
from ucj_data.analysis.projections import official_targets, project_enrolment, project_grid


def base_table(*rows) -> pd.DataFrame:
    """A coverage-like base: (region_code, period, active_participants, workforce)."""
    frame = pd.DataFrame(
        rows, columns=["region_code", "period", "active_participants", "workforce"]
    )
    return frame.assign(figure_ids="made-up-figure")


HALF = base_table(("3604", "2020-06-30", 500, 1000))  # 50% of 1000 workers in 2020


def col(frame: pd.DataFrame, name: str) -> list:
    return frame[name].tolist()


# --------------------------------------------------------------------------------------------
# hand-computed paths
# --------------------------------------------------------------------------------------------


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


# --------------------------------------------------------------------------------------------
# identities on the real data
# --------------------------------------------------------------------------------------------


def test_serang_to_99_5_by_2045_identities():
    out = project_enrolment(target_pct=99.5, target_year=2045, churn=0.05, regions="3604")
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


def test_default_target_is_the_reported_national_target():
    f = ucj_data.figures().set_index("figure_id")
    # 99,5 persen by 2045 (banten-ucj-sosek-target) is the default target_pct, target_year
    assert f.at["banten-ucj-sosek-target", "value"] == 99.5
    out = project_enrolment(coverage=HALF)
    assert set(out["target_pct"]) == {99.5}
    assert out["year"].max() == int(f.at["banten-ucj-sosek-target", "period"])


# --------------------------------------------------------------------------------------------
# official targets (Lampung)
# --------------------------------------------------------------------------------------------


def test_lampung_official_path_passes_through_its_targets():
    out = project_enrolment(path="official", regions="18", coverage=HALF.iloc[:0]).set_index("year")
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
    out = project_enrolment(path="linear", regions="18", coverage=HALF.iloc[:0]).set_index("year")
    # 38.39 -> 99.5 over 20 years: 38.39 + 61.11 / 20 = 41.4455 in 2026
    assert out.at[2026, "coverage_pct"] == pytest.approx(41.4455)


def test_official_path_by_default_adds_lampung_only():
    out = project_enrolment(path=["linear", "official"], coverage=HALF)
    assert set(out.loc[out.path == "linear", "region_code"]) == {"3604", "18"}
    assert set(out["region_code"]) == {"3604", "18"}
    # a region without official targets follows the linear path on both paths
    a = out[(out.region_code == "3604")]
    assert a.loc[a.path == "linear", "covered"].to_numpy() == pytest.approx(
        a.loc[a.path == "official", "covered"].to_numpy()
    )
    assert set(project_enrolment(coverage=HALF)["region_code"]) == {"3604"}


def test_official_targets_table():
    out = official_targets().set_index(["region_code", "year"])
    # implied workforce 2025: 1 149 447 / 0.3839 = 2 994 131.28
    assert out.at[("18", 2025), "implied_workforce"] == pytest.approx(1_149_447 / 0.3839)
    # 1 436 809 - 1 149 447 = 287 362 more active participants from 2025 to 2026
    assert out.at[("18", 2026), "additional_active"] == 287_362
    assert pd.isna(out.at[("18", 2025), "additional_active"])
    # linear path 38.39 (2025) -> 99.5 (2045): 38.39 + 61.11 / 20 = 41.4455 in 2026
    assert out.at[("18", 2026), "required_coverage_pct"] == pytest.approx(41.4455)
    assert out.at[("18", 2025), "required_coverage_pct"] == pytest.approx(38.39)
    assert out.at[("18", 2026), "figure_ids"] == (
        "metropolis-lampung-target-2026;metropolis-lampung-target-active-2026"
    )
    # to 2030 instead: 38.39 + 61.11 / 5 = 50.612 in 2026
    early = official_targets(target_year=2030).set_index(["region_code", "year"])
    assert early.at[("18", 2026), "required_coverage_pct"] == pytest.approx(50.612)


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
    out = official_targets(figures, target_pct=100, target_year=2040)
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


# --------------------------------------------------------------------------------------------
# the grid against a plain loop
# --------------------------------------------------------------------------------------------


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


# --------------------------------------------------------------------------------------------
# bad parameters
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"target_pct": 40}, r"target_pct 40 is below the current coverage of region 3604: 50%"),
        ({"target_pct": [99.5, 40]}, r"below the current coverage of region 3604"),
        ({"target_pct": 101},
         r"target_pct must be a coverage target in percent, above 0 and at most 100; got 101"),
        ({"target_pct": 0}, r"target_pct must be"),
        ({"target_year": 2020}, r"target_year 2020 is not after the base year 2020 of region 3604"),
        ({"target_year": 2019}, r"not after the base year"),
        ({"target_year": 2030.5}, r"target_year must be a whole year"),
        ({"churn": 1},
         r"churn must be a fraction a year, at least 0 and below 1 \(0.05 = 5% a year\); got 1"),
        ({"churn": -0.1}, r"churn must be"),
        ({"churn": [0, 1.5]}, r"churn must be"),
        ({"workforce_growth": -1},
         r"workforce_growth must be a yearly growth of the workforce as a fraction above -1"),
        ({"workforce_growth": "2%"}, r"workforce_growth must be"),
        ({"path": "exponential"}, r"path must be one of linear, official; got 'exponential'"),
        ({"regions": "99"}, r"unknown region code '99'"),
        ({"target_year": []}, r"target_year needs at least one value"),
    ],
)
def test_bad_parameters(kwargs, message):
    with pytest.raises(ValueError, match=message):
        project_enrolment(**{"coverage": HALF, **kwargs})


def test_bad_base():
    with pytest.raises(ValueError, match="coverage lacks the column\(s\) workforce"):
        project_enrolment(coverage=HALF.drop(columns="workforce"))
    with pytest.raises(ValueError, match="active_participants <= workforce"):
        project_enrolment(coverage=base_table(("3604", "2020", 1200, 1000)))
    with pytest.raises(ValueError, match="more than one row for region 3604"):
        project_enrolment(coverage=pd.concat([HALF, HALF]))
    with pytest.raises(ValueError, match="no region to project"):
        project_enrolment(coverage=HALF.iloc[:0])


def test_bad_official_target_year():
    with pytest.raises(ValueError, match="target_pct must be a coverage target in percent"):
        official_targets(target_pct=120)


def test_official_path_without_official_targets_is_linear():
    figures = ucj_data.figures()
    figures = figures[~figures["indicator"].str.startswith("target_")]
    out = project_enrolment(figures, HALF, target_pct=100, target_year=2025,
                            path=["linear", "official"])
    # no official target anywhere: both paths add 100 workers a year, and no Lampung
    assert col(out, "net_new") == pytest.approx([100] * 10)
    assert set(out["region_code"]) == {"3604"}
    assert official_targets(figures).empty
