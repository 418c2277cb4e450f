"""Charts of the analyses, in one house style, in Indonesian or English.

Import it explicitly (``from ucj_data.present import plots``): ``import ucj_data`` does not import
matplotlib. Every chart function takes the analysis table it draws (column names as in
``ucj_data.metadata.fields``), ``regions`` (region_code, name; default None: the region codes are
shown), ``sources`` (the source table; default None: the package's sources) and
``lang`` ('id' or 'en': titles, labels, notes and number formats), and returns a
:class:`matplotlib.figure.Figure` built with the object API (no pyplot, so no global state
and nothing is shown unless asked; any backend, Agg included).

House style: a left-aligned title, axis labels with their units, a light grid, no top or
right spines, and a source note at the bottom left naming the outlets and event dates of the
figures the chart rests on (read from the table's ``figure_ids``). Every figure carries a
one-sentence alt text with its key numbers in ``fig.alt_text``, and shows itself in Jupyter
as a PNG with that alt text (``fig._repr_mimebundle_``).
"""

from __future__ import annotations

import base64
import datetime as dt
import io
import math
import re
import textwrap
from collections.abc import Iterable, Sequence
from numbers import Real

import numpy as np
import pandas as pd
from babel.dates import format_date
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter, MaxNLocator, MultipleLocator
from matplotlib.transforms import blended_transform_factory

from ucj_data.text.numbers import (
    MISSING,
    format_number,
    format_pct,
    format_rupiah,
    rupiah_formatter,
)

__all__ = [
    "benefits_chart",
    "sources_chart",
    "budget_chart",
    "coverage_chart",
    "enrolment_chart",
    "source_note",
    "target_path_chart",
]

LANGS = ("id", "en")
_LOCALES = {"id": "id_ID", "en": "en_US"}

