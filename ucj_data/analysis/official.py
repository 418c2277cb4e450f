"""Official statistics beside the reported figures: the workforce each source implies
against BPS counts (:func:`denominators`), active participants as a series
(:func:`coverage_history`) and how realistic each official target is (:func:`target_realism`).

Every row names the figures (``figure_ids``) and the official statistics
(``statistic_ids``) it rests on; a statistic's citation (publisher, release, where it was
read) is in the ``statistics`` table.
"""

from __future__ import annotations

import math

import pandas as pd

from ucj_data.analysis.gaps import coverage_by_period
from ucj_data.analysis.labels import named
from ucj_data.analysis.periods import (
    STATISTIC_COLUMNS,
    TARGET_FIGURE_COLUMNS,
    in_observation_order,
    month_scale,
    nearest,
    years_between,
)
from ucj_data.metadata.methods import with_method
from ucj_data.metadata.tables import TABLES
from ucj_data.pipeline import input_table
from ucj_data.provenance import join_ids
from ucj_data.validate.columns import require_columns
from ucj_data.validate.schemas import validated

__all__ = ["coverage_history", "denominators", "series_of", "target_realism"]

_HISTORY_COLUMNS = ("region_code", "period", "source_kind", "active_participants",
                    "figure_ids", "statistic_ids")


def _statistics(statistics) -> pd.DataFrame:
    return require_columns(input_table("statistics", statistics), STATISTIC_COLUMNS,
                           "statistics")


def _beside(row: dict, stats: pd.DataFrame) -> dict:
    """The BPS employed persons and labour force nearest to the row's period, with their
    periods and the ratio of the implied workforce to each."""
    ids = []
    for indicator, period_col, ratio in (("employed_persons", "employed_period",
                                          "implied_to_employed"),
                                         ("labour_force", "labour_force_period",
                                          "implied_to_labour_force")):
        found = nearest(stats, row["region_code"], indicator, row["period"])
        if found is None:
            row[indicator], row[period_col], row[ratio] = math.nan, None, math.nan
            continue
        row[indicator], row[period_col] = float(found["value"]), found["period"]
        row[ratio] = row["implied_workforce"] / row[indicator]
        ids.append(found["statistic_id"])
    row["statistic_ids"] = join_ids(ids)
    return row


@with_method("denominators")
def denominators(figures: pd.DataFrame | None = None, reconciled: pd.DataFrame | None = None,
                 official_targets: pd.DataFrame | None = None,
                 statistics: pd.DataFrame | None = None, *,
                 regions: pd.DataFrame | None = None) -> pd.DataFrame:
    """The workforce each pair of figures implies, beside the BPS employed persons and
    labour force nearest to its period, and the ratio of the two.

    ``reconciled`` and ``official_targets`` default to those of ``figures`` (default: the
    package's figures); ``statistics`` to :func:`ucj_data.statistics`. Returns the
    ``denominators`` table.
    """
    reconciled = input_table("reconciled", reconciled, figures=figures)
    targets = require_columns(
        input_table("official_targets", official_targets, figures=figures),
        ("region_code", "year", "implied_workforce", "figure_ids"), "official_targets",
        "for the workforce each official target implies")
    stats = _statistics(statistics)
    rows = []
    per_period = coverage_by_period(reconciled)
    implied = per_period[per_period["workforce_method"] == "active / coverage"]
    for r in implied.itertuples(index=False):
        rows.append({"region_code": r.region_code, "period": r.period,
                     "implied_basis": "active / coverage", "implied_workforce": r.workforce,
                     "figure_ids": r.figure_ids})
    targets = targets[targets["implied_workforce"].notna()]
    for r in targets.itertuples(index=False):
        rows.append({"region_code": r.region_code, "period": str(r.year),
                     "implied_basis": "target active / target coverage",
                     "implied_workforce": r.implied_workforce, "figure_ids": r.figure_ids})
    out = pd.DataFrame([_beside(row, stats) for row in rows],
                       columns=[*TABLES["denominators"].fields])
    out = named(out, input_table("regions", regions))
    out = out.sort_values(["region_code", "period", "implied_basis"]).reset_index(drop=True)
    return validated("denominators", out[list(TABLES["denominators"].fields)])


@with_method("coverage_history")
def coverage_history(figures: pd.DataFrame | None = None,
                     reconciled: pd.DataFrame | None = None,
                     statistics: pd.DataFrame | None = None, *,
                     regions: pd.DataFrame | None = None) -> pd.DataFrame:
    """Active participants per region and period, from the seed figures (``reconciled``,
    default that of ``figures``) and the official statistics (``statistics``, default
    :func:`ucj_data.statistics`), one series per region. Returns the ``coverage_history``
    table.
    """
    reconciled = input_table("reconciled", reconciled, figures=figures)
    stats = _statistics(statistics)
    per_period = coverage_by_period(reconciled)
    seed = per_period[per_period["active_participants"].notna()]
    seed = pd.DataFrame({"region_code": seed["region_code"], "period": seed["period"],
                         "source_kind": "seed", "publisher": None, "confidence": None,
                         "active_participants": seed["active_participants"],
                         "figure_ids": seed["active_figure_ids"], "statistic_ids": None})
    official = stats[(stats["indicator"] == "active_participants") & stats["value"].notna()]
    official = pd.DataFrame({"region_code": official["region_code"],
                             "period": official["period"], "source_kind": "official",
                             "publisher": official.get("publisher"),
                             "confidence": official.get("confidence"),
                             "active_participants": official["value"].astype(float),
                             "figure_ids": None, "statistic_ids": official["statistic_id"]})
    out = pd.concat([seed, official], ignore_index=True)
    months = out["period"].map(lambda p: int(p[5:7]) if len(p) >= 7 else pd.NA)
    out["calendar_month"] = pd.array(months, dtype="Int64")
    out["_scale"] = out["period"].map(month_scale)
    out = out.sort_values(["region_code", "_scale", "period", "source_kind"], kind="stable")
    out = named(out.reset_index(drop=True), input_table("regions", regions))
    return validated("coverage_history", out[list(TABLES["coverage_history"].fields)])


