"""Coverage per region: active participants, workforce and the workers still to enrol."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd

from ucj_data.analysis.labels import named
from ucj_data.analysis.periods import STATISTIC_COLUMNS, in_observation_order, nearest
from ucj_data.analysis.ranges import corners, extremes, range_of
from ucj_data.analysis.reconciliation import (
    COVERAGE_FAMILY,
    WORKFORCE_INPUTS,
    identity_holds,
    workforce_from,
)
from ucj_data.metadata.methods import with_method
from ucj_data.metadata.tables import TABLES
from ucj_data.parameters import PARAMETERS, default
from ucj_data.pipeline import input_table
from ucj_data.provenance import join_ids
from ucj_data.text.units import whole_workers
from ucj_data.validate.columns import require_columns
from ucj_data.validate.schemas import validated

__all__ = ["coverage", "coverage_by_period", "observations"]

_RECONCILED_COLUMNS = ("region_code", "indicator", "period", "value", "figure_ids_used")
# the quantities coverage_by_period derives, each with its range
_DERIVED = ("active_participants", "coverage_pct", "workforce", "uncovered_workers")
_BY_PERIOD_COLUMNS = ("region_code", "period",
                      *(f"{q}{e}" for q in _DERIVED for e in ("", "_low", "_high")),
                      "workforce_method", "coverage_pct_written", "coverage_check",
                      "figure_ids", "active_figure_ids")
# workforce identities that rest on counts alone, against which a written share is checked
_COUNT_METHODS = ("reported", "active + uncovered")


def _quantities(a: float, c: float, u: float, q: float, w: float) -> tuple:
    """(active, coverage_pct, workforce, uncovered, method) from the reported values (NaN
    where not reported), as METHODS["coverage"] derives them."""
    w, method = workforce_from(a, c, u, q, w)
    if not math.isnan(w):
        if math.isnan(a):
            a = c / 100 * w
        if math.isnan(c) and w > 0:
            c = 100 * a / w
        if math.isnan(u):
            u = w - a
    return a, c, w, u, method


def _ranges(v: pd.Series, box: pd.Series) -> dict[str, tuple[float, float]]:
    """Each derived quantity's (low, high): :func:`_quantities` at every corner of the
    reported inputs' intervals (``box``: (low, high) per quantity, NaN when unknown)."""
    reported = [k for k in COVERAGE_FAMILY if not math.isnan(v[k])]
    intervals = [box[k] for k in reported]
    if any(math.isnan(x) for iv in intervals for x in iv):
        return {k: (math.nan, math.nan) for k in _DERIVED}
    at_corners = []
    for corner in corners(intervals):
        given = dict.fromkeys(COVERAGE_FAMILY, math.nan) | dict(zip(reported, corner, strict=True))
        try:
            at_corners.append(_quantities(*(given[k] for k in (
                "active_participants", "coverage_pct", "uncovered_workers",
                "uncovered_pct", "workforce")))[:4])
        except ZeroDivisionError:
            at_corners.append((math.nan,) * 4)
    return {k: extremes(c[i] for c in at_corners) for i, k in enumerate(_DERIVED)}


def _share_from_counts(v: pd.Series, box: pd.Series, method: str) -> tuple[float, float, float]:
    """100 x active / workforce from the counts alone, with its (low, high) over the
    corners of the counts' intervals (workforce as ``method`` gives it)."""
    other = "uncovered_workers" if method == "active + uncovered" else "workforce"

    def share(a, x):
        w = a + x if method == "active + uncovered" else x
        return 100 * a / w if w > 0 else math.nan

    value = share(v["active_participants"], v[other])
    if any(math.isnan(x) for k in ("active_participants", other) for x in box[k]):
        return value, math.nan, math.nan
    return (value, *range_of(share, [box["active_participants"], box[other]]))


def _checked_share(v: pd.Series, box: pd.Series, method: str | None, c: float,
                   c_range: tuple[float, float], tol_pct: float):
    """(coverage_pct, its range, the share as written, coverage_check): a written share
    that disagrees with the row's own counts by more than ``tol_pct`` (the rule of the
    identity checks, :func:`identity_holds`) gives way to the share of the counts and is
    kept beside it; a share that agrees, or that nothing can check, stays as written."""
    written = v["coverage_pct"]
    if (method not in _COUNT_METHODS or math.isnan(written)
            or math.isnan(v["active_participants"])):
        return c, c_range, written, None
    counted, lo, hi = _share_from_counts(v, box, method)
    if math.isnan(counted) or identity_holds(written, counted, tol_pct):
        return c, c_range, written, None if math.isnan(counted) else "agrees"
    return counted, (lo, hi), written, "disagrees"