# House colours (colour-blind safe pairs: blue / orange).
PRIMARY = "#1b6ca8"
SECONDARY = "#f28e2b"
TARGET = "#c0392b"
NOTE_GREY = "#666666"
GRID_GREY = "#dddddd"
GAP_EDGE = "#9a9a9a"
PALETTE = ("#1b6ca8", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#b07aa1", "#9c755f", "#edc948")

# The scenario parameters of the projection table (ucj_data.analysis.projections.SCENARIO); repeated
# here so that the charts do not import the analysis modules.
SCENARIO_COLUMNS = ("target_pct", "target_year", "workforce_growth", "churn", "path")

# Every word the charts print, once per language.
TEXT: dict[str, dict[str, str]] = {
    "id": {
        "source": "Sumber: ",
        "sources": "Sumber: ",
        "cov_title": "Cakupan BPJS Ketenagakerjaan per wilayah",
        "cov_x": "Cakupan (% pekerja)",
        "cov_y": "Wilayah (tanggal data)",
        "covered": "Peserta aktif",
        "gap": "Kekurangan menuju target",
        "target": "Target {pct}",
        "to_target": "{n} pekerja lagi",
        "reached": "target tercapai",
        "cov_alt": "Diagram batang horizontal cakupan BPJS Ketenagakerjaan terhadap target "
        "{target}: {items}.",
        "cov_alt_item": "{region} {pct} ({period}), {gap}",
        "cov_alt_gap": "perlu {n} pekerja lagi",
        "enr_title": "Pekerja yang perlu didaftarkan per tahun: {region}",
        "enr_y": "Pekerja didaftarkan per tahun",
        "year": "Tahun",
        "total": "total {y0}\u2013{y1}: {n}",
        "enr_alt": "Diagram batang pekerja yang perlu didaftarkan per tahun di {region} "
        "untuk {n} skenario: {items}.",
        "enr_alt_item": "{label}total {total} pada {y0}\u2013{y1}, tertinggi {peak} pada "
        "{peak_year}",
        "all": "semua tahun",
        "path_title": "Jalur cakupan yang diperlukan dan target resmi: {region}",
        "path_y": "Cakupan (%)",
        "required": "Jalur yang diperlukan",
        "official": "Target resmi",
        "path_alt": "Diagram garis jalur cakupan yang diperlukan di {region}{lines}{official}.",
        "path_alt_line": "{label}dari {p0} pada {y0} hingga {p1} pada {y1}",
        "path_alt_official": ", dengan target resmi {items}",
        "ben_title": "Manfaat klaim per penerima dan per peserta aktif",
        "ben_y": "Manfaat (Rp per orang)",
        "ben_x": "Wilayah (periode)",
        "per_recipient": "Per penerima klaim",
        "per_active": "Per peserta aktif",
        "ben_alt": "Diagram batang manfaat klaim: {items}.",
        "ben_alt_item": "{region} ({period}) {values}",
        "ben_alt_recipient": "{v} per penerima klaim",
        "ben_alt_active": "{v} per peserta aktif",
        "and": " dan ",
        "bud_title": "Biaya iuran per tahun",
        "bud_x": "Biaya per tahun (Rp)",
        "bud_y": "Kasus",
        "per_month": "/bulan",
        "workers": "{n} pekerja",
        "bud_alt": "Diagram batang horizontal biaya iuran per tahun: {items}.",
        "growth": "pertumbuhan {x}",
        "target_by": "target {pct} pada {year}",
        "path_linear": "jalur linear",
        "path_official": "jalur melalui target resmi",
        "vulnerable-funded": "pekerja rentan yang dibiayai",
        "uncovered": "semua pekerja belum terlindungi",
        "src_title": "Angka yang dilaporkan tiap sumber: {indicator}\n{region} ({period})",
        "src_x": "Nilai dilaporkan ({unit})",
        "src_y": "Sumber: angka tertulis",
        "src_kept": "Dipakai",
        "src_aside": "Disisihkan",
        "src_value": "Nilai hasil rekonsiliasi: {v}",
        "src_alt": "Diagram batang angka {indicator} {region} ({period}) menurut sumber: "
        "{items}; nilai yang dipakai {v} ({status}).",
        "src_alt_item": "{outlet} menulis {text} ({state})",
    },
    "en": {
        "source": "Source: ",
        "sources": "Sources: ",
        "cov_title": "BPJS Ketenagakerjaan coverage by region",
        "cov_x": "Coverage (% of workers)",
        "cov_y": "Region (date of data)",
        "covered": "Active participants",
        "gap": "Gap to target",
        "target": "Target {pct}",
        "to_target": "{n} more workers",
        "reached": "target reached",
        "cov_alt": "Horizontal bar chart of BPJS Ketenagakerjaan coverage against the "
        "{target} target: {items}.",
        "cov_alt_item": "{region} {pct} ({period}), {gap}",
        "cov_alt_gap": "{n} more workers needed",
        "enr_title": "Workers to enrol each year: {region}",
        "enr_y": "Workers enrolled per year",
        "year": "Year",
        "total": "total {y0}\u2013{y1}: {n}",
        "enr_alt": "Bar charts of the workers to enrol each year in {region} for {n} "
        "scenarios: {items}.",
        "enr_alt_item": "{label}total {total} in {y0}\u2013{y1}, at most {peak} in {peak_year}",
        "src_title": "Figures reported by each source: {indicator}\n{region} ({period})",
        "src_x": "Reported value ({unit})",
        "src_y": "Source: figure as written",
        "src_kept": "Kept",
        "src_aside": "Set aside",
        "src_value": "Reconciled value: {v}",
        "src_alt": "Bar chart of {indicator} in {region} ({period}) by source: {items}; "
        "value kept {v} ({status}).",
        "src_alt_item": "{outlet} wrote {text} ({state})",
        "all": "all years",
        "path_title": "Required coverage path and official targets: {region}",
        "path_y": "Coverage (%)",
        "required": "Required path",
        "official": "Official target",
        "path_alt": "Line chart of the coverage path required in {region}{lines}{official}.",
        "path_alt_line": "{label}from {p0} in {y0} to {p1} in {y1}",
        "path_alt_official": ", with official targets {items}",
        "ben_title": "Claim benefits per recipient and per active participant",
        "ben_y": "Benefit (IDR per person)",
        "ben_x": "Region (period)",
        "per_recipient": "Per claim recipient",
        "per_active": "Per active participant",
        "ben_alt": "Bar chart of claim benefits: {items}.",
        "ben_alt_item": "{region} ({period}) {values}",
        "ben_alt_recipient": "{v} per claim recipient",
        "ben_alt_active": "{v} per active participant",
        "and": " and ",
        "bud_title": "Yearly contribution cost",
        "bud_x": "Yearly cost (IDR)",
        "bud_y": "Case",
        "per_month": "/month",
        "workers": "{n} workers",
        "bud_alt": "Horizontal bar chart of yearly contribution costs: {items}.",
        "growth": "growth {x}",
        "target_by": "target {pct} by {year}",
        "path_linear": "linear path",
        "path_official": "path through official targets",
        "vulnerable-funded": "vulnerable workers funded",
        "uncovered": "all uncovered workers",
    },
}


# --------------------------------------------------------------------------------------------
# small helpers
# --------------------------------------------------------------------------------------------


def _check_lang(lang: str) -> None:
    if lang not in LANGS:
        raise ValueError(f"unsupported lang {lang!r}; expected one of {list(LANGS)}")


def _t(lang: str, key: str, **kw) -> str:
    return TEXT[lang][key].format(**kw)


def _missing(value) -> bool:
    return value is None or (not isinstance(value, str) and bool(pd.isna(value)))


def _require(frame, columns: Iterable[str], name: str) -> None:
    if not isinstance(frame, pd.DataFrame):
        raise ValueError(f"{name} must be a pandas DataFrame, got {type(frame).__name__}")
    lacking = [c for c in columns if c not in frame.columns]
    if lacking:
        raise ValueError(
            f"{name} lacks the column(s) {', '.join(lacking)}; it has "
            f"{', '.join(map(str, frame.columns)) or 'none'}"
        )


def _auto_pct(value: float, lang: str, max_decimals: int = 2) -> str:
    """Percent with as few decimals as the value needs (99.5 -> '99,5%', 5.0 -> '5%')."""
    for decimals in range(max_decimals):
        if abs(round(value, decimals) - value) < 1e-9:
            return format_pct(value, lang=lang, decimals=decimals)
    return format_pct(value, lang=lang, decimals=max_decimals)


def _date_text(value, lang: str, month: str = "MMMM") -> str | None:
    """'2025-12-09' -> '9 Desember 2025' / '9 December 2025'; None when missing."""
    if _missing(value):
        return None
    text = str(value).strip()
    try:
        day = dt.date.fromisoformat(text[:10])
    except ValueError:
        return text or None
    return format_date(day, f"d {month} y", locale=_LOCALES[lang])


def _period_text(period, lang: str) -> str:
    """A period 'YYYY' as is, 'YYYY-MM-DD' as a short date ('9 Des 2025')."""
    if _missing(period):
        return MISSING
    text = str(period)
    return text if len(text) == 4 else (_date_text(text, lang, month="MMM") or text)


def _region_names(regions: pd.DataFrame | None) -> dict[str, str]:
    if regions is None:
        return {}
    _require(regions, ("region_code", "name"), "regions")
    return dict(zip(regions["region_code"].astype(str), regions["name"].astype(str), strict=True))


def _name(code, names: dict[str, str]) -> str:
    return names.get(str(code), str(code))


def _year_formatter() -> FuncFormatter:
    # years without digit grouping ('2026', not '2.026')
    return FuncFormatter(lambda v, _pos=None: f"{v:.0f}" if float(v).is_integer() else "")


def _count_formatter(lang: str) -> FuncFormatter:
    return FuncFormatter(lambda v, _pos=None: format_number(v, lang=lang))


def _pct_formatter(lang: str) -> FuncFormatter:
    return FuncFormatter(lambda v, _pos=None: format_pct(v, lang=lang, decimals=0))


# --------------------------------------------------------------------------------------------
# sources
# --------------------------------------------------------------------------------------------


def _split_ids(figure_ids: Iterable[str] | str | None) -> list[str]:
    """Figure ids, in order, from strings that may each hold several ids joined with ';'."""
    if figure_ids is None:
        return []
    if isinstance(figure_ids, str):
        figure_ids = [figure_ids]
    out: list[str] = []
    for item in figure_ids:
        if _missing(item):
            continue
        out.extend(i.strip() for i in str(item).split(";") if i.strip())
    return list(dict.fromkeys(out))


def _frame_ids(*frames: pd.DataFrame) -> list[str]:
    """Figure ids (and source ids) named in the ``figure_ids``/``source_id`` columns."""
    ids: list[str] = []
    for frame in frames:
        for column in ("figure_ids", "source_id"):
            if column in frame.columns:
                ids.extend(_split_ids(frame[column]))
    return list(dict.fromkeys(ids))


def _load_sources() -> pd.DataFrame:
    from ucj_data.io.tables import sources

    return sources()


def _outlet(row: pd.Series) -> str:
    """The outlet, else the first words of the title, else the source id."""
    outlet = row.get("outlet")
    if not _missing(outlet) and str(outlet).strip():
        return str(outlet).strip()
    title = row.get("title")
    if not _missing(title) and str(title).strip():
        words = str(title).split()
        short = " ".join(words[:4])
        if len(words) > 4:
            short = short.rstrip(":;,.!?-\u2013\u2014") + "\u2026"
        return f"\u201c{short}\u201d"
    return str(row["source_id"])


def source_note(
    figure_ids: Iterable[str] | str | None, sources: pd.DataFrame | None = None, lang: str = "id"
) -> str:
    """The source note for the figures ``figure_ids``: outlets and event dates.

    A figure id starts with its source's ``source_id`` followed by '-' (the longest
    matching source id wins; an id equal to a source id names that source). Strings holding
    several ids joined with ';' (the ``figure_ids`` columns) are split. Sources are listed
    in the order of the source table, each by its outlet, or the first words of its title
    where the outlet is missing. Event dates are given where known: one date at the end when
    all dated sources share it ("Sumber: MSN, Kalimati.id, FOKUSTV.COM (9 Desember 2025)"),
    otherwise after each outlet. ``sources``: the source table (source_id, outlet, title,
    event_date); default the package's. Returns '' when there are no ids. Raises ValueError
    for an id that matches no source.
    """
    _check_lang(lang)
    ids = _split_ids(figure_ids)
    if not ids:
        return ""
    sources = _load_sources() if sources is None else sources
    _require(sources, ("source_id",), "sources")
    known = sorted(sources["source_id"].astype(str), key=len, reverse=True)
    used, unknown = set(), []
    for fid in ids:
        match = next((s for s in known if fid == s or fid.startswith(s + "-")), None)
        if match is None:
            unknown.append(fid)
        else:
            used.add(match)
    if unknown:
        raise ValueError(
            f"figure id(s) {', '.join(map(repr, unknown))} match no source_id "
            f"of the sources table (a figure id starts with its source_id and "
            f"'-'); pass the matching sources="
        )
    entries: list[tuple[str, str | None]] = []
    for _, row in sources[sources["source_id"].astype(str).isin(used)].iterrows():
        entry = (_outlet(row), _date_text(row.get("event_date"), lang))
        if entry not in entries:
            entries.append(entry)
    dates = list(dict.fromkeys(d for _, d in entries if d))
    if len(dates) <= 1:
        names = list(dict.fromkeys(n for n, _ in entries))
        body = ", ".join(names) + (f" ({dates[0]})" if dates else "")
    else:
        names = [n for n, _ in entries]
        body = ", ".join(f"{n} ({d})" if d else n for n, d in entries)
    return _t(lang, "sources" if len(names) > 1 else "source") + body


# --------------------------------------------------------------------------------------------
# house style and alt text
# --------------------------------------------------------------------------------------------


def _new_figure(width: float, height: float) -> Figure:
    return Figure(figsize=(width, height), layout="constrained", facecolor="white")


def _style(
    fig: Figure, ax, title: str, xlabel: str, ylabel: str, source: str, grid: str = "both"
) -> None:
    """Apply the house style to ``ax`` (one Axes or a sequence of them, small multiples).

    Title at the top left, axis labels (for small multiples on the bottom row and left
    column only), a light grid along ``grid`` ('x', 'y' or 'both'), no top/right spines, and
    the source note in small grey text at the bottom left, with room kept for it.
    """
    axes = list(np.ravel(ax)) if isinstance(ax, Sequence | np.ndarray) else [ax]
    fig.suptitle(title, x=0.01, ha="left", fontsize=12, fontweight="bold")
    for a in axes:
        a.grid(True, axis=grid, color=GRID_GREY, linewidth=0.6)
        a.set_axisbelow(True)
        for side in ("top", "right"):
            a.spines[side].set_visible(False)
        spec = a.get_subplotspec()
        if len(axes) == 1 or spec is None or _is_bottom(a, axes):
            a.set_xlabel(xlabel)
        if len(axes) == 1 or spec is None or spec.is_first_col():
            a.set_ylabel(ylabel)
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


def _is_bottom(ax, axes) -> bool:
    """Whether no visible axes lies below ``ax`` in its column."""
    spec = ax.get_subplotspec()
    col, row = spec.colspan.start, spec.rowspan.stop
    return not any(
        o.get_subplotspec().colspan.start == col and o.get_subplotspec().rowspan.start >= row
        for o in axes
    )


def _legend_above(ax, ncols: int) -> None:
    """Legend in one row just above the plot, left-aligned (constrained layout keeps room)."""
    ax.legend(
        loc="lower left",
        bbox_to_anchor=(0, 1.01),
        ncols=ncols,
        frameon=False,
        fontsize=8,
        borderaxespad=0,
    )


def _with_alt(fig: Figure, alt: str) -> Figure:
    """Store ``alt`` on the figure and make it display in Jupyter as a PNG with that alt text.

    IPython uses an object's ``_repr_mimebundle_``; figures made without pyplot have no
    other display hook. The alt text is read from ``fig.alt_text`` when displayed, so it can
    be changed afterwards.
    """
    fig.alt_text = alt

    def _repr_mimebundle_(include=None, exclude=None):
        buffer = io.BytesIO()
        fig.savefig(buffer, format="png", dpi=100, bbox_inches="tight")
        png = base64.b64encode(buffer.getvalue()).decode("ascii")
        data = {"image/png": png, "text/plain": fig.alt_text}
        if include:
            data = {k: v for k, v in data.items() if k in include}
        if exclude:
            data = {k: v for k, v in data.items() if k not in exclude}
        return data, {"image/png": {"alt": fig.alt_text}}

    fig._repr_mimebundle_ = _repr_mimebundle_
    return fig


def _sentence_items(items: list[str]) -> str:
    return "; ".join(items)


# --------------------------------------------------------------------------------------------
# 1. coverage
# --------------------------------------------------------------------------------------------


def coverage_chart(
    coverage: pd.DataFrame,
    target_pct: float = 99.5,
    regions: pd.DataFrame | None = None,
    sources: pd.DataFrame | None = None,
    lang: str = "id",
) -> Figure:
    """Coverage of each region against the target, with the workers still to enrol.

    One horizontal bar per region with a coverage_pct (regions without one are left out),
    highest first; the gap up to ``target_pct`` is hatched and labelled with
    ``workers_to_target``; a dashed vertical line marks the target. ``coverage``: the
    ``coverage`` table (ucj_data.coverage). Raises ValueError if its target_pct column
    differs from ``target_pct`` (its workers_to_target would refer to another target).
    """
    _check_lang(lang)
    _require(coverage, ("region_code", "period", "coverage_pct", "workers_to_target"), "coverage")
    if (
        isinstance(target_pct, bool)
        or not isinstance(target_pct, Real)
        or not 0 < target_pct <= 100
    ):
        raise ValueError(f"target_pct must be a percentage in (0, 100]; got {target_pct!r}")
    if "target_pct" in coverage.columns:
        other = pd.to_numeric(coverage["target_pct"], errors="coerce").dropna()
        if (abs(other - target_pct) > 1e-9).any():
            raise ValueError(
                f"coverage was computed for target_pct {other.iloc[0]!r}, not "
                f"{target_pct!r}; pass target_pct={other.iloc[0]!r} or recompute "
                f"the coverage table"
            )
    data = coverage[coverage["coverage_pct"].notna()]
    if data.empty:
        raise ValueError("coverage has no row with a coverage_pct to draw")
    data = data.sort_values("coverage_pct", ascending=False, kind="stable")
    names = _region_names(regions)
    n = len(data)
    fig = _new_figure(8, max(3.2, 1.9 + 0.65 * n))
    ax = fig.add_subplot()
    y = np.arange(n)[::-1]
    pct = data["coverage_pct"].astype(float).to_numpy()
    gap = np.clip(target_pct - pct, 0, None)
    ax.barh(y, pct, height=0.6, color=PRIMARY, label=_t(lang, "covered"))
    ax.barh(
        y,
        gap,
        left=pct,
        height=0.6,
        color="white",
        edgecolor=GAP_EDGE,
        hatch="///",
        linewidth=0.8,
        label=_t(lang, "gap"),
    )
    target_text = _auto_pct(target_pct, lang)
    ax.axvline(target_pct, color=TARGET, linestyle="--", linewidth=1.3, gid="target-line")
    ax.text(
        target_pct,
        1.01,
        _t(lang, "target", pct=target_text),
        color=TARGET,
        fontsize=9,
        ha="right",
        va="bottom",
        transform=blended_transform_factory(ax.transData, ax.transAxes),
    )
    alt_items = []
    for yi, p, g, (_, row) in zip(y, pct, gap, data.iterrows(), strict=True):
        to_go = row["workers_to_target"]
        if _missing(to_go):
            gap_text, gap_alt = "", ""
        elif to_go <= 0:
            gap_text = gap_alt = _t(lang, "reached")
        else:
            count = format_number(to_go, lang=lang)
            gap_text = _t(lang, "to_target", n=count)
            gap_alt = _t(lang, "cov_alt_gap", n=count)
        pct_text = _auto_pct(p, lang)
        if p >= 12:
            ax.text(
                p - 1,
                yi,
                pct_text,
                color="white",
                ha="right",
                va="center",
                fontsize=9,
                fontweight="bold",
            )
            if gap_text and g >= 30:
                ax.text(
                    p + 1.5,
                    yi,
                    gap_text,
                    ha="left",
                    va="center",
                    fontsize=9,
                    bbox={"facecolor": "white", "edgecolor": "none", "pad": 1},
                )
            elif gap_text:  # a narrow gap: the label goes inside the bar, at its start
                ax.text(1.5, yi, gap_text, color="white", ha="left", va="center", fontsize=9)
        else:  # a short bar: both labels after it
            label = pct_text + (f" \u00b7 {gap_text}" if gap_text else "")
            ax.text(
                p + 1,
                yi,
                label,
                ha="left",
                va="center",
                fontsize=9,
                bbox={"facecolor": "white", "edgecolor": "none", "pad": 1},
            )
        region = _name(row["region_code"], names)
        alt_items.append(
            _t(
                lang,
                "cov_alt_item",
                region=region,
                pct=pct_text,
                period=_date_text(row["period"], lang) or str(row["period"]),
                gap=gap_alt,
            ).rstrip(", ")
        )
    ax.set_yticks(
        y,
        [
            f"{_name(r, names)}\n{_period_text(p, lang)}"
            for r, p in zip(data["region_code"], data["period"], strict=True)
        ],
    )
    ax.set_xlim(0, 100)
    ax.xaxis.set_major_locator(MultipleLocator(20))
    ax.xaxis.set_major_formatter(_pct_formatter(lang))
    ax.set_ylim(-0.6, n - 0.4)
    _legend_above(ax, ncols=2)
    _style(
        fig,
        ax,
        _t(lang, "cov_title"),
        _t(lang, "cov_x"),
        _t(lang, "cov_y"),
        source_note(_frame_ids(data), sources, lang),
        grid="x",
    )
    alt = _t(lang, "cov_alt", target=target_text, items=_sentence_items(alt_items))
    return _with_alt(fig, alt)


# --------------------------------------------------------------------------------------------
# 2. enrolment per year, 3. coverage path
# --------------------------------------------------------------------------------------------


def _fraction_pct(value, lang: str) -> str:
    return _auto_pct(float(value) * 100, lang)


def _scenario_labels(params: pd.DataFrame, lang: str) -> list[str]:
    """Readable labels of scenarios (one row each) from the parameters that vary.

    When nothing varies (one scenario) every parameter is named.
    """
    varying = [c for c in params.columns if params[c].nunique(dropna=False) > 1]
    shown = varying or list(params.columns)
    labels = []
    for _, row in params.iterrows():
        parts = []
        pct = (
            _auto_pct(float(row["target_pct"]), lang)
            if "target_pct" in shown and not _missing(row["target_pct"])
            else None
        )
        year = (
            f"{int(row['target_year'])}"
            if "target_year" in shown and not _missing(row["target_year"])
            else None
        )
        if pct and year:
            parts.append(_t(lang, "target_by", pct=pct, year=year))
        elif pct or year:
            parts.append(f"target {pct or year}")
        if "workforce_growth" in shown and not _missing(row["workforce_growth"]):
            parts.append(_t(lang, "growth", x=_fraction_pct(row["workforce_growth"], lang)))
        if "churn" in shown and not _missing(row["churn"]):
            parts.append(f"churn {_fraction_pct(row['churn'], lang)}")
        if "path" in shown and not _missing(row["path"]):
            key = f"path_{row['path']}"
            parts.append(TEXT[lang].get(key, str(row["path"])))
        for column in shown:  # any other scenario column, as is
            if column not in SCENARIO_COLUMNS and not _missing(row[column]):
                parts.append(str(row[column]))
        labels.append(", ".join(parts))
    return labels


def _scenarios(
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
    keys = (
        [scenario_col]
        if scenario_col is not None
        else [c for c in SCENARIO_COLUMNS if c in rows.columns]
    )
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
        labels = _scenario_labels(params, lang)
    return list(zip(labels, kept, strict=True))


def _region_rows(frame: pd.DataFrame, region_code) -> pd.DataFrame:
    return frame[frame["region_code"].astype(str) == str(region_code)]


def enrolment_chart(
    projection: pd.DataFrame,
    region_code: str,
    scenario_col: str | None = None,
    regions: pd.DataFrame | None = None,
    sources: pd.DataFrame | None = None,
    lang: str = "id",
) -> Figure:
    """Workers to enrol each year (enrol_gross) in one region, one panel per scenario.

    Small multiples with shared axes, one bar per year, each panel titled by the scenario
    parameters that differ between the scenarios ("target 2029, churn 5%") and giving the
    total over its years. Scenarios are the distinct combinations of the projection's
    scenario columns (target_pct, target_year, workforce_growth, churn, path), or the values
    of ``scenario_col`` if given. Rows without enrol_gross are left out. Raises ValueError
    if the projection has no row for ``region_code``.
    """
    _check_lang(lang)
    _require(projection, ("region_code", "year", "enrol_gross"), "projection")
    rows = _region_rows(projection, region_code)
    rows = rows[rows["enrol_gross"].notna()]
    if rows.empty:
        known = ", ".join(sorted(projection["region_code"].dropna().astype(str).unique()))
        raise ValueError(
            f"projection has no enrol_gross for region {region_code!r}; "
            f"regions in it: {known or 'none'}"
        )
    region = _name(region_code, _region_names(regions))
    if scenario_col is not None:
        _require(projection, (scenario_col,), "projection")
    scenarios = _scenarios(rows, "enrol_gross", lang, scenario_col)
    n = len(scenarios)
    ncols = 1 if n == 1 else 2
    nrows = math.ceil(n / ncols)
    fig = _new_figure(7 if ncols == 1 else 10, 1.6 + 2.3 * nrows)
    grid = fig.subplots(nrows, ncols, sharex=True, sharey=True, squeeze=False)
    axes = list(grid.ravel())
    for extra in axes[n:]:
        fig.delaxes(extra)
    axes = axes[:n]
    alt_items = []
    for i, (ax, (label, group)) in enumerate(zip(axes, scenarios, strict=True)):
        years = group["year"].astype(int).to_numpy()
        values = group["enrol_gross"].astype(float).to_numpy()
        ax.bar(years, values, width=0.8, color=PALETTE[i % len(PALETTE)])
        if label:
            ax.set_title(label, loc="left", fontsize=9)
        total = format_number(values.sum(), lang=lang)
        ax.text(
            0.98,
            0.95,
            _t(lang, "total", y0=years.min(), y1=years.max(), n=total),
            transform=ax.transAxes,
            ha="right",
            va="top",
            fontsize=8,
            bbox={"facecolor": "white", "edgecolor": "none", "pad": 1, "alpha": 0.8},
        )
        ax.xaxis.set_major_locator(MaxNLocator(integer=True, nbins=8))
        ax.xaxis.set_major_formatter(_year_formatter())
        ax.yaxis.set_major_formatter(_count_formatter(lang))
        if _is_bottom(ax, axes):  # sharex hides tick labels above a removed panel
            ax.xaxis.set_tick_params(labelbottom=True)
        peak = int(np.argmax(values))
        alt_items.append(
            _t(
                lang,
                "enr_alt_item",
                label=f"{label}: " if label else "",
                total=total,
                y0=years.min(),
                y1=years.max(),
                peak=format_number(values[peak], lang=lang),
                peak_year=years[peak],
            )
        )
    _style(
        fig,
        axes,
        _t(lang, "enr_title", region=region),
        _t(lang, "year"),
        _t(lang, "enr_y"),
        source_note(_frame_ids(rows), sources, lang),
        grid="y",
    )
    alt = _t(lang, "enr_alt", region=region, n=n, items=_sentence_items(alt_items))
    return _with_alt(fig, alt)


def _path_start(rows: pd.DataFrame, marks: pd.DataFrame) -> tuple[int, float] | None:
    """(base year, coverage) where a path's base is an official target, else None.

    Projection rows start the year after the base; a base taken from an official target
    (base_method 'official_target', Lampung) is known, so the line can start there.
    """
    if rows.empty or marks.empty or "base_method" not in rows or "base_year" not in rows:
        return None
    based = rows[rows["base_method"] == "official_target"]
    if based.empty:
        return None
    year = int(based["base_year"].iloc[0])
    at = marks.loc[marks["year"].astype(int) == year, "target_coverage_pct"]
    return (year, float(at.iloc[0])) if not at.empty else None


def target_path_chart(
    projection: pd.DataFrame,
    official: pd.DataFrame,
    region_code: str,
    regions: pd.DataFrame | None = None,
    sources: pd.DataFrame | None = None,
    lang: str = "id",
) -> Figure:
    """The coverage path a region needs (lines) against its official targets (markers).

    ``projection``: the projection table; its rows for ``region_code`` give one line of
    coverage_pct by year per distinct path (scenarios that differ only in churn or growth
    share a path and are drawn once, labelled by what differs). ``official``: the
    official_targets table; its target_coverage_pct by year are the labelled markers.
    Raises ValueError if neither table has data for the region.
    """
    _check_lang(lang)
    _require(projection, ("region_code", "year", "coverage_pct"), "projection")
    _require(official, ("region_code", "year", "target_coverage_pct"), "official")
    rows = _region_rows(projection, region_code)
    rows = rows[rows["coverage_pct"].notna()]
    marks = _region_rows(official, region_code)
    marks = marks[marks["target_coverage_pct"].notna()].sort_values("year")
    if rows.empty and marks.empty:
        raise ValueError(f"neither projection nor official has coverage for region {region_code!r}")
    region = _name(region_code, _region_names(regions))
    lines = _scenarios(rows, "coverage_pct", lang, label_single=False)
    fig = _new_figure(8, 4.8)
    ax = fig.add_subplot()
    alt_lines = []
    start = _path_start(rows, marks)
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
            label=f"{_t(lang, 'required')}: {label}" if label else _t(lang, "required"),
        )
        alt_lines.append(
            _t(
                lang,
                "path_alt_line",
                label=f"{label}: " if label else "",
                p0=_auto_pct(pct[0], lang),
                y0=years[0],
                p1=_auto_pct(pct[-1], lang),
                y1=years[-1],
            )
        )
    official_items = []
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
            label=_t(lang, "official"),
            gid="official-targets",
        )
        for year, p in zip(years, pct, strict=True):
            text = _auto_pct(p, lang)
            ax.annotate(
                text,
                (year, p),
                xytext=(-6, 6),
                textcoords="offset points",
                ha="right",
                va="bottom",
                fontsize=9,
                color=TARGET,
            )
            official_items.append(f"{text} ({year})")
    ax.set_ylim(0, 105)
    ax.yaxis.set_major_locator(MultipleLocator(20))
    ax.yaxis.set_major_formatter(_pct_formatter(lang))
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.xaxis.set_major_formatter(_year_formatter())
    ax.legend(loc="lower right", frameon=False, fontsize=8)
    _style(
        fig,
        ax,
        _t(lang, "path_title", region=region),
        _t(lang, "year"),
        _t(lang, "path_y"),
        source_note(_frame_ids(rows, marks), sources, lang),
    )
    alt = _t(
        lang,
        "path_alt",
        region=region,
        lines=(", " + "; ".join(alt_lines)) if alt_lines else "",
        official=(
            _t(lang, "path_alt_official", items=", ".join(official_items)) if official_items else ""
        ),
    )
    return _with_alt(fig, alt)


