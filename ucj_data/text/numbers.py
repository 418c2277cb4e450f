"""Parse numbers as written in Indonesian news text, and format numbers for output.

Parsing: :func:`parse_number` turns strings such as ``"lebih dari Rp650 miliar"`` into a
:class:`ParsedNumber` ``(value, unit, qualifier)``.

Formatting: :func:`format_number`, :func:`format_pct`, :func:`format_rupiah` and
:func:`rupiah_formatter` (a matplotlib tick formatter) render numbers in Indonesian (``"id"``)
or English (``"en"``) conventions. Digit grouping is done by babel.

Importing this module is cheap: it imports babel only (matplotlib is imported lazily inside
:func:`rupiah_formatter`).
"""

from __future__ import annotations

import math
import operator
import re
import sys
import unicodedata
from collections.abc import Callable
from decimal import ROUND_HALF_UP, Decimal, localcontext
from typing import NamedTuple

from babel.numbers import format_decimal

from ucj_data.text.locales import locale_of

__all__ = [
    "QUALIFIERS",
    "RATE_UNITS",
    "SCALE_WORDS",
    "ParsedNumber",
    "format_number",
    "format_pct",
    "format_pct_compact",
    "format_rupiah",
    "needed_decimals",
    "parse_number",
    "rupiah_formatter",
    "scale_word_at",
]


class ParsedNumber(NamedTuple):
    """Result of :func:`parse_number`."""

    value: float
    unit: str
    qualifier: str | None


# --------------------------------------------------------------------------------------------
# Vocabulary (defined once; the parsing regex is built from these)
# --------------------------------------------------------------------------------------------

#: Scale words -> multiplier. Matched case-insensitively, except the one-letter abbreviations
#: in ``_CASE_SENSITIVE_SCALES`` ("M", "T"), which must be upper case so that e.g. "50 m"
#: (metres) or "5 t" (tonnes) are rejected instead of being read as billions / trillions.
SCALE_WORDS: dict[str, Decimal] = {
    "ribu": Decimal(10) ** 3,
    "rb": Decimal(10) ** 3,
    "juta": Decimal(10) ** 6,
    "jt": Decimal(10) ** 6,
    "miliar": Decimal(10) ** 9,
    "milyar": Decimal(10) ** 9,
    "M": Decimal(10) ** 9,
    "triliun": Decimal(10) ** 12,
    "T": Decimal(10) ** 12,
}
_CASE_SENSITIVE_SCALES = frozenset({"M", "T"})

#: Leading qualifiers (matched case-insensitively, reported in lower case), and what they
#: say about the true value x relative to the written value v.
QUALIFIERS: dict[str, str] = {
    "sekitar": "about: x is v rounded",
    "lebih dari": "more than: x > v",
    "kurang dari": "less than: x < v",
    "hampir": "almost: x is a little below v",
    "mencapai": "reached: x is v as written (rounded like a bare number)",
    "minimal": "at least: x >= v",
    "paling sedikit": "at least: x >= v",
}

#: Currency prefixes (``Rp`` or ``Rp.``) -> unit.
CURRENCY_UNIT = "IDR"
#: Percent suffixes -> unit.
PERCENT_WORDS: dict[str, str] = {"persen": "percent", "%": "percent"}
#: Rate suffixes after a currency amount (``per hari`` or ``/hari``) -> unit.
RATE_UNITS: dict[str, str] = {
    "hari": "IDR/day",
    "bulan": "IDR/month",
    "tahun": "IDR/year",
}
PLAIN_UNIT = "number"


def _alternation(words, case_sensitive=frozenset()) -> str:
    """Regex alternation of ``words``, longest first; ``case_sensitive`` ones use ``(?-i:)``."""
    parts = []
    for word in sorted(words, key=len, reverse=True):
        escaped = re.escape(word)
        parts.append(f"(?-i:{escaped})" if word in case_sensitive else escaped)
    return "|".join(parts)


_SCALE_ALT = _alternation(SCALE_WORDS, _CASE_SENSITIVE_SCALES)
_QUALIFIER_ALT = _alternation(QUALIFIERS)
_PERCENT_ALT = _alternation(PERCENT_WORDS)
_RATE_ALT = _alternation(RATE_UNITS)

