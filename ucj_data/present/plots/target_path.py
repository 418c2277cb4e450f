"""The coverage path a region needs, against its official targets."""

from __future__ import annotations

import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator, MultipleLocator

from ucj_data.present.plots.enrolment import region_rows, scenarios
from ucj_data.present.plots.labels import check_lang, region_name, region_names, require, tr
from ucj_data.present.plots.style import (
    PALETTE,
    TARGET,
    finish,
    keep_inside,
    new_figure,
    pct_formatter,
    year_formatter,
)
from ucj_data.provenance import ids_in
from ucj_data.text.numbers import format_pct_compact


def _path_start(rows: pd.DataFrame) -> tuple[int, float] | None:
    """(base year, coverage at the base) of the region's paths, else None.

    Projection rows start the year after the base; the base is known from the first of
    them: C0 = covered - newly_covered, W0 = workforce / (1 + workforce_growth), so the
    line can start at the observation (or, base_method 'official_target', the target) it
    is projected from.
    """
    need = ("base_year", "covered", "newly_covered", "workforce", "workforce_growth")
    if rows.empty or any(c not in rows for c in need):
        return None
    first = rows.sort_values("year").iloc[0]
    w0 = float(first["workforce"]) / (1 + float(first["workforce_growth"]))
    if not w0 > 0:
        return None
    c0 = float(first["covered"]) - float(first["newly_covered"])
    return int(first["base_year"]), 100 * c0 / w0


def target_path_chart(
    projection: pd.DataFrame,
    official: pd.DataFrame,
    region_code: str,
    regions: pd.DataFrame | None = None,
    sources: pd.DataFrame | None = None,
    lang: str = "id",
    *,
    figures: pd.DataFrame | None = None,
) -> Figure:
    """The coverage path a region needs (lines) against its official targets (markers).

    ``projection``: the projection table; its rows for ``region_code`` give one line of
    coverage_pct by year per distinct path (scenarios that differ only in churn or growth
    share a path and are drawn once, labelled by what differs). ``official``: the
    official_targets table; its target_coverage_pct by year are the labelled markers.
    ``figures``: the figures table the source note looks the rows' figure_ids up in
    (default the package's). Raises ValueError if neither table has data for the region.
    """
    check_lang(lang)
    require(projection, ("region_code", "year", "coverage_pct"), "projection")
    require(official, ("region_code", "year", "target_coverage_pct"), "official")
    rows = region_rows(projection, region_code)
    rows = rows[rows["coverage_pct"].notna()]
    marks = region_rows(official, region_code)
    marks = marks[marks["target_coverage_pct"].notna()].sort_values("year")
    if rows.empty and marks.empty:
        raise ValueError(f"neither projection nor official has coverage for region {region_code!r}")
    region = region_name(region_code, region_names(regions, projection))
    lines = scenarios(rows, "coverage_pct", lang, label_single=False)
    fig = new_figure(8, 4.8)
    ax = fig.add_subplot()
    alt_lines = []
    start = _path_start(rows)
    for i, (label, group) in enumerate(lines):
        years = group["year"].astype(int).to_numpy()
        pct = group["coverage_pct"].astype(float).to_numpy()
        if start is not None and years[0] == start[0] + 1:  # draw the path from its base
            years, pct = np.r_[start[0], years], np.r_[start[1], pct]
        ax.plot(
            years,
            pct,
            color=PALETTE[i % len(PALETTE)],
            linewidth=2,
            label=f"{tr(lang, 'required')}: {label}" if label else tr(lang, "required"),
        )
        alt_lines.append(
            tr(
                lang,
                "path_alt_line",
                label=f"{label}: " if label else "",
                p0=format_pct_compact(pct[0], lang=lang),
                y0=years[0],
                p1=format_pct_compact(pct[-1], lang=lang),
                y1=years[-1],
            )
        )
    if start is not None and "base_method" in rows and (rows["base_method"] == "reported").all():
        # the observation the paths start from, apart from the targets it may fall short of
        ax.scatter([start[0]], [start[1]], marker="o", s=36, color="black", zorder=4,
                   label=tr(lang, "observed"), gid="observed-base")
    official_items, target_labels = [], []
    if not marks.empty:
        years = marks["year"].astype(int).to_numpy()
        pct = marks["target_coverage_pct"].astype(float).to_numpy()
        ax.scatter(
            years,
            pct,
            marker="D",
            s=40,
            color=TARGET,
            zorder=3,
            label=tr(lang, "official"),
            gid="official-targets",
        )
        for year, p in zip(years, pct, strict=True):
            text = format_pct_compact(p, lang=lang)
            target_labels.append(ax.annotate(
                text,
                (year, p),
                xytext=(-6, 6),
                textcoords="offset points",
                ha="right",
                va="bottom",
                fontsize=9,
                color=TARGET,
                gid="official-target-label",
            ))
            official_items.append(f"{text} ({year})")
    ax.set_ylim(0, 105)
    ax.yaxis.set_major_locator(MultipleLocator(20))
    ax.yaxis.set_major_formatter(pct_formatter(lang))
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.xaxis.set_major_formatter(year_formatter())
    ax.legend(loc="lower right", frameon=False, fontsize=8)
    alt = tr(
        lang,
        "path_alt",
        region=region,
        lines=(", " + "; ".join(alt_lines)) if alt_lines else "",
        official=(
            tr(lang, "path_alt_official", items=", ".join(official_items))
            if official_items
            else ""
        ),
    )
    fig = finish(
        fig,
        ax,
        title=tr(lang, "path_title", region=region),
        xlabel=tr(lang, "year"),
        ylabel=tr(lang, "path_y"),
        figure_ids=[*ids_in(rows), *ids_in(marks)],
        figures=figures,
        sources=sources,
        lang=lang,
        alt=alt,
    )
    # a target at the left edge (the base year) gets its label below right of it, off the
    # y-axis
    keep_inside(fig, ax, target_labels)
    return fig