# --------------------------------------------------------------------------------------------
# 4. benefits, 5. budget
# --------------------------------------------------------------------------------------------


def _value_label(ax, x, y, text, horizontal: bool = False) -> None:
    if horizontal:
        ax.annotate(
            text,
            (x, y),
            xytext=(3, 0),
            textcoords="offset points",
            ha="left",
            va="center",
            fontsize=8,
        )
    else:
        ax.annotate(
            text,
            (x, y),
            xytext=(0, 2),
            textcoords="offset points",
            ha="center",
            va="bottom",
            fontsize=8,
        )


def benefits_chart(
    claims: pd.DataFrame,
    regions: pd.DataFrame | None = None,
    sources: pd.DataFrame | None = None,
    lang: str = "id",
) -> Figure:
    """Claim benefits per recipient and per active participant, two bars per region.

    ``claims``: the claim_benefits table (ucj_data.analysis.claims), one group of bars per row
    (region and period). A missing value draws no bar; rows missing both are left out.
    Bars are labelled in Rupiah ('Rp12,4 juta').
    """
    _check_lang(lang)
    columns = ("benefit_per_recipient_idr", "benefit_per_active_participant_idr")
    _require(claims, ("region_code", "period", *columns), "claims")
    data = claims.dropna(subset=list(columns), how="all")
    if data.empty:
        raise ValueError(
            "claims has no row with a benefit per recipient or per active participant to draw"
        )
    names = _region_names(regions)
    n = len(data)
    fig = _new_figure(max(6, 1.8 + 1.9 * n), 4.8)
    ax = fig.add_subplot()
    width = 0.38
    x = np.arange(n)
    alt_items = []
    top = 0.0
    for offset, column, colour, key in (
        (-width / 2, columns[0], PRIMARY, "per_recipient"),
        (width / 2, columns[1], SECONDARY, "per_active"),
    ):
        values = data[column].astype(float).to_numpy()
        keep = ~np.isnan(values)
        ax.bar(x[keep] + offset, values[keep], width=width, color=colour, label=_t(lang, key))
        for xi, v in zip(x[keep], values[keep], strict=True):
            _value_label(ax, xi + offset, v, format_rupiah(v, lang=lang))
        top = max(top, np.nanmax(values) if keep.any() else 0.0)
    for _, row in data.iterrows():
        values = [
            _t(
                lang,
                "ben_alt_recipient" if c == columns[0] else "ben_alt_active",
                v=format_rupiah(row[c], lang=lang),
            )
            for c in columns
            if not _missing(row[c])
        ]
        alt_items.append(
            _t(
                lang,
                "ben_alt_item",
                region=_name(row["region_code"], names),
                period=_period_text(row["period"], lang),
                values=TEXT[lang]["and"].join(values),
            )
        )
    ax.set_xticks(
        x,
        [
            f"{_name(r, names)}\n{_period_text(p, lang)}"
            for r, p in zip(data["region_code"], data["period"], strict=True)
        ],
    )
    ax.set_xlim(-0.7, n - 0.3)
    ax.set_ylim(0, top * 1.15 if top > 0 else 1)
    ax.yaxis.set_major_formatter(rupiah_formatter(lang))
    ax.legend(loc="upper right", frameon=False, fontsize=8)
    _style(
        fig,
        ax,
        _t(lang, "ben_title"),
        _t(lang, "ben_x"),
        _t(lang, "ben_y"),
        source_note(_frame_ids(data), sources, lang),
        grid="y",
    )
    alt = _t(lang, "ben_alt", items=_sentence_items(alt_items))
    return _with_alt(fig, alt)


