"""Citations: the source note of a chart, and the outlet and date texts it is built from.

A figure's source is looked up through the figures table's ``source_id`` column
(:func:`ucj_data.provenance.sources_of`), never read from the shape of its id.
"""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from ucj_data.present.plots.labels import check_lang, missing, require, tr
from ucj_data.provenance import sources_of, split_ids
from ucj_data.text.dates import date_text


def load_sources() -> pd.DataFrame:
    """The package's sources table (read when first needed)."""
    from ucj_data.io.inputs import sources

    return sources()


def load_figures() -> pd.DataFrame:
    """The package's figures table (read when first needed)."""
    from ucj_data.io.inputs import figures

    return figures()


def outlet(row: pd.Series) -> str:
    """The outlet, else the first words of the title, else the source id."""
    name = row.get("outlet")
    if not missing(name) and str(name).strip():
        return str(name).strip()
    title = row.get("title")
    if not missing(title) and str(title).strip():
        words = str(title).split()
        short = " ".join(words[:4])
        if len(words) > 4:
            short = short.rstrip(":;,.!?-\u2013\u2014") + "\u2026"
        return f"\u201c{short}\u201d"
    return str(row["source_id"])


def source_note(
    figure_ids: Iterable[str] | str | None,
    figures: pd.DataFrame | None = None,
    sources: pd.DataFrame | None = None,
    lang: str = "id",
) -> str:
    """The source note for the figures ``figure_ids``: outlets and event dates.

    ``figure_ids``: one id, a text of ids joined with ';' (a ``figure_ids`` value), or any
    iterable of them (a ``figure_ids`` column); missing values name none. Each figure's
    source is its ``source_id`` in ``figures`` (the figures table; default the package's).
    Sources are listed in the order of ``sources`` (the source table: source_id, outlet,
    title, event_date; default the package's), each by its outlet, or the first words of
    its title where the outlet is missing. Event dates are given where known: one date at
    the end when all dated sources share it ("Sumber: MSN, Kalimati.id, FOKUSTV.COM
    (9 Desember 2025)"), otherwise after each outlet. Returns '' when there are no ids.
    Raises ValueError for an id that the figures table lacks, or a source that the source
    table lacks.
    """
    check_lang(lang)
    ids = split_ids(figure_ids)
    if not ids:
        return ""
    figures = load_figures() if figures is None else figures
    require(figures, ("figure_id", "source_id"), "figures")
    used = set(sources_of(ids, figures))
    sources = load_sources() if sources is None else sources
    require(sources, ("source_id",), "sources")
    _require_listed(used, sources)
    return _note_text(_entries(sources, used, lang), lang)


def _require_listed(used: set[str], sources: pd.DataFrame) -> None:
    """ValueError naming the sources of ``used`` that the sources table lacks."""
    unknown = sorted(used - set(sources["source_id"].astype(str)))
    if unknown:
        raise ValueError(
            f"source(s) {', '.join(map(repr, unknown))} of the figures are not in the "
            f"sources table; pass the matching sources="
        )


def _entries(sources: pd.DataFrame, used: set[str], lang: str) -> list[tuple[str, str | None]]:
    """(outlet, event date as text or None) of each source in ``used``, once each, in the
    order of the sources table."""
    entries: list[tuple[str, str | None]] = []
    for _, row in sources[sources["source_id"].astype(str).isin(used)].iterrows():
        entry = (outlet(row), date_text(row.get("event_date"), lang))
        if entry not in entries:
            entries.append(entry)
    return entries


def _note_text(entries: list[tuple[str, str | None]], lang: str) -> str:
    """The note: the outlets with one date at the end when all dated sources share it,
    else each outlet with its date."""
    dates = list(dict.fromkeys(d for _, d in entries if d))
    if len(dates) <= 1:
        names = list(dict.fromkeys(n for n, _ in entries))
        body = ", ".join(names) + (f" ({dates[0]})" if dates else "")
    else:
        names = [n for n, _ in entries]
        body = ", ".join(f"{n} ({d})" if d else n for n, d in entries)
    return tr(lang, "sources" if len(names) > 1 else "source") + body
