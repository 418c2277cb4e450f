"""How a value of each unit is written for people: one rule per unit, for tables and charts."""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np

from ucj_data.text.numbers import format_number, format_pct_compact, format_rupiah

#: The fields that count workers to enrol (or to replace): shown as whole workers, rounded
#: up by :func:`whole_workers`, in every table (ucj_data.present.display.readable), chart and
#: text. The analyses keep them as floats (a fractional worker is a model quantity).
WORKERS_TO_ENROL: frozenset[str] = frozenset(
    {"net_new", "enrol_gross", "newly_covered", "workers_to_target", "lapsed"}
)


def value_formatter(unit: str | None, lang: str = "id",
                    compact: bool = True) -> Callable[[object], str] | None:
    """The function that writes one value of ``unit`` (a unit of ucj_data.metadata.vocabularies
    or of a field), or None for a unit that is left as it is.

    People with digit grouping ('786.702'), percentages with as few decimals as needed, at
    most two ('50,87%', '99,5%'; a fraction as a percentage: 0.5 -> '50%'), Rupiah as
    'Rp4,3 miliar' (``compact``) or
    'Rp4.280.774.400'.
    """
    if unit in {"persons", "workers/village", "villages"}:
        return lambda v: format_number(v, lang=lang)
    if unit == "percent":
        return lambda v: format_pct_compact(v, lang=lang)
    if unit == "percentage_points":  # a difference of two percentages: 3,54 poin, 3.54 pp
        word = {"id": "poin", "en": "pp"}[lang]
        return lambda v: f"{format_pct_compact(v, lang=lang).removesuffix('%')} {word}"
    if unit == "fraction":  # a share or a rate written as a fraction: 0.022 is 2,2%
        return lambda v: format_pct_compact(v * 100 if isinstance(v, float | int) else v,
                                            lang=lang)
    if unit is not None and unit.startswith("IDR"):
        return lambda v: format_rupiah(v, lang=lang, compact=compact)
    return None


def counts_workers_to_enrol(field: str) -> bool:
    """Whether the column ``field`` counts workers to enrol: a field of
    :data:`WORKERS_TO_ENROL`, or its bound (``enrol_gross_low``, ``workers_to_target_high``).

    >>> counts_workers_to_enrol("net_new"), counts_workers_to_enrol("enrol_gross_high")
    (True, True)
    >>> counts_workers_to_enrol("workforce")
    False
    """
    base = field.removesuffix("_low").removesuffix("_high")
    return base in WORKERS_TO_ENROL


def whole_workers(value: float) -> float:
    """Workers needed, as whole workers: rounded up, after rounding to 6 decimals so that
    float noise (786702.0000000001) does not add a worker. NaN stays NaN.

    The one rounding rule for every number of workers to enrol (tables, charts, texts):
    0,995 x 786.702 - 400.385 = 382.383,49 needs 382.384 workers; 382.383 would leave
    coverage at 99,49994%, short of the target.

    >>> whole_workers(382_383.49)
    382384.0
    >>> whole_workers(95_595.0000000001)
    95595.0
    """
    if not isinstance(value, int | float):  # a column or an array: the same rule, at once
        return np.ceil(np.round(np.asarray(value, dtype=float), 6))
    if value != value:  # NaN
        return value
    return float(math.ceil(round(value, 6)))
