"""Yearly contribution cost per case and package."""

from __future__ import annotations

import re
import textwrap
from dataclasses import dataclass

import pandas as pd
from matplotlib.figure import Figure
from matplotlib.patches import Patch
from matplotlib.ticker import MaxNLocator

from ucj_data.present.plots.labels import (
    bounds,
    check_lang,
    missing,
    package_label,
    region_name,
    region_names,
    require,
    tr,
)
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
from ucj_data.text.dates import period_text
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
        kind=tr(lang, kind) if kind in CASE_KINDS else kind.replace("_", " "),
        period=period_text(row["period"], lang),
    )


def _case_tick(row: pd.Series, label: str, lang: str) -> str:
    """The case label wrapped for the axis, with the number of workers below it."""
    # a line break never splits the period in brackets ('(3 Nov 2025)')
    kept = re.sub(r"\([^)]*\)", lambda m: m.group().replace(" ", "\u00a0"), label)
    text = "\n".join(textwrap.wrap(kept, width=34)).replace("\u00a0", " ") or label
    if "workers" in row.index and not missing(row["workers"]):
        text += "\n" + tr(lang, "workers", n=format_number(row["workers"], lang=lang))
    return text


@dataclass(frozen=True)
class _BarLayout:
    """Where each package's bar sits in a panel and its colour, the same in every panel."""

    height: float
    offsets: dict[str, float]
    colours: dict[str, str]

    @classmethod
    def of(cls, packages: list[str]) -> _BarLayout:
        # the packages' bars share 0.8 of a panel's height, the first on top
        height = 0.8 / len(packages)
        top = (len(packages) - 1) / 2 * height
        return cls(height, {p: top - j * height for j, p in enumerate(packages)},
                   {p: PALETTE[j % len(PALETTE)] for j, p in enumerate(packages)})


def _default_label_col(budget: pd.DataFrame) -> str:
    """'case', else 'case_id'; 'case' where the table has neither (for require to name)."""
    return next((c for c in ("case", "case_id") if c in getattr(budget, "columns", ())), "case")


def _package_legend(row: pd.Series, lang: str) -> str:
    """The legend entry of a row's package: its programmes, and its monthly rate where
    the row has one."""
    legend = package_label(str(row["package"]), lang)
    if "rate_idr_per_month" in row.index and not missing(row["rate_idr_per_month"]):
        rate = format_rupiah(row["rate_idr_per_month"], lang=lang, compact=False)
        legend += f" ({rate}{tr(lang, 'per_month')})"
    return legend


def _draw_bar(ax, row: pd.Series, layout: _BarLayout, legend: str, lang: str) -> float:
    """One package's bar of a case, labelled in Rupiah; returns where its label goes (the
    upper end of its range where it has one)."""
    package = str(row["package"])
    cost, yi = float(row["yearly_cost_idr"]), layout.offsets[package]
    ax.barh(yi, cost, height=layout.height * 0.9, color=layout.colours[package], label=legend)
    spread = bounds(row, "yearly_cost_idr")
    if spread is not None:  # the range the rounded figures allow, as an error bar
        ax.errorbar(cost, yi, xerr=[[cost - spread[0]], [spread[1] - cost]],
                    fmt="none", ecolor=NOTE_GREY, elinewidth=1, capsize=3, gid="cost-range")
    end = spread[1] if spread else cost
    value_label(ax, end, yi, format_rupiah(cost, lang=lang), horizontal=True)
    return end


