"""Yearly contribution cost per case and package."""

from __future__ import annotations

import textwrap

import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from ucj_data.present.plots.labels import (
    bounds,
    check_lang,
    missing,
    region_name,
    region_names,
    require,
    tr,
)
from ucj_data.present.plots.notes import period_text
from ucj_data.present.plots.style import (
    NOTE_GREY,
    PALETTE,
    finish,
    legend_above,
    new_figure,
    sentence_items,
    value_label,
)
from ucj_data.provenance import ids_in
from ucj_data.text.numbers import format_number, format_rupiah, rupiah_formatter

# the columns a budget_cases row describes its case by, and the case kinds it names
CASE_COLUMNS = ("region_code", "case_kind", "period")
CASE_KINDS = ("vulnerable_funded", "uncovered")


def case_label(row: pd.Series, label_col: str, names: dict[str, str], lang: str) -> str:
    """The label of a case: '{region}: {kind} ({period})' from a budget_cases row's
    region_code, case_kind and period; the text of ``label_col`` as it is where the row
    lacks one of them (a contribution_budget frame with a case column)."""
    if not all(c in row.index and not missing(row[c]) for c in CASE_COLUMNS):
        return str(row[label_col])
    kind = str(row["case_kind"])
    return tr(
        lang,
        "case",
        region=region_name(row["region_code"], names),
        kind=tr(lang, kind) if kind in CASE_KINDS else kind,
        period=period_text(row["period"], lang),
    )


def _case_tick(row: pd.Series, label: str, lang: str) -> str:
    """The case label wrapped for the axis, with the number of workers below it."""
    text = "\n".join(textwrap.wrap(label, width=34)) or label
    if "workers" in row.index and not missing(row["workers"]):
        text += "\n" + tr(lang, "workers", n=format_number(row["workers"], lang=lang))
    return text


def budget_chart(
    budget: pd.DataFrame,
    regions: pd.DataFrame | None = None,
    sources: pd.DataFrame | None = None,
    lang: str = "id",
    label_col: str | None = None,
    *,
    figures: pd.DataFrame | None = None,
) -> Figure:
    """Yearly contribution cost per case and package: grouped horizontal bars.

    ``budget``: a contribution_budget or budget_cases table (columns package,
    yearly_cost_idr and a case label column; workers and rate_idr_per_month are shown when
    present). ``label_col``: the column that tells the cases apart (default 'case', else
    'case_id'). A case is labelled '{region name}: {case kind} ({period})' from the columns
    region_code, case_kind and period where the table has them (a budget_cases table),
    else by the text of ``label_col`` as it is. One colour per package; bars labelled in
    Rupiah ('Rp4,3 miliar'). Rows without yearly_cost_idr are left out. ``figures``: the
    figures table the source note looks the rows' figure_ids up in (default the package's).
    """
    check_lang(lang)
    if label_col is None:
        label_col = next(
            (c for c in ("case", "case_id") if c in getattr(budget, "columns", ())), "case"
        )
    require(budget, (label_col, "package", "yearly_cost_idr"), "budget")
    data = budget[budget["yearly_cost_idr"].notna()]
    if data.empty:
        raise ValueError("budget has no row with a yearly_cost_idr to draw")
    names = region_names(regions, budget)
    cases = list(dict.fromkeys(data[label_col].astype(str)))
    packages = list(dict.fromkeys(data["package"].astype(str)))
    n_cases, n_packages = len(cases), len(packages)
    fig = new_figure(9, max(3.2, 1.9 + 0.45 * n_cases * n_packages + 0.3 * n_cases))
    ax = fig.add_subplot()
    height = 0.8 / n_packages
    centres = np.arange(n_cases)[::-1].astype(float)
    case_pos = dict(zip(cases, centres, strict=True))
    labels, alt_items = {}, []
    for j, package in enumerate(packages):
        rows = data[data["package"].astype(str) == package]
        offset = (n_packages - 1) / 2 * height - j * height
        ys = np.array([case_pos[c] + offset for c in rows[label_col].astype(str)])
        costs = rows["yearly_cost_idr"].astype(float).to_numpy()
        legend = package
        if "rate_idr_per_month" in rows.columns and rows["rate_idr_per_month"].notna().any():
            rate = rows["rate_idr_per_month"].dropna().iloc[0]
            legend += f" ({format_rupiah(rate, lang=lang, compact=False)}{tr(lang, 'per_month')})"
        ax.barh(ys, costs, height=height * 0.9, color=PALETTE[j % len(PALETTE)], label=legend)
        for (_, row), yi, cost in zip(rows.iterrows(), ys, costs, strict=True):
            spread = bounds(row, "yearly_cost_idr")
            if spread is not None:  # the range the rounded figures allow, as an error bar
                ax.errorbar(cost, yi, xerr=[[cost - spread[0]], [spread[1] - cost]],
                            fmt="none", ecolor=NOTE_GREY, elinewidth=1, capsize=3,
                            gid="cost-range")
            value_label(ax, spread[1] if spread else cost, yi,
                        format_rupiah(cost, lang=lang), horizontal=True)
            case = str(row[label_col])
            if case not in labels:
                plain = case_label(row, label_col, names, lang)
                labels[case] = (plain, _case_tick(row, plain, lang))
            alt_items.append(f"{labels[case][0]}, {package} {format_rupiah(cost, lang=lang)}")
    ax.set_yticks(centres, [labels[c][1] for c in cases], fontsize=8)
    ax.set_xlim(0, data["yearly_cost_idr"].max() * 1.25 or 1)
    ax.xaxis.set_major_locator(MaxNLocator(nbins=4))
    ax.xaxis.set_major_formatter(rupiah_formatter(lang))
    legend_above(ax, ncols=min(n_packages, 3))
    return finish(
        fig,
        ax,
        title=tr(lang, "bud_title"),
        xlabel=tr(lang, "bud_x"),
        ylabel=tr(lang, "bud_y"),
        figure_ids=ids_in(data),
        figures=figures,
        sources=sources,
        lang=lang,
        alt=tr(lang, "bud_alt", items=sentence_items(alt_items)),
        grid="x",
    )
