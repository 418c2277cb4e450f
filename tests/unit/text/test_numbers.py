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


NON_ASCII_CASES = [
    # text, the odd character as the message names it
    ("1\uff123", "non-ASCII digit '\uff12' (U+FF12 FULLWIDTH DIGIT TWO)"),
    ("3\u0668\u0666.317", "non-ASCII digit '\u0668' (U+0668 ARABIC-INDIC DIGIT EIGHT)"),
    ("\u0665 juta", "non-ASCII digit '\u0665' (U+0665 ARABIC-INDIC DIGIT FIVE)"),
    ("Rp\u096b", "non-ASCII digit '\u096b' (U+096B DEVANAGARI DIGIT FIVE)"),
    ("50 m\u00b2", "non-ASCII digit '\u00b2' (U+00B2 SUPERSCRIPT TWO)"),
    ("1\u00bd juta", "non-ASCII numeral '\u00bd' (U+00BD VULGAR FRACTION ONE HALF)"),
]


@pytest.mark.parametrize(("text", "odd"), NON_ASCII_CASES)
def test_parse_rejects_non_ascii_digits(text, odd):
    with pytest.raises(ValueError) as excinfo:
        parse_number(text)
    message = str(excinfo.value)
    assert repr(text) in message
    assert odd in message
    assert "type ASCII digits 0-9" in message


@FAST
@given(
    digit=st.characters(categories=["Nd"]).filter(lambda c: c not in "0123456789"),
    before=st.sampled_from(["", "1", "Rp1", "sekitar 1.0"]),
    after=st.sampled_from(["", "3", "00", ",5 persen", " juta"]),
)
def test_property_no_digit_but_ascii_is_read(digit, before, after):
    with pytest.raises(ValueError, match="non-ASCII digit"):
        parse_number(before + digit + after)


@pytest.mark.parametrize("text", ["\u017fekitar 5", "5 per\u017fen", "5 r\u0130bu", "5 \u212a"])
def test_parse_folds_ascii_letters_only(text):
    # Unicode case folding would read 'ſ' (long s) as 's' and 'İ' as 'i': words that are
    # then not in the vocabulary (a KeyError, or the qualifier 'ſekitar').
    with pytest.raises(ValueError, match="expected"):
        parse_number(text)


def test_parse_rejects_too_many_digits():
    with pytest.raises(ValueError, match=r"too long / too large \(61 digits\)"):
        parse_number("1" + "0" * 60)
    assert parse_number("1" + "0" * 59).value == 1e59  # the limit itself is fine
    # a 400-digit count is too long, not something else
    with pytest.raises(ValueError, match=r"the text is too long \(401 characters\)"):
        parse_number("1" + "0" * 400)


def test_parse_result_is_finite(monkeypatch):
    # The limits keep values far below the float range; lifted, the float check still
    # stands: never inf.
    monkeypatch.setattr(numbers_module, "MAX_TEXT_CHARS", 1000)
    monkeypatch.setattr(numbers_module, "MAX_DIGITS", 1000)
    with pytest.raises(ValueError, match=r"too large: more than 1\.8e\+308"):
        parse_number("1" + "0" * 400)
    with pytest.raises(ValueError, match="too large"):
        parse_number("Rp" + "9" * 300 + " triliun")
    assert parse_number("1" + "0" * 300).value == 1e300


ADVERSARIAL = {
    # name: (text, reason parse_number gives when the text is not too long)
    "Rp1 * n": ("Rp1" * 100_000, "expected '[qualifier]"),
    "1. * n": ("1." * 100_000, "ends with punctuation"),
    "1, * n": ("1," * 100_000, "ends with punctuation"),
    "spaces then 1": (" " * 10**6 + "1", None),  # normalised, it is just "1"
    "1 * n then x": ("1" * 100_000 + "x", "expected '[qualifier]"),
    "1. * n then 1": ("1." * 100_000 + "1", "followed by exactly 3 digits"),
    "1, * n then 1": ("1," * 100_000 + "1", "more than one decimal comma"),
    "Rp * n then 5 juta": ("Rp" * 100_000 + "5 juta", "expected '[qualifier]"),
    "ribu * n then 1%": ("ribu " * 100_000 + "1%", "more than one scale word"),
    "1 * n then per hari": ("1 " * 100_000 + "per hari", "needs a currency amount"),
}


@pytest.mark.parametrize("name", list(ADVERSARIAL))
def test_parse_rejects_long_text_at_once(name):
    text, _ = ADVERSARIAL[name]
    with pytest.raises(ValueError) as excinfo:
        parse_number(text)
    message = str(excinfo.value)
    assert f"the text is too long ({len(text):,} characters)" in message
    assert "at most 100 characters" in message
    assert repr(text[:30]) in message
    assert len(message) < 300  # the text is not repeated in full


@pytest.mark.parametrize("name", list(ADVERSARIAL))
def test_patterns_on_long_adversarial_text(name):
    # The grammar and the diagnostics themselves, without the length limit, on text that
    # makes backtracking patterns quadratic ('Rp.*persen' on 'Rp1' * 100_000 takes hours).
    # No timing here: benchmarks/bench_parse.py measures it.
    text, reason = ADVERSARIAL[name]
    normalised = " ".join(text.split())
    match = numbers_module._NUMBER_RE.match(normalised)
    if reason is None:
        assert match is not None
    else:
        assert match is None
        assert reason in numbers_module._diagnose(normalised)


@FAST
@given(
    text=st.one_of(
        st.text(max_size=40),
        st.text(
            alphabet="0123456789.,% -/Rp persenributajMTkarsehi\u00a0\u017f\u0130\uff12",
            max_size=40,
        ),
    )
)
def test_property_parse_returns_a_finite_number_or_a_value_error(text):
    try:
        result = parse_number(text)
    except ValueError as error:
        assert "as an Indonesian number: " in str(error)
    else:
        assert math.isfinite(result.value)
        assert result.value >= 0
        assert result.unit in {"number", "IDR", "percent", "IDR/day", "IDR/month", "IDR/year"}
        assert result.qualifier is None or result.qualifier in numbers_module.QUALIFIERS


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


@pytest.mark.parametrize(("value", "most", "decimals"), [
    # worked out by hand: the fewest decimals below `most` that write the value exactly,
    # else `most`
    (0.05, 2, 2), (0.1, 2, 1), (2.0, 2, 0), (50.8943, 2, 2), (99.5, 2, 1),
    (59.0998, 2, 2),  # not exact at one decimal: 59,10 says it is not 59,1
    (59.1, 2, 1), (42.25, 1, 1), (7.0, 0, 0),
])
def test_needed_decimals(value, most, decimals):
    assert numbers_module.needed_decimals(value, most) == decimals
