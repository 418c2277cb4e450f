"""Numbers of every width: numpy and pandas scalars are numbers wherever a number is meant.

Each public function that takes a number gets it as every numpy type that can hold it
(int8..uint64, float16..float64) and must give the very table it gives for the plain
Python number; True, False and missing values (None, NaN, pd.NA) are refused by name.
"""

from __future__ import annotations

import warnings

import numpy as np
import pandas as pd
import pytest

import ucj_data
from tests.conftest import NO_COVERAGE, NO_STATISTICS, make_figures
from tests.unit.analysis.test_budgets import RATES
from tests.unit.analysis.test_official import REGIONS
from tests.unit.analysis.test_projections import HALF, TARGETS
from tests.unit.analysis.test_villages import HISTORY, STATS
from tests.unit.analysis.test_villages import RATES as VILLAGE_RATES
from ucj_data.parameters import PARAMETERS, ParameterError

INTEGERS = (np.int8, np.int16, np.int32, np.int64, np.uint8, np.uint16, np.uint32, np.uint64)
FLOATS = (np.float16, np.float32, np.float64)
# 300 active of 1.000 workers in a made-up regency
FIGURES = make_figures(("a", "3604", "active_participants", "2025-06-30", "300"),
                       ("w", "3604", "workforce", "2025-06-30", "1.000"))


def widths(value, *, ints: bool = True, floats: bool = True) -> list:
    """``value`` as every numpy type that holds it: the integer types whose range has it
    (for a whole value) and the float types."""
    out = []
    if ints and float(value).is_integer():
        out += [t(value) for t in INTEGERS if np.iinfo(t).min <= value <= np.iinfo(t).max]
    return out + ([t(value) for t in FLOATS if np.isfinite(t(value))] if floats else [])


def same_for_every_width(call, value, **kw) -> pd.DataFrame | float:
    """``call(value)`` for the Python number, checked equal to ``call`` of each width."""
    expected = call(value)
    for number in widths(value, **kw):
        got = call(number)
        if isinstance(expected, pd.DataFrame):
            pd.testing.assert_frame_equal(got, expected, obj=repr(number))
        else:
            assert got == expected, repr(number)
    return expected


def test_funding_mix_takes_a_cost_from_the_package_and_numpy_shares():
    # the case of issue 23: an np.int64 cost from the package's own workers_to_target
    gap = ucj_data.coverage(statistics=NO_STATISTICS, reconciled=ucj_data.reconcile(FIGURES),
                            regions=REGIONS)["workers_to_target"].iloc[0]
    out = ucj_data.funding_mix(gap, {"APBD": np.float32(0.25), "CSR": np.float16(0.75)})
    # 99.5% of 1,000 - 300 = 695 workers; a quarter is 173.75, three quarters 521.25
    assert out["amount_idr"].tolist() == [173.75, 521.25]
    same_for_every_width(lambda c: ucj_data.funding_mix(c, {"APBD": 0.5, "CSR": 0.5}), 100)
    out = same_for_every_width(lambda s: ucj_data.funding_mix(100, {"APBD": s, "CSR": 1 - s}),
                               0.1, ints=False)
    # read as written: np.float32(0.1) is 0.1, and 0.1 + 0.9 sums to 1 within 1e-9
    assert out["amount_idr"].tolist() == pytest.approx([10, 90])
    same_for_every_width(lambda s: ucj_data.funding_mix(100, {"APBD": s}), 1)


def test_contribution_budget_workers_and_months():
    out = same_for_every_width(
        lambda w: ucj_data.contribution_budget(w, RATES, package="JKK"), 100)
    assert out["yearly_cost_idr"].tolist() == [12_000_000]  # 100 x Rp10.000 x 12
    out = same_for_every_width(
        lambda m: ucj_data.contribution_budget(100, RATES, package="JKK", months=m), 6,
        floats=False)  # a count of months: a float is refused (below)
    assert out["yearly_cost_idr"].tolist() == [6_000_000]  # 100 x Rp10.000 x 6
    # a list of numpy numbers, as a computed column gives them
    out = ucj_data.contribution_budget([np.int16(100), np.float32(2.5)], RATES, package="JKK")
    assert out["workers"].tolist() == [100, 3]  # 2.5 workers are rounded up to 3


