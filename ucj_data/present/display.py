"""Tables as people read them: numbers formatted by the unit of their field definition.

``readable(frame)`` returns a copy in which every column whose field
(ucj_data.metadata.fields) has a unit is written out by the rule for that unit
(ucj_data.text.units): people with thousands dots (``786.702``), percentages with a comma
and as few decimals as needed (``50,87%``, ``42,9%``), Rupiah as ``Rp4.280.774.400`` (or
``Rp4,3 miliar`` with ``compact=True``).
For display only: the analyses keep the numbers.
"""

from __future__ import annotations

import pandas as pd

from ucj_data.metadata.fields import FIELDS
from ucj_data.text.units import value_formatter


def readable(frame: pd.DataFrame, lang: str = "id", compact: bool = False) -> pd.DataFrame:
    """A copy of ``frame`` with every column of a field with a unit formatted as text."""
    out = frame.copy()
    for column in out.columns:
        field = FIELDS.get(column)
        fmt = value_formatter(field.unit, lang, compact) if field is not None else None
        if fmt is not None:
            out[column] = out[column].map(fmt).astype(object)
    return out
