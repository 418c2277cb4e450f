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
from numbers import Integral, Real

import numpy as np
import pandas as pd

from ucj_data.metadata.fields import FIELDS
from ucj_data.metadata.vocabularies import LAST_YEAR
from ucj_data.text.locales import LANGS


class ParameterError(ValueError):
    """A parameter of an analysis or chart has a value outside its definition.

    The message is English; ``translations`` (language -> message) give it in another
    language where a page may show it (:meth:`in_language`)."""

    def __init__(self, message: str, *, translations: dict[str, str] | None = None):
        super().__init__(message)
        self.translations = dict(translations or {})

    def in_language(self, lang: str) -> str:
        """The message in ``lang``, else the English one."""
        return self.translations.get(lang, str(self))


def real(value) -> float | None:
    """``value`` as a finite float when it is a number, of any width: Python, numpy
    (int8..uint64, float16..float64) or pandas; None for anything else, True and False,
    text and missing values (None, NaN, pd.NA) included.

    A narrow float is read as it prints: ``np.float32(0.1)`` is 0.1, what its caller
    wrote, not 0.10000000149 (float32's nearest value), so a result does not depend on the
    width the number came in."""
    if isinstance(value, bool | np.bool_) or not isinstance(value, Real | np.number):
        return None
    if isinstance(value, np.complexfloating):
        return None
    if isinstance(value, np.floating) and value.dtype.itemsize < 8:
        value = str(value)  # the shortest text that reads back as the same narrow float
    try:
        number = float(value)
    except OverflowError:  # an int beyond a float's range (10**400): no allowed value
        return None
    return number if math.isfinite(number) else None


def _number(value) -> bool:
    return real(value) is not None


def _whole(value) -> bool:
    number = real(value)
    return number is not None and number.is_integer()


def _integer(value) -> bool:
    """A whole number of an integer type (Python or numpy, of any width): 6.0 is refused
    where a count is meant, as a float is often a slip (a share, a mean)."""
    return isinstance(value, Integral | np.integer) and _number(value)


def _between(low: float, high: float, *, low_open: bool = False, high_open: bool = False,
             kind: Callable[[object], bool] = _number) -> Callable[[object], bool]:
    """A rule: ``value`` is a ``kind`` of number from ``low`` to ``high`` (open ends
    excluded); compared as a float, so that numpy's narrow types do not overflow."""
    def valid(value) -> bool:
        if not kind(value):
            return False
        number = real(value)
        return ((low < number if low_open else low <= number)
                and (number < high if high_open else number <= high))
    return valid


def _as_float(value) -> float:
    return real(value)


def _as_int(value) -> int:
    # an integer type exactly (a float would round a large one), a whole float through it
    return int(value) if isinstance(value, Integral | np.integer) else int(real(value))


def _shown(value) -> str:
    """``repr(value)``, its middle cut when long: 10**400 is not 401 digits in a message."""
    text = repr(value)
    if len(text) <= SHOWN:
        return text
    size = (f"{len(str(abs(int(value))))} digits" if isinstance(value, Integral | np.integer)
            else f"{len(text)} characters")
    return f"{text[:SHOWN // 2]}...{text[-8:]} ({size})"


SHOWN = 60  # characters of a value shown in a message


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
    # the value a function taking the parameter uses when none is given (None: no default)
    default: object = None

    def error(self, value, called: str | None = None) -> ParameterError:
        """The message for ``value``, beginning with the parameter's name (or ``called``,
        for one entry of a larger argument, such as the share of one funder)."""
        hint = self.hint(value)
        return ParameterError(f"{called or self.name} must be {self.expected}; "
                              f"got {_shown(value)}" + (f" ({hint})" if hint else ""))

    def check(self, value, called: str | None = None):
        """``value``, converted; ParameterError when it is not allowed."""
        if not self.valid(value):
            raise self.error(value, called)
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
_PAYERS = tuple(FIELDS["payer"].enum)
_SECTORS = tuple(FIELDS["sector"].enum)
# plausible ceilings: beyond them a value is a slip, not a scenario
FIRST_YEAR = 2000  # a target year before it is a slip
MAX_WORKERS = 1e9  # Indonesia has about 150 million workers
MAX_COST = 1e18  # Rupiah: a thousand times the state budget (APBN, about Rp3.600 triliun)
MAX_START = 1_000_000  # the first figure number of a source: no text holds that many numbers


def _as_percent(value) -> str | None:
    value = real(value)
    if value is not None and 0 < value <= 1:
        percent = f"{value * 100:g}"
        return f"a share? {value:g} of the workforce is {percent} percent: pass {percent}"
    return None


