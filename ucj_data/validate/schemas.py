"""pandera schemas generated from :mod:`ucj_data.metadata.fields`, and their failures as Problems.

Column checks (type, required, unique, range, pattern, allowed values, foreign keys) come
from the field and table definitions. Checks that need more than one column or another
table (a quote must occur in its seed, a percentage must be at most 100) are the
``ROW_CHECKS`` below, each tied to the column a person would edit.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache

import numpy as np
import pandas as pd
import pandera.pandas as pa
from pandera.engines import pandas_engine

from ucj_data.metadata.fields import FIELDS, Field
from ucj_data.metadata.gazetteer import UNCONFIRMED_PREFIX
from ucj_data.metadata.tables import RAW_TABLES, TABLES, Table
from ucj_data.metadata.vocabularies import (
    AHEAD,
    CEILINGS,
    CODE_LENGTH,
    FIRST_YEAR_OF_DATA,
    INDICATORS,
    LAST_YEAR,
    ONE_VALUE_PER,
)
from ucj_data.text.numbers import scale_word_at
from ucj_data.validate.problems import Problem


@dataclasses.dataclass(frozen=True)
class _Text(pandas_engine.STRING):
    """pandera's text dtype, answering "is this column already text?" with one bool.

    pandera 0.35 answers it for pandas' text dtype with one True per row, and then builds
    (and formats) an empty table of failure cases for every text column of every
    validation: about a third of a validation's time on these tables. Any other dtype is
    checked by pandera as before."""

    def check(self, pandera_dtype, data_container=None):
        try:
            if pandas_engine.Engine.dtype(pandera_dtype).type == self.type:
                return True
        except TypeError:
            pass
        return super().check(pandera_dtype, data_container)


PANDAS_DTYPES = {"string": "str", "integer": "Int64", "number": "float64",
                 "boolean": "boolean", "date": "str"}
# the dtype pandera checks each column against (text: see _Text)
TEXT = _Text(storage=pandas_engine.Engine.dtype("str").storage)
PANDERA_DTYPES = {kind: TEXT if dtype == "str" else dtype
                  for kind, dtype in PANDAS_DTYPES.items()}


# a time of day with its offset from UTC after a date (the form is the pattern's to check)
_TIME = re.compile(r"T([0-9]{2}):([0-9]{2})[+-]([0-9]{2}):([0-9]{2})")
MAX_OFFSET_MINUTES = 14 * 60  # UTC-12:00 to UTC+14:00 are in use; ±14:00 is ISO's bound


def is_real_date(text) -> bool:
    """A year (YYYY), month (YYYY-MM), date (YYYY-MM-DD) or date and time with offset
    (YYYY-MM-DDTHH:MM+HH:MM) that exists, from FIRST_YEAR to LAST_YEAR: hours 00-23,
    minutes 00-59, an offset within ±14:00."""
    try:
        if len(text) >= 10:
            day = dt.date.fromisoformat(text[:10])
            if time := _TIME.fullmatch(text, 10):
                hour, minute, off_hours, off_minutes = map(int, time.groups())
                if (hour > 23 or minute > 59 or off_minutes > 59
                        or off_hours * 60 + off_minutes > MAX_OFFSET_MINUTES):
                    return False
        elif len(text) == 7 and text[4] == "-":
            day = dt.date(int(text[:4]), int(text[5:]), 1)
        else:
            day = dt.date(int(text), 1, 1)
    except (ValueError, TypeError):
        return False
    return FIRST_YEAR_OF_DATA <= day.year <= LAST_YEAR


def _ascii_digits(text) -> bool:
    return not any(c.isdigit() and c not in "0123456789" for c in text)


def has_digits(f: Field) -> bool:
    """Whether the field's pattern holds digits (codes, ids, periods): those must be ASCII."""
    return f.pattern is not None and "0-9" in f.pattern


def _each(test):
    """A column check applying ``test`` to each value (to each category of a categorical:
    pandas maps the categories once)."""
    return lambda values: values.map(test).astype(bool)


ASCII_DIGITS = "ASCII digits 0-9 only"
PATTERN = "text matching "
REAL_DATE = (f"a real calendar date (or year) from {FIRST_YEAR_OF_DATA} to {LAST_YEAR} "
             "(and where a time follows: 00:00-23:59, an offset within ±14:00)")


