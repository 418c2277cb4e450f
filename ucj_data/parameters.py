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
from ucj_data.metadata.vocabularies import LAST_YEAR
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
    # what the caller probably meant, for values that look like a slip of unit or type
    hint: Callable[[object], str | None] = lambda value: None

    def error(self, value) -> ParameterError:
        hint = self.hint(value)
        return ParameterError(f"{self.name} must be {self.expected}; got {value!r}"
                              + (f" ({hint})" if hint else ""))

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
_DENOMINATORS = tuple(FIELDS["denominator"].enum)
# plausible ceilings: beyond them a value is a slip, not a scenario
FIRST_YEAR = 2000  # a target year before it is a slip
MAX_WORKERS = 1e9  # Indonesia has about 150 million workers


def _as_percent(value) -> str | None:
    if _number(value) and 0 < value <= 1:
        percent = f"{value * 100:g}"
        return f"a share? {value:g} of the workforce is {percent} percent: pass {percent}"
    return None


def _as_fraction(value) -> str | None:
    if _number(value) and value >= 1:
        return f"{value:g}% a year is {value / 100:g}: pass {value / 100:g}"
    return None


def _text_number(value) -> str | None:
    if isinstance(value, str):
        return (f"text: read a number as written with ucj_data.parse_number({value!r}).value, "
                "which reads '21.234' as 21234")
    if isinstance(value, bool | np.bool_):
        return "True and False are not numbers"
    return None


def _text_or(other: Callable[[object], str | None]) -> Callable[[object], str | None]:
    return lambda value: _text_number(value) or other(value)


PARAMETERS: dict[str, Parameter] = {p.name: p for p in (
    Parameter("target_pct", "a coverage target in percent, above 1 and at most 100",
              lambda v: _number(v) and 1 < v <= 100, float, _text_or(_as_percent)),
    Parameter("target_year", f"a whole year from {FIRST_YEAR} to {LAST_YEAR}",
              lambda v: _whole(v) and FIRST_YEAR <= v <= LAST_YEAR, int, _text_number),
    Parameter("workforce_growth",
              "a yearly growth of the workforce as a fraction from -0.5 to 0.5 "
              "(0.01 = 1% a year)",
              lambda v: _number(v) and -0.5 <= v <= 0.5, float, _text_or(_as_fraction)),
    Parameter("churn",
              "a fraction a year, at least 0 and below 1 (0.05 = 5% a year)",
              lambda v: _number(v) and 0 <= v < 1, float, _text_or(_as_fraction)),
    Parameter("path", f"one of {', '.join(_PATHS)}",
              lambda v: isinstance(v, str) and v in _PATHS, str),
    Parameter("region_codes", "BPS region codes written as text, such as '3604' or '36'",
              lambda v: isinstance(v, str) and _REGION.matches(v), str,
              lambda v: "write the code as text, in quotes" if _number(v) else None),
    Parameter("package", "the name of a contribution package, such as 'JKK+JKM'",
              lambda v: isinstance(v, str) and bool(v.strip()), str),
    Parameter("months", "a whole number of months from 1 to 12",
              lambda v: _whole(v) and not isinstance(v, float) and 1 <= v <= 12, int,
              _text_number),
    Parameter("workers", f"a number of workers from 0 to {MAX_WORKERS:,.0f}",
              lambda v: _number(v) and 0 <= v <= MAX_WORKERS, float, _text_number),
    Parameter("tolerance_pct", "percentage points, at least 0 and below 100",
              lambda v: _number(v) and 0 <= v < 100, float, _text_number),
    Parameter("denominator", f"one of {', '.join(_DENOMINATORS)}",
              lambda v: isinstance(v, str) and v in _DENOMINATORS, str),
    Parameter("workers_per_village", "a whole number of workers per village from 1 to 10,000",
              lambda v: _whole(v) and not isinstance(v, float) and 1 <= v <= 10_000, int,
              _text_number),
    Parameter("lang", f"one of {', '.join(LANGS)}",
              lambda v: isinstance(v, str) and v in LANGS, str),
)}
