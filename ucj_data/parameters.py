"""Every analysis parameter, defined once: its meaning, the values it takes, its message.

A function that takes ``target_pct`` calls ``PARAMETERS["target_pct"].check(value)`` (or
``.values(value)`` where it accepts a list), so each parameter is checked by one rule with
one message wherever it is used::

    >>> PARAMETERS["churn"].check(0.05)
    0.05
    >>> PARAMETERS["churn"].check(1.5)
    Traceback (most recent call last):
    ...
    ucj_data.parameters.ParameterError: churn must be a fraction a year, at least 0 and below 1 (0.05 = 5% a year); got 1.5
"""  # noqa: E501

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from numbers import Real

import numpy as np

from ucj_data.metadata.fields import FIELDS
from ucj_data.text.locales import LANGS


class ParameterError(ValueError):
    """A parameter of an analysis or chart has a value outside its definition."""


def _number(value) -> bool:
    return (isinstance(value, Real | np.number) and not isinstance(value, bool | np.bool_)
            and math.isfinite(value))


def _whole(value) -> bool:
    return _number(value) and float(value).is_integer()


@dataclass(frozen=True)
class Parameter:
    """One parameter: ``valid(value)`` says whether a value is allowed, ``convert`` gives it
    its type, ``expected`` says in words what is allowed (it ends every message)."""

    name: str
    expected: str
    valid: Callable[[object], bool]
    convert: Callable[[object], object]

    def error(self, value) -> ParameterError:
        return ParameterError(f"{self.name} must be {self.expected}; got {value!r}")

    def check(self, value):
        """``value``, converted; ParameterError when it is not allowed."""
        if not self.valid(value):
            raise self.error(value)
        return self.convert(value)

    def values(self, value) -> list:
        """One value or a list of them as a list of distinct checked values, in order."""
        many = isinstance(value, Iterable) and not isinstance(value, str | bytes)
        items = list(value) if many else [value]
        if not items:
            raise ParameterError(f"{self.name} needs at least one value; "
                                 f"expected {self.expected}")
        return list(dict.fromkeys(self.check(v) for v in items))


_REGION = FIELDS["region_code"]
_PATHS = tuple(FIELDS["path"].enum)

PARAMETERS: dict[str, Parameter] = {p.name: p for p in (
    Parameter("target_pct", "a coverage target in percent, above 0 and at most 100",
              lambda v: _number(v) and 0 < v <= 100, float),
    Parameter("target_year", "a whole year such as 2045",
              _whole, int),
    Parameter("workforce_growth",
              "a yearly growth of the workforce as a fraction above -1 (0.01 = 1% a year)",
              lambda v: _number(v) and v > -1, float),
    Parameter("churn",
              "a fraction a year, at least 0 and below 1 (0.05 = 5% a year)",
              lambda v: _number(v) and 0 <= v < 1, float),
    Parameter("path", f"one of {', '.join(_PATHS)}",
              lambda v: isinstance(v, str) and v in _PATHS, str),
    Parameter("regions", "BPS region codes written as text, such as '3604' or '36'",
              lambda v: isinstance(v, str) and _REGION.matches(v), str),
    Parameter("package", "the name of a contribution package, such as 'JKK+JKM'",
              lambda v: isinstance(v, str) and bool(v.strip()), str),
    Parameter("months", "a whole number of months from 1 to 12",
              lambda v: _whole(v) and not isinstance(v, float) and 1 <= v <= 12, int),
    Parameter("workers", "a number of workers, 0 or more",
              lambda v: _number(v) and v >= 0, float),
    Parameter("tolerance_pct", "percentage points, at least 0 and below 100",
              lambda v: _number(v) and 0 <= v < 100, float),
    Parameter("lang", f"one of {', '.join(LANGS)}",
              lambda v: isinstance(v, str) and v in LANGS, str),
)}