def column(f: Field, *, extra: tuple[pa.Check, ...] = (), categorical: bool = False,
           unique: bool = False) -> pa.Column:
    """A pandera Column carrying every rule of the field definition.

    A ``categorical`` text column is held as a pandas categorical; pandas applies the text
    checks (pattern, allowed values) to its categories once, not to every row.
    """
    checks = list(extra)
    if has_digits(f):
        # before the pattern: a '３' should be named, not reported as a pattern mismatch
        checks.append(pa.Check(_each(_ascii_digits), error=ASCII_DIGITS))
    if f.calendar:
        checks.append(pa.Check(_each(is_real_date), error=REAL_DATE))
    if f.minimum is not None:
        checks.append(pa.Check.ge(f.minimum, error=f"a value of at least {f.minimum:g}"))
    if f.maximum is not None:
        checks.append(pa.Check.le(f.maximum, error=f"a value of at most {f.maximum:g}"))
    if f.pattern is not None:
        # the whole text, as Field.matches: with re.match a '$' also matches before a final
        # newline, so '2025\n' (Alt+Enter in a spreadsheet) would pass as a year
        checks.append(pa.Check(lambda values, p=f.pattern: values.str.fullmatch(p).astype(bool),
                               error=f"{PATTERN}{f.pattern}"))
    if f.enum is not None:
        allowed = ", ".join(f.enum)
        checks.append(pa.Check.isin(list(f.enum), error=f"one of: {allowed}"))
    dtype = "category" if categorical else PANDERA_DTYPES[f.type]
    return pa.Column(dtype, checks=checks, nullable=not f.required,
                     unique=f.unique or unique, coerce=True, required=True, title=f.name,
                     description=f.description,
                     metadata={"unit": f.unit} if f.unit else None)


def foreign_key_checks(table: Table, known: Mapping[str, pd.Series]) -> dict[str, pa.Check]:
    """isin checks for foreign keys whose referenced table is in ``known``."""
    checks = {}
    for fld, ref_table, ref_field in table.foreign_keys:
        if ref_table in known and table.field(fld).enum is None:  # an enum says it already
            values = known[ref_table][ref_field].dropna().unique().tolist()
            where = (f"listed in data/raw/{ref_table}.csv" if ref_table in RAW_TABLES
                     else f"of the {ref_table} vocabulary (docs/data-dictionary.md)")
            article = "an" if ref_field[0] in "aeiou" else "a"
            checks[fld] = pa.Check.isin(values, error=f"{article} {ref_field} {where}")
    return checks


# --- checks across columns or tables, each tied to the column a person would edit -------


def _quote_in_seed(df: pd.DataFrame, ctx: Mapping) -> pd.Series:
    texts = ctx.get("seed_of_source", {})
    return pd.Series([q in texts.get(s, q) if isinstance(q, str) else True
                      for q, s in zip(df["quote"], df["source_id"], strict=True)],
                     index=df.index)


IN_QUOTE = ("text that occurs verbatim in the quote, as the whole number written there (not "
            "part of a longer number; with the scale word that follows it)")
_DIGIT = frozenset("0123456789")


def _carries_on(text: str, i: int, step: int) -> bool:
    """Whether the number written in ``text`` carries on at ``i`` (towards ``step``): a
    digit, or a digit separator ('.' or ',') with a digit beyond it."""
    if not 0 <= i < len(text):
        return False
    beyond = i + step
    return text[i] in _DIGIT or (text[i] in ".," and 0 <= beyond < len(text)
                                  and text[beyond] in _DIGIT)


def value_text_misfit(value_text: str, quote: str) -> str | None:
    """None when ``value_text`` occurs in ``quote`` as the whole number written there; else
    what is expected, saying what the quote has.

    An occurrence counts when the number does not carry on beyond it ('1.234' is only part
    of '21.234' and of '1.2345') and a scale word right after it is part of value_text
    ('Rp650,459' is 650.459 rupiah, the quote's 'Rp650,459 miliar' 650 miliar): otherwise a
    truncated number would be parsed as the figure. Any whole occurrence will do."""
    first = None
    start = quote.find(value_text) if value_text else -1
    while start >= 0:
        cut = _cut_short(value_text, quote, start)
        if cut is None:
            return None
        first = first or cut
        start = quote.find(value_text, start + 1)
    return IN_QUOTE if first is None else f"the whole number as written in the quote ({first})"


