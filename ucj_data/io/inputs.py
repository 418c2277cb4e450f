"""The validated tables: sources, regions and their aliases, indicators, figures (and
exclusion rules).

``load()`` reads data/raw/ and seeds/, validates every table against its schema and the
tables it refers to, parses each ``value_text``, and raises one :class:`RawDataError`
listing every problem found. The public functions return copies of the validated tables.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import NamedTuple

import pandas as pd

from ucj_data.io.memo import Memo, input_stamp
from ucj_data.io.raw import ROOT_ATTR, DataRoot, locate, read_raw, read_seeds
from ucj_data.metadata.tables import TABLES
from ucj_data.metadata.vocabularies import (
    INDICATORS,
    PARSED_UNITS,
    WHOLE_UNIT_KINDS,
    within_kind,
)
from ucj_data.text.intervals import written_interval, written_precision
from ucj_data.text.numbers import parse_number
from ucj_data.validate.problems import Problem, RawDataError
from ucj_data.validate.schemas import header_problems, is_real_date, schema, validate


class Tables(NamedTuple):
    sources: pd.DataFrame
    regions: pd.DataFrame
    region_aliases: pd.DataFrame
    indicators: pd.DataFrame
    figures: pd.DataFrame
    exclusions: pd.DataFrame
    contribution_rates: pd.DataFrame
    rate_adjustments: pd.DataFrame
    statistics: pd.DataFrame
    seeds: dict[str, str]  # seed file name -> text


def indicator_table() -> pd.DataFrame:
    """The indicator vocabulary as a table."""
    frame = pd.DataFrame(list(INDICATORS.values()))
    frame = frame.rename(columns={"name": "indicator"})
    return frame[list(TABLES["indicators"].fields)]


def parse_values(figures: pd.DataFrame, file: str,
                 table: str = "figures") -> tuple[pd.DataFrame, list[Problem]]:
    """Add ``value``, ``unit`` and ``qualifier`` parsed from ``value_text``, and
    ``value_low``/``value_high``, what the number as written allows
    (:func:`ucj_data.text.intervals.written_interval`; a count's whole number written to
    its ones digit is exact; empty where nothing bounds it: above 'lebih dari').

    The unit written must fit the indicator's kind (a bare number for a count, 'persen'
    for a percentage, 'Rp' for an amount, 'Rp ... per hari' for a rate). A bare number
    takes the indicator's unit (persons, workers/village). ``table``: the table whose
    columns are returned (figures, or statistics, parsed the same way).
    """
    parsed, problems = {}, []
    for line, text, name in zip(figures.index, figures["value_text"], figures["indicator"],
                                strict=True):
        if not isinstance(text, str):
            continue  # an empty value_text is already reported by the schema
        try:
            value, unit, qualifier = parse_number(text)
        except ValueError as err:
            problems.append(Problem(file, line, "value_text", repr(text),
                                    f"a number written the Indonesian way ({err})"))
            continue
        indicator = INDICATORS.get(name)
        if indicator is None:
            continue  # reported by the schema
        if unit not in PARSED_UNITS[indicator.kind]:
            written = " or ".join(sorted(PARSED_UNITS[indicator.kind]))
            problems.append(Problem(file, line, "value_text", repr(text),
                                    f"a value in {written} for {name} (parsed as {unit})"))
            continue
        low, high, *_ = within_kind(
            written_interval(value, qualifier, whole=indicator.kind in WHOLE_UNIT_KINDS,
                             step=written_precision(value, text)[0]),
            indicator.kind)
        parsed[line] = (value, low, high if high < math.inf else math.nan,
                        indicator.unit if unit == "number" else unit, qualifier)
    values = pd.DataFrame.from_dict(
        parsed, orient="index", columns=["value", "value_low", "value_high", "unit", "qualifier"])
    out = figures.join(values)
    if table == "statistics":
        out = with_confirmations(out)
    return out[list(TABLES[table].fields)], problems


def load(root: Path | str | None = None) -> Tables:
    """Read and validate everything under ``root``; raise RawDataError on any problem.

    ``root`` is the data folder; None finds it at each call: UCJ_DATA_ROOT, else the
    checkout ucj_data runs from, else the data installed with it
    (:func:`ucj_data.io.raw.locate`). The tables are copies: changing them changes nothing
    that a later call returns.
    """
    where = locate(root)
    where = DataRoot(where.path.resolve(), where.rule)
    cached = LOADED.get(input_stamp(where.path), lambda: _load(where))
    tables = Tables(*(dict(t) if isinstance(t, dict) else t.copy() for t in cached))
    for frame in tables[:-1]:  # the seeds are a dict of texts
        frame.attrs[ROOT_ATTR] = str(where.path)
    return tables


# the validated tables of the last few states of data folders read (by their content)
LOADED: Memo[Tables] = Memo(4)


def _load(root: DataRoot) -> Tables:
    """Read data/raw/ and seeds/ of ``root`` and validate every table against its schema
    and the tables it refers to; RawDataError listing every problem found."""
    raw = read_raw(root)
    readable = {name: not header_problems(frame, schema(name), f"data/raw/{name}.csv")
                for name, frame in raw.items()}
    check = _Checks()
    # cross-table steps use only tables whose header could be read; a table with a wrong
    # header is reported on its header line and nothing else is guessed from it
    src = raw["sources"] if readable["sources"] else raw["sources"].iloc[:0, :0]
    seeds = read_seeds(src["file"] if "file" in src else pd.Series(dtype=str), root)
    sources = check("sources", raw["sources"], context={"seeds": seeds})
    known_regions = {"regions": raw["regions"]} if readable["regions"] else {}
    regions = check("regions", raw["regions"], known=known_regions)
    region_aliases = check("region_aliases", raw["region_aliases"], known=known_regions)
    exclusions = check("exclusions", raw["exclusions"])
    contribution_rates = check("contribution_rates", raw["contribution_rates"])
    rate_adjustments = check("rate_adjustments", raw["rate_adjustments"])
    indicators = indicator_table()
    known = {"indicators": indicators} | {
        name: raw[name] for name in ("sources", "regions") if readable[name]}
    figures = check.parsed("figures", raw["figures"], readable["figures"], known=known,
                           context=_source_context(src, seeds))
    statistics = check.parsed("statistics", raw["statistics"], readable["statistics"],
                              known={"indicators": indicators} | known_regions)
    if check.problems:
        raise RawDataError(check.problems)
    frames = (sources, regions, region_aliases, indicators, figures, exclusions,
              contribution_rates, rate_adjustments, statistics)
    return Tables(*(f.reset_index(drop=True) for f in frames), seeds)


# the confidence of a statistic by the number of pages read that give its value
_CONFIDENCE_BY_PAGES = ((2, "H"), (1, "M"), (0, "U"))


def with_confirmations(statistics: pd.DataFrame) -> pd.DataFrame:
    """``statistics`` with ``confirmations``, the pages read that give each value
    (read_at_url when recorded, and each entry of also_read_at, joined with ';'), and
    ``confidence`` derived from it (CONFIDENCE): a confidence is counted, never typed."""
    def pages(column: str) -> pd.Series:
        if column not in statistics:
            return pd.Series(0, index=statistics.index)
        return statistics[column].map(
            lambda text: 0 if pd.isna(text) else sum(1 for p in str(text).split(";")
                                                     if p.strip()))

    count = pages("read_at_url") + pages("also_read_at")
    level = count.map(lambda n: next(c for least, c in _CONFIDENCE_BY_PAGES if n >= least))
    return statistics.assign(confirmations=count.astype("int64"), confidence=level)


class _Checks:
    """Validates tables of data/raw/ (:func:`ucj_data.validate.schemas.validate`),
    collecting every problem found in ``problems``."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def __call__(self, name: str, frame: pd.DataFrame, **kw) -> pd.DataFrame:
        """``frame`` validated by the schema of table ``name`` (``kw``: its options)."""
        out, found = validate(frame, schema(name, **kw), f"data/raw/{name}.csv")
        self.problems.extend(found)
        return out

    def parsed(self, name: str, frame: pd.DataFrame, readable: bool, **kw) -> pd.DataFrame:
        """A table with a value_text (figures, statistics) validated as typed, then, where
        its header and rows passed, with value_text parsed (:func:`parse_values`) and the
        derived columns validated."""
        before = len(self.problems)
        out = self(name, frame, **kw)
        if readable and len(self.problems) == before:  # its rows can be read as typed
            out, found = parse_values(out, f"data/raw/{name}.csv", name)
            self.problems.extend(found)
            if not found:  # duplicates of problems found above collapse in RawDataError
                out = self(name, out, processed=True, derived_only=True, **kw)
        return out