def series_of(history: pd.DataFrame) -> pd.Series:
    """Which series each observation belongs to: its kind and publisher. Growth is only
    computed within one series (one publisher counting on one base)."""
    publisher = history.get("publisher", pd.Series(None, index=history.index, dtype=object))
    return history["source_kind"].astype(str) + ":" + publisher.astype(object).fillna("")


def _latest_and_previous(series: pd.DataFrame):
    """The latest confirmed observation of a region (by period; on the same period the
    official statistic) and the latest earlier one of the same series, and whether earlier
    observations exist only in other series. An unconfirmed statistic (confidence U) is
    not used: no verdict rests on it."""
    if "confidence" in series:
        series = series[series["confidence"].astype(object).fillna("") != "U"]
    if series.empty:
        return None, None, False
    series = in_observation_order(series.assign(_scale=series["period"].map(month_scale),
                                                _series=series_of(series)))
    latest = series.iloc[-1]
    earlier = series[series["_scale"] < latest["_scale"]]
    same = earlier[earlier["_series"] == latest["_series"]]
    previous = same.iloc[-1] if len(same) else None
    return latest, previous, previous is None and len(earlier) > 0


def _growth(start: float, end: float, years: float) -> float:
    """Yearly compound growth from ``start`` to ``end`` over ``years`` (a fraction)."""
    if years <= 0 or start <= 0:
        return math.nan
    return (end / start) ** (1 / years) - 1


def _official_targets(figures: pd.DataFrame) -> pd.DataFrame:
    """Per region and year: the target count and coverage of the figures (ONE_VALUE_PER
    makes the unflagged figures of a year agree; flagged ones are left out)."""
    require_columns(figures, TARGET_FIGURE_COLUMNS, "figures", "for the official targets")
    fig = figures[figures["indicator"].isin(["target_active_participants",
                                             "target_coverage_pct"])]
    if "flag" in fig:
        fig = fig[fig["flag"].isna()]
    fig = fig.assign(year=fig["period"].str[:4].astype(int))
    rows = {}
    for r in fig.itertuples(index=False):
        entry = rows.setdefault((r.region_code, r.year), {"ids": []})
        entry[r.indicator] = float(r.value)
        entry["ids"].append(r.figure_id)
    return rows


@with_method("target_realism")
def target_realism(figures: pd.DataFrame | None = None,
                   coverage_history: pd.DataFrame | None = None,
                   statistics: pd.DataFrame | None = None, *,
                   regions: pd.DataFrame | None = None) -> pd.DataFrame:
    """For each official target (figures of ``figures``, default the package's): the yearly
    growth of active participants it needs from the region's latest observation in
    ``coverage_history`` (default that of ``figures``), against the growth between the two
    latest observations. Returns the ``target_realism`` table.
    """
    # figures as given: the data folder's own history is computed once
    history = input_table("coverage_history", coverage_history, figures=figures,
                          statistics=statistics)
    figures = input_table("figures", figures)
    stats = _statistics(statistics)
    history = require_columns(history, ("region_code", "period", "source_kind",
                                        "active_participants"), "coverage_history",
                              "for the growth of active participants")
    out = []
    for (region, year), target in sorted(_official_targets(figures).items()):
        latest, previous, other_series = _latest_and_previous(
            history[history["region_code"] == region])
        if latest is None:
            continue
        ids, stat_ids = list(target["ids"]), []
        if "target_active_participants" in target:
            basis, count = "count", target["target_active_participants"]
        else:
            employed = nearest(stats, region, "employed_persons", latest["period"])
            if employed is None:
                continue
            basis = "coverage_pct x employed"
            count = target["target_coverage_pct"] / 100 * float(employed["value"])
            stat_ids.append(employed["statistic_id"])
        for obs in (latest, previous):
            if obs is not None:
                ids.append(obs.get("figure_ids"))
                stat_ids.append(obs.get("statistic_ids"))
        # to December of the target year, the month a year-end count is dated
        years_left = years_between(latest["period"], f"{year}-12")
        needed = _growth(float(latest["active_participants"]), count, years_left)
        achieved = (math.nan if previous is None else
                    _growth(float(previous["active_participants"]),
                            float(latest["active_participants"]),
                            years_between(previous["period"], latest["period"])))
        if years_left <= 0:
            realism = "target_date_passed"
        elif other_series:
            realism = "not_comparable"
        elif previous is None or math.isnan(achieved):
            realism = "no_trend"
        else:
            realism = "on_track" if needed <= achieved else "faster_than_achieved"
        out.append({"region_code": region, "target_year": year, "target_basis": basis,
                    "target_active_participants": math.ceil(round(count, 6)),
                    "latest_period": latest["period"],
                    "latest_active": float(latest["active_participants"]),
                    "publisher": latest.get("publisher"),
                    "previous_period": None if previous is None else previous["period"],
                    "previous_active": (math.nan if previous is None
                                        else float(previous["active_participants"])),
                    "needed_growth": needed, "achieved_growth": achieved, "realism": realism,
                    "figure_ids": join_ids(*ids), "statistic_ids": join_ids(*stat_ids)})
    frame = pd.DataFrame(out, columns=list(TABLES["target_realism"].fields))
    frame = named(frame, input_table("regions", regions))
    return validated("target_realism", frame)
