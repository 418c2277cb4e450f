"""Coverage per region: active participants, workforce and the workers still to enrol."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd

from ucj_data.analysis.labels import named
from ucj_data.analysis.reconciliation import COVERAGE_FAMILY, WORKFORCE_INPUTS, workforce_from
from ucj_data.metadata.methods import with_method
from ucj_data.metadata.tables import TABLES
from ucj_data.parameters import PARAMETERS
from ucj_data.pipeline import input_table
from ucj_data.provenance import join_ids
from ucj_data.text.units import whole_workers
from ucj_data.validate.columns import require_columns
from ucj_data.validate.schemas import schema

__all__ = ["coverage", "coverage_by_period"]

_RECONCILED_COLUMNS = ("region_code", "indicator", "period", "value", "figure_ids_used")
_BY_PERIOD_COLUMNS = ("region_code", "period", "active_participants", "coverage_pct",
                      "workforce", "workforce_method", "uncovered_workers", "figure_ids",
                      "active_figure_ids")


def coverage_by_period(reconciled: pd.DataFrame) -> pd.DataFrame:
    """Coverage quantities per region and period (every period, not only the latest).

    One row per ``(region_code, period)`` with a reconciled active_participants or
    coverage_pct: ``active_participants, coverage_pct, workforce, workforce_method,
    uncovered_workers, figure_ids``, each as reported or derived as in
    ``METHODS["coverage"]``, and ``active_figure_ids`` (the figures behind
    active_participants alone). Not validated against a table schema: an intermediate used
    by :func:`coverage` and :func:`ucj_data.claim_benefits`.
    """
    rec = require_columns(reconciled, _RECONCILED_COLUMNS, "reconciled")
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
        used += [k for k in WORKFORCE_INPUTS.get(method, ()) if k not in used]
        active_used = ["active_participants"]
        if not math.isnan(w):
            if math.isnan(a):
                a = c / 100 * w
                active_used = ["coverage_pct", *WORKFORCE_INPUTS[method]]
            if math.isnan(c) and w > 0:
                c = 100 * a / w
            if math.isnan(u):
                u = w - a
        rows.append({
            "region_code": region, "period": period, "active_participants": a,
            "coverage_pct": c, "workforce": w, "workforce_method": method,
            "uncovered_workers": u,
            "figure_ids": join_ids(*(ids.at[(region, period), k] for k in used)),
            "active_figure_ids": join_ids(*(ids.at[(region, period), k] for k in active_used)),
        })
    return pd.DataFrame(rows, columns=list(_BY_PERIOD_COLUMNS))


@with_method("coverage")
def coverage(figures: pd.DataFrame | None = None, reconciled: pd.DataFrame | None = None, *,
             regions: pd.DataFrame | None = None, target_pct: float = 99.5) -> pd.DataFrame:
    """Coverage of each region at its latest period, and the workers to enrol to reach
    ``target_pct``.

    ``reconciled`` defaults to :func:`ucj_data.reconcile` of ``figures`` (default: the
    package's figures). ``target_pct`` defaults to 99.5, the national target for 2045 set in
    the RPJPN 2025-2045 (UU 59/2024), which the Banten source cites with Inpres 8/2025
    (figure banten-ucj-sosek-target). Returns the ``coverage`` table.
    """
    target = PARAMETERS["target_pct"].check(target_pct)
    reconciled = input_table("reconciled", reconciled, figures=figures)
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
    latest["workers_to_target"] = pd.array(
        [pd.NA if math.isnan(g) else max(0, int(whole_workers(g))) for g in gap], dtype="Int64"
    )
    latest["target_status"] = np.select(
        [latest["workers_to_target"].isna().to_numpy(dtype=bool),
         latest["workers_to_target"].fillna(0).to_numpy() > 0],
        ["no_base", "to_reach"], default="reached")
    latest = named(latest, input_table("regions", regions))
    return schema("coverage", processed=True).validate(latest[list(TABLES["coverage"].fields)])