def _cut_short(value_text: str, quote: str, start: int) -> str | None:
    """What the quote adds to the number ``value_text`` at ``start`` (None: nothing)."""
    end = start + len(value_text)
    lo, hi = start, end
    while value_text[0] in _DIGIT and _carries_on(quote, lo - 1, -1):
        lo -= 1
    while value_text[-1] in _DIGIT and _carries_on(quote, hi, 1):
        hi += 1
    # shown from where the quote's number starts, or from the last word of value_text
    shown = lo if lo < start else start + value_text.rfind(" ") + 1
    if (lo, hi) != (start, end):
        return (f"the quote has {_excerpt(quote, shown, hi)!r}: value_text must be the whole "
                "number, not part of it")
    word = scale_word_at(quote, end) if value_text[-1] in _DIGIT else None
    if word is None:
        return None
    hi = quote.index(word, end) + len(word)
    return (f"the quote continues {_excerpt(quote, shown, hi)!r}: value_text must include "
            f"the scale word {word!r}")


def _excerpt(text: str, start: int, end: int) -> str:
    """``text[start:end]``, after '… ' where it does not start the text."""
    return ("… " if start > 0 else "") + text[start:end].strip()


def _value_text_in_quote(df: pd.DataFrame, ctx: Mapping) -> pd.Series:
    return pd.Series([value_text_misfit(v, q) is None
                      if isinstance(v, str) and isinstance(q, str) else True
                      for v, q in zip(df["value_text"], df["quote"], strict=True)],
                     index=df.index)


def _value_text_says(row: pd.Series) -> str:
    return value_text_misfit(row["value_text"], row["quote"]) or IN_QUOTE


def _seed_exists(df: pd.DataFrame, ctx: Mapping) -> pd.Series:
    return df["file"].isna() | df["file"].isin(list(ctx.get("seeds", {})))


def _pattern_compiles(df: pd.DataFrame, ctx: Mapping) -> pd.Series:
    def ok(p):
        try:
            re.compile(p)
        except (re.error, TypeError):
            return False
        return True
    return df["pattern"].map(ok).astype(bool)


def _kind(df: pd.DataFrame) -> pd.Series:
    return df["indicator"].map({k: v.kind for k, v in INDICATORS.items()})


def _number(values: pd.Series) -> pd.Series:
    return pd.to_numeric(values, errors="coerce").astype(float)


def _percent_at_most_100(df: pd.DataFrame, ctx: Mapping) -> pd.Series:
    return ((df["unit"] != "percent") | (_number(df["value"]) <= 100)).astype(bool)


def _count_is_whole(df: pd.DataFrame, ctx: Mapping) -> pd.Series:
    return ((_kind(df) != "count") | (_number(df["value"]) % 1 == 0)).astype(bool)


def _below_ceiling(df: pd.DataFrame, ctx: Mapping) -> pd.Series:
    ceiling = df["unit"].map(CEILINGS).astype(float).fillna(np.inf)
    return (_number(df["value"]) <= ceiling).astype(bool)


def _not_after_publication(df: pd.DataFrame, ctx: Mapping) -> pd.Series:
    """A period no later than its source's date (published, else event_date); targets may."""
    dated = ctx.get("date_of_source", {})
    ok = []
    for period, source, indicator in zip(df["period"], df["source_id"], df["indicator"],
                                         strict=True):
        date = dated.get(source)
        if not isinstance(period, str) or not isinstance(date, str) or indicator in AHEAD:
            ok.append(True)
        else:  # 'YYYY' against the year, 'YYYY-MM' the month, 'YYYY-MM-DD' the day
            ok.append(period <= date[: len(period)])
    return pd.Series(ok, index=df.index, dtype=bool)