def test_coverage_target():
    out = same_for_every_width(
        lambda t: ucj_data.coverage(statistics=NO_STATISTICS,
                                    reconciled=ucj_data.reconcile(FIGURES), regions=REGIONS,
                                    target_pct=t), 50)
    assert out["workers_to_target"].tolist() == [200]  # 50% of 1.000 - 300


def test_project_enrolment_each_number():
    def project(**kw):
        return ucj_data.project_enrolment(coverage=HALF, **kw)

    out = same_for_every_width(lambda t: project(target_pct=t, target_year=2025), 100)
    # 50% -> 100% of 1.000 workers over 2021..2025: +100 workers a year
    assert out["covered"].tolist() == pytest.approx([600, 700, 800, 900, 1000])
    out = same_for_every_width(lambda y: project(target_pct=100, target_year=y), 2022)
    assert out["covered"].tolist() == pytest.approx([750, 1000])  # +250 a year
    for name, value in (("workforce_growth", 0.01), ("churn", 0.05), ("churn", 0)):
        same_for_every_width(lambda v, name=name: project(**{name: v}), value)
    # a list of numpy numbers is a list of scenarios, as of Python numbers
    listed = project(target_year=[np.int16(2030), np.float32(2035)])
    assert sorted(set(listed["target_year"])) == [2030, 2035]


def test_official_targets_target():
    same_for_every_width(lambda t: ucj_data.official_targets(TARGETS, NO_COVERAGE, regions=REGIONS,
                                                             target_pct=t), 80)
    same_for_every_width(lambda y: ucj_data.official_targets(TARGETS, NO_COVERAGE, regions=REGIONS,
                                                             target_year=y), 2040)


def test_village_standard_and_cost_workers_per_village():
    out = same_for_every_width(
        lambda n: ucj_data.village_standard(HISTORY, STATS, VILLAGE_RATES, regions=REGIONS,
                                            package="JKK+JKM", workers_per_village=n), 50,
        floats=False)
    assert out.set_index("region_code").at["18", "minimum_workers"] == 122_300  # 2.446 x 50
    cost = same_for_every_width(
        lambda n: ucj_data.village_cost(VILLAGE_RATES, workers_per_village=n), 50, floats=False)
    assert cost == 10_080_000  # 50 x Rp16.800 x 12


def test_reconcile_and_data_quality_tolerance():
    same_for_every_width(lambda t: ucj_data.reconcile(FIGURES, regions=REGIONS,
                                                      tolerance_pct=t), 0.5)
    same_for_every_width(lambda t: ucj_data.data_quality(FIGURES, regions=REGIONS,
                                                         tolerance_pct=t), 1)


def test_extract_start():
    out = same_for_every_width(
        lambda n: ucj_data.extract("Sebanyak 300 pekerja.", source_id="s", regions=REGIONS,
                                   exclusions=[], start=n), 5, floats=False)
    assert out["figure_id"].tolist() == ["s-5"]  # one number, numbered from 5


NUMERIC = [name for name in PARAMETERS
           if name not in {"path", "region_codes", "package", "denominator", "lang", "payer",
                           "sector"}]


@pytest.mark.parametrize("name", NUMERIC)
@pytest.mark.parametrize("value", [None, np.nan, np.float32("nan"), pd.NA],
                         ids=["None", "nan", "float32-nan", "pd.NA"])
def test_a_missing_value_is_refused_as_missing(name, value):
    with pytest.raises(ParameterError, match=rf"^{name} must be .*\(a missing value"):
        PARAMETERS[name].check(value)


@pytest.mark.parametrize("name", NUMERIC)
def test_a_numpy_boolean_is_not_a_number(name):
    with pytest.raises(ParameterError, match="True and False are not numbers"):
        PARAMETERS[name].check(np.bool_(True))


def test_a_whole_count_refuses_floats_of_every_width():
    # months and workers_per_village are counts: 6.0 is a slip, whatever its width
    for number in widths(6, ints=False):
        with pytest.raises(ParameterError, match="^months must be"):
            PARAMETERS["months"].check(number)


def test_narrow_numbers_are_compared_without_overflow():
    # np.float16 holds at most 65,504: compared with the ceiling of 1e9 workers in float16,
    # the ceiling would become inf (with a RuntimeWarning); compared as floats it does not
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert PARAMETERS["workers"].check(np.float16(60_000)) == 60_000
    with pytest.raises(ParameterError, match="^workers must be"):
        PARAMETERS["workers"].check(np.float16(np.inf))