#: Longest text :func:`parse_number` reads: a number as written in a news article is far
#: shorter. Longer text is rejected before any other work, so parsing takes at most a
#: constant time whatever it is given.
MAX_TEXT_CHARS = 100
#: Most digits a number may have (a count or an amount of rupiah has at most 16 or so).
MAX_DIGITS = 60

# The whole grammar, applied to text whose whitespace has been normalised to single spaces.
# ASCII only: digits are written [0-9] ('\d' would also match other scripts' digits, such as
# the full-width '２'), and re.ASCII makes IGNORECASE fold ASCII letters only (else 'ſ',
# long s, would stand for 's' and 'İ' for 'i', giving words that are not in the vocabulary).
# It runs in linear time: it is anchored at the start, each alternative for the integer is
# tried once, and what may follow a run of digits starts with a character that is not a
# digit, so giving back digits costs one failed test each.
_NUMBER_RE = re.compile(
    rf"""
    \A
    (?:(?P<qualifier>{_QUALIFIER_ALT})\ )?      # optional qualifier, then one space
    (?P<currency>Rp\.?\ ?)?                     # optional Rp / Rp. with optional space
    (?P<integer>                                # no leading zeros ("0.500" is ambiguous):
        [1-9][0-9]{{0,2}}(?:\.[0-9]{{3}})+      # 1-3 digits, then '.'-separated groups of 3
      | [1-9][0-9]*                             # or ungrouped digits
      | 0
    )
    (?:,(?P<fraction>[0-9]+))?                  # optional decimal comma and fraction
    (?:\ ?(?P<scale>{_SCALE_ALT}))?             # optional scale word (space optional)
    (?:
        \ ?(?P<percent>{_PERCENT_ALT})          # persen / % (space optional)
      | (?:\ per\ |\ ?/\ ?)(?P<rate>{_RATE_ALT}) # or a rate: ' per hari' or '/hari'
    )?
    \Z
    """,
    re.VERBOSE | re.IGNORECASE | re.ASCII,
)

_RATE_NEEDS_CURRENCY = "a rate suffix ('per hari', '/bulan', ...) needs a currency amount ('Rp')"
_TWO_UNITS = "it has two units (currency 'Rp' and percent)"
_SCALED_PERCENT = "a scale word cannot be combined with percent"

# Used only to explain *why* a text did not match ``_NUMBER_RE``, tried in order.
# Each runs in linear time on any text (they also see only MAX_TEXT_CHARS characters, but
# do not rely on it): "X somewhere, then Y later" is anchored at the start with the first X
# in an atomic group, ``\A(?>.*?X).*Y``, so a failed attempt is not retried from every
# later X (``X.*Y`` searched in 'XXX...X' is quadratic); a run of digits is matched from
# its first digit only (``(?<![0-9])``).
_WORD_EDGE_L = r"(?<![^\W\d_])"  # not preceded by a letter (of any script)
_WORD_EDGE_R = r"(?![^\W\d_])"  # not followed by a letter
_SCALE_WORD = rf"{_WORD_EDGE_L}(?:{_SCALE_ALT}){_WORD_EDGE_R}"
_DIAGNOSTICS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\A\Z"), "the text is empty"),
    (
        re.compile(r"\A[^0-9]*[-\u2212\u2013]"),
        "negative numbers are not expected in these sources",
    ),
    (re.compile(r"\A[^0-9]*\Z"), "it contains no number"),
    (re.compile(r"[.,;:!?]\Z"), "it ends with punctuation"),
    (re.compile(r"(?<![0-9.,])0[0-9]"), "a number cannot start with a leading zero"),
    (
        re.compile(r"(?<![0-9.,])0\.[0-9]"),
        "'.' groups thousands, so '0.' is ambiguous (a decimal point in English)",
    ),
    (re.compile(r",[^,]*,"), "it has more than one decimal comma ','"),
    (
        re.compile(r"\.(?![0-9]{3}(?![0-9]))(?<!Rp\.)", re.IGNORECASE),
        "'.' groups thousands, so it must be followed by exactly 3 digits",
    ),
    (
        re.compile(r"(?<![0-9])[0-9]{4,}\.[0-9]"),
        "the first group before a thousands '.' must have 1-3 digits",
    ),
    (
        re.compile(r"[0-9]\ ?[mt]\Z"),
        "the one-letter scale abbreviations must be upper case ('M', 'T')",
    ),
    (re.compile(r",[0-9]*\."), "a thousands '.' cannot follow the decimal comma"),
    (
        re.compile(rf"\A(?>.*?{_SCALE_WORD}).*{_SCALE_WORD}", re.IGNORECASE),
        "it has more than one scale word",
    ),
    (re.compile(rf"\A(?>.*?Rp).*(?:{_PERCENT_ALT})", re.IGNORECASE), _TWO_UNITS),
    (
        re.compile(rf"\A(?>.*?{_WORD_EDGE_L}(?:{_SCALE_ALT})).*(?:{_PERCENT_ALT})", re.IGNORECASE),
        _SCALED_PERCENT,
    ),
    (
        re.compile(rf"\A(?!.*Rp).*(?:\ per\ |/)\ ?(?:{_RATE_ALT})", re.IGNORECASE),
        _RATE_NEEDS_CURRENCY,
    ),
)
# A scale word where a number as written may carry one (after optional whitespace), as a
# whole word: "2,7 juta" carries one, "2 Maret" does not (``M`` is a scale word).
_SCALE_AHEAD = re.compile(rf"\s*({_SCALE_ALT}){_WORD_EDGE_R}", re.IGNORECASE)