def _one_value(df: pd.DataFrame, ctx: Mapping) -> pd.Series:
    """Unflagged figures of an indicator used as reported agree within region and year or
    period (ONE_VALUE_PER)."""
    keys = {}
    for line, region, indicator, period, value, flag in zip(
            df.index, df["region_code"], df["indicator"], df["period"], df["value"],
            df["flag"], strict=True):
        if indicator in ONE_VALUE_PER and pd.isna(flag) and isinstance(period, str):
            when = period[:4] if ONE_VALUE_PER[indicator] == "year" else period
            keys.setdefault((region, indicator, when), {})[line] = value
    clash = {line for lines in keys.values() if len(set(lines.values())) > 1
             for line in lines}
    return pd.Series([line not in clash for line in df.index], index=df.index, dtype=bool)


def _parent_is_above(df: pd.DataFrame, ctx: Mapping) -> pd.Series:
    """The chain of parents never comes back to the region (no cycle, not its own parent)."""
    parent = dict(zip(df["region_code"], df["parent_code"], strict=True))
    ok = []
    for code in df["region_code"]:
        seen, up = {code}, parent.get(code)
        while isinstance(up, str) and up not in seen:
            seen.add(up)
            up = parent.get(up)
        # on a cycle when the chain comes back to the region itself; a region whose chain
        # only runs into a cycle elsewhere is fine: the cycle is named on its own lines
        ok.append(up != code)
    return pd.Series(ok, index=df.index, dtype=bool)


def _level_fits_code(df: pd.DataFrame, ctx: Mapping) -> pd.Series:
    # a provisional key ('K' + Kemendagri's digits) has the digits of the level's code
    digits = df["region_code"].str.removeprefix(UNCONFIRMED_PREFIX)
    length = digits.str.len() == df["level"].map(CODE_LENGTH)
    # the country's code is all zeros (BPS: '00'); no other region's is
    zeros = df["region_code"].str.fullmatch("0+").fillna(False).astype(bool)
    country = zeros == (df["level"] == "country")
    return (length & country).fillna(True).astype(bool)


def package_rate_is_sum(rates: pd.DataFrame, ctx: Mapping | None = None) -> pd.Series:
    """A package's rate is the sum of its programmes' rates (a programme: a package whose
    components are itself). A package whose programmes are not all listed is taken as
    written."""
    rate = _number(rates["rate_idr_per_month"])
    single = rate[rates["package"] == rates["components"]]
    single = single.groupby(rates.loc[single.index, "package"]).first()
    parts = rates["components"].fillna("").str.split("+")
    # a rate that is no number is reported by its column's type check, not here
    known = parts.map(lambda p: all(c in single.index for c in p)) & rate.notna()
    expected = parts.map(lambda p: float(single.reindex(p).sum(min_count=len(p))))
    close = np.isclose(rate.to_numpy(), expected.to_numpy(dtype=float))
    return (~known | expected.isna() | pd.Series(close, index=rates.index)).astype(bool)


def _not_after_release(df: pd.DataFrame, ctx: Mapping) -> pd.Series:
    """A statistic's period no later than its release_date (compared at the shorter of the
    two: 'YYYY' against the year, 'YYYY-MM' the month). A period or date that is no real
    date is reported by its own column's checks, not here."""
    ok = []
    for period, release in zip(df["period"], df["release_date"], strict=True):
        if not (is_real_date(period) and is_real_date(release)):
            ok.append(True)
        else:
            n = min(len(period), len(release))
            ok.append(period[:n] <= release[:n])
    return pd.Series(ok, index=df.index, dtype=bool)


def _shared_is_marked(df: pd.DataFrame, ctx: Mapping) -> pd.Series:
    """An alias on the rows of two regions (compared without case, as it is matched) is
    marked 'shared' on each of them, and an alias of one region only is not."""
    key = df["alias"].str.casefold()
    regions = df.groupby(key)["region_code"].transform("nunique")
    return ((regions > 1) == (df["ambiguity"] == "shared")).astype(bool)


@dataclass(frozen=True)
class RowCheck:
    """A check across columns or tables: its table, the column a person would edit, what
    is expected, the test, and whether it needs the columns derived at build time."""

    table: str
    name: str
    column: str
    expected: str
    test: Callable[[pd.DataFrame, Mapping], pd.Series]
    derived: bool = False
    # what a failing row has, for its message (else ``expected``), from the row by CSV line
    says: Callable[[pd.Series], str] | None = None