def coverage_by_period(reconciled: pd.DataFrame,
                       tolerance_pct: float = default("tolerance_pct")) -> pd.DataFrame:
    """Coverage quantities per region and period (every period, not only the latest).

    One row per ``(region_code, period)`` with a reconciled active_participants or
    coverage_pct: ``active_participants, coverage_pct, workforce, workforce_method,
    uncovered_workers, figure_ids``, each as reported or derived as in
    ``METHODS["coverage"]``, and ``active_figure_ids`` (the figures behind
    active_participants alone). Not validated against a table schema: an intermediate used
    by :func:`coverage` and :func:`ucj_data.claim_benefits`. A written coverage_pct is
    checked against the row's own counts (``coverage_check``; ``tolerance_pct`` percentage
    points, as in :func:`ucj_data.data_quality`): when they disagree, coverage_pct is the
    share of the counts and the written one is kept in ``coverage_pct_written``.
    """
    rec = require_columns(reconciled, _RECONCILED_COLUMNS, "reconciled")
    fam = rec[rec["indicator"].isin(list(COVERAGE_FAMILY)) & rec["value"].notna()]
    key = ["region_code", "period"]
    values = fam.pivot(index=key, columns="indicator", values="value")
    ids = fam.pivot(index=key, columns="indicator", values="figure_ids_used")
    values = values.reindex(columns=list(COVERAGE_FAMILY))
    ids = ids.reindex(columns=list(COVERAGE_FAMILY))
    # each reported value's interval (-inf/inf: unbounded; NaN: unknown, as in a table
    # made by hand without value_low/value_high)
    box = {}
    for end, fill in (("value_low", -math.inf), ("value_high", math.inf)):
        if end in fam:
            box[end] = fam.pivot(index=key, columns="indicator", values=end).reindex(
                columns=list(COVERAGE_FAMILY)).fillna(fill)
        else:
            box[end] = values * math.nan
    values = values[values["active_participants"].notna() | values["coverage_pct"].notna()]
    rows = []
    for (region, period), v in values.iterrows():
        a, c, w, u, method = _quantities(v["active_participants"], v["coverage_pct"],
                                         v["uncovered_workers"], v["uncovered_pct"],
                                         v["workforce"])
        bounds = pd.Series({k: (box["value_low"].at[(region, period), k],
                                box["value_high"].at[(region, period), k])
                            for k in COVERAGE_FAMILY})
        ranges = _ranges(v, bounds)
        c, ranges["coverage_pct"], written, check = _checked_share(
            v, bounds, method, c, ranges["coverage_pct"], tolerance_pct)
        used = ["active_participants", "coverage_pct", "uncovered_workers", "workforce"]
        used = [k for k in used if not math.isnan(v[k])]
        used += [k for k in WORKFORCE_INPUTS.get(method, ()) if k not in used]
        active_used = ["active_participants"]
        if not math.isnan(w) and math.isnan(v["active_participants"]):
            active_used = ["coverage_pct", *WORKFORCE_INPUTS[method]]
        rows.append({
            "region_code": region, "period": period,
            **{f"{k}{e}": x for k, value in zip(_DERIVED, (a, c, w, u), strict=True)
               for e, x in (("", value), ("_low", ranges[k][0]), ("_high", ranges[k][1]))},
            "workforce_method": method, "coverage_pct_written": written,
            "coverage_check": check,
            "figure_ids": join_ids(*(ids.at[(region, period), k] for k in used)),
            "active_figure_ids": join_ids(*(ids.at[(region, period), k] for k in active_used)),
        })
    return pd.DataFrame(rows, columns=list(_BY_PERIOD_COLUMNS))


