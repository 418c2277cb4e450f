"""Tables as people read them: numbers formatted by the unit of their field definition.

``readable(frame)`` returns a copy in which every column whose field
(ucj_data.metadata.fields) has a unit is written out by the rule for that unit
(ucj_data.text.units): people with thousands dots (``786.702``), percentages with a comma
and as few decimals as needed (``50,87%``, ``42,9%``), Rupiah as ``Rp4.280.774.400`` (or
``Rp4,3 miliar`` with ``compact=True``).
Columns that count workers to enrol (ucj_data.text.units.WORKERS_TO_ENROL: net_new,
enrol_gross, newly_covered, workers_to_target, lapsed) are first rounded up to whole
workers (``whole_workers``: 382.383,49 is shown as 382.384), the one rounding rule for them.
For display only: the analyses keep the numbers.
"""

from __future__ import annotations

import pandas as pd

from ucj_data.metadata.fields import FIELDS
from ucj_data.text.units import counts_workers_to_enrol, value_formatter, whole_workers


def readable(frame: pd.DataFrame, lang: str = "id", compact: bool = False) -> pd.DataFrame:
    """A copy of ``frame`` with every column of a field with a unit formatted as text."""
    out = frame.copy()
    for column in out.columns:
        field = FIELDS.get(column)
        fmt = value_formatter(field.unit, lang, compact) if field is not None else None
        if fmt is not None:
            values = out[column]
            if counts_workers_to_enrol(column):
                values = values.map(_rounded_up)
            # pd.NA (a nullable integer's missing value) is written as a missing float is
            out[column] = values.map(
                lambda v, f=fmt: f(float("nan")) if v is None or v is pd.NA else f(v)
            ).astype(object)
    return out


def _rounded_up(value):
    """``whole_workers(value)`` for a number; a missing value stays as it is."""
    if value is None or value is pd.NA or (isinstance(value, float) and value != value):
        return value
    return whole_workers(float(value))
