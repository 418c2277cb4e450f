"""Every number in every seed is either inside some figure's quote or excluded by a rule.

Exclusion rules (dates, times, regulation numbers, ages, page counters, ...) are data:
data/raw/exclusions.csv. A token that is neither quoted nor excluded is a figure nobody
has recorded yet; the failure message lists each with its context.
"""

from __future__ import annotations

import re

import pytest

import ucj_data

NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def spans(pattern: str, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(pattern, text)]


def uncovered_tokens(tables) -> list[str]:
    file_of = dict(zip(tables.sources["source_id"], tables.sources["file"], strict=True))
    missing = []
    for file, text in sorted(tables.seeds.items()):
        covered = []
        quotes = tables.figures.loc[tables.figures["source_id"].map(file_of) == file, "quote"]
        for quote in quotes.unique():
            covered += spans(re.escape(quote), text)
        rules = tables.exclusions
        for pattern in rules.loc[rules["file"].isna() | (rules["file"] == file), "pattern"]:
            covered += spans(pattern, text)
        for m in NUMBER.finditer(text):
            if not any(a <= m.start() and m.end() <= b for a, b in covered):
                context = text[max(0, m.start() - 30): m.end() + 30].replace("\n", " ")
                missing.append(f"{file}: {m.group()!r} in ...{context}...")
    return missing


def test_every_seed_number_is_quoted_or_excluded():
    missing = uncovered_tokens(ucj_data.load())
    assert not missing, "numbers in seeds neither quoted nor excluded:\n" + "\n".join(missing)


def test_the_check_finds_an_unrecorded_number():
    # Dropping the figure that quotes '11 warga' must leave exactly that token uncovered.
    tables = ucj_data.load()
    figures = tables.figures[tables.figures["figure_id"] != "kalimati-serang-recipients-day"]
    missing = uncovered_tokens(tables._replace(figures=figures))
    assert len(missing) == 1 and "'11'" in missing[0], missing


RULE_IDS = ucj_data.load().exclusions["rule_id"].tolist()


@pytest.mark.parametrize("rule_id", RULE_IDS)
def test_each_exclusion_rule_is_needed(rule_id):
    # A rule that covers nothing the others do not would hide future figures for no reason.
    tables = ucj_data.load()
    rules = tables.exclusions[tables.exclusions["rule_id"] != rule_id]
    assert uncovered_tokens(tables._replace(exclusions=rules))
