"""Coverage of each region against the target, with the gap still to close."""

from __future__ import annotations

import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.ticker import MultipleLocator
from matplotlib.transforms import blended_transform_factory

from ucj_data.parameters import PARAMETERS, default
from ucj_data.present.plots.labels import (
    bounds,
    check_lang,
    missing,
    region_name,
    region_names,
    require,
    tr,
)
from ucj_data.present.plots.style import (
    GAP_EDGE,
    PRIMARY,
    TARGET,
    finish,
    legend_above,
    new_figure,
    pct_formatter,
    sentence_items,
)
from ucj_data.provenance import ids_in
from ucj_data.text.dates import date_text, period_text
from ucj_data.text.numbers import format_number, format_pct_compact


def coverage_chart(
    coverage: pd.DataFrame,
    target_pct: float = default("target_pct"),
    regions: pd.DataFrame | None = None,
    sources: pd.DataFrame | None = None,
    lang: str = "id",
    *,
    figures: pd.DataFrame | None = None,
) -> Figure:
    """Coverage of each region against the target, with the workers still to enrol.

    One horizontal bar per region with a coverage_pct (regions without one are left out),
    highest first; the gap up to ``target_pct`` is hatched and labelled with
    ``workers_to_target``; a dashed vertical line marks the target. ``coverage``: the
    ``coverage`` table (ucj_data.coverage). ``figures``: the figures table the source note
    looks the rows' figure_ids up in (default the package's). Raises ValueError if its
    target_pct column differs from ``target_pct`` (its workers_to_target would refer to
    another target).
    """
    check_lang(lang)
    require(coverage, ("region_code", "period", "coverage_pct", "workers_to_target"), "coverage")
    target_pct = _target_of(coverage, target_pct)
    data = coverage[coverage["coverage_pct"].notna()]
    if data.empty:
        raise ValueError("coverage has no row with a coverage_pct to draw")
    data = data.sort_values("coverage_pct", ascending=False, kind="stable")
    names = region_names(regions, coverage)
    n = len(data)
    fig = new_figure(8, max(3.2, 1.9 + 0.65 * n))
    ax = fig.add_subplot()
    y = np.arange(n)[::-1]
    pct = data["coverage_pct"].astype(float).to_numpy()
    gap = np.clip(target_pct - pct, 0, None)
    ax.barh(y, pct, height=0.6, color=PRIMARY, label=tr(lang, "covered"))
    ax.barh(
        y,
        gap,
        left=pct,
        height=0.6,
        color="white",
        edgecolor=GAP_EDGE,
        hatch="///",
        linewidth=0.8,
        label=tr(lang, "gap"),
    )
    target_text = format_pct_compact(target_pct, lang=lang)
    ax.axvline(target_pct, color=TARGET, linestyle="--", linewidth=1.3, gid="target-line")
    ax.text(
        target_pct,
        1.01,
        tr(lang, "target", pct=target_text),
        color=TARGET,
        fontsize=9,
        ha="right",
        va="bottom",
        transform=blended_transform_factory(ax.transData, ax.transAxes),
    )
    alt_items = []
    for yi, p, g, (_, row) in zip(y, pct, gap, data.iterrows(), strict=True):
        gap_text, gap_alt = _gap_texts(row, lang)
        pct_text = format_pct_compact(p, lang=lang)
        _label_bar(ax, yi, p, g, pct_text, gap_text)
        alt_items.append(
            tr(
                lang,
                "cov_alt_item",
                region=region_name(row["region_code"], names),
                pct=pct_text,
                period=date_text(row["period"], lang) or str(row["period"]),
                gap=gap_alt,
            ).rstrip(", ")
        )
    ax.set_yticks(
        y,
        [
            f"{region_name(r, names)}\n{period_text(p, lang)}"
            for r, p in zip(data["region_code"], data["period"], strict=True)
        ],
    )
    ax.set_xlim(0, 100)
    ax.xaxis.set_major_locator(MultipleLocator(20))
    ax.xaxis.set_major_formatter(pct_formatter(lang))
    ax.set_ylim(-0.6, n - 0.4)
    legend_above(ax, ncols=2)
    return finish(
        fig,
        ax,
        title=tr(lang, "cov_title"),
        xlabel=tr(lang, "cov_x"),
        ylabel=tr(lang, "cov_y"),
        figure_ids=ids_in(data),
        figures=figures,
        sources=sources,
        lang=lang,
        alt=tr(lang, "cov_alt", target=target_text, items=sentence_items(alt_items)),
        grid="x",
    )


def _target_of(coverage: pd.DataFrame, target_pct) -> float:
    """``target_pct`` checked; ValueError when the coverage table was computed for another
    target (its workers_to_target would refer to that one)."""
    target_pct = PARAMETERS["target_pct"].check(target_pct)
    if "target_pct" in coverage.columns:
        other = pd.to_numeric(coverage["target_pct"], errors="coerce").dropna()
        if (abs(other - target_pct) > 1e-9).any():
            raise ValueError(
                f"coverage was computed for target_pct {other.iloc[0]!r}, not "
                f"{target_pct!r}; pass target_pct={other.iloc[0]!r} or recompute "
                f"the coverage table"
            )
    return target_pct


def _gap_texts(row, lang: str) -> tuple[str, str]:
    """The label of a region's gap and its words in the alt text: the workers still to
    enrol (as a range where the rounded figures allow one), 'reached', or none."""
    to_go = row["workers_to_target"]
    if missing(to_go):
        return "", ""
    if to_go <= 0:
        return tr(lang, "reached"), tr(lang, "reached")
    count = format_number(to_go, lang=lang)
    spread = bounds(row, "workers_to_target")
    if spread is not None:  # what the rounded figures allow, not one number
        count = "\u2013".join(format_number(v, lang=lang) for v in spread)
    return tr(lang, "to_target", n=count), tr(lang, "cov_alt_gap", n=count)


def _after(ax, x: float, y: float, text: str) -> None:
    """A label left-aligned at ``x``, on a white box so that it reads over the hatching."""
    ax.text(x, y, text, ha="left", va="center", fontsize=9,
            bbox={"facecolor": "white", "edgecolor": "none", "pad": 1})


def _label_bar(ax, y: float, pct: float, gap: float, pct_text: str, gap_text: str) -> None:
    """A bar's coverage and gap labels: inside a long enough bar (the gap's after it when
    the gap is wide, else at the bar's start), both after a short one."""
    if pct < 12:
        _after(ax, pct + 1, y, pct_text + (f" \u00b7 {gap_text}" if gap_text else ""))
        return
    ax.text(pct - 1, y, pct_text, color="white", ha="right", va="center", fontsize=9,
            fontweight="bold")
    if gap_text and gap >= 30:
        _after(ax, pct + 1.5, y, gap_text)
    elif gap_text:  # a narrow gap: the label goes inside the bar, at its start
        ax.text(1.5, y, gap_text, color="white", ha="left", va="center", fontsize=9)