def _parsed_value_checks(table: str, whole: str) -> tuple[RowCheck, RowCheck]:
    """The checks of a value parsed from value_text that figures and statistics share: a
    percentage of at most 100, a count that is whole (``whole``: what it counts)."""
    return (RowCheck(table, "percent_at_most_100", "value_text", "a percentage of at most 100",
                     _percent_at_most_100, derived=True),
            RowCheck(table, "count_is_whole", "value_text", whole, _count_is_whole,
                     derived=True))


ROW_CHECKS: tuple[RowCheck, ...] = (
    RowCheck("sources", "seed_exists", "file", "a file of that name in seeds/", _seed_exists),
    RowCheck("regions", "parent_is_above", "parent_code",
             "a parent_code whose chain of parents never leads back to this region",
             _parent_is_above),
    RowCheck("regions", "level_fits_code", "level",
             "a level that fits the code: '00' country, other 2 digits province, 4 digits "
             "regency or city (after the prefix of a provisional key)", _level_fits_code),
    RowCheck("region_aliases", "shared_is_marked", "ambiguity",
             "'shared' on every row of an alias that names two regions (the same alias on "
             "another region's row, without regard to case), and empty otherwise",
             _shared_is_marked),
    RowCheck("exclusions", "pattern_compiles", "pattern", "a valid Python regular expression",
             _pattern_compiles),
    RowCheck("contribution_rates", "package_rate_is_sum", "rate_idr_per_month",
             "the sum of the rates of the package's programmes (rows whose package is its "
             "own component)", package_rate_is_sum),
    RowCheck("figures", "quote_in_seed", "quote",
             "text that occurs verbatim in the source's seed file", _quote_in_seed),
    RowCheck("figures", "value_text_in_quote", "value_text", IN_QUOTE, _value_text_in_quote,
             says=_value_text_says),
    RowCheck("figures", "not_after_publication", "period",
             "a period no later than the source's published date (or event_date); only a "
             "target may lie ahead", _not_after_publication),
    *_parsed_value_checks("figures", "a whole number of people"),
    RowCheck("figures", "below_ceiling", "value_text",
             "a plausible magnitude: at most " + ", ".join(
                 f"{v:g} {u}" for u, v in CEILINGS.items()) + " (fix a misprint, or flag it)",
             _below_ceiling, derived=True),
    RowCheck("figures", "one_value", "value_text",
             "the same value as the other unflagged figures of this indicator and region "
             "(same year for a target, same period for workers funded): flag all but one",
             _one_value, derived=True),
    RowCheck("statistics", "period_not_after_release", "period",
             "a period no later than the release_date", _not_after_release),
    *_parsed_value_checks("statistics", "a whole number"),
)
BLAME = {(c.table, c.name): c.column for c in ROW_CHECKS}


def schema(name: str, *, processed: bool = False,
           known: Mapping[str, pd.DataFrame] | None = None,
           context: Mapping | None = None, derived_only: bool = False) -> pa.DataFrameSchema:
    """The pandera schema of table ``name`` (see :func:`make_schema`); schemas that need
    no other table or context are built once per process."""
    if known is None and context is None and not derived_only:
        return _plain_schema(name, processed)
    return make_schema(name, processed=processed, known=known, context=context,
                       derived_only=derived_only)


@cache
def _plain_schema(name: str, processed: bool) -> pa.DataFrameSchema:
    return make_schema(name, processed=processed)


