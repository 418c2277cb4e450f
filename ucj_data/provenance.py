"""Provenance: the figures a derived row rests on, and the source of each figure.

Every derived table names its figures in a ``figure_ids``-like column: the ids joined with
``;``, each once, in one order (sorted). :func:`join_ids` writes that text and
:func:`split_ids` reads it; nothing else joins or splits ids. Where a figure came from is
looked up through the figures table's ``source_id`` column (:func:`sources_of`), never read
from the shape of an id.
"""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

SEP = ";"


def _missing(value) -> bool:
    """None or a missing scalar (NaN, pd.NA); a column or list is not missing."""
    return value is None or (pd.api.types.is_scalar(value) and not isinstance(value, str)
                             and bool(pd.isna(value)))


def split_ids(figure_ids) -> list[str]:
    """The ids in ``figure_ids``: one joined text, or any iterable of texts (a column), each
    of which may hold several ids; missing values hold none. In order of first appearance."""
    if _missing(figure_ids):
        return []
    texts = [figure_ids] if isinstance(figure_ids, str) else figure_ids
    ids: dict[str, None] = {}
    for text in texts:
        if _missing(text):
            continue
        ids.update(dict.fromkeys(i.strip() for i in str(text).split(SEP) if i.strip()))
    return list(ids)


def join_ids(*parts) -> str | None:
    """One ``figure_ids`` text from any number of ids, joined texts, columns or None: every
    id once, sorted. None when there is none."""
    ids = {i for part in parts for i in split_ids(part)}
    return SEP.join(sorted(ids)) or None


def sources_of(figure_ids, figures: pd.DataFrame) -> list[str]:
    """The ``source_id`` of every figure named in ``figure_ids``, in the figures' order.

    Looked up in ``figures`` (columns figure_id and source_id). Raises ValueError naming
    every id that the table lacks.
    """
    wanted = split_ids(figure_ids)
    source_of = dict(zip(figures["figure_id"].astype(str), figures["source_id"].astype(str),
                         strict=True))
    unknown = [i for i in wanted if i not in source_of]
    if unknown:
        raise ValueError(
            f"figure id(s) {', '.join(map(repr, unknown))} are not in the figures table; "
            f"pass the figures these rows were computed from (figures=)"
        )
    return list(dict.fromkeys(source_of[i] for i in wanted))


def ids_in(frame: pd.DataFrame, columns: Iterable[str] = ("figure_ids",)) -> list[str]:
    """Every id named in the given columns of ``frame`` (those it has), in order."""
    return split_ids(v for c in columns if c in frame.columns for v in frame[c])


def reported_until(period, figure_ids, figures: pd.DataFrame,
                   sources: pd.DataFrame) -> str | None:
    """For a year reported during that same year, the latest date of the sources of its
    figures (published, else event_date): the figure is year to date up to then. None for
    a date period, a year reported after it ended, or sources without a date."""
    if _missing(period) or len(str(period)) != 4:
        return None
    wanted = set(sources_of(figure_ids, figures))
    rows = sources[sources["source_id"].astype(str).isin(wanted)]
    dates = [str(p)[:10] if not _missing(p) else e
             for p, e in zip(rows.get("published", pd.Series(index=rows.index, dtype=object)),
                             rows.get("event_date", pd.Series(index=rows.index, dtype=object)),
                             strict=True)]
    dates = sorted(d for d in dates if isinstance(d, str) and d[:4] == str(period))
    return dates[-1] if dates else None