def _as_fraction(value) -> str | None:
    value = real(value)
    if value is not None and value >= 1:
        return f"{value:g}% a year is {value / 100:g}: pass {value / 100:g}"
    return None


def _text_number(value) -> str | None:
    if isinstance(value, str):
        return (f"text: read a number as written with ucj_data.parse_number({value!r}).value, "
                "which reads '21.234' as 21234")
    if isinstance(value, bool | np.bool_):
        return "True and False are not numbers"
    if pd.api.types.is_scalar(value) and pd.isna(value):
        return "a missing value: pass a number"
    if isinstance(value, Integral | np.integer) and real(value) is None:
        return "a whole number beyond the range of any calculation"
    return None


def _text_or(other: Callable[[object], str | None]) -> Callable[[object], str | None]:
    return lambda value: _text_number(value) or other(value)


PARAMETERS: dict[str, Parameter] = {p.name: p for p in (
    Parameter("target_pct", "a coverage target in percent, above 1 and at most 100",
              _between(1, 100, low_open=True), _as_float, _text_or(_as_percent),
              default=99.5),  # the national target for 2045 (RPJPN 2025-2045, UU 59/2024)
    Parameter("target_year", f"a whole year from {FIRST_YEAR} to {LAST_YEAR}",
              _between(FIRST_YEAR, LAST_YEAR, kind=_whole), _as_int, _text_number,
              default=2045),  # the end of RPJPN 2025-2045
    Parameter("workforce_growth",
              "a yearly growth of the workforce as a fraction from -0.5 to 0.5 "
              "(0.01 = 1% a year)",
              _between(-0.5, 0.5), _as_float, _text_or(_as_fraction), default=0.0),
    Parameter("churn",
              "a fraction a year, at least 0 and below 1 (0.05 = 5% a year)",
              _between(0, 1, high_open=True), _as_float, _text_or(_as_fraction),
              default=0.0),
    Parameter("path", f"one of {', '.join(_PATHS)}",
              lambda v: isinstance(v, str) and v in _PATHS, str, default="linear"),
    Parameter("region_codes", "BPS region codes written as text, such as '3604' or '36'",
              lambda v: isinstance(v, str) and _REGION.matches(v), str,
              lambda v: "write the code as text, in quotes" if _number(v) else None),
    Parameter("package", "the name of a contribution package, such as 'JKK+JKM'",
              lambda v: isinstance(v, str) and bool(v.strip()), str),
    Parameter("payer", f"one of {', '.join(_PAYERS)}",
              lambda v: isinstance(v, str) and v in _PAYERS, str),
    Parameter("sector", f"one of {', '.join(_SECTORS)}",
              lambda v: isinstance(v, str) and v in _SECTORS, str),
    Parameter("year", f"a whole year from {FIRST_YEAR} to {LAST_YEAR}",
              _between(FIRST_YEAR, LAST_YEAR, kind=_whole), _as_int, _text_number),
    Parameter("months", "a whole number of months from 1 to 12",
              _between(1, 12, kind=_integer), _as_int, _text_number),
    Parameter("workers", f"a number of workers from 0 to {MAX_WORKERS:,.0f}",
              _between(0, MAX_WORKERS), _as_float, _text_number),
    Parameter("tolerance_pct", "percentage points, at least 0 and below 100",
              _between(0, 100, high_open=True), _as_float, _text_number, default=0.1),
    Parameter("denominator", f"one of {', '.join(_DENOMINATORS)}",
              lambda v: isinstance(v, str) and v in _DENOMINATORS, str,
              default="reported"),
    Parameter("workers_per_village", "a whole number of workers per village from 1 to 10,000",
              _between(1, 10_000, kind=_integer), _as_int, _text_number, default=100),
    Parameter("lang", f"one of {', '.join(LANGS)}",
              lambda v: isinstance(v, str) and v in LANGS, str),
    Parameter("cost", f"a yearly cost in Rupiah from 0 to {MAX_COST:,.0f}",
              _between(0, MAX_COST), _as_float, _text_number),
    Parameter("share", "a fraction from 0 to 1", _between(0, 1), _as_float, _text_number),
    Parameter("start", f"a whole number from 1 to {MAX_START:,}",
              _between(1, MAX_START, kind=_integer), _as_int, _text_number),
)}


def default(name: str):
    """The default of parameter ``name``, for the signature of every function taking it.

    >>> default("target_pct"), default("target_year")
    (99.5, 2045)
    """
    return PARAMETERS[name].default