def _source_context(sources: pd.DataFrame, seeds: dict[str, str]) -> dict:
    """What the figures' row checks need from the sources: each source's seed text and
    date (published, else event_date). A source_id used twice gives neither: its duplicate
    is reported on sources.csv, and its figures' quotes are not judged against a guess."""
    if sources.empty:
        return {}
    once = sources[~sources["source_id"].duplicated(keep=False)]
    seed_of_source = {s: seeds[f] for s, f in zip(once["source_id"], once["file"], strict=True)
                      if isinstance(f, str) and f in seeds}
    published = once["published"].str[:10] if "published" in once else None
    dated = published.fillna(once["event_date"]) if published is not None else once.get(
        "event_date")
    date_of_source = ({} if dated is None else
                      {s: d for s, d in zip(once["source_id"], dated, strict=True)
                       if isinstance(d, str) and is_real_date(d)})
    return {"seed_of_source": seed_of_source, "date_of_source": date_of_source}


def sources(root: Path | str | None = None) -> pd.DataFrame:
    """Validated source documents (data/raw/sources.csv)."""
    return load(root).sources


def regions(root: Path | str | None = None) -> pd.DataFrame:
    """Validated regions with BPS codes (data/raw/regions.csv)."""
    return load(root).regions


def region_aliases(root: Path | str | None = None) -> pd.DataFrame:
    """Validated short names and common forms of regions (data/raw/region_aliases.csv),
    each with the page it was checked on."""
    return load(root).region_aliases


def indicators() -> pd.DataFrame:
    """The indicator vocabulary (name, unit, kind, description)."""
    return indicator_table()


def figures(root: Path | str | None = None) -> pd.DataFrame:
    """Validated figures (data/raw/figures.csv) with parsed ``value``, ``unit``, ``qualifier``."""
    return load(root).figures


def statistics(root: Path | str | None = None) -> pd.DataFrame:
    """Validated official statistics (data/raw/statistics.csv) with their citations and the
    parsed ``value``, ``unit``, ``qualifier`` (read as figures' value_text is)."""
    return load(root).statistics
