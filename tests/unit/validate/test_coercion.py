"""Validation converts only the columns that are not yet of their type, and still checks
every column."""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
import pytest

from ucj_data.validate.schemas import TEXT, coercing_what_is_untyped


def schema() -> pa.DataFrameSchema:
    return pa.DataFrameSchema({
        "code": pa.Column(TEXT, pa.Check.str_matches(r"[0-9]+"), coerce=True),
        "count": pa.Column("Int64", pa.Check.ge(0), coerce=True),
    })


def test_only_the_untyped_columns_are_converted():
    sch = schema()
    frame = pd.DataFrame({"code": pd.Series(["36", "18"], dtype="str"),
                          "count": ["3", "4"]})  # counts as text, as read from a CSV
    variant = coercing_what_is_untyped(sch, frame)
    assert not variant.columns["code"].coerce and variant.columns["count"].coerce
    out = variant.validate(frame)
    assert out["count"].dtype == "Int64" and out["count"].tolist() == [3, 4]
    assert coercing_what_is_untyped(sch, frame) is variant  # made once
    # nothing typed yet: the schema as it is
    assert coercing_what_is_untyped(sch, frame.astype(object)) is sch


def test_a_typed_column_is_still_checked():
    frame = pd.DataFrame({"code": pd.Series(["36", "x"], dtype="str"),
                          "count": pd.Series([1, -1], dtype="Int64")})
    variant = coercing_what_is_untyped(schema(), frame)
    assert not variant.columns["count"].coerce
    with pytest.raises(pa.errors.SchemaErrors) as err:
        variant.validate(frame, lazy=True)
    failed = set(zip(err.value.failure_cases["column"], err.value.failure_cases["index"],
                     strict=True))
    assert failed == {("code", 1), ("count", 1)}