def observations(reconciled: pd.DataFrame, statistics: pd.DataFrame,
                 tolerance_pct: float = default("tolerance_pct")) -> pd.DataFrame:
    """Coverage quantities per region and period from both kinds of observation: the
    reconciled seed figures (``source_kind`` 'seed', ids in ``figure_ids``) and the official
    statistics of the same quantities (active participants, coverage, uncovered workers,
    workforce), one row per region, period and publisher (``source_kind`` 'official', ids
    in ``statistic_ids``): a publisher's coverage is never completed with another's
    workforce. Columns of :func:`coverage_by_period`, with ``active_statistic_ids``."""
    seed = coverage_by_period(reconciled, tolerance_pct).assign(
        source_kind="seed", statistic_ids=None, active_statistic_ids=None)
    stats = require_columns(statistics, STATISTIC_COLUMNS, "statistics")
    stats = stats[stats["indicator"].isin(list(COVERAGE_FAMILY)) & stats["value"].notna()]
    frames = [seed]
    for _, rows in stats.groupby(stats.get("publisher", pd.Series("", index=stats.index)),
                                 sort=True):
        as_reconciled = rows.assign(figure_ids_used=rows["statistic_id"])
        official = coverage_by_period(as_reconciled[[
            *_RECONCILED_COLUMNS[:4], "figure_ids_used",
            *(c for c in ("value_low", "value_high") if c in rows)]], tolerance_pct)
        frames.append(official.assign(
            source_kind="official", statistic_ids=official["figure_ids"],
            active_statistic_ids=official["active_figure_ids"], figure_ids=None,
            active_figure_ids=None))
    return pd.concat([f for f in frames if len(f)] or [seed], ignore_index=True)


def latest_observations(observed: pd.DataFrame) -> pd.DataFrame:
    """Each region's latest row of :func:`observations`, by period on the month scale; of
    two on the same period, the official statistic (as ``METHODS["coverage"]`` says)."""
    ordered = in_observation_order(observed, by=("region_code",))
    return ordered.groupby("region_code", sort=True).tail(1).reset_index(drop=True)


def _whole(gap: pd.Series) -> pd.array:
    """Workers to enrol as whole workers (:func:`whole_workers`), at least 0."""
    return pd.array([pd.NA if math.isnan(g) else max(0, int(whole_workers(g))) for g in gap],
                    dtype="Int64")


def _gap_range(row: pd.Series, target: float) -> tuple[float, float]:
    """(low, high) of target / 100 x workforce - active over the corners of the row's
    primary inputs (the gap before rounding up to whole workers)."""
    return extremes(target / 100 * w - a for a, w in base_corners(row))


def base_corners(row) -> list[tuple[float, float]]:
    """(active, workforce) at every corner of the primary inputs behind a coverage row, as
    its workforce_method names them: A and p ('active / coverage': W = 100 A / p), A and U
    ('active + uncovered': W = A + U), A and W ('reported'; when A itself comes from the
    reported coverage, its own range is used); else the row's active and workforce ranges
    as they are. Unknown ranges (a table without the ``_low``/``_high`` columns) give
    [(NaN, NaN)]. Used by :func:`coverage` and :func:`ucj_data.project_enrolment`."""

    def iv(name):
        lo, hi = row.get(f"{name}_low", math.nan), row.get(f"{name}_high", math.nan)
        if f"{name}_low" not in row or pd.isna(row.get(name)):
            return math.nan, math.nan
        return (-math.inf if pd.isna(lo) else float(lo), math.inf if pd.isna(hi) else float(hi))

    method = row.get("workforce_method")
    a = iv("active_participants")
    if method == "active / coverage":
        ps = iv("coverage_pct")
        pairs = [(x, 100 * x / p if p > 0 else math.inf) for x, p in corners([a, ps])]
    elif method == "active + uncovered":
        pairs = [(x, x + u) for x, u in corners([a, iv("uncovered_workers")])]
    else:
        pairs = list(corners([a, iv("workforce")]))
    if any(math.isnan(x) for pair in pairs for x in pair):
        return [(math.nan, math.nan)]
    return pairs


# the BPS indicator behind each official denominator
DENOMINATOR_INDICATORS = {"employed": "employed_persons", "labour_force": "labour_force"}


def _interval(row, name: str) -> tuple[float, float]:
    """(low, high) of ``name`` in ``row``: its _low/_high, unbounded where empty; the value
    itself where the row has no bounds."""
    value = float(row[name])
    lo, hi = row.get(f"{name}_low", value), row.get(f"{name}_high", value)
    return (-math.inf if pd.isna(lo) else float(lo), math.inf if pd.isna(hi) else float(hi))


