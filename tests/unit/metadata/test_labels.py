"""Column labels and Indonesian method texts: complete, and faithful to the English."""

from __future__ import annotations

import ast
import inspect
import re
from pathlib import Path

import pandas as pd
import pytest

from ucj_data.analysis import reconciliation
from ucj_data.metadata.fields import FIELDS, RANGED
from ucj_data.metadata.labels import (
    FIELD_LABELS,
    TABLE_LABELS,
    VALUE_LABELS,
    field_label,
    table_label,
    value_label,
)
from ucj_data.metadata.methods import METHODS
from ucj_data.metadata.methods_id import METHODS_ID, method_text
from ucj_data.metadata.tables import RAW_TABLES, TABLES
from ucj_data.metadata.vocabularies import FLAGS, INDICATORS, LEVELS, PARSED_UNITS, UNITS

RANGE_COLUMNS = {f"{name}_{end}" for name in RANGED for end in ("low", "high")}
BASE_FIELDS = set(FIELDS) - RANGE_COLUMNS


def test_every_field_has_both_labels_and_every_label_is_a_field():
    assert set(FIELD_LABELS) == BASE_FIELDS
    for name, labels in FIELD_LABELS.items():
        assert set(labels) == {"id", "en"}, name
        assert all(text.strip() for text in labels.values()), name


def test_labels_are_words_not_field_names():
    assert not [(n, t) for n, ls in FIELD_LABELS.items() for t in ls.values() if "_" in t]


def test_labels_carry_the_unit():
    for name in BASE_FIELDS:
        unit = FIELDS[name].unit
        # Rupiah as each language's amounts write it: Rp4,3 miliar / IDR 4.3 billion
        marks = ({"id": "(%)", "en": "(%)"} if unit == "percent"
                 else {"id": "(Rp)", "en": "(IDR)"} if unit == "IDR" else None)
        if marks:
            assert all(marks[lang] in t for lang, t in FIELD_LABELS[name].items()), name


def test_range_columns_get_their_base_label():
    assert field_label("yearly_cost_idr_low", "id") == "Biaya per tahun (Rp), batas bawah"
    assert field_label("yearly_cost_idr_high", "en") == "Yearly cost (IDR), high"
    assert field_label("active_participants_high", "id") == "Peserta aktif, batas atas"
    for name in RANGE_COLUMNS:
        assert field_label(name, "en") != name


def test_a_name_that_is_no_field_comes_back_unchanged():
    assert field_label("my_own_column", "id") == "my_own_column"
    assert field_label("my_own_column_low", "en") == "my_own_column_low"


@pytest.mark.parametrize("lang", ["fr", "ID", ""])
def test_an_unknown_language_is_refused(lang):
    with pytest.raises(ValueError, match="'id'"):
        field_label("year", lang)
    with pytest.raises(ValueError, match="'en'"):
        method_text("coverage", lang)


def test_every_method_has_an_indonesian_text():
    assert set(METHODS_ID) == set(METHODS)
    for name in METHODS:
        assert method_text(name, "en") == METHODS[name]
        assert method_text(name, "id") == METHODS_ID[name]


def test_an_unknown_method_names_the_known_ones():
    with pytest.raises(KeyError, match="coverage"):
        method_text("no_such_method", "id")


QUOTED = re.compile(r"(?<![A-Za-z])'[^']*'(?![A-Za-z])")  # not an apostrophe
NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
IDENTIFIER = re.compile(r"\w*_\w+")


def _indonesian(number: str) -> str:
    """An English-style number written the Indonesian way: a comma before three digits
    groups thousands ('10,000' -> '10.000'), a point is the decimal mark ('0.1' -> '0,1');
    a comma before other than three digits is already an Indonesian decimal ('146,54')."""
    out = []
    for i, char in enumerate(number):
        if char == ".":
            out.append(",")
        elif char == ",":
            digits = re.match(r"\d*", number[i + 1:]).group()
            out.append("." if len(digits) == 3 else ",")
        else:
            out.append(char)
    return "".join(out)


@pytest.mark.parametrize("name", sorted(METHODS))
def test_indonesian_methods_keep_every_number(name):
    english, indonesian = METHODS[name], METHODS_ID[name]
    # what is quoted (the sources' Indonesian words and numbers, values in code such as
    # 'reached') stays exactly as written
    missing = [q for q in QUOTED.findall(english) if q not in indonesian]
    outside = QUOTED.sub(" ", english)
    missing += [n for n in NUMBER.findall(outside)
                if not re.search(rf"(?<![\d.,]){re.escape(_indonesian(n))}(?![\d]|[.,]\d)",
                                 indonesian)]
    assert not missing, missing


@pytest.mark.parametrize("name", sorted(METHODS))
def test_indonesian_methods_keep_every_identifier(name):
    missing = {i for i in IDENTIFIER.findall(METHODS[name]) if i not in METHODS_ID[name]}
    assert not missing, missing


def test_number_conversion():
    assert _indonesian("10,000") == "10.000"
    assert _indonesian("0.1") == "0,1"
    assert _indonesian("146,54") == "146,54"
    assert _indonesian("1,234,567.5") == "1.234.567,5"


# --- table and value labels ------------------------------------------------------------

DATA_QUALITY_CSV = Path(__file__).resolve().parents[3] / "data" / "processed" / "data_quality.csv"
ENUM_COLUMNS = ("status", "target_status", "case_kind", "base_method", "path",
                "workforce_method", "check", "flag", "level", "indicator")


