"""Tables as people read them: numbers formatted by the unit of their field definition.

``readable(frame)`` returns a copy in which every column whose field (ucj_data.metadata.fields)
has a
unit is written out: people with thousands dots (``786.702``), percentages with a comma
(``50,87%``), Rupiah as ``Rp4.280.774.400`` (or ``Rp4,3 miliar`` with ``compact=True``).
For display only: the analyses keep the numbers.
"""

from __future__ import annotations

import pandas as pd

from ucj_data.metadata.fields import FIELDS
from ucj_data.text.numbers import format_number, format_pct, format_rupiah


def formatter(unit: str, lang: str, compact: bool):
    """The function that writes one value of ``unit``, or None for a unit left as is."""
    if unit in {"persons", "workers/village"}:
        return lambda v: format_number(v, lang=lang)
    if unit == "percent":
        return lambda v: format_pct(v, lang=lang, decimals=2)
    if unit.startswith("IDR"):
        return lambda v: format_rupiah(v, lang=lang, compact=compact)
    return None


def readable(frame: pd.DataFrame, lang: str = "id", compact: bool = False) -> pd.DataFrame:
    """A copy of ``frame`` with every column of a field with a unit formatted as text."""
    out = frame.copy()
    for column in out.columns:
        field = FIELDS.get(column)
        fmt = formatter(field.unit, lang, compact) if field is not None and field.unit else None
        if fmt is not None:
            out[column] = out[column].map(fmt).astype(object)
    return out
