"""Periods on a month scale, and the official statistic nearest to a period.

A period is ISO text: a year (``2025``), a month (``2025-08``) or a day (``2025-11-03``).
:func:`month_scale` places it on one scale of months (a day at its month, a year at its
middle), so that periods of different precision can be compared; :func:`nearest` picks the
statistic of a region and indicator whose period is closest to a given period (of two
equally close, the earlier), as ``METHODS["coverage"]`` and ``METHODS["denominators"]`` say.
"""

from __future__ import annotations

import pandas as pd

__all__ = ["in_observation_order", "month_scale", "nearest", "years_between"]

STATISTIC_COLUMNS = ("statistic_id", "region_code", "indicator", "period", "value")
# the columns of a figures table the official targets are read from
TARGET_FIGURE_COLUMNS = ("figure_id", "region_code", "indicator", "period", "value")


def month_scale(period: str) -> float:
    """Months since year 0: '2025-08' -> 2025 x 12 + 7; '2025-11-03' as '2025-11'; '2025'
    at the middle of the year (2025 x 12 + 5.5).

    >>> month_scale("2025-08") - month_scale("2024-08")
    12.0
    """
    text = str(period)
    year = int(text[:4])
    if len(text) >= 7:
        return year * 12 + int(text[5:7]) - 1.0
    return year * 12 + 5.5


def years_between(start: str, end: str) -> float:
    """Years from period ``start`` to period ``end`` on the month scale (negative when
    ``end`` is earlier)."""
    return (month_scale(end) - month_scale(start)) / 12


def nearest(statistics: pd.DataFrame, region_code: str, indicator: str,
            period: str) -> pd.Series | None:
    """The row of ``statistics`` for ``region_code`` and ``indicator`` whose period is
    nearest to ``period`` (ties: the earlier period; then the first row); None when the
    region has no statistic of that indicator."""
    rows = statistics[(statistics["region_code"] == region_code)
                      & (statistics["indicator"] == indicator)
                      & statistics["value"].notna()]
    if rows.empty:
        return None
    target = month_scale(period)
    scale = rows["period"].map(month_scale)
    order = pd.DataFrame({"distance": (scale - target).abs(), "scale": scale},
                         index=rows.index).sort_values(["distance", "scale"], kind="stable")
    return rows.loc[order.index[0]]


def in_observation_order(observed: pd.DataFrame, by: tuple[str, ...] = ()) -> pd.DataFrame:
    """``observed`` (with ``period`` and ``source_kind``) in time order on the month scale,
    within the columns ``by``; of two on the same month an official statistic comes after
    a seed figure, so that the last row is the latest observation as METHODS["coverage"]
    chooses it (the one rule of coverage and target_realism)."""
    keyed = observed.assign(_scale=observed["period"].map(month_scale),
                            _official=observed["source_kind"] == "official")
    order = keyed.sort_values([*by, "_scale", "_official", "period"], kind="stable").index
    return observed.loc[order]
