"""ucj_data.parameters: each parameter one rule, one message, wherever it is used."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

import ucj_data
from ucj_data.parameters import PARAMETERS, ParameterError

COVERAGE = pd.DataFrame({"region_code": ["3604"], "period": ["2020"],
                         "active_participants": [500.0], "workforce": [1000.0]})


@pytest.mark.parametrize(("name", "good", "bad"), [
    ("target_pct", [99.5, 100, np.float64(1)], [0, 100.5, math.nan, True, "99.5", None]),
    ("target_year", [2045, 2045.0, np.int64(2030)], [2030.5, "2045", True, math.inf]),
    ("workforce_growth", [0, -0.5, 0.01], [-1, -2, "1%"]),
    ("churn", [0, 0.05, 0.999], [1, -0.01, math.nan]),
    ("path", ["linear", "official"], ["exponential", 1]),
    ("regions", ["3604", "36", "00"], [3604, "36-04", "abc"]),
    ("months", [1, 12, np.int64(6)], [0, 13, 6.0, True]),
    ("tolerance_pct", [0, 0.1], [-0.1, 100]),
    ("lang", ["id", "en"], ["fr", None]),
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
    assert messages == {"target_pct must be a coverage target in percent, above 0 and at "
                        "most 100; got 120"}
