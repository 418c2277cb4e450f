"""Column labels and Indonesian method texts: complete, and faithful to the English."""

from __future__ import annotations

import re

import pytest

from ucj_data.metadata.fields import FIELDS, RANGED
from ucj_data.metadata.labels import FIELD_LABELS, field_label
from ucj_data.metadata.methods import METHODS
from ucj_data.metadata.methods_id import METHODS_ID, method_text

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
        mark = "(%)" if unit == "percent" else "(Rp)" if unit == "IDR" else None
        if mark:
            assert all(mark in t for t in FIELD_LABELS[name].values()), name


def test_range_columns_get_their_base_label():
    assert field_label("yearly_cost_idr_low", "id") == "Biaya per tahun (Rp), batas bawah"
    assert field_label("yearly_cost_idr_high", "en") == "Yearly cost (Rp), high"
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