def _draw_case(ax, rows: pd.DataFrame, plain: str, layout: _BarLayout,
               legends: dict[str, str], lang: str) -> list[str]:
    """One case's panel: a bar per package on the panel's own cost scale, the case label
    ``plain`` as its tick. Adds each package first seen to ``legends`` (its first row
    writes its entry); returns the case's items for the alt text."""
    right, items = 0.0, []
    for _, row in rows.iterrows():
        package = str(row["package"])
        if package not in legends:
            legends[package] = _package_legend(row, lang)
        right = max(right, _draw_bar(ax, row, layout, legends[package], lang))
        cost = format_rupiah(float(row["yearly_cost_idr"]), lang=lang)
        items.append(f"{plain}, {package} {cost}")
    ax.set_yticks([0.0], [_case_tick(rows.iloc[0], plain, lang)], fontsize=8)
    ax.set_ylim(-0.5, 0.5)
    # room right of the longest bar for its label, on this panel's own scale
    ax.set_xlim(0, right * 1.3 or 1)
    ax.xaxis.set_major_locator(MaxNLocator(nbins=4))
    ax.xaxis.set_major_formatter(rupiah_formatter(lang))
    return items


def _package_legend_above(ax, packages: list[str], layout: _BarLayout,
                          legends: dict[str, str]) -> None:
    """One legend entry per package drawn, above the top panel."""
    handles = [Patch(color=layout.colours[p], label=legends[p]) for p in packages if p in legends]
    wide = sum(len(h.get_label()) for h in handles) > 90  # one row would not fit
    legend_above(ax, ncols=1 if wide else min(len(packages), 3), handles=handles,
                 labels=[h.get_label() for h in handles])


def budget_chart(
    budget: pd.DataFrame,
    regions: pd.DataFrame | None = None,
    sources: pd.DataFrame | None = None,
    lang: str = "id",
    label_col: str | None = None,
    *,
    figures: pd.DataFrame | None = None,
) -> Figure:
    """Yearly contribution cost per case and package: one panel of horizontal bars per case.

    ``budget``: a contribution_budget or budget_cases table (columns package,
    yearly_cost_idr and a case label column; workers and rate_idr_per_month are shown when
    present). ``label_col``: the column that tells the cases apart (default 'case', else
    'case_id'). A case is labelled '{region name}: {case kind} ({period})' from the columns
    region_code, case_kind and period where the table has them (a budget_cases table),
    else by the text of ``label_col`` as it is. Each case has its own panel with its own
    cost axis, so that a case of a few billion Rupiah stays visible beside one of a
    trillion (the axis label says each panel has its own scale). One colour per package,
    its programmes named in the legend; bars labelled in Rupiah ('Rp4,3 miliar'). Rows
    without yearly_cost_idr are left out. ``figures``: the figures table the source note
    looks the rows' figure_ids up in (default the package's).
    """
    check_lang(lang)
    if label_col is None:
        label_col = _default_label_col(budget)
    require(budget, (label_col, "package", "yearly_cost_idr"), "budget")
    data = budget[budget["yearly_cost_idr"].notna()]
    if data.empty:
        raise ValueError("budget has no row with a yearly_cost_idr to draw")
    names = region_names(regions, budget)
    cases = list(dict.fromkeys(data[label_col].astype(str)))
    packages = list(dict.fromkeys(data["package"].astype(str)))
    panel = 0.75 + 0.38 * len(packages)
    fig = new_figure(9, 1.5 + panel * len(cases))
    axes = list(fig.subplots(len(cases), 1, sharex=False, squeeze=False)[:, 0])
    layout = _BarLayout.of(packages)
    legends: dict[str, str] = {}
    alt_items = []
    for ax, case in zip(axes, cases, strict=True):
        rows = data[data[label_col].astype(str) == case]
        plain = case_label(rows.iloc[0], label_col, names, lang)
        alt_items += _draw_case(ax, rows, plain, layout, legends, lang)
    _package_legend_above(axes[0], packages, layout, legends)
    # several panels share one y label on the figure and say each has its own scale
    many = len(cases) > 1
    fig = finish(
        fig,
        axes if many else axes[0],
        title=tr(lang, "bud_title"),
        xlabel=tr(lang, "bud_scale" if many else "bud_x"),
        ylabel="" if many else tr(lang, "bud_y"),
        figure_ids=ids_in(data),
        figures=figures,
        sources=sources,
        lang=lang,
        alt=tr(lang, "bud_alt", items=sentence_items(alt_items)),
        grid="x",
    )
    if many:
        fig.supylabel(tr(lang, "bud_y"), fontsize=10)
    return fig
