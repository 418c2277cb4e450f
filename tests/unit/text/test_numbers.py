"""Tests for ucj_data.text.numbers: parsing Indonesian number text and formatting numbers."""

from __future__ import annotations

import doctest
import math
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import ucj_data.text.numbers as numbers_module
from ucj_data.text.numbers import (
    ParsedNumber,
    format_number,
    format_pct,
    format_rupiah,
    parse_number,
    rupiah_formatter,
)

FAST = settings(max_examples=200, deadline=None)


def indonesian_grouping(n: int) -> str:
    """Independent of the library: 1234567 -> '1.234.567'."""
    return f"{n:,}".replace(",", ".")


# --------------------------------------------------------------------------------------------
# parse_number: examples
# --------------------------------------------------------------------------------------------

PARSE_CASES = [
    # text, value, unit, qualifier
    ("21.234.000", 21_234_000, "number", None),
    ("50,87", 50.87, "number", None),
    ("400.385", 400_385, "number", None),  # a thousands dot, not 400.385
    ("1.149.447", 1_149_447, "number", None),
    ("1.500", 1_500, "number", None),  # documented ambiguity: Indonesian reading wins
    ("0", 0, "number", None),
    ("0,5", 0.5, "number", None),
    ("1.000,5", 1000.5, "number", None),
    ("12345", 12_345, "number", None),  # ungrouped digits are fine
    # currency
    ("Rp 42.000.000,00", 42_000_000, "IDR", None),
    ("Rp42.000", 42_000, "IDR", None),
    ("Rp.42.000", 42_000, "IDR", None),
    ("Rp. 42.000", 42_000, "IDR", None),
    ("rp 5", 5, "IDR", None),
    # scale words
    ("461 ribu", 461_000, "number", None),
    ("461ribu", 461_000, "number", None),
    ("461 rb", 461_000, "number", None),
    ("2,7 juta", 2_700_000, "number", None),  # 2.7 * 10**6
    ("2,7 jt", 2_700_000, "number", None),
    ("7 Juta", 7_000_000, "number", None),
    # 650,459 miliar = 650.459 * 10**9 = 650_459_000_000 (exact, no float error)
    ("Rp650,459 miliar", 650_459_000_000, "IDR", None),
    ("Rp650,459 milyar", 650_459_000_000, "IDR", None),
    ("Rp650,459M", 650_459_000_000, "IDR", None),
    ("3 MILIAR", 3_000_000_000, "number", None),
    ("Rp1,2 triliun", 1_200_000_000_000, "IDR", None),  # 1.2 * 10**12
    ("Rp1,2 T", 1_200_000_000_000, "IDR", None),
    ("Rp1.234,5 miliar", 1_234_500_000_000, "IDR", None),  # 1234.5 * 10**9
    # percent
    ("50,87 persen", 50.87, "percent", None),
    ("50,87persen", 50.87, "percent", None),
    ("50,87%", 50.87, "percent", None),
    ("50,87 %", 50.87, "percent", None),
    ("50,87 PERSEN", 50.87, "percent", None),
    # rates
    ("Rp6.800 per hari", 6_800, "IDR/day", None),
    ("Rp6.800/hari", 6_800, "IDR/day", None),
    ("Rp 6.800 / hari", 6_800, "IDR/day", None),
    ("Rp1,2 juta per bulan", 1_200_000, "IDR/month", None),
    ("Rp1,2 jt/bulan", 1_200_000, "IDR/month", None),
    ("Rp14,4 juta per tahun", 14_400_000, "IDR/year", None),
    ("Rp14,4 juta/tahun", 14_400_000, "IDR/year", None),
    # qualifiers (normalised to lower case)
    ("lebih dari Rp650 miliar", 650_000_000_000, "IDR", "lebih dari"),
    ("Lebih Dari Rp650 miliar", 650_000_000_000, "IDR", "lebih dari"),
    ("sekitar 461 ribu", 461_000, "number", "sekitar"),
    ("HAMPIR 50 persen", 50, "percent", "hampir"),
    ("kurang dari 1.000", 1_000, "number", "kurang dari"),
    ("mencapai Rp6.800 per hari", 6_800, "IDR/day", "mencapai"),
    # whitespace: stripped, runs collapsed, U+00A0 is a space
    ("  21.234.000 \n", 21_234_000, "number", None),
    ("lebih   dari\tRp 5", 5, "IDR", "lebih dari"),
    ("Rp\u00a042.000", 42_000, "IDR", None),
    ("461\u00a0ribu", 461_000, "number", None),
    ("\u00a050,87\u00a0%\u00a0", 50.87, "percent", None),
]


