"""Active participants over time against the official targets and the straight path to
99,5% (from :func:`ucj_data.coverage_history`, :func:`ucj_data.target_realism` and the
official statistics).

The chart's words are in :data:`.labels.TEXT` (keys ``his_*``), in every language.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from ucj_data.analysis.periods import month_scale, nearest
from ucj_data.parameters import default
from ucj_data.present.plots.labels import check_lang, region_name, region_names, require, tr
from ucj_data.present.plots.notes import source_note
from ucj_data.present.plots.style import (
    PRIMARY,
    SECONDARY,
    TARGET,
    count_formatter,
    house_style,
    new_figure,
    with_alt,
    year_formatter,
)
from ucj_data.provenance import ids_in, split_ids
from ucj_data.text.dates import period_text
from ucj_data.text.numbers import format_number, format_pct_compact


def _when(period: str) -> float:
    """A period as a year with its fraction (the month scale / 12), for the x axis."""
    return month_scale(period) / 12


def statistics_note(statistic_ids, statistics: pd.DataFrame, lang: str) -> str:
    """'Official statistics: publisher (outlet), ...' for the statistics named, each
    publisher and outlet once, in the table's order; '' when none is named."""
    ids = set(split_ids(statistic_ids))
    if not ids:
        return ""
    rows = statistics[statistics["statistic_id"].isin(ids)]
    items = list(dict.fromkeys(f"{r.publisher} ({r.read_at_outlet})"
                               for r in rows.itertuples(index=False)))
    return tr(lang, "his_stats_note", items="; ".join(items))


def history_chart(
    history: pd.DataFrame,
    targets: pd.DataFrame,
    region_code: str,
    regions: pd.DataFrame | None = None,
    sources: pd.DataFrame | None = None,
    lang: str = "id",
    *,
    statistics: pd.DataFrame | None = None,
    figures: pd.DataFrame | None = None,
    target_pct: float = default("target_pct"),
    target_year: int = default("target_year"),
) -> Figure:
    """Active participants of a region over time (``history``: the coverage_history table;
    seed figures and official statistics marked apart), its official targets (``targets``:
    the target_realism table, target_active_participants by target_year, drawn at December
    of the year) and the straight line from the latest observation to ``target_pct`` of the
    BPS employed persons nearest to it (``statistics``, default the package's) by
    ``target_year``. The source note names the news outlets of the figures and the
    publishers of the statistics. Raises ValueError when ``history`` has no row for the
    region.
    """
    check_lang(lang)
    require(history, ("region_code", "period", "source_kind", "active_participants"),
            "history")
    require(targets, ("region_code", "target_year", "target_active_participants"), "targets")
    if statistics is None:
        from ucj_data.io.inputs import statistics as load_statistics

        statistics = load_statistics()
    rows = history[(history["region_code"] == region_code)
                   & history["active_participants"].notna()].copy()
    if rows.empty:
        raise ValueError(f"history has no active participants for region {region_code!r}")
    rows["_x"] = rows["period"].map(_when)
    rows = rows.sort_values("_x", kind="stable")
    region = region_name(region_code, region_names(regions, history))
    fig = new_figure(8, 4.8)
    ax = fig.add_subplot()
    ax.plot(rows["_x"], rows["active_participants"], color=PRIMARY, linewidth=1.5, zorder=2)
    for kind, marker, colour in (("official", "o", PRIMARY), ("seed", "s", SECONDARY)):
        part = rows[rows["source_kind"] == kind]
        if len(part):
            ax.scatter(part["_x"], part["active_participants"], marker=marker, s=36,
                       color=colour, zorder=3, label=tr(lang, f"his_{kind}"), gid=f"history-{kind}")
    points = [f"{format_number(v, lang=lang)} ({period_text(p, lang)})"
              for p, v in zip(rows["period"], rows["active_participants"], strict=True)]
    marks = targets[(targets["region_code"] == region_code)
                    & targets["target_active_participants"].notna()]
    marks = marks[marks["target_year"].astype(int) < target_year].sort_values("target_year")
    target_items = []
    if len(marks):
        xs = marks["target_year"].astype(int).to_numpy() + 11 / 12
        ys = marks["target_active_participants"].astype(float).to_numpy()
        ax.scatter(xs, ys, marker="D", s=40, color=TARGET, zorder=3,
                   label=tr(lang, "his_targets"), gid="official-targets")
        target_items = [f"{format_number(y, lang=lang)} ({int(x)})" for x, y in zip(xs, ys,
                                                                                     strict=True)]
    latest = rows.iloc[-1]
    employed = nearest(statistics, region_code, "employed_persons", latest["period"])
    path_text, stat_ids = "", [*ids_in(rows, ("statistic_ids",)), *ids_in(marks, (
        "statistic_ids",))]
    pct = format_pct_compact(target_pct, lang=lang)
    if employed is not None:
        end = target_pct / 100 * float(employed["value"])
        ax.plot([latest["_x"], target_year + 11 / 12], [latest["active_participants"], end],
                color=TARGET, linestyle="--", linewidth=1.2, zorder=1,
                label=tr(lang, "his_path", pct=pct, year=target_year), gid="straight-path")
        path_text = tr(lang, "his_alt_path", pct=pct, n=format_number(np.ceil(end), lang=lang),
                       year=target_year)
        stat_ids.append(employed["statistic_id"])
    ax.set_ylim(bottom=0)
    ax.yaxis.set_major_formatter(count_formatter(lang))
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.xaxis.set_major_formatter(year_formatter())
    ax.legend(loc="upper left", frameon=False, fontsize=8)
    news = source_note([*ids_in(rows), *ids_in(marks)], figures=figures, sources=sources,
                       lang=lang)
    news = news + "." if news and not news.endswith(".") else news
    note = " ".join(t for t in (news, statistics_note(stat_ids, statistics, lang)) if t)
    house_style(fig, ax, tr(lang, "his_title", region=region), tr(lang, "his_x"),
                tr(lang, "his_y"), note)
    alt = tr(lang, "his_alt", region=region, points=", ".join(points),
             targets=tr(lang, "his_alt_targets", items=", ".join(target_items))
             if target_items else "", path=path_text)
    return with_alt(fig, alt)