def make_schema(name: str, *, processed: bool = False,
                known: Mapping[str, pd.DataFrame] | None = None,
                context: Mapping | None = None,
                derived_only: bool = False) -> pa.DataFrameSchema:
    """The pandera schema of table ``name``, raw (as typed) or processed (with derived columns).

    ``known`` holds already validated tables for foreign-key checks; ``context`` whatever
    the row checks need (seed texts). Row checks run on the processed schema only where
    they use derived columns. ``derived_only``: only the derived columns and the row
    checks that use them, for a table whose raw columns passed the raw schema already
    (each rule is then checked once).
    """
    table = TABLES[name]
    names = table.fields if processed else table.raw_fields
    if derived_only:
        names = table.derived
    fks = foreign_key_checks(table, known or {})
    columns = {
        n: column(table.field(n), extra=(fks[n],) if n in fks else (),
                  categorical=n in table.categorical,
                  unique=table.primary_key == (n,))
        for n in names
    }
    ctx = context or {}
    checks = []
    for rc in ROW_CHECKS:
        if rc.table == name and (processed or not rc.derived) and (rc.derived
                                                                   or not derived_only):
            checks.append(pa.Check(lambda df, fn=rc.test: fn(df, ctx), name=rc.name,
                                   error=rc.expected))
    return pa.DataFrameSchema(columns, checks=checks, strict=not derived_only, coerce=False,
                              ordered=False, name=name,
                              unique=list(table.primary_key)
                              if len(table.primary_key) > 1 and not derived_only else None)


def _of_type(values: pd.Series, col: pa.Column) -> bool:
    """Whether ``values`` already have exactly the pandas dtype of column ``col`` (an
    object column of text or of nothing is not text yet: coercing gives it the type)."""
    try:
        return bool(values.dtype == col.dtype.type)
    except (TypeError, AttributeError):
        return False


# schemas that coerce only some columns: (id of the schema, its typed columns) -> (the
# schema, kept alive so that its id is not reused; the variant)
_VARIANTS: dict[tuple[int, frozenset], tuple[pa.DataFrameSchema, pa.DataFrameSchema]] = {}


def coercing_what_is_untyped(sch: pa.DataFrameSchema, df: pd.DataFrame) -> pa.DataFrameSchema:
    """``sch`` coercing only the columns of ``df`` that are not yet of their type.

    pandera copies a column's schema and converts its values for each column it coerces,
    about a third of a validation's time here, also for a column that already has its
    type (the analyses' outputs mostly do; text read from data/raw/ does). Every check
    runs as before; only conversions that change nothing are skipped."""
    typed = frozenset(name for name, col in sch.columns.items()
                      if col.coerce and name in df and _of_type(df[name], col))
    if not typed:
        return sch
    key = (id(sch), typed)
    if key not in _VARIANTS:
        if len(_VARIANTS) > 256:  # schemas made per call (with known tables) come and go
            _VARIANTS.clear()
        _VARIANTS[key] = (sch, sch.update_columns({name: {"coerce": False} for name in typed}))
    return _VARIANTS[key][1]


def validated(name: str, frame: pd.DataFrame, **options) -> pd.DataFrame:
    """``frame`` validated by the processed schema of table ``name`` (raises pandera's
    SchemaError, as ``schema(name, processed=True).validate`` does)."""
    sch = schema(name, processed=True)
    return coercing_what_is_untyped(sch, frame).validate(frame, **options)


def header_problems(df: pd.DataFrame, sch: pa.DataFrameSchema, file: str) -> list[Problem]:
    """Missing and unknown columns, reported on the header line."""
    expected = ", ".join(sch.columns)
    names = [str(c) for c in df.columns]
    twice = sorted({c for c in names if names.count(c) > 1})
    return ([Problem(file, 1, c, "a column name used twice", "each column once")
             for c in twice]
            + [Problem(file, 1, c, "no such column", "a column of this name in the header")
             for c in sch.columns if c not in df.columns]
            + [Problem(file, 1, c, "an unknown column", f"only the columns {expected}")
               for c in dict.fromkeys(names) if sch.strict and c not in sch.columns])


def validate(df: pd.DataFrame, sch: pa.DataFrameSchema, file: str) -> tuple[pd.DataFrame, list]:
    """Validate lazily; return (validated frame, []) or (input frame, problems).

    A table whose header is wrong is not checked further: its rows cannot be read.
    """
    if problems := header_problems(df, sch, file):
        return df, problems
    try:
        return coercing_what_is_untyped(sch, df).validate(df, lazy=True), []
    except pa.errors.SchemaErrors as err:
        return df, problems_from(err.failure_cases, df, sch, file)