def scale_word_at(text: str, pos: int = 0) -> str | None:
    """The scale word :func:`parse_number` reads that ``text`` continues with at ``pos``
    (after optional whitespace), as written there, else None.

    >>> scale_word_at("sekitar 2,7 juta pekerja", 11)
    'juta'
    >>> scale_word_at("pada 2 Maret", 6) is None
    True
    """
    found = _SCALE_AHEAD.match(text, pos)
    return found[1] if found else None


_GENERIC_REASON = (
    "expected '[qualifier] [Rp] number [scale word] [persen|%|per hari|per bulan|per tahun]'"
)
_ASCII_DIGITS = frozenset("0123456789")


def _shown(text: str) -> str:
    """``repr(text)``, or the start of it and the length when the text is too long."""
    if len(text) <= MAX_TEXT_CHARS:
        return repr(text)
    return f"{text[:30]!r}... ({len(text):,} characters)"


def _fail(text: str, reason: str) -> ValueError:
    return ValueError(f"cannot parse {_shown(text)} as an Indonesian number: {reason}")


def _odd_numeral(text: str) -> str | None:
    """Why ``text`` is rejected for a digit or numeral other than ASCII 0-9, else None."""
    for char in text:
        if char.isnumeric() and char not in _ASCII_DIGITS:
            kind = "digit" if char.isdigit() else "numeral"
            name = unicodedata.name(char, "")
            label = f"U+{ord(char):04X} {name}" if name else f"U+{ord(char):04X}"
            return f"it has the non-ASCII {kind} {char!r} ({label}); type ASCII digits 0-9"
    return None


def _diagnose(normalised: str) -> str:
    """Why ``normalised`` (whitespace normalised) does not match the grammar."""
    for pattern, reason in _DIAGNOSTICS:
        if pattern.search(normalised):
            return reason
    return _GENERIC_REASON