def _check_names_in_code() -> set[str]:
    """The check names reconciliation.py writes: string literals passed as the third
    argument (or ``check=``) of Check(...), or to a helper at the position of its parameter
    that it passes on as that argument, directly or through another such helper (such as
    a local ``row(name, ...)``, and ``share(name, ...)`` that calls it)."""
    tree = ast.parse(inspect.getsource(reconciliation))
    makers = {"Check": 2}  # function name -> position of the check name among its args

    def name_args(call: ast.Call) -> list[ast.expr]:
        at = makers[call.func.id]
        return [*call.args[at:at + 1],
                *(k.value for k in call.keywords if call.func.id == "Check" and k.arg == "check")]

    def maker_calls(node) -> list[ast.Call]:
        return [n for n in ast.walk(node) if isinstance(n, ast.Call)
                and getattr(n.func, "id", None) in makers]

    functions = [f for f in ast.walk(tree) if isinstance(f, ast.FunctionDef)]
    grown = True
    while grown:  # until no helper passes a parameter on to a maker
        grown = False
        for func in functions:
            params = [a.arg for a in func.args.args]
            for call in maker_calls(func):
                for arg in name_args(call):
                    if (isinstance(arg, ast.Name) and arg.id in params
                            and func.name not in makers):
                        makers[func.name] = params.index(arg.id)
                        grown = True
    return {a.value for call in maker_calls(tree) for a in name_args(call)
            if isinstance(a, ast.Constant) and isinstance(a.value, str)}


def test_every_table_has_both_labels_and_every_label_is_a_table():
    assert set(RAW_TABLES) <= set(TABLES)
    assert set(TABLE_LABELS) == set(TABLES)
    for name, labels in TABLE_LABELS.items():
        assert set(labels) == {"id", "en"}, name
        assert all(text.strip() and text.endswith(".") for text in labels.values()), name
        assert labels["id"] != labels["en"], name
        assert table_label(name, "id") == labels["id"]


def test_a_name_that_is_no_table_comes_back_unchanged():
    assert table_label("my_own_table", "en") == "my_own_table"
    with pytest.raises(ValueError, match="'id'"):
        table_label("figures", "fr")


@pytest.mark.parametrize("column, values", [
    ("indicator", set(INDICATORS)),
    ("flag", set(FLAGS)),
    ("level", set(LEVELS)),
    ("unit", set(UNITS) | set().union(*PARSED_UNITS.values())),
    ("workforce_method", set(reconciliation.WORKFORCE_INPUTS)),
    *[(c, set(FIELDS[c].enum)) for c in ENUM_COLUMNS],
])
def test_every_coded_value_has_both_labels(column, values):
    labels = VALUE_LABELS[column]
    assert not values - set(labels), values - set(labels)
    for value in values:
        assert set(labels[value]) == {"id", "en"}, value
        assert all(t.strip() for t in labels[value].values()), value
        assert value_label(column, value, "id") == labels[value]["id"]


def test_value_labels_are_for_known_values_only():
    # a label for a value no vocabulary or enum has would be a typo
    for column in ENUM_COLUMNS:
        assert set(VALUE_LABELS[column]) == set(FIELDS[column].enum), column


def test_every_check_the_library_writes_has_a_label():
    in_code = _check_names_in_code()
    # the walk finds the Check(...) calls and those of helpers that make one
    assert {"sources agree", "count <= workforce", "coverage + uncovered = 100"} <= in_code
    assert in_code <= set(FIELDS["check"].enum)
    written = set(in_code)
    if DATA_QUALITY_CSV.exists():
        written |= set(pd.read_csv(DATA_QUALITY_CSV)["check"].dropna().unique())
    assert not written - set(VALUE_LABELS["check"]), written - set(VALUE_LABELS["check"])


def test_value_labels_are_words_not_codes():
    found = [(c, v, t) for c, values in VALUE_LABELS.items() for v, ls in values.items()
             for t in ls.values() if "_" in t]
    found += [(n, t) for n, ls in TABLE_LABELS.items() for t in ls.values() if "_" in t]
    assert not found, found


def test_value_labels_are_lowercase_unless_a_proper_noun():
    proper = ("Rupiah", "BPS", "Rp", "IDR", "APBD", "APBN")
    for column, values in VALUE_LABELS.items():
        for value, ls in values.items():
            for text in ls.values():
                stripped = text
                for word in proper:
                    stripped = stripped.replace(word, "")
                assert stripped == stripped.lower(), (column, value, text)


def test_value_label_examples():
    assert value_label("indicator", "active_participants", "id") == "peserta aktif"
    assert value_label("indicator", "active_participants", "en") == "active participants"
    assert value_label("workforce_method", "active + uncovered", "id") == \
        "aktif + belum terlindungi"
    assert value_label("unit", "persons", "id") == "orang"
    assert value_label("level", "regency", "id") == "kabupaten"


@pytest.mark.parametrize("column, value", [
    ("indicator", "my_indicator"), ("my_column", "active_participants"),
    ("status", 3), ("level", None), ("unit", float("nan")),
])
def test_an_unknown_value_comes_back_unchanged(column, value):
    assert value_label(column, value, "en") == str(value)
    assert value_label(column, value, "id") == str(value)


@pytest.mark.parametrize("lang", ["fr", "ID", ""])
def test_value_label_refuses_an_unknown_language(lang):
    with pytest.raises(ValueError, match="'en'"):
        value_label("indicator", "workforce", lang)