def problems_from(cases: pd.DataFrame, df: pd.DataFrame, sch: pa.DataFrameSchema,
                  file: str) -> list[Problem]:
    """Translate pandera's failure cases into one Problem per bad cell."""
    row_checks = _row_checks_of(sch)
    uncoercible = set(cases.loc[cases["check"].astype(str).str.startswith("coerce_dtype"),
                                "column"])
    problems, seen = [], set()
    for case in cases.itertuples(index=False):
        cell = _failed_cell(case, df, row_checks, uncoercible)
        if cell is None:
            continue
        line, col, value, expected = cell
        # pandera may fail a cell more than once for one rule (its type: coerce and dtype)
        key = (line, col, _rule_of(str(case.check)))
        if key in seen:
            continue
        seen.add(key)
        problems.append(Problem(file, line, col, repr(value), expected))
    return _digit_named_once(problems)


def _row_checks_of(sch: pa.DataFrameSchema) -> dict[str, RowCheck]:
    """The row checks of the schema's table, by name and by error text (pandera names a
    failed DataFrameSchema check by its error text)."""
    row_checks = {c.name: c for c in ROW_CHECKS if c.table == sch.name}
    return row_checks | {c.error: row_checks[c.name] for c in sch.checks
                         if c.name in row_checks}


def _failed_cell(case, df: pd.DataFrame, row_checks: Mapping[str, RowCheck],
                 uncoercible: set) -> tuple[int | None, str, object, str] | None:
    """(line, column, value, what is expected) of one failure case; None for a case that
    only echoes another."""
    check = str(case.check)
    line = None if pd.isna(case.index) else int(case.index)
    if case.schema_context == "DataFrameSchema" and check in row_checks:
        col, value, expected = _row_check_cell(row_checks[check], check, line, case, df)
        return line, col, value, expected
    col, value = case.column, case.failure_case
    if line is None and col in uncoercible and not _reported_anyway(check):
        return None  # a later check crashed on a value already reported as untyped
    return line, col, value, _column_expected(check, col, value)


def _row_check_cell(rc: RowCheck, check: str, line: int | None, case,
                    df: pd.DataFrame) -> tuple[str, object, str]:
    """(column, value, expected) of a failed row check: the cell of the column a person
    would edit, and what its row has where the check says it (``says``)."""
    col = rc.column
    value = df.at[line, col] if line is not None and col in df else case.failure_case
    expected = rc.says(df.loc[line]) if rc.says is not None and line is not None else check
    return col, value, expected


_TYPE_CHECKS = ("coerce_dtype", "dtype")
# what a failed column check expects where its name says it all (pandera's names)
_COLUMN_EXPECTS = {"not_nullable": "a value (this column may not be empty)",
                   "field_uniqueness": "a value not used on another line"}


def _reported_anyway(check: str) -> bool:
    """Whether a failure of ``check`` with no line, in a column that has a value that is
    not of its type, is still reported (the type, emptiness and uniqueness checks)."""
    return check.startswith(_TYPE_CHECKS) or check in _COLUMN_EXPECTS


def _column_expected(check: str, col: str, value) -> str:
    """What a failed column check expects, said for a person: the field's type, a value,
    the non-ASCII digit named, a pattern without the spaces around the value."""
    if check.startswith(_TYPE_CHECKS):
        return f"a {FIELDS[col].type}" if col in FIELDS else check
    if check in _COLUMN_EXPECTS:
        return _COLUMN_EXPECTS[check]
    if check == ASCII_DIGITS:
        odd = next(c for c in str(value) if c.isdigit() and c not in "0123456789")
        return f"{check}, not {odd!r} ({unicodedata.name(odd, 'a digit')}, U+{ord(odd):04X})"
    if check.startswith(PATTERN) and isinstance(value, str) and value != value.strip():
        return f"{check} (no space or line break before or after it)"
    return check


def _rule_of(check: str) -> str:
    """The rule a check tests: 'type' for pandera's coercion and dtype checks."""
    return "type" if check.startswith(("coerce", "dtype")) else check


def _digit_named_once(problems: list[Problem]) -> list[Problem]:
    """A cell with a non-ASCII digit is named once, for that: its other checks only echo
    it."""
    odd = {(p.line, p.column) for p in problems if p.expected.startswith(ASCII_DIGITS)}
    return [p for p in problems
            if (p.line, p.column) not in odd or p.expected.startswith(ASCII_DIGITS)]