def parse_number(text: str) -> ParsedNumber:
    """Parse a number as written in Indonesian news text.

    Rules:

    * ``.`` groups thousands: after a first group of 1-3 digits, every ``.`` must be followed
      by exactly 3 digits. ``,`` is the decimal mark (at most one). **Ambiguity:** ``"1.500"``
      is read the Indonesian way, as 1500 (never 1.5); ``"1.5"`` and ``"1.2345"`` are errors.
      Leading zeros are rejected (``"007"``; ``"0.500"`` would be 500 here but 0.5 in
      English), except for a lone ``0`` as in ``"0,5"``.
    * An optional scale word follows the number, with or without a space:
      ``ribu``/``rb`` (10^3), ``juta``/``jt`` (10^6), ``miliar``/``milyar``/``M`` (10^9),
      ``triliun``/``T`` (10^12). Words are case-insensitive; the one-letter abbreviations
      ``M`` and ``T`` must be upper case (so ``"50 m"`` is rejected, not read as 50 billion).
      At most one scale word. Arithmetic is exact (``decimal.Decimal``), converted to float
      at the end.
    * Units: a leading ``Rp`` or ``Rp.`` (space optional) gives ``"IDR"``; a trailing
      ``persen`` or ``%`` (space optional) gives ``"percent"``; a currency amount may carry a
      rate suffix ``per hari``/``per bulan``/``per tahun`` (or ``/hari``, ``/bulan``,
      ``/tahun``) giving ``"IDR/day"``, ``"IDR/month"``, ``"IDR/year"``; otherwise
      ``"number"``. Currency and percent together are an error, as are a scale word with
      percent and a rate suffix without ``Rp``.
    * An optional leading qualifier -- ``sekitar``, ``lebih dari``, ``hampir``,
      ``kurang dari``, ``mencapai`` (case-insensitive) -- is returned in lower case, else None.
    * Leading/trailing whitespace is ignored and internal whitespace runs (including the
      non-breaking space U+00A0) count as one space. Anything else is rejected: no trailing
      punctuation, no negative numbers (a leading ``-`` is an error).
    * Digits are ASCII ``0-9`` only: a digit or numeral of another script or form (the
      full-width ``２``, the Arabic-Indic ``٨``, ``²``, ``½``) is an error naming it, never
      read as a digit.
    * Limits: text longer than ``MAX_TEXT_CHARS`` (100) characters is rejected at once, as
      is a number of more than ``MAX_DIGITS`` (60) digits, and a value too large for a
      float (the result is always finite). So parsing takes linear time -- constant, in
      fact -- on any input.

    Raises:
        TypeError: if ``text`` is not a ``str``.
        ValueError: if the text is malformed, ambiguous or too long; the message contains
            ``repr(text)`` (the start of it and its length when it is longer than
            ``MAX_TEXT_CHARS``) and the reason.

    Examples:

    >>> parse_number("21.234.000")
    ParsedNumber(value=21234000.0, unit='number', qualifier=None)
    >>> parse_number("50,87 persen")
    ParsedNumber(value=50.87, unit='percent', qualifier=None)
    >>> parse_number("1.500")  # thousands dot, not a decimal point
    ParsedNumber(value=1500.0, unit='number', qualifier=None)
    >>> parse_number("Rp 42.000.000,00")
    ParsedNumber(value=42000000.0, unit='IDR', qualifier=None)
    >>> parse_number("461 ribu")
    ParsedNumber(value=461000.0, unit='number', qualifier=None)
    >>> parse_number("Rp650,459 miliar")
    ParsedNumber(value=650459000000.0, unit='IDR', qualifier=None)
    >>> parse_number("Lebih dari Rp650 miliar")
    ParsedNumber(value=650000000000.0, unit='IDR', qualifier='lebih dari')
    >>> parse_number("Rp6.800 per hari")
    ParsedNumber(value=6800.0, unit='IDR/day', qualifier=None)
    >>> parse_number("1.5")
    Traceback (most recent call last):
    ...
    ValueError: cannot parse '1.5' as an Indonesian number: '.' groups thousands, so it must be followed by exactly 3 digits
    >>> parse_number("1\uff123")
    Traceback (most recent call last):
    ...
    ValueError: cannot parse '1２3' as an Indonesian number: it has the non-ASCII digit '２' (U+FF12 FULLWIDTH DIGIT TWO); type ASCII digits 0-9
    """  # noqa: E501
    if not isinstance(text, str):
        raise TypeError(f"parse_number expects a str, got {type(text).__name__}: {text!r}")
    match = _grammar_match(text)
    value = _value(text, match)
    qualifier = match["qualifier"].lower() if match["qualifier"] else None
    return ParsedNumber(value, _unit(match), qualifier)


def _grammar_match(text: str) -> re.Match[str]:
    """The match of the grammar on ``text`` with its whitespace normalised; ValueError
    saying why when it is too long, holds an odd numeral or too many digits, does not
    match, or combines parts that do not go together."""
    if len(text) > MAX_TEXT_CHARS:  # first, so that everything after sees short text
        raise _fail(
            text,
            f"the text is too long ({len(text):,} characters): a number as written in a news "
            f"article is at most {MAX_TEXT_CHARS} characters",
        )
    odd = _odd_numeral(text)
    if odd:
        raise _fail(text, odd)
    normalised = " ".join(text.split())  # str.split() also splits on U+00A0
    n_digits = sum(char in _ASCII_DIGITS for char in normalised)
    if n_digits > MAX_DIGITS:
        raise _fail(
            text,
            f"the number is too long / too large ({n_digits} digits): at most {MAX_DIGITS} "
            f"digits are expected",
        )
    match = _NUMBER_RE.match(normalised)
    if match is None:
        raise _fail(text, _diagnose(normalised))
    for clash, reason in _CLASHES:
        if clash(match):
            raise _fail(text, reason)
    return match