@pytest.mark.parametrize(("text", "value", "unit", "qualifier"), PARSE_CASES)
def test_parse_examples(text, value, unit, qualifier):
    result = parse_number(text)
    assert isinstance(result, ParsedNumber)
    assert isinstance(result.value, float)
    # Exact comparison on purpose: the parser computes with Decimal, so e.g.
    # "Rp650,459 miliar" must be exactly 650459000000.0.
    assert result == (float(value), unit, qualifier)


def test_parse_is_exact_where_float_arithmetic_is_not():
    # The naive float computation is off (1.001 * 1e6 == 1000999.9999999999); the parser
    # computes with Decimal and must not be.
    assert 1.001 * 1e6 != 1_001_000.0
    assert parse_number("1,001 juta").value == 1_001_000.0
    assert 1.003 * 1e12 != 1_003_000_000_000.0
    assert parse_number("Rp1,003 triliun").value == 1_003_000_000_000.0


# --------------------------------------------------------------------------------------------
# parse_number: errors
# --------------------------------------------------------------------------------------------

BAD_CASES = [
    # text, substring of the reason
    ("1.5", "exactly 3 digits"),
    ("1.2345", "exactly 3 digits"),
    ("12..3", "exactly 3 digits"),
    ("1.50", "exactly 3 digits"),
    ("1,149,447", "more than one decimal comma"),
    ("1.000,5,5", "more than one decimal comma"),
    ("Rp", "no number"),
    ("Rp.", "no number"),
    ("", "empty"),
    ("   ", "empty"),
    ("\u00a0", "empty"),
    ("abc", "no number"),
    ("sekitar", "no number"),
    ("Rp 5 persen", "two units"),
    ("Rp5%", "two units"),
    ("5 ribu juta", "more than one scale word"),
    ("5 juta miliar", "more than one scale word"),
    ("5 juta persen", "scale word cannot be combined with percent"),
    ("-5", "negative"),
    ("- 5", "negative"),
    ("-Rp5 juta", "negative"),
    ("Rp -5", "negative"),
    ("sekitar \u22125 persen", "negative"),  # U+2212 minus sign
    ("1234.567", "1-3 digits"),
    ("1,5.000", "cannot follow the decimal comma"),
    ("6.800 per hari", "needs a currency amount"),
    ("6.800/bulan", "needs a currency amount"),
    ("42 juta.", "ends with punctuation"),
    ("42.000.", "ends with punctuation"),
    ("5,", "ends with punctuation"),
    ("007", "leading zero"),
    ("0.500", "ambiguous"),
    ("50 m", "upper case"),
    ("5 t", "upper case"),
    (",5", "expected"),
    ("sekitar5", "expected"),
    ("5 ribuan", "expected"),
    ("5 juta rupiah", "expected"),
    ("Rp 5 per minggu", "expected"),
    ("5 5", "expected"),
]


@pytest.mark.parametrize(("text", "reason"), BAD_CASES)
def test_parse_rejects(text, reason):
    with pytest.raises(ValueError) as excinfo:
        parse_number(text)
    message = str(excinfo.value)
    assert repr(text) in message
    assert reason in message


@pytest.mark.parametrize("value", [5, 5.0, None, b"5", ["5"]])
def test_parse_rejects_non_str_with_type_error(value):
    with pytest.raises(TypeError, match="expects a str"):
        parse_number(value)


# --------------------------------------------------------------------------------------------
# parse_number: properties
# --------------------------------------------------------------------------------------------


@FAST
@given(n=st.integers(min_value=0, max_value=10**13 - 1), prefix=st.sampled_from(["", "Rp", "Rp "]))
def test_property_grouped_integers_round_trip(n, prefix):
    text = prefix + indonesian_grouping(n)
    assert parse_number(text) == (float(n), "IDR" if prefix else "number", None)


@FAST
@given(
    n=st.integers(min_value=0, max_value=10**9),
    fraction=st.text(alphabet="0123456789", min_size=1, max_size=3),
    suffix=st.sampled_from([" persen", "persen", "%", " %"]),
)
def test_property_decimal_percent_round_trips(n, fraction, suffix):
    text = f"{indonesian_grouping(n)},{fraction}{suffix}"
    expected = Decimal(f"{n}.{fraction}")
    result = parse_number(text)
    assert result.unit == "percent"
    assert result.value == float(expected)  # exact: both are the nearest float
    assert math.isclose(result.value, expected, rel_tol=1e-15)


