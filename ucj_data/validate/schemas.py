"""pandera schemas generated from :mod:`ucj_data.metadata.fields`, and their failures as Problems.

Column checks (type, required, unique, range, pattern, allowed values, foreign keys) come
from the field and table definitions. Checks that need more than one column or another
table (a quote must occur in its seed, a percentage must be at most 100) are the
``ROW_CHECKS`` below, each tied to the column a person would edit.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from functools import cache

import pandas as pd
import pandera.pandas as pa

from ucj_data.metadata.fields import FIELDS, Field
from ucj_data.metadata.tables import TABLES, Table
from ucj_data.metadata.vocabularies import INDICATORS
from ucj_data.validate.problems import Problem

PANDAS_DTYPES = {"string": "str", "integer": "Int64", "number": "float64",
                 "boolean": "boolean", "date": "str"}


def column(f: Field, *, extra: tuple[pa.Check, ...] = (), categorical: bool = False) -> pa.Column:
    """A pandera Column carrying every rule of the field definition.

    A ``categorical`` text column is held as a pandas categorical; pandas applies the text
    checks (pattern, allowed values) to its categories once, not to every row.
    """
    checks = list(extra)
    if f.minimum is not None:
        checks.append(pa.Check.ge(f.minimum, error=f"a value of at least {f.minimum:g}"))
    if f.maximum is not None:
        checks.append(pa.Check.le(f.maximum, error=f"a value of at most {f.maximum:g}"))
    if f.pattern is not None:
        checks.append(pa.Check.str_matches(f.pattern, error=f"text matching {f.pattern}"))
    if f.enum is not None:
        allowed = ", ".join(f.enum)
        checks.append(pa.Check.isin(list(f.enum), error=f"one of: {allowed}"))
    dtype = "category" if categorical else PANDAS_DTYPES[f.type]
    return pa.Column(dtype, checks=checks, nullable=not f.required,
                     unique=f.unique, coerce=True, required=True, title=f.name,
                     description=f.description,
                     metadata={"unit": f.unit} if f.unit else None)


def foreign_key_checks(table: Table, known: Mapping[str, pd.Series]) -> dict[str, pa.Check]:
    """isin checks for foreign keys whose referenced table is in ``known``."""
    checks = {}
    for fld, ref_table, ref_field in table.foreign_keys:
        if ref_table in known:
            values = known[ref_table][ref_field].dropna().unique().tolist()
            checks[fld] = pa.Check.isin(
                values, error=f"a {ref_field} listed in data/raw/{ref_table}.csv")
    return checks


# --- checks across columns or tables: (table, name) -> (column to blame, test) --------
RowCheck = Callable[[pd.DataFrame, Mapping], pd.Series]


def _quote_in_seed(df: pd.DataFrame, ctx: Mapping) -> pd.Series:
    texts = ctx.get("seed_of_source", {})
    return pd.Series([q in texts.get(s, q) if isinstance(q, str) else True
                      for q, s in zip(df["quote"], df["source_id"], strict=True)],
                     index=df.index)


def _value_text_in_quote(df: pd.DataFrame, ctx: Mapping) -> pd.Series:
    return pd.Series([v in q if isinstance(v, str) and isinstance(q, str) else True
                      for v, q in zip(df["value_text"], df["quote"], strict=True)],
                     index=df.index)


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


def _percent_at_most_100(df: pd.DataFrame, ctx: Mapping) -> pd.Series:
    return (df["unit"] != "percent") | (df["value"] <= 100)


def _count_is_whole(df: pd.DataFrame, ctx: Mapping) -> pd.Series:
    return (_kind(df) != "count") | (df["value"] % 1 == 0)


ROW_CHECKS: dict[tuple[str, str], tuple[str, str, RowCheck]] = {
    ("sources", "seed_exists"): ("file", "a file of that name in seeds/", _seed_exists),
    ("exclusions", "pattern_compiles"):
        ("pattern", "a valid Python regular expression", _pattern_compiles),
    ("figures", "quote_in_seed"):
        ("quote", "text that occurs verbatim in the source's seed file", _quote_in_seed),
    ("figures", "value_text_in_quote"):
        ("value_text", "text that occurs verbatim in the quote", _value_text_in_quote),
    ("figures", "percent_at_most_100"):
        ("value_text", "a percentage of at most 100", _percent_at_most_100),
    ("figures", "count_is_whole"):
        ("value_text", "a whole number of people", _count_is_whole),
}


def schema(name: str, *, processed: bool = False,
           known: Mapping[str, pd.DataFrame] | None = None,
           context: Mapping | None = None) -> pa.DataFrameSchema:
    """The pandera schema of table ``name`` (see :func:`make_schema`); schemas that need
    no other table or context are built once per process."""
    if known is None and context is None:
        return _plain_schema(name, processed)
    return make_schema(name, processed=processed, known=known, context=context)


@cache
def _plain_schema(name: str, processed: bool) -> pa.DataFrameSchema:
    return make_schema(name, processed=processed)


def make_schema(name: str, *, processed: bool = False,
                known: Mapping[str, pd.DataFrame] | None = None,
                context: Mapping | None = None) -> pa.DataFrameSchema:
    """The pandera schema of table ``name``, raw (as typed) or processed (with derived columns).

    ``known`` holds already validated tables for foreign-key checks; ``context`` whatever
    the row checks need (seed texts). Row checks run on the processed schema only where
    they use derived columns.
    """
    table = TABLES[name]
    names = table.fields if processed else table.raw_fields
    fks = foreign_key_checks(table, known or {})
    columns = {
        n: column(table.field(n), extra=(fks[n],) if n in fks else (),
                  categorical=n in table.categorical)
        for n in names
    }
    ctx = context or {}
    checks = []
    for (tname, cname), (_, expected, fn) in ROW_CHECKS.items():
        needs_derived = cname in {"percent_at_most_100", "count_is_whole"}
        if tname == name and (processed or not needs_derived):
            checks.append(pa.Check(lambda df, fn=fn: fn(df, ctx), name=cname, error=expected))
    return pa.DataFrameSchema(columns, checks=checks, strict=True, coerce=True,
                              ordered=False, name=name,
                              unique=list(table.primary_key) if len(table.primary_key) > 1
                              else None)


def header_problems(df: pd.DataFrame, sch: pa.DataFrameSchema, file: str) -> list[Problem]:
    """Missing and unknown columns, reported on the header line."""
    expected = ", ".join(sch.columns)
    return ([Problem(file, 1, c, "no such column", "a column of this name in the header")
             for c in sch.columns if c not in df.columns]
            + [Problem(file, 1, c, "an unknown column", f"only the columns {expected}")
               for c in df.columns if c not in sch.columns])


def validate(df: pd.DataFrame, sch: pa.DataFrameSchema, file: str) -> tuple[pd.DataFrame, list]:
    """Validate lazily; return (validated frame, []) or (input frame, problems).

    A table whose header is wrong is not checked further: its rows cannot be read.
    """
    if problems := header_problems(df, sch, file):
        return df, problems
    try:
        return sch.validate(df, lazy=True), []
    except pa.errors.SchemaErrors as err:
        return df, problems_from(err.failure_cases, df, sch, file)


def problems_from(cases: pd.DataFrame, df: pd.DataFrame, sch: pa.DataFrameSchema,
                  file: str) -> list[Problem]:
    """Translate pandera's failure cases into one Problem per bad cell."""
    blame = {cname: col for (t, cname), (col, _, _) in ROW_CHECKS.items() if t == sch.name}
    # pandera names a failed DataFrameSchema check by its error text
    blame |= {c.error: blame[c.name] for c in sch.checks if c.name in blame}
    problems, seen = [], set()
    uncoercible = set(cases.loc[cases["check"].astype(str).str.startswith("coerce_dtype"),
                                "column"])
    for case in cases.itertuples(index=False):
        check = str(case.check)
        line = None if pd.isna(case.index) else int(case.index)
        if case.schema_context == "DataFrameSchema" and check in blame:
            col = blame[check]
            value = df.at[line, col] if line is not None and col in df else case.failure_case
            expected = check
        else:
            col, value = case.column, case.failure_case
            if check.startswith(("coerce_dtype", "dtype")):
                expected = f"a {FIELDS[col].type}" if col in FIELDS else check
            elif check == "not_nullable":
                expected = "a value (this column may not be empty)"
            elif check == "field_uniqueness":
                expected = "a value not used on another line"
            elif line is None and col in uncoercible:
                continue  # a later check crashed on a value already reported as untyped
            else:
                expected = check
        key = (line, col, check if not check.startswith(("coerce", "dtype")) else "type")
        if key in seen:
            continue
        seen.add(key)
        problems.append(Problem(file, line, col, repr(value), expected))
    return problems

