"""Ranges of derived quantities, computed from the primary inputs' intervals.

Each ``<quantity>_low``/``_high`` is the formula evaluated at every corner of its primary
inputs' intervals (2^k corners for k inputs, k small), min and max: exact for formulas
monotone in each input, which every formula of the analyses is, and a quantity that uses
the same input twice is not widened as if the two were independent. An input's interval
is what its figure allows as written (:func:`ucj_data.text.intervals.written_interval`).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from itertools import product

import pandas as pd

__all__ = ["bounds_of", "corners", "extremes", "range_of"]


def bounds_of(frame: pd.DataFrame, column: str, index) -> tuple[float, float]:
    """(low, high) of ``column`` at row ``index`` of ``frame`` for corner evaluation: an
    empty bound beside a value is unbounded (-inf, inf); a table without the columns
    ``<column>_low``/``_high``, or an empty value, gives (NaN, NaN): unknown."""
    lo_col, hi_col = f"{column}_low", f"{column}_high"
    value = frame.at[index, column]
    if lo_col not in frame or hi_col not in frame or pd.isna(value):
        return math.nan, math.nan
    lo, hi = frame.at[index, lo_col], frame.at[index, hi_col]
    return (-math.inf if pd.isna(lo) else float(lo), math.inf if pd.isna(hi) else float(hi))


def corners(intervals: Sequence[tuple[float, float]]) -> list[tuple[float, ...]]:
    """Every corner of the box the intervals make: 2^k tuples (a point's two ends count
    once)."""
    return list(product(*(dict.fromkeys(iv) for iv in intervals)))


def extremes(values: Iterable[float]) -> tuple[float, float]:
    """(min, max) of corner values; an end that is not finite is empty (NaN), and any NaN
    corner (an unknown input) makes both empty."""
    vals = [float(v) for v in values]
    if not vals or any(math.isnan(v) for v in vals):
        return math.nan, math.nan
    lo, hi = min(vals), max(vals)
    return (lo if math.isfinite(lo) else math.nan, hi if math.isfinite(hi) else math.nan)


def range_of(formula: Callable[..., float],
             intervals: Sequence[tuple[float, float]]) -> tuple[float, float]:
    """(low, high) of ``formula`` over the box of ``intervals``, from its corners.

    >>> range_of(lambda a, p: a * (99.5 / p - 1), [(2.65, 2.75), (42.85, 42.95)])[0] > 3.48
    True
    """
    with_nan = any(math.isnan(x) for iv in intervals for x in iv)
    if with_nan:
        return math.nan, math.nan

    def safe(*args):
        try:
            return formula(*args)
        except ZeroDivisionError:
            return math.inf
    return extremes(safe(*c) for c in corners(intervals))
