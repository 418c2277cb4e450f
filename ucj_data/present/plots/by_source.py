"""What each source says: every figure reported for one quantity, and the value kept."""

from __future__ import annotations

import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from ucj_data.present.plots.labels import (
    check_lang,
    indicator_label,
    missing,
    region_name,
    region_names,
    require,
    status_label,
    tr,
    unit_label,
)
from ucj_data.present.plots.notes import load_sources, outlet
from ucj_data.present.plots.style import (
    GAP_EDGE,
    GRID_GREY,
    PRIMARY,
    TARGET,
    finish,
    legend_above,
    new_figure,
    sentence_items,
    unit_formatter,
    value_label,
)
from ucj_data.provenance import split_ids
from ucj_data.text.dates import period_text
from ucj_data.text.numbers import MISSING, format_number
from ucj_data.text.units import value_formatter


def sources_chart(
    figures: pd.DataFrame,
    reconciled: pd.DataFrame,
    region_code: str,
    indicator: str,
    period: str | None = None,
    regions: pd.DataFrame | None = None,
    sources: pd.DataFrame | None = None,
    lang: str = "id",
) -> Figure:
    """Every figure reported for one quantity, one bar per source, and the value kept.

    ``figures``: the figures table (also the table the source note looks the figures'
    sources up in); ``reconciled``: ucj_data.reconcile(). Bars of figures the
    reconciliation used are blue; figures set aside are grey and hatched. A dashed line
    marks the reconciled value. ``period`` defaults to the latest with that indicator.
    """
    check_lang(lang)
    require(figures, ("figure_id", "source_id", "region_code", "indicator", "period",
                      "value_text", "value", "unit"), "figures")
    require(reconciled, ("region_code", "indicator", "period", "value", "status",
                         "figure_ids_used", "figure_ids_set_aside"), "reconciled")
    rec = reconciled[(reconciled["region_code"] == region_code)
                     & (reconciled["indicator"] == indicator)]
    if rec.empty:
        raise ValueError(f"no reconciled {indicator} for region {region_code!r}")
    rec = rec[rec["period"] == (period or rec["period"].max())].iloc[0]
    rows = figures[(figures["region_code"] == region_code) & (figures["indicator"] == indicator)
                   & (figures["period"] == rec["period"])]
    kept = set(split_ids(rec["figure_ids_used"]))
    src = load_sources() if sources is None else sources
    outlets = {r["source_id"]: outlet(r) for _, r in src.iterrows()}
    names = region_names(regions, reconciled)
    label = indicator_label(indicator, lang)
    unit = rows["unit"].iloc[0]
    fmt = value_formatter(unit, lang) or (lambda v: format_number(v, lang=lang))

    fig = new_figure(8.5, 2.2 + 0.55 * len(rows))
    ax = fig.add_subplot()
    y = np.arange(len(rows))[::-1]
    items = []
    for yi, (_, row) in zip(y, rows.iterrows(), strict=True):
        used = row["figure_id"] in kept
        ax.barh(yi, row["value"], color=PRIMARY if used else GRID_GREY,
                edgecolor=PRIMARY if used else GAP_EDGE, hatch=None if used else "//",
                label=tr(lang, "src_kept" if used else "src_aside"))
        value_label(ax, row["value"], yi, fmt(row["value"]), horizontal=True)
        state = tr(lang, "src_kept" if used else "src_aside").lower()
        items.append(tr(lang, "src_alt_item", outlet=outlets.get(row["source_id"]),
                        text=f"\u2018{row['value_text']}\u2019", state=state))
    ax.set_yticks(y, [f"{outlets.get(s, s)}: \u2018{t}\u2019"
                      for s, t in zip(rows["source_id"], rows["value_text"], strict=True)])
    value = fmt(rec["value"]) if not missing(rec["value"]) else MISSING
    if not missing(rec["value"]):
        ax.axvline(rec["value"], color=TARGET, linestyle="--", linewidth=1.2,
                   label=tr(lang, "src_value", v=value))
    ax.set_xlim(0, rows["value"].max() * 1.2)
    ax.xaxis.set_major_formatter(unit_formatter(unit, lang))
    handles, labels = ax.get_legend_handles_labels()
    unique = dict(zip(labels, handles, strict=True))
    legend_above(ax, ncols=len(unique), handles=list(unique.values()), labels=list(unique))
    region, when = region_name(region_code, names), period_text(rec["period"], lang)
    return finish(
        fig,
        ax,
        title=tr(lang, "src_title", indicator=label, region=region, period=when),
        xlabel=tr(lang, "src_x", unit=unit_label(unit, lang)),
        ylabel=tr(lang, "src_y"),
        figure_ids=rows["figure_id"],
        figures=figures,
        sources=src,
        lang=lang,
        alt=tr(lang, "src_alt", indicator=label, region=region, period=when,
               items=sentence_items(items), v=value, status=status_label(rec["status"], lang)),
        grid="x",
    )