# parts of the grammar that may not go together, and why, tried in order
_CLASHES: tuple[tuple[Callable[[re.Match[str]], object], str], ...] = (
    (lambda m: m["percent"] and m["currency"], _TWO_UNITS),
    (lambda m: m["percent"] and m["scale"], _SCALED_PERCENT),
    (lambda m: m["rate"] and not m["currency"], _RATE_NEEDS_CURRENCY),
)


def _value(text: str, match: re.Match[str]) -> float:
    """The value the match writes, the integer's groups and the fraction times the scale,
    computed exactly; ValueError when it is too large for a float."""
    digits = match["integer"].replace(".", "")
    if match["fraction"]:
        digits += "." + match["fraction"]
    with localcontext() as exact:  # enough precision that the product is exact
        exact.prec = 2 * MAX_TEXT_CHARS
        value = Decimal(digits)
        if match["scale"]:
            scale = match["scale"]
            value *= SCALE_WORDS[scale if scale in _CASE_SENSITIVE_SCALES else scale.lower()]
    result = float(value)
    if math.isinf(result):
        raise _fail(
            text,
            f"the number is too large: more than {sys.float_info.max:.1e}, the "
            "largest value a float holds",
        )
    return result


def _unit(match: re.Match[str]) -> str:
    """The unit the match writes: its percent word, else its rate, else IDR for 'Rp',
    else a plain number."""
    for group, units in (("percent", PERCENT_WORDS), ("rate", RATE_UNITS)):
        if match[group]:
            return units[match[group].lower()]
    return CURRENCY_UNIT if match["currency"] else PLAIN_UNIT


# --------------------------------------------------------------------------------------------
# Formatting
# --------------------------------------------------------------------------------------------

#: Placeholder for missing values (NaN / None), an en dash.
MISSING = "\u2013"

#: Compact rupiah scales, ascending: (multiplier, Indonesian word, English word).
RUPIAH_SCALES: tuple[tuple[Decimal, str, str], ...] = (
    (Decimal(10) ** 6, "juta", "million"),
    (Decimal(10) ** 9, "miliar", "billion"),
    (Decimal(10) ** 12, "triliun", "trillion"),
)
_RUPIAH_PREFIX: dict[str, str] = {"id": "Rp", "en": "IDR "}


def is_missing(value) -> bool:
    """None, NaN or pandas' NA (without importing pandas); a text is never missing."""
    if value is None:
        return True
    pandas = sys.modules.get("pandas")  # pd.NA: missing in a nullable column (no import)
    if pandas is not None and value is pandas.NA:
        return True
    try:
        return math.isnan(value)
    except TypeError:
        return False


def _to_decimal(value) -> Decimal:
    """Exact-looking Decimal of ``value``: floats go through ``repr`` (shortest round-trip)."""
    if isinstance(value, Decimal):
        result = value
    elif hasattr(value, "__index__"):  # int, bool, numpy integers
        result = Decimal(operator.index(value))
    else:
        result = Decimal(repr(float(value)))
    if not result.is_finite():
        raise ValueError(f"cannot format non-finite value {value!r}")
    return result


def _round(value: Decimal, decimals: int) -> Decimal:
    """Round half away from zero (as people round by hand), to ``decimals`` places."""
    return value.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)


def _pattern(decimals: int, optional: bool = False) -> str:
    if decimals <= 0:
        return "#,##0"
    return "#,##0." + ("#" if optional else "0") * decimals


def format_number(value, lang: str = "id", decimals: int = 0) -> str:
    """Format ``value`` with locale digit grouping and exactly ``decimals`` decimals.

    Rounds half away from zero on the value as written (``repr`` for floats). NaN/None give
    an en dash.

    >>> format_number(786702)
    '786.702'
    >>> format_number(786702, lang="en")
    '786,702'
    >>> format_number(50.87, decimals=2)
    '50,87'
    """
    locale = locale_of(lang)
    if is_missing(value):
        return MISSING
    rounded = _round(_to_decimal(value), decimals)
    if rounded == 0:
        rounded = abs(rounded)  # no "-0"
    return format_decimal(rounded, format=_pattern(decimals), locale=locale)


