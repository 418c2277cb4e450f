"""Claim benefits per recipient and per active participant."""

from __future__ import annotations

import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from ucj_data.present.plots.labels import (
    TEXT,
    check_lang,
    missing,
    region_name,
    region_names,
    require,
    tr,
)
from ucj_data.present.plots.notes import load_figures, load_sources
from ucj_data.present.plots.style import (
    PRIMARY,
    SECONDARY,
    finish,
    legend_above,
    new_figure,
    sentence_items,
    value_label,
)
from ucj_data.provenance import ids_in, reported_until
from ucj_data.text.dates import period_text
from ucj_data.text.numbers import format_rupiah, rupiah_formatter


def benefits_chart(
    claims: pd.DataFrame,
    regions: pd.DataFrame | None = None,
    sources: pd.DataFrame | None = None,
    lang: str = "id",
    *,
    figures: pd.DataFrame | None = None,
) -> Figure:
    """Claim benefits per recipient and per active participant, two bars per region.

    ``claims``: the claim_benefits table (ucj_data.analysis.claims), one group of bars per row
    (region and period). A missing value draws no bar; rows missing both are left out.
    Bars are labelled in Rupiah ('Rp12,4 juta'). ``figures``: the figures table the source
    note looks the rows' figure_ids up in (default the package's).
    """
    check_lang(lang)
    columns = ("benefit_per_recipient_idr", "benefit_per_active_participant_idr")
    require(claims, ("region_code", "period", *columns), "claims")
    data = claims.dropna(subset=list(columns), how="all")
    if data.empty:
        raise ValueError(
            "claims has no row with a benefit per recipient or per active participant to draw"
        )
    names = region_names(regions, claims)
    n = len(data)
    fig = new_figure(max(6, 1.8 + 1.9 * n), 4.8)
    ax = fig.add_subplot()
    width = 0.38
    x = np.arange(n)
    top = 0.0
    for offset, column, colour, key in (
        (-width / 2, columns[0], PRIMARY, "per_recipient"),
        (width / 2, columns[1], SECONDARY, "per_active"),
    ):
        values = data[column].astype(float).to_numpy()
        keep = ~np.isnan(values)
        ax.bar(x[keep] + offset, values[keep], width=width, color=colour, label=tr(lang, key))
        for xi, v in zip(x[keep], values[keep], strict=True):
            value_label(ax, xi + offset, v, format_rupiah(v, lang=lang))
        top = max(top, np.nanmax(values) if keep.any() else 0.0)
    alt_items = []
    for _, row in data.iterrows():
        values = [
            tr(
                lang,
                "ben_alt_recipient" if c == columns[0] else "ben_alt_active",
                v=format_rupiah(row[c], lang=lang),
            )
            for c in columns
            if not missing(row[c])
        ]
        alt_items.append(
            tr(
                lang,
                "ben_alt_item",
                region=region_name(row["region_code"], names),
                period=period_text(row["period"], lang),
                values=TEXT[lang]["and"].join(values),
            )
        )
    # a year reported before it ended is year to date: say up to when
    figures = load_figures() if figures is None else figures
    cited = load_sources() if sources is None else sources
    ticks = []
    for r, p, ids in zip(data["region_code"], data["period"],
                         data.get("figure_ids", pd.Series([None] * n, index=data.index)),
                         strict=True):
        until = reported_until(p, ids, figures, cited) if not missing(ids) else None
        when = period_text(p, lang) + (
            "\n" + tr(lang, "ytd", date=period_text(until, lang)) if until else "")
        ticks.append(f"{region_name(r, names)}\n{when}")
    ax.set_xticks(x, ticks)
    ax.set_xlim(-0.7, n - 0.3)
    ax.set_ylim(0, top * 1.15 if top > 0 else 1)
    ax.yaxis.set_major_formatter(rupiah_formatter(lang))
    # above the plot, where no bar or value label can reach, whatever the values
    legend_above(ax, ncols=2)
    return finish(
        fig,
        ax,
        title=tr(lang, "ben_title"),
        xlabel=tr(lang, "ben_x"),
        ylabel=tr(lang, "ben_y"),
        figure_ids=ids_in(data),
        figures=figures,
        sources=sources,
        lang=lang,
        alt=tr(lang, "ben_alt", items=sentence_items(alt_items)),
        grid="y",
    )