@FAST
@given(
    k=st.integers(min_value=1, max_value=999),
    fraction=st.text(alphabet="0123456789", min_size=1, max_size=6),
    word=st.sampled_from(["juta", "jt", "Juta"]),
    space=st.sampled_from(["", " "]),
)
def test_property_scale_word_juta(k, fraction, word, space):
    d = Decimal("0." + fraction)
    result = parse_number(f"{k},{fraction}{space}{word}")
    assert result.unit == "number"
    assert math.isclose(result.value, float((k + d) * 10**6), rel_tol=1e-15)
    assert result.value == float((k + d) * 10**6)


@FAST
@given(n=st.integers(min_value=0, max_value=10**15))
def test_property_format_number_round_trips(n):
    assert parse_number(format_number(n, lang="id")).value == float(n)


@FAST
@given(n=st.integers(min_value=0, max_value=10**15))
def test_property_format_rupiah_full_round_trips(n):
    assert parse_number(format_rupiah(n, compact=False)) == (float(n), "IDR", None)


@FAST
@given(n=st.integers(min_value=0, max_value=10**15))
def test_property_format_rupiah_compact_parses_back_approximately(n):
    result = parse_number(format_rupiah(n))
    assert result.unit == "IDR"
    # Compact output keeps 1 decimal of juta/miliar/triliun: at least 2 significant digits,
    # so the relative error is below 0.05 / 1 = 5 %.
    assert math.isclose(result.value, n, rel_tol=0.05)


# --------------------------------------------------------------------------------------------
# formatting
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "kwargs", "expected"),
    [
        ((786702,), {}, "786.702"),
        ((786702,), {"lang": "en"}, "786,702"),
        ((50.87,), {"decimals": 2}, "50,87"),
        ((50.87,), {"lang": "en", "decimals": 2}, "50.87"),
        ((50.8,), {"decimals": 2}, "50,80"),  # fixed number of decimals
        ((1_149_447.5,), {}, "1.149.448"),  # half rounds up
        ((2.5,), {}, "3"),  # half away from zero (half-even would give "2")
        ((0.125,), {"decimals": 2}, "0,13"),  # (half-even would give "0,12")
        ((2.675,), {"decimals": 2}, "2,68"),  # rounds the value as written, not its binary
        ((-786702,), {}, "-786.702"),
        ((-0.001,), {"decimals": 2}, "0,00"),  # no "-0,00"
        ((Decimal("1234.5"),), {"decimals": 1}, "1.234,5"),
        ((float("nan"),), {}, "\u2013"),
        ((None,), {}, "\u2013"),
    ],
)
def test_format_number(args, kwargs, expected):
    assert format_number(*args, **kwargs) == expected


def test_format_number_accepts_numpy_scalars():
    np = pytest.importorskip("numpy")
    assert format_number(np.int64(786702)) == "786.702"
    assert format_number(np.float64(50.87), decimals=2) == "50,87"


@pytest.mark.parametrize(
    ("args", "kwargs", "expected"),
    [
        ((50.87,), {"decimals": 2}, "50,87%"),
        ((50.87,), {"lang": "en", "decimals": 2}, "50.87%"),
        ((50.87,), {}, "50,9%"),  # default 1 decimal
        ((5,), {}, "5,0%"),
        ((float("nan"),), {}, "\u2013"),
    ],
)
def test_format_pct(args, kwargs, expected):
    assert format_pct(*args, **kwargs) == expected