def format_pct(value, lang: str = "id", decimals: int = 1) -> str:
    """Format a value that is already in percent (50.87 means 50.87 %).

    >>> format_pct(50.87, decimals=2)
    '50,87%'
    >>> format_pct(50.87, lang="en", decimals=2)
    '50.87%'
    """
    text = format_number(value, lang=lang, decimals=decimals)
    return text if text == MISSING else text + "%"


def format_pct_compact(value, lang: str = "id", max_decimals: int = 2) -> str:
    """A percentage with as few decimals as the value needs, at most ``max_decimals``.

    >>> format_pct_compact(99.5)
    '99,5%'
    >>> format_pct_compact(5.0, lang="en")
    '5%'
    >>> format_pct_compact(50.8943)
    '50,89%'
    """
    if is_missing(value):
        return MISSING
    return format_pct(value, lang=lang, decimals=needed_decimals(value, max_decimals))


def needed_decimals(value, most: int) -> int:
    """The fewest decimals, below ``most``, that write ``value`` exactly, else ``most``: the
    one rule of 'as few decimals as the value needs' (a value that is not exact keeps
    ``most``, so 59,0998 is 59,10, not 59,1; round it first to have 59,1).

    >>> needed_decimals(0.05, 2), needed_decimals(0.1, 2), needed_decimals(2.0, 2)
    (2, 1, 0)
    >>> needed_decimals(59.0998, 2), needed_decimals(round(59.0998, 2), 2)
    (2, 1)
    """
    number = float(value)
    return next((d for d in range(most) if abs(round(number, d) - number) < 1e-9), most)


def format_rupiah(value, lang: str = "id", compact: bool = True, decimals: int = 1) -> str:
    """Format a rupiah amount.

    With ``compact=True`` amounts of one million or more are written with a scale word and
    at most ``decimals`` decimals (trailing zeros dropped); smaller amounts are written in
    full without decimals. With ``compact=False`` the full amount is written without
    decimals. Negative amounts get a leading ``-``; NaN/None give an en dash.

    >>> format_rupiah(12_436_837)
    'Rp12,4 juta'
    >>> format_rupiah(42_000_000)
    'Rp42 juta'
    >>> format_rupiah(16_800)
    'Rp16.800'
    >>> format_rupiah(650_459_000_000, lang="en")
    'IDR 650.5 billion'
    >>> format_rupiah(4_280_774_400, compact=False)
    'Rp4.280.774.400'
    >>> format_rupiah(-12_436_837)
    '-Rp12,4 juta'
    """
    locale = locale_of(lang)
    if is_missing(value):
        return MISSING
    amount = _to_decimal(value)
    negative = amount < 0
    amount = abs(amount)

    whole = _round(amount, 0)
    if not compact or whole < RUPIAH_SCALES[0][0]:
        body, is_zero = format_decimal(whole, format="#,##0", locale=locale), whole == 0
    else:
        # Largest scale not above the amount (at least "juta", since whole >= 10**6) ...
        index = 0
        while index + 1 < len(RUPIAH_SCALES) and amount >= RUPIAH_SCALES[index + 1][0]:
            index += 1
        scaled = _round(amount / RUPIAH_SCALES[index][0], decimals)
        # ... moving up if rounding reaches 1000 (999.96 miliar -> 1 triliun).
        while scaled >= 1000 and index + 1 < len(RUPIAH_SCALES):
            index += 1
            scaled = _round(amount / RUPIAH_SCALES[index][0], decimals)
        _, word_id, word_en = RUPIAH_SCALES[index]
        number = format_decimal(scaled, format=_pattern(decimals, optional=True), locale=locale)
        body, is_zero = f"{number} {word_id if lang == 'id' else word_en}", False

    sign = "-" if negative and not is_zero else ""
    return f"{sign}{_RUPIAH_PREFIX[lang]}{body}"


def rupiah_formatter(lang: str = "id"):
    """A ``matplotlib.ticker.FuncFormatter`` that labels ticks with :func:`format_rupiah`.

    matplotlib is imported here, not at module import time.
    """
    from matplotlib.ticker import FuncFormatter

    locale_of(lang)  # validate eagerly

    def _format(value, _pos=None):
        return format_rupiah(value, lang=lang)

    return FuncFormatter(_format)
