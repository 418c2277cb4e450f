"""What a written figure allows: the one rule for the interval of true values behind a number
as it was written (used by reconciliation, the ``figures`` table's value_low/value_high and
every derived ``<quantity>_low``/``_high`` column).

- as written, or ``sekitar``: rounded half up at its last written digit: the last non-zero
  digit of a whole number, the last decimal written after the comma (:func:`written_precision`:
  '5,80 juta' is written to 10.000, '42,9 persen' to 0,1), so '2,7 juta' is 2,65 to (not
  incl.) 2,75 juta; a number written to its ones digit (or beyond, 'Rp42.000.000,00') for a
  quantity of whole units (``whole``: workers, Rupiah) is exact, a point;
- ``mencapai`` (reached, amounted to): as written, like ``sekitar``: the word says the
  count got there, not how far it was rounded ('mencapai 461 ribu' and '461 ribu' allow the
  same values; 'mencapai 400.385' is exact because it is written to its ones digit);
- ``lebih dari``: above the value, no upper bound (inf);
- ``kurang dari``: from 0 (values are never negative) to below the value;
- ``hampir``: at most HAMPIR_BELOW (5%) below the value, up to below the value;
- ``minimal``, ``paling sedikit`` (:data:`AT_LEAST`): the value or more, no upper bound.
"""

from __future__ import annotations

import math
import re
from decimal import Decimal
from typing import NamedTuple

__all__ = ["AT_LEAST", "BOUNDS", "HAMPIR_BELOW", "Written", "precision", "written_interval",
           "written_precision"]

# 'hampir' (almost) is read as at most this share below the written value.
HAMPIR_BELOW = 0.05
#: Qualifiers that make the written value a lower bound it may equal.
AT_LEAST: frozenset[str] = frozenset({"minimal", "paling sedikit"})
#: Qualifiers that make the written value a bound, not a value (reconciliation prefers a
#: value to a bound).
BOUNDS: frozenset[str] = frozenset({"lebih dari", "kurang dari", "hampir"}) | AT_LEAST


class Written(NamedTuple):
    """The true values a written figure allows: low to high, each end open or closed
    (high is inf when nothing bounds it above)."""

    low: float
    high: float
    low_open: bool = False
    high_open: bool = False


def precision(value: float) -> tuple[float, int]:
    """(step, significant digits) of a parsed value, from its shortest decimal form:
    461000 -> (1000, 3), 42.9 -> (0.1, 3)."""
    d = Decimal(repr(float(value))).normalize()
    if d == 0:
        return 1.0, 1
    t = d.as_tuple()
    return float(Decimal(1).scaleb(t.exponent)), len(t.digits)


# the number as written: digits grouped by dots, then a decimal comma and its decimals
_WRITTEN_NUMBER = re.compile(r"(?<![\d.,])(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?(?![\d])")


def written_precision(value: float, value_text: str | None) -> tuple[float, int]:
    """(step, significant digits) of ``value`` as ``value_text`` writes it: decimals written
    after the comma count, zeros too ('5,80 juta': step 10.000, three digits; 'Rp
    42.000.000,00': step 0,01); a text without decimals, or none, as :func:`precision`
    reads the value.

    >>> written_precision(5_800_000, "5,80 juta")
    (10000.0, 3)
    >>> written_precision(42_000_000, "Rp 42.000.000,00")[0]
    0.01
    >>> written_precision(461_000, "461 ribu")
    (1000.0, 3)
    """
    found = _WRITTEN_NUMBER.search(value_text or "")
    if found is None or found[2] is None or not value:
        return precision(value)
    mantissa = float(found[1].replace(".", "") + "." + found[2])
    if mantissa == 0:
        return precision(value)
    scale = float(value) / mantissa
    step = float(Decimal(1).scaleb(-len(found[2]))) * scale
    digits = len((found[1].replace(".", "") + found[2]).lstrip("0")) or 1
    return step, digits


def written_interval(value: float, qualifier: str | None = None, *,
                     whole: bool = False, step: float | None = None) -> Written:
    """The interval of true values ``value`` written with ``qualifier`` allows.

    ``whole``: the quantity counts whole units (people, Rupiah), so a whole number written
    to its ones digit is exact. ``step``: the place of the last digit written
    (:func:`written_precision`); None reads it from the value.

    >>> written_interval(2_700_000, "sekitar")
    Written(low=2650000.0, high=2750000.0, low_open=False, high_open=True)
    >>> written_interval(400_385, whole=True)
    Written(low=400385.0, high=400385.0, low_open=False, high_open=False)
    >>> written_interval(650e9, "lebih dari").high
    inf
    """
    v = float(value)
    if qualifier == "lebih dari":
        return Written(v, math.inf, low_open=True)
    if qualifier in AT_LEAST:
        return Written(v, math.inf)
    if qualifier == "kurang dari":
        return Written(0.0, v, high_open=True)
    if qualifier == "hampir":
        return Written(v * (1 - HAMPIR_BELOW), v, high_open=True)
    step = precision(v)[0] if step is None else step
    if whole and step <= 1 and v.is_integer():
        return Written(v, v)
    # as written, maybe rounded (half up): 50.87 allows 50.865 up to, not incl., 50.875
    return Written(max(0.0, v - step / 2), v + step / 2, high_open=True)
