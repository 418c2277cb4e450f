"""Draft figures.csv rows from a news text: one per number the exclusion rules leave.

:func:`extract` finds every number (as ``tests/data/test_completeness.py`` does), skips
those an exclusion rule of data/raw/exclusions.csv covers, and drafts for each one row
with the columns of figures.csv: ``value_text`` as written (qualifier, ``Rp``, scale
word, ``persen``), the indicator from the cues of :mod:`ucj_data.text.cues`, the most
specific region named in the sentence (else its paragraph, else the article's lead), the
most specific period the sentence gives (else the source's date), a verbatim ``quote``
(the clauses holding the number and the cue that decided the indicator) and a ``note``
saying which cue decided each field. The rows are drafts for a person to review.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple

import pandas as pd

from ucj_data.metadata.tables import TABLES
from ucj_data.metadata.vocabularies import AHEAD, INDICATORS, PARSED_UNITS
from ucj_data.parameters import PARAMETERS
from ucj_data.text.cues import (
    ANAPHORA,
    INDICATOR_CUES,
    MONTHS,
    NAMED_REGION,
    NATIONAL,
    NON_PERSON_NOUNS,
    NOT_PLACE_NAMES,
    REGION_FORMS,
    REGION_PREFIXES,
    RELATIVE_PERIODS,
    Cue,
)
from ucj_data.text.numbers import (
    PERCENT_WORDS,
    QUALIFIERS,
    RATE_UNITS,
    SCALE_WORDS,
    parse_number,
)
from ucj_data.validate.columns import require_columns

__all__ = ["COLUMNS", "NUMBER", "draft_source", "excluded_spans", "extract", "next_number"]

#: The columns of data/raw/figures.csv, in order.
COLUMNS: list[str] = list(TABLES["figures"].raw_fields)
NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_I = re.IGNORECASE


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_QUALIFIER = re.compile(rf"(?:{_alt(QUALIFIERS)})\s+$", _I)
_CURRENCY = re.compile(r"Rp\.?\s?$", _I)
_SCALE = re.compile(r"\s?(?:(?-i:M|T)|(?i:" + _alt(w for w in SCALE_WORDS if len(w) > 1)
                    + r"))\b")
_PERCENT = re.compile(rf"\s?(?:{_alt(PERCENT_WORDS)})", _I)
_RATE = re.compile(rf"\s?(?:per\s|/)\s?(?:{_alt(RATE_UNITS)})\b", _I)
_MONTH = _alt(MONTHS)
_DAY_MONTH_YEAR = re.compile(rf"\b(\d{{1,2}})\s+({_MONTH})\.?\s+((?:19|20)\d{{2}})\b", _I)
_DAY_MONTH = re.compile(rf"\b(\d{{1,2}})\s+({_MONTH})\b(?!\.?\s+\d)", _I)
_MONTH_YEAR = re.compile(rf"\b({_MONTH})\.?\s+((?:19|20)\d{{2}})\b", _I)
_SLASH_DATE = re.compile(r"\b(\d{1,2})/(\d{1,2})/((?:19|20)\d{2})\b")
_YEAR = re.compile(r"(?<![\d.,/-])((?:19|20)\d{2})(?![\d.,/]\d|\s?[–-]\s?\d)")
_REGULATION = re.compile(r"(?:Nomor|No\.)\s?\d+\s+Tahun\s+\d{4}|(?<![\d/])\d+/\d{4}\b|"
                         r"\b(?:19|20)\d{2}\s?[–-]\s?(?:19|20)\d{2}\b", _I)
_ABBREVIATION = re.compile(r"(?:^|\s)(?:[A-Za-z]|No|Hj|Dr|Ir|Drs|Prof|St|Jl|Kab|Prov|Rp|"
                           r"dkk|Tbk|Sdr|Bpk|[A-Za-z]+\.[A-Za-z.]+)$")
_CLAUSE_BREAK = re.compile(r"[,;:]\s|\s[–—-]\s")
_DATELINE = re.compile(r"^[^\n.]{0,60}?\s?[–—-]{1,2}\s?")


class Span(NamedTuple):
    start: int
    end: int


# ---------------------------------------------------------------------------------------
# The text's parts
# ---------------------------------------------------------------------------------------

def _sentences(text: str) -> list[Span]:
    """Sentences as spans: a line is a paragraph; a sentence ends at . ! ? followed by
    a space and a capital, a digit or a quote mark (not after an abbreviation)."""
    spans = []
    for line in re.finditer(r"[^\n]+", text):
        start = line.start()
        for end in re.finditer(r"[.!?…]+[\"”’)]*(?=\s+[\"“‘(]?[A-Z0-9])", line.group()):
            cut = line.start() + end.end()
            if _ABBREVIATION.search(text[start: line.start() + end.start()]):
                continue
            spans.append(Span(start, cut))
            start = cut
        spans.append(Span(start, line.end()))
    return [_strip(text, s) for s in spans if text[s.start: s.end].strip()]


def _strip(text: str, span: Span) -> Span:
    start, end = span
    while start < end and text[start] in " \t\"“”'‘’":
        start += 1
    while end > start and text[end - 1] in " \t\r":
        end -= 1
    return Span(start, end)


def _clauses(text: str, sentence: Span) -> list[Span]:
    out, start = [], sentence.start
    for m in _CLAUSE_BREAK.finditer(text, sentence.start, sentence.end):
        out.append(Span(start, m.start()))
        start = m.end()
    out.append(Span(start, sentence.end))
    return out


def _paragraph(text: str, pos: int) -> Span:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return Span(start, len(text) if end < 0 else end)


def _lead(text: str) -> tuple[Span, Span | None]:
    """The article's lead (its first paragraph of 20 words or more), without its
    dateline ('SERANG – ...'), and the dateline."""
    for line in re.finditer(r"[^\n]+", text):
        if len(line.group().split()) >= 20:
            m = _DATELINE.match(line.group())
            if m and len(m.group().split()) <= 6:
                return Span(line.start() + m.end(), line.end()), Span(line.start(),
                                                                      line.start() + m.end())
            return Span(line.start(), line.end()), None
    return Span(0, len(text)), None


def excluded_spans(text: str, patterns) -> list[Span]:
    """Spans of ``text`` that the exclusion ``patterns`` (regexes) cover."""
    return [Span(*m.span()) for p in patterns for m in re.finditer(p, text)]


# ---------------------------------------------------------------------------------------
# value_text
# ---------------------------------------------------------------------------------------

def _value_span(text: str, token: Span) -> tuple[Span, str, str | None]:
    """The number as written around ``token`` (qualifier, Rp, scale, persen, per hari),
    the widest form parse_number reads; and why a part was dropped, if one was."""
    before = text[max(0, token.start - 30): token.start]
    cur = _CURRENCY.search(before)
    start = token.start - (len(cur.group()) if cur else 0)
    qual = _QUALIFIER.search(text[max(0, start - 30): start])
    q_start = start - (len(qual.group()) if qual else 0)
    end = token.end
    for suffix in (_SCALE, _PERCENT, _RATE):
        m = suffix.match(text, end)
        if m:
            end = m.end()
    options = [Span(q_start, end), Span(start, end), Span(token.start, end),
               Span(start, token.end), Span(token.start, token.end)]
    for option in options:
        try:
            parse_number(text[option.start: option.end])
        except ValueError:
            continue
        return option, text[option.start: option.end], None
    try:
        parse_number(text[token.start: token.end])
    except ValueError as err:
        return token, text[token.start: token.end], str(err)
    return token, text[token.start: token.end], None  # pragma: no cover


# ---------------------------------------------------------------------------------------
# indicator
# ---------------------------------------------------------------------------------------

class Found(NamedTuple):
    cue: Cue
    indicator: str | None
    span: Span
    distance: int


def _fits(indicator: str, unit: str) -> bool:
    return unit in PARSED_UNITS[INDICATORS[indicator].kind]


def _cues(text: str, sentence: Span, value: Span, unit: str) -> list[Found]:
    """Each match of an indicator cue in the sentence within the cue's reach of the value,
    with the first indicator of the cue that takes a value of ``unit`` (None: none)."""
    body = text[sentence.start: sentence.end]
    found = []
    for cue in INDICATOR_CUES:
        if cue.requires and not re.search(cue.requires, body, _I):
            continue
        for span in _cue_spans(cue, text, sentence, value):
            distance = _reach(cue, span, value)
            if distance is not None:
                fit = next((i for i in cue.indicators if _fits(i, unit)), None)
                found.append(Found(cue, fit, span, distance))
    return found


def _cue_spans(cue: Cue, text: str, sentence: Span, value: Span) -> list[Span]:
    """Where ``cue`` matches in the sentence: a cue anchored to the number (``within`` 0)
    once, right after it or first before it; any other cue wherever it matches."""
    if cue.side == "after" and cue.within == 0:  # anchored right after the number
        m = re.match(cue.pattern, text[value.end: sentence.end], _I)
        return [Span(value.end + m.start(), value.end + m.end())] if m else []
    if cue.side == "before" and cue.within == 0:
        m = re.search(cue.pattern, text[sentence.start: value.start], _I)
        return [Span(sentence.start + m.start(), sentence.start + m.end())] if m else []
    return [Span(sentence.start + m.start(), sentence.start + m.end())
            for m in re.finditer(cue.pattern, text[sentence.start: sentence.end], _I)]


def _reach(cue: Cue, span: Span, value: Span) -> int | None:
    """The distance in characters between the cue's match ``span`` and the value; None
    where the match is on the wrong side of the value or further than the cue reaches."""
    if cue.side == "before" and span.start >= value.start:
        return None
    if cue.side == "after" and span.end <= value.end and cue.within != 0:
        return None
    distance = max(0, value.start - span.end, span.start - value.end)
    if cue.within is not None and distance > cue.within:
        return None
    return distance


# ---------------------------------------------------------------------------------------
# region
# ---------------------------------------------------------------------------------------

_DEPTH = {"country": 0, "province": 1, "regency": 2, "city": 2}


class Regions:
    """Region names of regions.csv as a text matcher."""

    def __init__(self, regions: pd.DataFrame):
        forms: dict[str, tuple[str, str]] = {}
        self.level: dict[str, str] = {}
        self.listed: set[str] = set()
        for code, name, level in zip(regions["region_code"], regions["name"],
                                     regions["level"], strict=True):
            if not isinstance(name, str):
                continue
            self.level[code] = level
            bare = name
            for prefix in REGION_PREFIXES:
                if bare.startswith(prefix):
                    bare = bare[len(prefix):]
            self.listed.add(bare.lower())
            for form in (name, *REGION_FORMS.get(level, ("{name}",))):
                key = form.format(name=bare).lower()
                is_bare = key == bare.lower() and level != "country"
                if key in forms and forms[key][0] != code:
                    if is_bare:  # a bare name shared by two regions: neither
                        forms[key] = ("", "ambiguous")
                    continue
                forms[key] = (code, "bare" if is_bare else "named")
        self.forms = forms
        alternatives = _alt(k for k in forms)
        self.pattern = re.compile(rf"\b(?:{alternatives})\b", _I) if forms else None
        self.country = next((c for c, lvl in self.level.items() if lvl == "country"), None)

    def named(self, text: str, span: Span) -> list[tuple[str, Span, str]]:
        """(code, where, as written) of each listed region named in ``span``."""
        out = []
        if self.pattern is not None:
            for m in self.pattern.finditer(text, span.start, span.end):
                code, kind = self.forms[m.group().lower()]
                if not code:
                    continue
                if kind == "bare":
                    prefix = text[max(0, m.start() - 12): m.start()]
                    if re.search(r"(?:Kota|Kabupaten|Kab\.?|Provinsi|Pemkot|Pemkab)\s+$",
                                 prefix):
                        continue  # 'Kota Serang' is not 'Kabupaten Serang'
                out.append((code, Span(*m.span()), m.group()))
        if self.country:
            for m in re.finditer(NATIONAL, text[span.start: span.end]):
                out.append((self.country, Span(span.start + m.start(), span.start + m.end()),
                            m.group()))
        return out

    def unlisted(self, text: str, span: Span) -> list[str]:
        """Regions named with their level in ``span`` that regions.csv does not list."""
        out = []
        for m in re.finditer(NAMED_REGION, text[span.start: span.end]):
            name = m.group(1)
            words = name.split()
            if words[0] in NOT_PLACE_NAMES:
                continue
            if not any(" ".join(words[:n]).lower() in self.listed
                       for n in range(1, len(words) + 1)):
                out.append(m.group())
        return out

    def most_specific(self, found, near: int) -> tuple[str, str] | None:
        if not found:
            return None
        code, where, written = min(
            found, key=lambda f: (-_DEPTH.get(self.level.get(f[0], ""), 0),
                                  abs(where_mid(f[1]) - near)))
        return code, written


def where_mid(span: Span) -> int:
    return (span.start + span.end) // 2


# ---------------------------------------------------------------------------------------
# period
# ---------------------------------------------------------------------------------------

def _periods(text: str, sentence: Span, source_date: str | None
             ) -> list[tuple[str, Span, str]]:
    """(period, where, as written) of each date the sentence gives."""
    body = text[sentence.start: sentence.end]
    blocked = [Span(*m.span()) for m in _REGULATION.finditer(body)]
    out: list[tuple[str, Span, str]] = []
    taken: list[Span] = []

    def add(period: str, m: re.Match) -> None:
        span = Span(*m.span())
        if any(b.start <= span.start < b.end or span.start <= b.start < span.end
               for b in blocked + taken):
            return
        taken.append(span)
        out.append((period, Span(sentence.start + span.start, sentence.start + span.end),
                    m.group()))

    for m in (*_SLASH_DATE.finditer(body), *_DAY_MONTH_YEAR.finditer(body)):
        if date := _full_date(m):
            add(date, m)
    for m in _MONTH_YEAR.finditer(body):
        add(f"{int(m[2]):04d}-{MONTHS[m[1].lower()]:02d}", m)
    for m in _YEAR.finditer(body):
        add(m[1], m)
    if source_date:
        for pattern, keep in RELATIVE_PERIODS.items():
            for m in re.finditer(pattern, body, _I):
                add(_relative(source_date, keep), m)
    return out


def _real(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def _full_date(m: re.Match) -> str | None:
    """The date 'YYYY-MM-DD' a match of _SLASH_DATE or _DAY_MONTH_YEAR (day, month as a
    number or a name, year) writes; None where no such day exists."""
    month = int(m[2]) if m.re is _SLASH_DATE else MONTHS[m[2].lower()]
    day, year = int(m[1]), int(m[3])
    return _iso(year, month, day) if _real(year, month, day) else None


def _iso(year: int, month: int, day: int) -> str:
    return f"{year:04d}-{month:02d}-{day:02d}"


def _relative(date: str, keep: str) -> str:
    return {"day": date[:10], "month": date[:7], "year": date[:4],
            "last_year": str(int(date[:4]) - 1)}[keep]


def _article_date(text: str) -> tuple[str | None, str]:
    """A date for the article when its source row gives none: the first full date in the
    text, else its first day and month with the latest past year the text names."""
    m = _DAY_MONTH_YEAR.search(text) or _SLASH_DATE.search(text)
    if m is not None and (date := _full_date(m)):
        return date, f"the article's date {m.group()!r}"
    m = _DAY_MONTH.search(text)
    years = [int(y) for y in re.findall(r"(?<!\d)((?:19|20)\d{2})(?!\d)", text)
             if int(y) <= dt.date.today().year]
    if m is not None and years:
        day, month, year = int(m[1]), MONTHS[m[2].lower()], max(years)
        if _real(year, month, day):
            return (_iso(year, month, day),
                    f"the article's date {m.group()!r} with the latest year it names, {year} "
                    "(a guess: check it)")
    return None, "no date in the source row or the text"


# ---------------------------------------------------------------------------------------
# the rows
# ---------------------------------------------------------------------------------------

def extract(text: str, *, source_id: str, regions: pd.DataFrame | None = None,
            published: str | None = None, event_date: str | None = None,
            exclusions: list[str] | pd.DataFrame | None = None, file: str | None = None,
            start: int = 1) -> pd.DataFrame:
    """Draft figures.csv rows for every number of ``text`` not covered by an exclusion.

    ``regions``: the regions table (default: data/raw/regions.csv of the data folder);
    ``published`` and ``event_date``: the source's dates (a figure with no date of its
    own is dated by event_date, else published); ``exclusions``: the exclusion rules, a
    table like data/raw/exclusions.csv (the rules for all files and for ``file``) or a
    list of regexes (default: data/raw/exclusions.csv). Figure ids are
    ``<source_id>-<n>`` from ``start``. Returns the rows with the columns of figures.csv.
    """
    start = PARAMETERS["start"].check(start)
    regions, exclusions = _data_folder_tables(regions, exclusions)
    require_columns(regions, ("region_code", "name", "level"), "regions",
                    "to find the regions the text names")
    patterns = _patterns(exclusions, file)
    source_date, date_note = _source_date(text, event_date, published)
    matcher = Regions(regions)
    numbers = _numbers_left(text, patterns)
    sentences = _sentences(text)
    lead, dateline = _lead(text)
    rows = [_row(text, tok, _sentence_of(text, tok, sentences), source_date, date_note,
                 matcher, lead, dateline, sentences) for tok in numbers]
    return _draft_frame(rows, source_id, start)


def _data_folder_tables(regions, exclusions) -> tuple:
    """``regions`` and ``exclusions``, each read from data/raw/ of the data folder where
    it is not given (None)."""
    given = {"regions": regions, "exclusions": exclusions}
    if all(table is not None for table in given.values()):
        return regions, exclusions
    from ucj_data.io.raw import data_root, read_csv

    raw = data_root() / "data" / "raw"
    return tuple(table if table is not None else read_csv(raw / f"{name}.csv")
                 for name, table in given.items())


def _source_date(text: str, event_date, published) -> tuple[str | None, str]:
    """The date a figure with no date of its own is dated by, and where it is from: the
    source's event_date, else its published date, else the article's (:func:`_article_date`,
    with its note)."""
    for name, value in (("event_date", event_date), ("published", published)):
        if (date := _date(value)) is not None:
            return date, name
    return _article_date(text)


def _numbers_left(text: str, patterns) -> list[Span]:
    """Each number of ``text`` that no exclusion pattern covers, in order."""
    covered = excluded_spans(text, patterns)
    tokens = (Span(*token.span()) for token in NUMBER.finditer(text))
    return [tok for tok in tokens
            if not any(a <= tok.start and tok.end <= b for a, b in covered)]


def _sentence_of(text: str, tok: Span, sentences: list[Span]) -> Span:
    """The sentence the number ``tok`` is in (else its paragraph)."""
    return next((s for s in sentences if s.start <= tok.start < s.end),
                _paragraph(text, tok.start))


def _draft_frame(rows: list[dict], source_id: str, start: int) -> pd.DataFrame:
    """The rows as a table of figures.csv's columns, with the source and figure ids
    ``<source_id>-<n>`` from ``start``; missing values None."""
    frame = pd.DataFrame(rows, columns=COLUMNS)
    frame["source_id"] = source_id
    frame["figure_id"] = [f"{source_id}-{n}" for n in range(start, start + len(frame))]
    return frame.astype(object).where(frame.notna(), None).reset_index(drop=True)


def _patterns(exclusions, file: str | None) -> list[str]:
    if isinstance(exclusions, pd.DataFrame):
        require_columns(exclusions, ("pattern", "file"), "exclusions",
                        "for the rules of numbers not to extract")
        keep = exclusions["file"].isna() | (exclusions["file"] == file)
        return list(exclusions.loc[keep, "pattern"])
    return list(exclusions or [])


def _date(value) -> str | None:
    if isinstance(value, str) and re.match(r"^\d{4}-\d{2}-\d{2}", value):
        return value[:10]
    return None


def _row(text, tok, sentence, source_date, date_note, matcher, lead, dateline,
         sentences) -> dict:
    """The draft row of the number ``tok``: value_text as written, the indicator its cue
    suggests, its region and period, the quote, and a note saying what decided each."""
    value, value_text, why_not = _value_span(text, tok)
    indicator = cue_span = None
    if why_not:
        notes = [f"value: parse_number rejects {value_text!r}; fix by hand"]
    else:
        indicator, cue_span, note = _indicator(text, sentence, value, value_text)
        notes = [note]
    quote = _quote(text, sentence, value, cue_span)
    region, region_notes = _region_noted(text, value, sentence, matcher, lead, dateline)
    period, period_note = _period(text, sentence, value, source_date, date_note, sentences)
    indicator, kept_notes = _indicator_kept(indicator, period, region, source_date)
    notes += [*region_notes, period_note, *kept_notes]
    return {"region_code": region, "indicator": indicator, "period": period,
            "value_text": value_text, "flag": None, "quote": quote, "note": "; ".join(notes)}


def _indicator(text: str, sentence: Span, value: Span, value_text: str
               ) -> tuple[str | None, Span | None, str]:
    """(indicator, where its cue is, the note saying why) of the value ``value_text`` at
    ``value``: the nearest cue of the best tier that suggests an indicator taking its unit;
    none for what looks like a year or counts things other than people."""
    unit = parse_number(value_text).unit
    found = _cues(text, sentence, value, unit)
    refused = _not_an_indicator(text[value.end: sentence.end], value_text, unit)
    if refused:
        return None, None, refused
    fitting = sorted((f for f in found if f.indicator), key=lambda f: (f.cue.tier, f.distance))
    if fitting:
        best = fitting[0]
        return best.indicator, best.span, (f"indicator: cue {best.cue.name!r} "
                                           f"({text[best.span.start: best.span.end].strip()!r})")
    unfit = sorted({f.cue.name for f in found if not f.indicator})
    if unfit:
        return None, None, (f"indicator: none; cue {', '.join(map(repr, unfit))} found but "
                            f"no indicator it suggests takes a {unit} value")
    return None, None, "indicator: none, no cue in the sentence"


def _not_an_indicator(after: str, value_text: str, unit: str) -> str | None:
    """Why a plain number is no indicator's value (a note), else None: it looks like a
    year, or the noun ``after`` it names things other than people."""
    if unit != "number":
        return None
    if re.fullmatch(r"(?:19|20)\d{2}", value_text) is not None:
        return ("indicator: none, the number looks like a year (add an exclusion rule to "
                "data/raw/exclusions.csv if it is one)")
    noun = re.match(rf"\s+({NON_PERSON_NOUNS})\b", after, _I)
    if noun:
        return f"indicator: none, the number counts {noun[1]!r}, not people"
    return None


def _region_noted(text, value, sentence, matcher, lead, dateline
                  ) -> tuple[str | None, list[str]]:
    """The value's region (:func:`_region`; none where the sentence names only regions
    regions.csv does not list) and the notes: where it was found, the regions named that
    are not listed."""
    unlisted = matcher.unlisted(text, sentence)
    if unlisted and not matcher.named(text, sentence):
        region, note = None, "region: none listed in the sentence"
    else:
        region, note = _region(text, value, sentence, matcher, lead, dateline)
    if not unlisted:
        return region, [note]
    return region, [note, f"named but not in regions.csv: {', '.join(sorted(set(unlisted)))} "
                          "(add it to data/raw/regions.csv with its BPS code to use it)"]


def _indicator_kept(indicator, period, region, source_date) -> tuple[str | None, list[str]]:
    """The indicator, or None where the row cannot have it yet, and the notes saying why:
    a period after the source's date (only a target may lie ahead), no period or no
    region."""
    if (indicator and period and source_date and indicator not in AHEAD
            and period > source_date[: len(period)]):
        return None, [f"indicator: {indicator} left out, its period {period} is after the "
                      f"source's date {source_date} (a target or a projection?)"]
    for field, known in (("period", period), ("region_code", region)):
        if indicator and not known:
            return None, [f"indicator: {indicator} left out until {field} is filled in"]
    return indicator, []


def _quote(text: str, sentence: Span, value: Span, cue: Span | None) -> str:
    clauses = _clauses(text, sentence)

    def clause_of(pos: int) -> Span:
        return next((c for c in clauses if c.start <= pos <= c.end), sentence)

    parts = [clause_of(value.start), clause_of(value.end - 1)]
    if cue is not None:
        parts += [clause_of(cue.start), clause_of(cue.end - 1)]
    start = min(p.start for p in parts + [value])
    end = max(p.end for p in parts + [value])
    start, end = _strip(text, Span(start, end))
    while end > value.end and text[end - 1] in ".,;:!?)”\"’ ":
        if text[end - 1] == ")" and text[start:end].count("(") >= text[start:end].count(")"):
            break
        end -= 1
    return text[start:end]


def _region(text, value, sentence, matcher, lead, dateline) -> tuple[str | None, str]:
    places = [("the sentence", sentence),
              ("the paragraph, before it", Span(_paragraph(text, value.start).start,
                                                 sentence.start)),
              ("the lead", lead)]
    if dateline is not None:
        places.append(("the dateline", dateline))
    for where, span in places:
        best = matcher.most_specific(matcher.named(text, span), value.start)
        if best:
            return best[0], f"region: {best[1]!r} in {where}"
    return None, "region: none named; fill region_code"


def _period(text, sentence, value, source_date, date_note, sentences=(), depth=0
            ) -> tuple[str | None, str]:
    found = _periods(text, sentence, source_date)
    if not found and depth < 3 and re.match(ANAPHORA, text[sentence.start: sentence.end]):
        earlier = [s for s in sentences if s.end <= sentence.start]
        if earlier and _paragraph(text, earlier[-1].start).start >= _paragraph(
                text, sentence.start).start - 400:
            prev = earlier[-1]
            period, note = _period(text, prev, Span(prev.end, prev.end), source_date,
                                   date_note, sentences, depth + 1)
            if "in the sentence" in note:
                return period, note.replace("in the sentence", "in the sentence before "
                                            "(this one opens with a reference to it)")
    if found:
        before = [f for f in found if f[1].end <= value.start]
        period, span, written = (max(before, key=lambda f: f[1].end) if before
                                 else min(found, key=lambda f: f[1].start))
        return period, f"period: {written!r} in the sentence"
    if source_date:
        return source_date, f"period: none in the sentence, the source's date ({date_note})"
    return None, f"period: none in the sentence, and {date_note}; fill period"


# ---------------------------------------------------------------------------------------
# a source of the data folder (for `ucj-data extract`)
# ---------------------------------------------------------------------------------------

def draft_source(seed, source_id: str, root=None, start: int = 1) -> pd.DataFrame | str:
    """The draft rows for the seed file ``seed`` of source ``source_id`` of the data folder
    ``root``, or a message saying what is wrong on the command line (a seed that does not
    exist, a source_id not in sources.csv)."""
    from pathlib import Path

    from ucj_data.io.raw import decode, locate, read_csv

    where = locate(root)
    raw = where.path / "data" / "raw"
    seed = Path(seed)
    candidates = [seed, where.path / seed, where.path / "seeds" / seed.name]
    path = next((p for p in candidates if p.is_file()), None)
    if path is None:
        return (f"no seed file {seed} (looked in {', '.join(str(p) for p in candidates)}); "
                "save the document's text in seeds/ first")
    sources = read_csv(raw / "sources.csv", where)
    row = sources[sources["source_id"] == source_id]
    if row.empty:
        return (f"no source {source_id!r} in {raw / 'sources.csv'}: add its row first "
                "(source_id, file, outlet, title, published, event_date, ...; docs/guide.md "
                "'Adding a source and its figures'), then run extract again")
    row = row.iloc[0]
    return extract(decode(path, where), source_id=source_id,
                   regions=read_csv(raw / "regions.csv", where),
                   published=row.get("published"), event_date=row.get("event_date"),
                   exclusions=read_csv(raw / "exclusions.csv", where),
                   file=row.get("file") if isinstance(row.get("file"), str) else path.name,
                   start=start)


def next_number(figures_csv, source_id: str) -> int:
    """The first n such that no figure id ``<source_id>-<m>`` with m >= n is in use."""
    from ucj_data.io.raw import read_csv

    ids = read_csv(figures_csv)["figure_id"].dropna()
    used = [int(m[1]) for i in ids if (m := re.fullmatch(rf"{re.escape(source_id)}-(\d+)", i))]
    return max(used, default=0) + 1
