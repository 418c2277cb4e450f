"""The house style: colours, figures, the finishing block every chart ends with, alt text,
legends, value labels and tick formatters.

Every chart ends with :func:`finish`: title, axis labels, grid, spines, the source note strip
and the alt text, in that one place.
"""

from __future__ import annotations

import base64
import io
import textwrap
from collections.abc import Iterable, Sequence

import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter

from ucj_data.present.plots.notes import source_note
from ucj_data.text.numbers import format_number, format_pct
from ucj_data.text.units import value_formatter

# House colours (colour-blind safe pairs: blue / orange).
PRIMARY = "#1b6ca8"
SECONDARY = "#f28e2b"
TARGET = "#c0392b"
NOTE_GREY = "#666666"
GRID_GREY = "#dddddd"
GAP_EDGE = "#9a9a9a"
PALETTE = ("#1b6ca8", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#b07aa1", "#9c755f", "#edc948")


def new_figure(width: float, height: float) -> Figure:
    """A white figure of ``width`` x ``height`` inches with constrained layout (no pyplot)."""
    return Figure(figsize=(width, height), layout="constrained", facecolor="white")


# --------------------------------------------------------------------------------------------
# the finishing block
# --------------------------------------------------------------------------------------------


def finish(
    fig: Figure,
    axes,
    *,
    title: str,
    xlabel: str,
    ylabel: str,
    figure_ids: Iterable[str] | str | None,
    figures: pd.DataFrame | None,
    sources: pd.DataFrame | None,
    lang: str,
    alt: str,
    grid: str = "both",
) -> Figure:
    """Finish a chart: the house style (:func:`house_style`) with the source note of
    ``figure_ids`` (:func:`~ucj_data.present.plots.notes.source_note`, looked up in
    ``figures`` and ``sources``), and the alt text ``alt`` (:func:`with_alt`). Returns
    ``fig``."""
    note = source_note(figure_ids, figures=figures, sources=sources, lang=lang)
    house_style(fig, axes, title, xlabel, ylabel, note, grid=grid)
    fig.chart_title = " ".join(title.split())  # the report's caption of the chart
    return with_alt(fig, alt)


def house_style(
    fig: Figure, ax, title: str, xlabel: str, ylabel: str, source: str, grid: str = "both"
) -> None:
    """Apply the house style to ``ax`` (one Axes or a sequence of them, small multiples).

    Title at the top left, axis labels (for small multiples on the bottom row and left
    column only), a light grid along ``grid`` ('x', 'y' or 'both'), no top/right spines, and
    the source note in small grey text at the bottom left, with room kept for it.
    """
    axes = list(np.ravel(ax)) if isinstance(ax, Sequence | np.ndarray) else [ax]
    _heading(fig, title)
    for a in axes:
        _style_axes(a, axes, xlabel, ylabel, grid)
    _source_strip(fig, source)


def _heading(fig: Figure, title: str) -> None:
    """The title at the top left, bold; a title wider than the figure (a long region name)
    wraps to the figure's width."""
    heading = fig.suptitle(title, x=0.01, ha="left", fontsize=12, fontweight="bold")
    room, wide = 0.97 * fig.bbox.width, heading.get_window_extent().width
    if wide > room:
        chars = int(max(len(line) for line in title.split("\n")) * room / wide)
        heading.set_text("\n".join(textwrap.fill(line, width=max(20, chars))
                                   for line in title.split("\n")))


def _style_axes(a, axes: list, xlabel: str, ylabel: str, grid: str) -> None:
    """One of ``axes``: a light grid along ``grid``, no top/right spines, the x label on
    the bottom row and the y label on the left column (of small multiples)."""
    a.grid(True, axis=grid, color=GRID_GREY, linewidth=0.6)
    a.set_axisbelow(True)
    for side in ("top", "right"):
        a.spines[side].set_visible(False)
    spec = a.get_subplotspec()
    if len(axes) == 1 or spec is None or is_bottom(a, axes):
        a.set_xlabel(xlabel)
    if len(axes) == 1 or spec is None or spec.is_first_col():
        a.set_ylabel(ylabel)


def _source_strip(fig: Figure, source: str) -> None:
    """The source note in small grey text at the bottom left, wrapped to the figure's
    width, with the strip it takes kept free of the axes."""
    width, height = fig.get_size_inches()
    lines = textwrap.wrap(source, width=max(40, int(width * 17))) if source else []
    if lines:
        fig.text(
            0.01,
            0.01,
            "\n".join(lines),
            ha="left",
            va="bottom",
            fontsize=7,
            color=NOTE_GREY,
            gid="source-note",
        )
    # keep the bottom strip free for the note (constrained layout ignores fig.text)
    bottom = (0.06 + 0.13 * len(lines)) / height if lines else 0.0
    fig.get_layout_engine().set(rect=(0, bottom, 1, 1 - bottom))


def is_bottom(ax, axes) -> bool:
    """Whether no visible axes lies below ``ax`` in its column."""
    spec = ax.get_subplotspec()
    col, row = spec.colspan.start, spec.rowspan.stop
    return not any(
        o.get_subplotspec().colspan.start == col and o.get_subplotspec().rowspan.start >= row
        for o in axes
    )


def with_alt(fig: Figure, alt: str) -> Figure:
    """Store ``alt`` on the figure and make it display in Jupyter as a PNG with that alt text.

    IPython uses an object's ``_repr_mimebundle_``; figures made without pyplot have no
    other display hook. The alt text is read from ``fig.alt_text`` when displayed, so it can
    be changed afterwards.
    """
    fig.alt_text = alt

    def _repr_mimebundle_(include=None, exclude=None):
        buffer = io.BytesIO()
        fig.savefig(buffer, format="png", dpi=100)
        png = base64.b64encode(buffer.getvalue()).decode("ascii")
        data = {"image/png": png, "text/plain": fig.alt_text}
        if include:
            data = {k: v for k, v in data.items() if k in include}
        if exclude:
            data = {k: v for k, v in data.items() if k not in exclude}
        meta = {"alt": fig.alt_text}
        if getattr(fig, "chart_title", None):
            meta["title"] = fig.chart_title
        return data, {"image/png": meta}

    fig._repr_mimebundle_ = _repr_mimebundle_
    return fig


def sentence_items(items: list[str]) -> str:
    """The items of an alt text, in one sentence."""
    return "; ".join(items)


# --------------------------------------------------------------------------------------------
# legends and labels
# --------------------------------------------------------------------------------------------


def legend_above(ax, ncols: int, handles=None, labels=None) -> None:
    """Legend in one row just above the plot, left-aligned (constrained layout keeps room)."""
    given = () if handles is None else (handles, labels)
    ax.legend(
        *given,
        loc="lower left",
        bbox_to_anchor=(0, 1.01),
        ncols=ncols,
        frameon=False,
        fontsize=8,
        borderaxespad=0,
    )


def value_label(ax, x, y, text, horizontal: bool = False) -> None:
    """``text`` next to the end of a bar: to its right (``horizontal``) or above it."""
    offset, ha, va = ((3, 0), "left", "center") if horizontal else ((0, 2), "center", "bottom")
    ax.annotate(text, (x, y), xytext=offset, textcoords="offset points", ha=ha, va=va,
                fontsize=8)


def keep_inside(fig: Figure, ax, annotations, offset=(6, -6)) -> None:
    """Move each of ``annotations`` (offset annotations of ``ax``) that would reach past the
    left edge of ``ax`` (over the y-axis and its tick labels) to ``offset`` points below
    right of its point instead. Lays the figure out first (no pixels drawn)."""
    if not annotations:
        return
    fig.draw_without_rendering()
    left = ax.get_window_extent().x0
    for note in annotations:
        if note.get_window_extent().x0 < left:
            note.xyann = offset
            note.set_horizontalalignment("left")
            note.set_verticalalignment("top")


# --------------------------------------------------------------------------------------------
# tick formatters
# --------------------------------------------------------------------------------------------


def year_formatter() -> FuncFormatter:
    """Years without digit grouping ('2026', not '2.026')."""
    return FuncFormatter(lambda v, _pos=None: f"{v:.0f}" if float(v).is_integer() else "")


def count_formatter(lang: str) -> FuncFormatter:
    """Counts with the language's digit grouping ('400.000' / '400,000')."""
    return FuncFormatter(lambda v, _pos=None: format_number(v, lang=lang))


def pct_formatter(lang: str) -> FuncFormatter:
    """Whole percentages ('40%')."""
    return FuncFormatter(lambda v, _pos=None: format_pct(v, lang=lang, decimals=0))


def unit_formatter(unit: str, lang: str) -> FuncFormatter:
    """The tick formatter for a value axis of ``unit``: the unit's one writing rule
    (:func:`ucj_data.text.units.value_formatter`, compact Rupiah), counts for any other."""
    write = value_formatter(unit, lang, compact=True) or (lambda v: format_number(v, lang=lang))
    return FuncFormatter(lambda v, _pos=None: write(v))