_CASE_ID = re.compile(r"^(?P<kind>.+?)-(?P<period>\d{4}(?:-\d{2}-\d{2})?)$")


def _case_label(row: pd.Series, label_col: str, names: dict[str, str], lang: str) -> str:
    """The case label; a budget_cases case_id '<region>-<kind>-<period>' is spelt out."""
    text = str(row[label_col])
    code = row.get("region_code")
    if label_col == "case_id" and not _missing(code) and text.startswith(f"{code}-"):
        rest = text[len(str(code)) + 1 :]
        match = _CASE_ID.match(rest)
        if match:
            kind = TEXT[lang].get(match["kind"], match["kind"])
            rest = f"{kind} ({_period_text(match['period'], lang)})"
        text = f"{_name(code, names)}: {rest}"
    return text


def _case_tick(row: pd.Series, label: str, lang: str) -> str:
    """The case label wrapped for the axis, with the number of workers below it."""
    text = "\n".join(textwrap.wrap(label, width=34)) or label
    if "workers" in row.index and not _missing(row["workers"]):
        text += "\n" + _t(lang, "workers", n=format_number(row["workers"], lang=lang))
    return text


def budget_chart(
    budget: pd.DataFrame,
    regions: pd.DataFrame | None = None,
    sources: pd.DataFrame | None = None,
    lang: str = "id",
    label_col: str | None = None,
) -> Figure:
    """Yearly contribution cost per case and package: grouped horizontal bars.

    ``budget``: a contribution_budget or budget_cases table (columns package,
    yearly_cost_idr and a case label column; workers and rate_idr_per_month are shown when
    present). ``label_col``: the column naming the case (default 'case', else 'case_id';
    a budget_cases case_id is spelt out with the region's name). One colour per package;
    bars labelled in Rupiah ('Rp4,3 miliar'). Rows without yearly_cost_idr are left out.
    """
    _check_lang(lang)
    if label_col is None:
        label_col = next(
            (c for c in ("case", "case_id") if c in getattr(budget, "columns", ())), "case"
        )
    _require(budget, (label_col, "package", "yearly_cost_idr"), "budget")
    data = budget[budget["yearly_cost_idr"].notna()]
    if data.empty:
        raise ValueError("budget has no row with a yearly_cost_idr to draw")
    names = _region_names(regions)
    cases = list(dict.fromkeys(data[label_col].astype(str)))
    packages = list(dict.fromkeys(data["package"].astype(str)))
    n_cases, n_packages = len(cases), len(packages)
    fig = _new_figure(9, max(3.2, 1.9 + 0.45 * n_cases * n_packages + 0.3 * n_cases))
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
            legend += f" ({format_rupiah(rate, lang=lang, compact=False)}{_t(lang, 'per_month')})"
        ax.barh(ys, costs, height=height * 0.9, color=PALETTE[j % len(PALETTE)], label=legend)
        for (_, row), yi, cost in zip(rows.iterrows(), ys, costs, strict=True):
            _value_label(ax, cost, yi, format_rupiah(cost, lang=lang), horizontal=True)
            case = str(row[label_col])
            if case not in labels:
                plain = _case_label(row, label_col, names, lang)
                labels[case] = (plain, _case_tick(row, plain, lang))
            alt_items.append(f"{labels[case][0]}, {package} {format_rupiah(cost, lang=lang)}")
    ax.set_yticks(centres, [labels[c][1] for c in cases], fontsize=8)
    ax.set_xlim(0, data["yearly_cost_idr"].max() * 1.25 or 1)
    ax.xaxis.set_major_locator(MaxNLocator(nbins=4))
    ax.xaxis.set_major_formatter(rupiah_formatter(lang))
    _legend_above(ax, ncols=min(n_packages, 3))
    _style(
        fig,
        ax,
        _t(lang, "bud_title"),
        _t(lang, "bud_x"),
        _t(lang, "bud_y"),
        source_note(_frame_ids(data), sources, lang),
        grid="x",
    )
    alt = _t(lang, "bud_alt", items=_sentence_items(alt_items))
    return _with_alt(fig, alt)


