"""Workers to enrol each year, one panel per scenario; and the scenario labels that the
coverage path chart shares."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from ucj_data.analysis.projections import SCENARIO
from ucj_data.present.plots.labels import (
    TEXT,
    check_lang,
    missing,
    region_name,
    region_names,
    require,
    tr,
)
from ucj_data.present.plots.style import (
    PALETTE,
    count_formatter,
    finish,
    is_bottom,
    new_figure,
    sentence_items,
    year_formatter,
)
from ucj_data.provenance import ids_in
from ucj_data.text.numbers import format_number, format_pct_compact
from ucj_data.text.units import whole_workers


def _fraction_pct(value, lang: str) -> str:
    return format_pct_compact(float(value) * 100, lang=lang)


def scenario_labels(params: pd.DataFrame, lang: str) -> list[str]:
    """Readable labels of scenarios (one row each) from the parameters that vary.

    When nothing varies (one scenario) every parameter is named.
    """
    varying = [c for c in params.columns if params[c].nunique(dropna=False) > 1]
    shown = varying or list(params.columns)
    return [", ".join(_label_parts({c: row[c] for c in shown if not missing(row[c])}, lang))
            for _, row in params.iterrows()]


# scenario columns that hold a rate as a fraction (0.05: 5%), and the text naming each
_RATES = (("workforce_growth", "growth"), ("churn", "churn"))


def _label_parts(given: dict, lang: str) -> list[str]:
    """The parts of one scenario's label from ``given``, its parameters shown that have a
    value: the target, the rates, the path, then any other scenario column as is."""
    target = _target_part(given.get("target_pct"), given.get("target_year"), lang)
    parts = [target] if target else []
    parts += [tr(lang, key, x=_fraction_pct(given[column], lang))
              for column, key in _RATES if column in given]
    if "path" in given:
        path = given["path"]
        parts.append(TEXT[lang].get(f"path_{path}", str(path).replace("_", " ")))
    return parts + [str(value) for column, value in given.items() if column not in SCENARIO]


def _target_part(pct, year, lang: str) -> str | None:
    """The target of a scenario: its percentage by its year, or the one of them it has
    (None: neither)."""
    pct = None if pct is None else format_pct_compact(float(pct), lang=lang)
    year = None if year is None else f"{int(year)}"
    if pct and year:
        return tr(lang, "target_by", pct=pct, year=year)
    if pct:
        return tr(lang, "target_only", x=pct)
    return tr(lang, "target_year", x=year) if year else None


def scenarios(
    rows: pd.DataFrame,
    value_col: str,
    lang: str,
    scenario_col: str | None = None,
    label_single: bool = True,
) -> list[tuple[str, pd.DataFrame]]:
    """(label, rows sorted by year) per distinct scenario, ordered by its parameters.

    Scenarios are the groups of ``scenario_col`` (labelled by its values) or of the scenario
    columns present (labelled by the parameters that vary). A scenario whose (year,
    ``value_col``) series equals an earlier one's is dropped (e.g. path 'official' in a
    region without official targets), so it is drawn once and labelled by what still
    varies. With one scenario left the label is '' unless ``label_single``.
    """
    if rows.empty:
        return []
    keys = [scenario_col] if scenario_col is not None else [c for c in SCENARIO if c in rows]
    groups = (
        [group.sort_values("year") for _, group in rows.groupby(keys, sort=True, dropna=False)]
        if keys
        else [rows.sort_values("year")]
    )
    kept, seen = [], set()
    for group in groups:
        series = tuple(
            zip(group["year"].astype(int), group[value_col].astype(float).round(6), strict=True)
        )
        if series not in seen:
            seen.add(series)
            kept.append(group)
    if not keys or (len(kept) == 1 and not label_single):
        labels = [""] * len(kept)
    elif scenario_col is not None:
        labels = [str(group[scenario_col].iloc[0]) for group in kept]
    else:
        params = pd.DataFrame([group[keys].iloc[0] for group in kept]).reset_index(drop=True)
        labels = scenario_labels(params, lang)
    return list(zip(labels, kept, strict=True))


def region_rows(frame: pd.DataFrame, region_code) -> pd.DataFrame:
    """The rows of ``frame`` for ``region_code``."""
    return frame[frame["region_code"].astype(str) == str(region_code)]


def enrolment_chart(
    projection: pd.DataFrame,
    region_code: str,
    scenario_col: str | None = None,
    regions: pd.DataFrame | None = None,
    sources: pd.DataFrame | None = None,
    lang: str = "id",
    *,
    figures: pd.DataFrame | None = None,
) -> Figure:
    """Workers to enrol each year (enrol_gross) in one region, one panel per scenario.

    Small multiples with shared axes, one bar per year, each panel titled by the scenario
    parameters that differ between the scenarios ("target 2029, churn 5%") and giving the
    total over its years. Totals and the alt text's highest year are whole workers rounded
    up (ucj_data.text.units.whole_workers); when every year needs the same number of
    workers the alt text says so instead of naming a highest year. Scenarios are the
    distinct combinations of the projection's scenario columns
    (ucj_data.analysis.projections.SCENARIO), or the values of
    ``scenario_col`` if given. Rows without enrol_gross are left out. ``figures``: the
    figures table the source note looks the rows' figure_ids up in (default the
    package's). Raises ValueError if the projection has no row for ``region_code``.
    """
    check_lang(lang)
    require(projection, ("region_code", "year", "enrol_gross"), "projection")
    rows = region_rows(projection, region_code)
    rows = rows[rows["enrol_gross"].notna()]
    if rows.empty:
        known = ", ".join(sorted(projection["region_code"].dropna().astype(str).unique()))
        raise ValueError(
            f"projection has no enrol_gross for region {region_code!r}; "
            f"regions in it: {known or 'none'}"
        )
    region = region_name(region_code, region_names(regions, projection))
    if scenario_col is not None:
        require(projection, (scenario_col,), "projection")
    panels = scenarios(rows, "enrol_gross", lang, scenario_col)
    n = len(panels)
    ncols = 1 if n == 1 else 2
    nrows = math.ceil(n / ncols)
    fig = new_figure(7 if ncols == 1 else 10, 1.6 + 2.3 * nrows)
    grid = fig.subplots(nrows, ncols, sharex=True, sharey=True, squeeze=False)
    axes = list(grid.ravel())
    for extra in axes[n:]:
        fig.delaxes(extra)
    axes = axes[:n]
    alt_items = []
    for i, (ax, (label, group)) in enumerate(zip(axes, panels, strict=True)):
        years = group["year"].astype(int).to_numpy()
        values = group["enrol_gross"].astype(float).to_numpy()
        ax.bar(years, values, width=0.8, color=PALETTE[i % len(PALETTE)])
        if label:
            ax.set_title(label, loc="left", fontsize=9)
        # workers to enrol are whole workers, rounded up (the one rule, whole_workers): the
        # total of the unrounded years, and each year's value to find the highest
        total = format_number(whole_workers(float(values.sum())), lang=lang)
        shown = np.array([whole_workers(float(v)) for v in values])
        ax.text(
            0.98,
            0.95,
            tr(lang, "total", y0=years.min(), y1=years.max(), n=total),
            transform=ax.transAxes,
            ha="right",
            va="top",
            fontsize=8,
            bbox={"facecolor": "white", "edgecolor": "none", "pad": 1, "alpha": 0.8},
        )
        ax.xaxis.set_major_locator(MaxNLocator(integer=True, nbins=8))
        ax.xaxis.set_major_formatter(year_formatter())
        ax.yaxis.set_major_formatter(count_formatter(lang))
        if is_bottom(ax, axes):  # sharex hides tick labels above a removed panel
            ax.xaxis.set_tick_params(labelbottom=True)
        peak = int(np.argmax(shown))
        alt_items.append(
            tr(
                lang,
                "enr_alt_same" if (shown == shown[peak]).all() else "enr_alt_item",
                label=f"{label}: " if label else "",
                total=total,
                y0=years.min(),
                y1=years.max(),
                peak=format_number(shown[peak], lang=lang),
                peak_year=years[peak],
            )
        )
    return finish(
        fig,
        axes,
        title=tr(lang, "enr_title", region=region),
        xlabel=tr(lang, "year"),
        ylabel=tr(lang, "enr_y"),
        figure_ids=ids_in(rows),
        figures=figures,
        sources=sources,
        lang=lang,
        alt=tr(lang, "enr_alt", region=region, n=n, items=sentence_items(alt_items)),
        grid="y",
    )
