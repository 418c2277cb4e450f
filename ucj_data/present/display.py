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

import html

import pandas as pd

from ucj_data.metadata.fields import FIELDS
from ucj_data.metadata.labels import VALUE_LABELS, field_label, value_label
from ucj_data.metadata.vocabularies import INDICATORS
from ucj_data.text.locales import locale_of
from ucj_data.text.numbers import MISSING, format_number, needed_decimals
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


SHORT = 28  # characters: a value this short is kept on one line


class ReadableTable:
    """A table for readers: every value written out as text, headers in one language, no
    index. Shows itself in Jupyter and in the HTML report as an HTML table, and as plain
    text elsewhere (so nbval compares its text); ``.frame`` holds the text table."""

    def __init__(self, frame: pd.DataFrame):
        self.frame = frame

    def _repr_html_(self) -> str:
        # short values (numbers, dates, ids) never wrap; long texts do
        def cell(tag: str, value) -> str:
            text = str(value)
            short = ' class="short"' if len(text) <= SHORT else ""
            return f"<{tag}{short}>{html.escape(text)}</{tag}>"

        head = "".join(cell("th", c) for c in self.frame.columns)
        rows = "".join("<tr>" + "".join(cell("td", v) for v in row) + "</tr>"
                       for row in self.frame.itertuples(index=False))
        return (f'<table class="readable"><thead><tr>{head}</tr></thead>'
                f"<tbody>{rows}</tbody></table>")

    def __repr__(self) -> str:
        return self.frame.to_string(index=False)

    def __len__(self) -> int:
        return len(self.frame)


# the language the curators write their notes in (figures.csv, statistics.csv), and the
# columns that hold them: the notes, and the release as a curator describes it where no
# official title was recorded
NOTES_LANG = "en"
NOTE_COLUMNS = ("note", "release")


def show(frame: pd.DataFrame, lang: str = "id", compact: bool = True) -> ReadableTable:
    """``frame`` as readers should see it, in ``lang`` ('id' or 'en').

    Columns of a field with a unit as :func:`readable` writes them; a ``value`` column
    (and ``reported``, ``computed``, ``difference``) by the unit of its row (a ``unit``
    column, else the unit of the row's ``indicator``); other numbers with digit grouping
    and at most two decimals (never scientific notation), years without grouping (2045);
    coded values (indicator, status, unit, check, ...) in words (ucj_data.metadata.labels);
    True/False as words; missing values as an en dash; headers are the fields' labels
    (ucj_data.metadata.labels); the row index is left out. The curators' notes and
    release descriptions are written in English (:data:`NOTES_LANG`): a table in another
    language leaves them out (:data:`NOTE_COLUMNS`),
    so that its page is wholly in its language (they stay in data/processed/).
    """
    locale_of(lang)  # checks lang
    if lang != NOTES_LANG:
        frame = frame.drop(columns=[c for c in NOTE_COLUMNS if c in frame.columns])
    out = readable(frame, lang=lang, compact=compact)
    units = _row_units(frame)
    for column in out.columns:
        out[column] = _shown_column(column, out[column], units, lang, compact)
    out.columns = [field_label(c, lang) for c in out.columns]
    return ReadableTable(out.reset_index(drop=True))


def _shown_column(column: str, values: pd.Series, units: pd.Series | None, lang: str,
                  compact: bool):
    """The values of ``column`` (after :func:`readable`) as text, by the first rule that
    fits: coded values in words, text as it is, True/False as words, years without digit
    grouping, values by their row's unit, other numbers plainly; missing values as a dash."""
    if column in VALUE_LABELS:  # coded values (indicator, status, unit, ...) in words
        return values.map(_or_dash(lambda v: value_label(column, v, lang)))
    if values.dtype == object and column not in _BY_ROW_UNIT:
        return values.map(_or_dash(_spaced))
    if pd.api.types.is_bool_dtype(values):
        return values.map(lambda v: _YES_NO[lang][bool(v)])
    if _is_year(column) and pd.api.types.is_numeric_dtype(values):
        return values.map(_or_dash(lambda v: str(int(v))))
    if column in _BY_ROW_UNIT and units is not None:
        row_units = units.map(lambda u: _difference_unit(column, u))
        return [_by_unit(v, u, lang, compact) for v, u in zip(values, row_units, strict=True)]
    if pd.api.types.is_numeric_dtype(values):
        return values.map(lambda v: _plain_number(v, lang))
    return values.map(_or_dash(lambda v: _spaced(str(v))))


def _or_dash(write):
    """``write`` for a value that is there; an en dash for a missing one."""
    return lambda v: MISSING if _missing(v) else write(v)


# columns whose unit is given row by row in the frame's ``unit`` column
_BY_ROW_UNIT = frozenset({"value", "value_low", "value_high", "reported", "computed",
                          "difference", "tolerance"})
_YES_NO = {"id": {True: "ya", False: "tidak"}, "en": {True: "yes", False: "no"}}


# a difference between two percentages, or the tolerance of one, is in percentage points
_DIFFERENCES = frozenset({"difference", "tolerance"})


def _difference_unit(column: str, unit):
    return "percentage_points" if column in _DIFFERENCES and unit == "percent" else unit


def _row_units(frame: pd.DataFrame) -> pd.Series | None:
    """Each row's unit: the frame's ``unit`` column, else its indicator's unit."""
    if "unit" in frame.columns:
        return frame["unit"]
    if "indicator" in frame.columns:
        return frame["indicator"].map(lambda i: getattr(INDICATORS.get(i), "unit", None))
    return None


def _is_year(column: str) -> bool:
    """A column of calendar years (year, target_year, base_year): written without digit
    grouping, 2045 not 2.045."""
    return column == "year" or column.endswith("_year")


def _spaced(value):
    """Lists of ids ('a;b') with a space after each ';', so that they can wrap."""
    return value.replace(";", "; ") if isinstance(value, str) else value


def _missing(value) -> bool:
    return value is None or value is pd.NA or (isinstance(value, float) and value != value)


def _plain_number(value, lang: str) -> str:
    if _missing(value):
        return MISSING
    # as few decimals as the value needs, at most two (0,05; 0,1; 2)
    rounded = round(float(value), 2)
    return format_number(rounded, lang=lang, decimals=needed_decimals(rounded, 2))


def _by_unit(value, unit, lang: str, compact: bool) -> str:
    if _missing(value):
        return MISSING
    fmt = value_formatter(None if _missing(unit) else unit, lang, compact)
    return fmt(value) if fmt is not None else _plain_number(value, lang)