RUPIAH_CASES = [
    # value, compact id, compact en, full id, full en
    # 12_436_837 / 10**6 = 12.436837 -> 12.4
    (12_436_837, "Rp12,4 juta", "IDR 12.4 million", "Rp12.436.837", "IDR 12,436,837"),
    # 650_459_000_000 / 10**9 = 650.459 -> 650.5
    (
        650_459_000_000,
        "Rp650,5 miliar",
        "IDR 650.5 billion",
        "Rp650.459.000.000",
        "IDR 650,459,000,000",
    ),
    # 4_280_774_400 / 10**9 = 4.2807744 -> 4.3
    (4_280_774_400, "Rp4,3 miliar", "IDR 4.3 billion", "Rp4.280.774.400", "IDR 4,280,774,400"),
    (1.2e12, "Rp1,2 triliun", "IDR 1.2 trillion", "Rp1.200.000.000.000", "IDR 1,200,000,000,000"),
    (16_800, "Rp16.800", "IDR 16,800", "Rp16.800", "IDR 16,800"),  # below 1 juta: in full
    (42_000_000, "Rp42 juta", "IDR 42 million", "Rp42.000.000", "IDR 42,000,000"),  # no ",0"
    (-12_436_837, "-Rp12,4 juta", "-IDR 12.4 million", "-Rp12.436.837", "-IDR 12,436,837"),
    (1_000_000, "Rp1 juta", "IDR 1 million", "Rp1.000.000", "IDR 1,000,000"),
    (999_999.4, "Rp999.999", "IDR 999,999", "Rp999.999", "IDR 999,999"),
    # rounds to 1_000_000 in full, so it is written compactly
    (999_999.6, "Rp1 juta", "IDR 1 million", "Rp1.000.000", "IDR 1,000,000"),
    # 999.96 miliar rounds to 1000,0 miliar -> moves up to 1 triliun
    (999_960_000_000, "Rp1 triliun", "IDR 1 trillion", "Rp999.960.000.000", "IDR 999,960,000,000"),
    (950e9, "Rp950 miliar", "IDR 950 billion", "Rp950.000.000.000", "IDR 950,000,000,000"),
    # no bigger scale than triliun: 1000 triliun stays triliun, with grouping
    (
        1e15,
        "Rp1.000 triliun",
        "IDR 1,000 trillion",
        "Rp1.000.000.000.000.000",
        "IDR 1,000,000,000,000,000",
    ),
    (0, "Rp0", "IDR 0", "Rp0", "IDR 0"),
    (-0.3, "Rp0", "IDR 0", "Rp0", "IDR 0"),  # no "-Rp0"
    (float("nan"), "\u2013", "\u2013", "\u2013", "\u2013"),
]


@pytest.mark.parametrize(("value", "id_compact", "en_compact", "id_full", "en_full"), RUPIAH_CASES)
def test_format_rupiah(value, id_compact, en_compact, id_full, en_full):
    assert format_rupiah(value) == id_compact
    assert format_rupiah(value, lang="en") == en_compact
    assert format_rupiah(value, compact=False) == id_full
    assert format_rupiah(value, lang="en", compact=False) == en_full


def test_format_rupiah_decimals():
    assert format_rupiah(12_436_837, decimals=2) == "Rp12,44 juta"
    assert format_rupiah(12_400_000, decimals=2) == "Rp12,4 juta"  # trailing zero dropped
    assert format_rupiah(12_436_837, decimals=0) == "Rp12 juta"
    # 12.45 juta: half away from zero -> 12,5 (half-even would give 12,4)
    assert format_rupiah(12_450_000) == "Rp12,5 juta"


@pytest.mark.parametrize("func", [format_number, format_pct, format_rupiah])
def test_formatters_reject_unknown_lang(func):
    with pytest.raises(ValueError, match="unsupported lang 'fr'"):
        func(1, lang="fr")


@pytest.mark.parametrize("func", [format_number, format_pct, format_rupiah])
def test_formatters_reject_infinity(func):
    with pytest.raises(ValueError, match="non-finite"):
        func(float("inf"))


def test_rupiah_formatter():
    pytest.importorskip("matplotlib")
    from matplotlib.ticker import FuncFormatter

    formatter = rupiah_formatter()
    assert isinstance(formatter, FuncFormatter)
    assert formatter(12_436_837, 0) == "Rp12,4 juta"
    assert rupiah_formatter("en")(650_459_000_000, 1) == "IDR 650.5 billion"


def test_import_is_cheap():
    # Import ucj_data.text.numbers in a fresh interpreter without running the package's
    # __init__ (which imports pandas for the analyses): the text layer must pull in neither
    # matplotlib nor pandas nor numpy.
    package = Path(numbers_module.__file__).parents[1]
    code = (
        "import sys, types\n"
        f"for name, path in [('ucj_data', {str(package)!r}), "
        f"('ucj_data.text', {str(package / 'text')!r})]:\n"
        "    stub = types.ModuleType(name); stub.__path__ = [path]; sys.modules[name] = stub\n"
        "import ucj_data.text.numbers as numbers\n"
        "assert numbers.parse_number('Rp5') == (5.0, 'IDR', None)\n"
        "heavy = sorted({'matplotlib', 'pandas', 'numpy'} & set(sys.modules))\n"
        "assert not heavy, heavy\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_docstring_examples():
    result = doctest.testmod(numbers_module, optionflags=doctest.ELLIPSIS)
    assert result.attempted > 10
    assert result.failed == 0
