"""ucj_data.parameters: each parameter one rule, one message, wherever it is used."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

import ucj_data
from ucj_data.parameters import PARAMETERS, ParameterError, default

COVERAGE = pd.DataFrame({"region_code": ["3604"], "period": ["2020"],
                         "active_participants": [500.0], "workforce": [1000.0]})


@pytest.mark.parametrize(("name", "good", "bad"), [
    ("target_pct", [99.5, 100, np.float64(1.5)],
     [0, 1, 0.995, 100.5, math.nan, True, "99.5", None]),
    ("target_year", [2045, 2045.0, np.int64(2030), 2100],
     [2030.5, "2045", True, math.inf, 10**8, 1999, 2101]),
    ("workforce_growth", [0, -0.5, 0.01, 0.5], [-1, -2, "1%", 2, 0.51]),
    ("churn", [0, 0.05, 0.999], [1, -0.01, math.nan]),
    ("path", ["linear", "official"], ["exponential", 1]),
    ("region_codes", ["3604", "36", "00"], [3604, "36-04", "abc"]),
    ("months", [1, 12, np.int64(6)], [0, 13, 6.0, True]),
    ("workers", [0, 21_234, 1e9, np.float64(5)], ["21.234", True, -1, 1e308, math.inf, None]),
    ("tolerance_pct", [0, 0.1], [-0.1, 100]),
    ("lang", ["id", "en"], ["fr", None]),
    ("denominator", ["reported", "employed", "labour_force"], ["workforce", None, 1]),
    ("workers_per_village", [1, 100, np.int64(50)], [0, 100.0, "100", True, 10_001]),
])
def test_each_parameter_accepts_its_values_and_refuses_others(name, good, bad):
    for value in good:
        PARAMETERS[name].check(value)
    for value in bad:
        with pytest.raises(ParameterError, match=f"^{name} must be .*; got "):
            PARAMETERS[name].check(value)


def test_values_are_distinct_in_order_and_never_empty():
    assert PARAMETERS["churn"].values([0.05, 0, 0.05]) == [0.05, 0.0]
    assert PARAMETERS["path"].values("linear") == ["linear"]  # a text is one value
    with pytest.raises(ParameterError, match="churn needs at least one value"):
        PARAMETERS["churn"].values([])


def test_every_function_gives_the_same_message_for_the_same_parameter():
    # coverage, official_targets and project_enrolment all check target_pct by one rule
    messages = set()
    for call in (lambda: ucj_data.coverage(pd.DataFrame(), target_pct=120),
                 lambda: ucj_data.official_targets(pd.DataFrame(), target_pct=120),
                 lambda: ucj_data.project_enrolment(pd.DataFrame(), COVERAGE, target_pct=120)):
        with pytest.raises(ParameterError) as err:
            call()
        messages.add(str(err.value))
    assert messages == {"target_pct must be a coverage target in percent, above 1 and at "
                        "most 100; got 120"}


@pytest.mark.parametrize(("name", "value", "hint"), [
    ("target_pct", 0.995, "0.995 of the workforce is 99.5 percent: pass 99.5"),
    ("workforce_growth", 2, "2% a year is 0.02: pass 0.02"),
    ("churn", 5, "5% a year is 0.05: pass 0.05"),
    ("workers", "21.234", "ucj_data.parse_number('21.234').value"),
    ("workers", True, "True and False are not numbers"),
    ("region_codes", 3604, "write the code as text"),
])
def test_likely_slips_get_a_hint(name, value, hint):
    with pytest.raises(ParameterError) as err:
        PARAMETERS[name].check(value)
    assert hint in str(err.value)


def test_a_budget_refuses_text_and_booleans_instead_of_misreading_them():
    # '21.234' is 21 234 workers as an Indonesian writes it, 21.234 as Python reads it
    rates = pd.DataFrame({"package": ["JKK"], "components": ["JKK"],
                          "rate_idr_per_month": [10_000.0], "regulation": ["r"],
                          "rate_source": ["s"], "basis": ["b"]})
    for workers in ("21.234", True, 1e308, [1, "2"]):
        with pytest.raises(ParameterError, match="^workers must be"):
            ucj_data.contribution_budget(workers, rates, package="JKK")


NUMERIC = [name for name, p in PARAMETERS.items()
           if name not in {"path", "region_codes", "package", "denominator", "lang"}]


@pytest.mark.parametrize("name", NUMERIC)
@pytest.mark.parametrize("value", [10**400, -(10**400)], ids=["10**400", "-10**400"])
def test_an_integer_beyond_a_float_is_refused_by_the_rule_not_an_overflow(name, value):
    # float(10**400) raises OverflowError: the rule must say what is allowed instead
    with pytest.raises(ParameterError) as err:
        PARAMETERS[name].check(value)
    message = str(err.value)
    assert message.startswith(f"{name} must be {PARAMETERS[name].expected}; got ")
    assert "(401 digits)" in message  # 10**400 is a 1 and 400 zeros, shown cut


def test_a_budget_of_10_to_the_400_workers_names_workers_and_the_range():
    rates = pd.DataFrame({"package": ["JKK"], "components": ["JKK"],
                          "rate_idr_per_month": [10_000.0], "regulation": ["r"],
                          "rate_source": ["s"], "basis": ["b"]})
    for workers in (10**400, [5, 10**400]):
        with pytest.raises(ParameterError, match=r"^workers must be a number of workers from 0 "
                           r"to 1,000,000,000; got 1000.*\(401 digits\)"):
            ucj_data.contribution_budget(workers, rates, package="JKK")
    with pytest.raises(ParameterError, match=r"^cost must be a yearly cost in Rupiah from 0 "):
        ucj_data.funding_mix(10**400, {"APBD": 1})
    with pytest.raises(ParameterError, match="^target_year must be a whole year from 2000"):
        ucj_data.project_enrolment(pd.DataFrame(), COVERAGE, target_year=10**400)


def test_each_default_is_allowed_by_its_own_rule():
    for name, parameter in PARAMETERS.items():
        if parameter.default is not None:
            assert parameter.check(parameter.default) == parameter.default, name


def test_the_defaults_are_the_national_target_and_the_end_of_rpjpn():
    # typed here by hand: 99,5% by 2045 (RPJPN 2025-2045, UU 59/2024), tolerance 0.1 pp
    assert (default("target_pct"), default("target_year"), default("tolerance_pct")) == (
        99.5, 2045, 0.1)


def _functions_taking_parameters():
    import inspect

    import ucj_data
    from ucj_data.present.plots import coverage_gap, history

    public = [getattr(ucj_data, n) for n in ucj_data.__all__]
    for fn in (*(f for f in public if inspect.isfunction(f)),
               coverage_gap.coverage_chart, history.history_chart):
        for name, p in inspect.signature(fn).parameters.items():
            if name in PARAMETERS and p.default is not inspect.Parameter.empty:
                yield fn, name, p.default


def test_every_function_defaults_a_parameter_to_its_one_default():
    seen = list(_functions_taking_parameters())
    assert {"target_pct", "target_year", "tolerance_pct"} <= {name for _, name, _ in seen}
    wrong = [(fn.__name__, name, value) for fn, name, value in seen
             if PARAMETERS[name].default is not None and value != PARAMETERS[name].default]
    assert not wrong, wrong