def against_statistic(latest: pd.DataFrame, statistics: pd.DataFrame,
                      denominator: str) -> pd.DataFrame:
    """The coverage rows ``latest`` (with active_figure_ids) measured against the official
    statistic of ``denominator`` nearest to each row's period, as METHODS["coverage"] says;
    a region without one keeps active participants and nothing else."""
    stats = require_columns(statistics, STATISTIC_COLUMNS, "statistics")
    indicator = DENOMINATOR_INDICATORS[denominator]
    out = latest.copy()
    derived = ("coverage_pct", "workforce", "uncovered_workers")
    for i in out.index:
        row = out.loc[i]
        found = nearest(stats, row["region_code"], indicator, row["period"])
        out.at[i, "figure_ids"] = join_ids(row["active_figure_ids"]) or row["figure_ids"]
        out.at[i, "statistic_ids"] = join_ids(row.get("active_statistic_ids"))
        if found is None or pd.isna(row["active_participants"]):
            for name in derived:
                for end in ("", "_low", "_high"):
                    out.at[i, f"{name}{end}"] = math.nan
            out.at[i, "workforce_method"] = None
            continue
        a, w = float(row["active_participants"]), float(found["value"])
        ia, iw = _interval(row, "active_participants"), _interval(found, "value")
        values = {"workforce": (w, iw),
                  "coverage_pct": (100 * a / w if w > 0 else math.nan,
                                   range_of(lambda x, y: 100 * x / y, [ia, iw])),
                  "uncovered_workers": (w - a, range_of(lambda x, y: y - x, [ia, iw]))}
        for name, (value, (lo, hi)) in values.items():
            out.at[i, name], out.at[i, f"{name}_low"], out.at[i, f"{name}_high"] = value, lo, hi
        out.at[i, "workforce_method"] = "statistic"
        out.at[i, "denominator_period"] = found["period"]
        out.at[i, "statistic_ids"] = join_ids(row.get("active_statistic_ids"),
                                              found["statistic_id"])
    return out


@with_method("coverage")
def coverage(figures: pd.DataFrame | None = None, reconciled: pd.DataFrame | None = None,
             statistics: pd.DataFrame | None = None, *,
             regions: pd.DataFrame | None = None, target_pct: float = default("target_pct"),
             denominator: str = default("denominator"),
             tolerance_pct: float = default("tolerance_pct")) -> pd.DataFrame:
    """Coverage of each region at its latest period, and the workers to enrol to reach
    ``target_pct``.

    ``reconciled`` defaults to :func:`ucj_data.reconcile` of ``figures`` (default: the
    package's figures). ``target_pct`` defaults to 99.5, the national target for 2045 set in
    the RPJPN 2025-2045 (UU 59/2024), which the Banten source cites with Inpres 8/2025
    (figure banten-ucj-sosek-target). ``denominator``: 'reported' (the workforce the
    figures give), 'employed' or 'labour_force' (the BPS statistic of ``statistics``,
    default :func:`ucj_data.statistics`, nearest to each row's period). A region's row is
    its latest observation, a seed figure or an official statistic (``source_kind``).
    ``tolerance_pct`` (percentage points, default 0.1, as in :func:`ucj_data.data_quality`)
    decides whether a written coverage_pct agrees with the row's counts
    (``coverage_check``). Returns the ``coverage`` table.
    """
    target = PARAMETERS["target_pct"].check(target_pct)
    denominator = PARAMETERS["denominator"].check(denominator)
    reconciled = input_table("reconciled", reconciled, figures=figures)
    statistics = input_table("statistics", statistics)
    tolerance = PARAMETERS["tolerance_pct"].check(tolerance_pct)
    latest = latest_observations(observations(reconciled, statistics, tolerance))
    latest["denominator"] = denominator
    latest["denominator_period"] = latest["period"].astype(object)
    if denominator != "reported":
        latest["denominator_period"] = None
        latest = against_statistic(latest, statistics, denominator)
    latest = latest.drop(columns=["active_figure_ids", "active_statistic_ids"])
    latest["target_pct"] = target
    gap = target / 100 * latest["workforce"] - latest["active_participants"]
    latest["workers_to_target"] = _whole(gap)
    # the bounds from the same corners as the workforce: A (target / p - 1) uses A twice
    lows, highs = [], []
    for i in latest.index:
        lo, hi = _gap_range(latest.loc[i], target)
        lows.append(lo)
        highs.append(hi)
    latest["workers_to_target_low"] = _whole(pd.Series(lows, dtype=float))
    latest["workers_to_target_high"] = _whole(pd.Series(highs, dtype=float))
    latest["target_status"] = np.select(
        [latest["denominator_period"].isna().to_numpy(dtype=bool),
         latest["workers_to_target"].isna().to_numpy(dtype=bool),
         latest["workers_to_target"].fillna(0).to_numpy() > 0],
        ["no_denominator", "no_base", "to_reach"], default="reached")
    latest = named(latest, input_table("regions", regions))
    return validated("coverage", latest[list(TABLES["coverage"].fields)])
