"""Coverage per region: active participants, workforce and the workers still to enrol."""

from __future__ import annotations

import math
from numbers import Real

import pandas as pd

from ucj_data.analysis.reconciliation import COVERAGE_FAMILY, SEP, reconcile, workforce_from
from ucj_data.metadata.fields import TABLES
from ucj_data.metadata.methods import METHODS
from ucj_data.validate.schemas import schema

__all__ = ["coverage", "coverage_by_period"]

# figures behind each way of getting the workforce
_WORKFORCE_INPUTS = {
    "reported": ("workforce",),
    "active + uncovered": ("active_participants", "uncovered_workers"),
    "active / coverage": ("active_participants", "coverage_pct"),
    "uncovered / uncovered_pct": ("uncovered_workers", "uncovered_pct"),
}


def _reconciled(reconciled: pd.DataFrame | None) -> pd.DataFrame:
    if reconciled is None:
        return reconcile()
    if not isinstance(reconciled, pd.DataFrame):
        raise ValueError(
            f"reconciled must be a DataFrame (ucj_data.reconcile()), "
            f"got {type(reconciled).__name__}"
        )
    missing = {"region_code", "indicator", "period", "value", "figure_ids_used"} - set(
        reconciled.columns
    )
    if missing:
        raise ValueError(f"reconciled lacks the column(s) {', '.join(sorted(missing))}")
    return reconciled


def coverage_by_period(reconciled: pd.DataFrame | None = None) -> pd.DataFrame:
    """Coverage quantities per region and period (every period, not only the latest).

    One row per ``(region_code, period)`` with a reconciled active_participants or
    coverage_pct: ``active_participants, coverage_pct, workforce, workforce_method,
    uncovered_workers, figure_ids``, each as reported or derived as in
    ``METHODS["coverage"]``, and ``active_figure_ids`` (the figures behind
    active_participants alone). Not validated against a table schema: an intermediate used by
    :func:`coverage` and :func:`ucj_data.claim_benefits`.
    """
    rec = _reconciled(reconciled)
    fam = rec[rec["indicator"].isin(list(COVERAGE_FAMILY)) & rec["value"].notna()]
    key = ["region_code", "period"]
    values = fam.pivot(index=key, columns="indicator", values="value")
    ids = fam.pivot(index=key, columns="indicator", values="figure_ids_used")
    values = values.reindex(columns=list(COVERAGE_FAMILY))
    ids = ids.reindex(columns=list(COVERAGE_FAMILY))
    values = values[values["active_participants"].notna() | values["coverage_pct"].notna()]
    rows = []
    for (region, period), v in values.iterrows():
        a, c, u = (v["active_participants"], v["coverage_pct"], v["uncovered_workers"])
        w, method = workforce_from(a, c, u, v["uncovered_pct"], v["workforce"])
        used = ["active_participants", "coverage_pct", "uncovered_workers", "workforce"]
        used = [k for k in used if not math.isnan(v[k])]
        used += [k for k in _WORKFORCE_INPUTS.get(method, ()) if k not in used]
        active_used = ["active_participants"]
        if not math.isnan(w):
            if math.isnan(a):
                a = c / 100 * w
                active_used = ["coverage_pct", *_WORKFORCE_INPUTS[method]]
            if math.isnan(c) and w > 0:
                c = 100 * a / w
            if math.isnan(u):
                u = w - a
        rows.append(
            {
                "region_code": region,
                "period": period,
                "active_participants": a,
                "coverage_pct": c,
                "workforce": w,
                "workforce_method": method,
                "uncovered_workers": u,
                "figure_ids": SEP.join(ids.at[(region, period), k] for k in used),
                "active_figure_ids": SEP.join(
                    ids.at[(region, period), k]
                    for k in active_used
                    if isinstance(ids.at[(region, period), k], str)
                ),
            }
        )
    columns = [
        "region_code",
        "period",
        "active_participants",
        "coverage_pct",
        "workforce",
        "workforce_method",
        "uncovered_workers",
        "figure_ids",
        "active_figure_ids",
    ]
    return pd.DataFrame(rows, columns=columns)


def _check_target(target_pct) -> float:
    if isinstance(target_pct, bool) or not isinstance(target_pct, Real):
        raise ValueError(f"target_pct must be a number of percent, got {target_pct!r}")
    if not (math.isfinite(target_pct) and 0 < target_pct <= 100):
        raise ValueError(
            f"target_pct must be above 0 and at most 100 (percent), got {target_pct!r}"
        )
    return float(target_pct)


def coverage(target_pct: float = 99.5, reconciled: pd.DataFrame | None = None) -> pd.DataFrame:
    """Coverage of each region at its latest period, and the workers to enrol to reach
    ``target_pct``.

    ``target_pct`` defaults to 99.5, the national target for 2045 of Inpres 8/2025 (figure
    banten-ucj-sosek-target); ``reconciled`` defaults to :func:`ucj_data.reconcile`.
    Returns the ``coverage`` table.

    Method: {method}
    """
    target = _check_target(target_pct)
    per_period = coverage_by_period(reconciled)
    latest = (
        per_period.sort_values(["region_code", "period"])
        .groupby("region_code", sort=True)
        .tail(1)
        .reset_index(drop=True)
    )
    latest = latest.drop(columns="active_figure_ids")
    latest["target_pct"] = target
    gap = target / 100 * latest["workforce"] - latest["active_participants"]
    # rounded first so that float noise (e.g. 786702.0000000001) does not add a worker
    latest["workers_to_target"] = pd.array(
        [pd.NA if math.isnan(g) else max(0, math.ceil(round(g, 6))) for g in gap], dtype="Int64"
    )
    return schema("coverage", processed=True).validate(latest[list(TABLES["coverage"].fields)])


coverage.__doc__ = coverage.__doc__.format(method=METHODS["coverage"])