# --------------------------------------------------------------------------------------------
# 6. what each source says
# --------------------------------------------------------------------------------------------


UNIT_TEXT = {"id": {"persons": "orang", "percent": "%", "IDR": "Rp"},
             "en": {"persons": "persons", "percent": "%", "IDR": "IDR"}}


def _unit_formatter(unit: str, lang: str):
    """Tick formatter and value formatter for a figure unit (persons, percent, IDR)."""
    if unit == "percent":
        return _pct_formatter(lang), lambda v: _auto_pct(v, lang)
    if unit.startswith("IDR"):
        return rupiah_formatter(lang), lambda v: format_rupiah(v, lang=lang)
    return _count_formatter(lang), lambda v: format_number(v, lang=lang)


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

    ``figures``: the figures table; ``reconciled``: ucj_data.reconcile(). Bars of figures
    the reconciliation used are blue; figures set aside are grey and hatched. A dashed line
    marks the reconciled value. ``period`` defaults to the latest with that indicator.
    """
    _check_lang(lang)
    _require(figures, ("figure_id", "source_id", "region_code", "indicator", "period",
                       "value_text", "value", "unit"), "figures")
    _require(reconciled, ("region_code", "indicator", "period", "value", "status",
                          "figure_ids_used", "figure_ids_set_aside"), "reconciled")
    rec = reconciled[(reconciled["region_code"] == region_code)
                     & (reconciled["indicator"] == indicator)]
    if rec.empty:
        raise ValueError(f"no reconciled {indicator} for region {region_code!r}")
    rec = rec[rec["period"] == (period or rec["period"].max())].iloc[0]
    rows = figures[(figures["region_code"] == region_code) & (figures["indicator"] == indicator)
                   & (figures["period"] == rec["period"])]
    kept = set(_split_ids(rec["figure_ids_used"]))
    src = _load_sources() if sources is None else sources
    outlets = {r["source_id"]: _outlet(r) for _, r in src.iterrows()}
    names = _region_names(regions)
    unit = rows["unit"].iloc[0]
    ticks, fmt = _unit_formatter(unit, lang)

    fig = _new_figure(8.5, 2.2 + 0.55 * len(rows))
    ax = fig.add_subplot()
    y = np.arange(len(rows))[::-1]
    items = []
    for yi, (_, row) in zip(y, rows.iterrows(), strict=True):
        used = row["figure_id"] in kept
        ax.barh(yi, row["value"], color=PRIMARY if used else GRID_GREY,
                edgecolor=PRIMARY if used else GAP_EDGE, hatch=None if used else "//",
                label=_t(lang, "src_kept" if used else "src_aside"))
        _value_label(ax, row["value"], yi, fmt(row["value"]), horizontal=True)
        state = _t(lang, "src_kept" if used else "src_aside").lower()
        items.append(_t(lang, "src_alt_item", outlet=outlets.get(row["source_id"]),
                        text=f"\u2018{row['value_text']}\u2019", state=state))
    ax.set_yticks(y, [f"{outlets.get(s, s)}: \u2018{t}\u2019"
                      for s, t in zip(rows["source_id"], rows["value_text"], strict=True)])
    value = fmt(rec["value"]) if not _missing(rec["value"]) else MISSING
    if not _missing(rec["value"]):
        ax.axvline(rec["value"], color=TARGET, linestyle="--", linewidth=1.2,
                   label=_t(lang, "src_value", v=value))
    ax.set_xlim(0, rows["value"].max() * 1.2)
    ax.xaxis.set_major_formatter(ticks)
    handles, labels = ax.get_legend_handles_labels()
    unique = dict(zip(labels, handles, strict=True))
    ax.legend(unique.values(), unique.keys(), loc="lower left", bbox_to_anchor=(0, 1.01),
              ncols=len(unique), frameon=False, fontsize=8, borderaxespad=0)
    region, when = _name(region_code, names), _period_text(rec["period"], lang)
    unit_text = UNIT_TEXT[lang].get(unit, unit)
    _style(fig, ax, _t(lang, "src_title", indicator=indicator, region=region, period=when),
           _t(lang, "src_x", unit=unit_text), _t(lang, "src_y"),
           source_note(rows["figure_id"], src, lang), grid="x")
    alt = _t(lang, "src_alt", indicator=indicator, region=region, period=when,
             items=_sentence_items(items), v=value, status=rec["status"])
    return _with_alt(fig, alt)
