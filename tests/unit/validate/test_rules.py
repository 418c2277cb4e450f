"""Rules of data/raw/ that a careful tester found missing: each bad input is named on its
file, line and column, and nothing after it is guessed from it."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

import ucj_data
from tests.conftest import edit_rows, set_cell
from ucj_data.validate.problems import RawDataError

FIG, SRC, REG = "data/raw/figures.csv", "data/raw/sources.csv", "data/raw/regions.csv"
RATES = "data/raw/contribution_rates.csv"


def problems(root: Path) -> list[str]:
    with pytest.raises(RawDataError) as err:
        ucj_data.load(root)
    return [str(p) for p in err.value.problems]


def only(root: Path, *parts: str) -> str:
    found = problems(root)
    assert len(found) == 1, found
    for part in parts:
        assert part in found[0], found[0]
    return found[0]


@pytest.mark.parametrize("period", ["2025-02-30", "2025-13-45", "0000", "1899", "2101-01-01"])
def test_a_period_must_be_a_real_date(project, period):
    line = set_cell(project / FIG, "figure_id", "kalimati-serang-active", "period", period)
    only(project, f"{FIG}:{line}: column 'period'", repr(period), "a real calendar date")


def test_an_event_date_must_be_a_real_date(project):
    line = set_cell(project / SRC, "source_id", "msn-serang", "event_date", "2025-02-29")
    only(project, f"{SRC}:{line}: column 'event_date'", "a real calendar date")


@pytest.mark.parametrize("published", [
    "2025-11-04T25:99+99:99", "2025-11-04T24:00+07:00", "2025-11-04T13:60+07:00",
    "2025-11-04T13:36+14:01", "2025-11-04T13:36-15:00", "2025-11-04T13:36+07:60",
    "2025-11-31T13:36+07:00",
])
def test_a_publication_time_must_be_a_real_time(project, published):
    line = set_cell(project / SRC, "source_id", "banten-ucj-sosek", "published", published)
    only(project, f"{SRC}:{line}: column 'published'", repr(published),
         "where a time follows: 00:00-23:59, an offset within ±14:00")


@pytest.mark.parametrize("published", ["2025-11-04T23:59+14:00", "2025-11-04T00:00-14:00"])
def test_a_publication_time_at_the_bounds_is_read(project, published):
    set_cell(project / SRC, "source_id", "banten-ucj-sosek", "published", published)
    sources = ucj_data.load(project).sources.set_index("source_id")
    assert sources.at["banten-ucj-sosek", "published"] == published


def test_a_period_after_its_source_was_published_is_refused_except_for_a_target(project):
    # msn-serang reports the event of 9 December 2025: its figures cannot speak of 2026
    line = set_cell(project / FIG, "figure_id", "msn-serang-active", "period", "2026-01-01")
    only(project, f"{FIG}:{line}: column 'period'", "no later than the source's")
    # a target may lie ahead: the Lampung article of 2025 states a target for 2026
    f = ucj_data.figures()
    assert (f.loc[f["indicator"] == "target_coverage_pct", "period"] > "2025-12-31").any()


@pytest.mark.parametrize(("column", "text", "odd"), [
    ("region_code", "３６０４", "FULLWIDTH DIGIT THREE, U+FF13"),
    ("period", "2025-12-0٩", "ARABIC-INDIC DIGIT NINE, U+0669"),
])
def test_only_ascii_digits_in_codes_and_periods(project, column, text, odd):
    line = set_cell(project / FIG, "figure_id", "kalimati-serang-active", column, text)
    # one problem, naming the odd character: not also a pattern or a foreign-key echo
    only(project, f"{FIG}:{line}: column '{column}'", "ASCII digits 0-9 only", odd)


def test_a_region_code_used_twice_is_named_on_both_lines(project):
    edit_rows(project / REG, lambda rows: [*rows, dict(rows[1])])
    found = problems(project)
    assert len(found) == 2 and all("not used on another line" in p for p in found), found


def test_a_source_id_used_twice_is_named_not_hidden_behind_quotes(project):
    edit_rows(project / SRC, lambda rows: [*rows, dict(rows[0])])
    found = problems(project)
    assert len(found) == 2, found
    assert all(f"{SRC}:" in p and "'source_id'" in p for p in found), found


@pytest.mark.parametrize(("code", "parent", "lines"), [("3604", "3604", 1), ("36", "3604", 2)])
def test_parents_never_lead_back_to_the_region(project, code, parent, lines):
    set_cell(project / REG, "region_code", code, "parent_code", parent)
    found = problems(project)
    # its own parent: one line; 36 <-> 3604: both lines of the cycle
    assert len(found) == lines and all("never leads back" in p for p in found), found


def test_a_missing_parent_is_refused(project):
    with (project / REG).open(encoding="utf-8") as f:
        taken = {row["region_code"] for row in csv.DictReader(f)}
    missing = next(f"{n}" for n in range(99, 9, -1) if f"{n}" not in taken)
    line = set_cell(project / REG, "region_code", "3604", "parent_code", missing)
    only(project, f"{REG}:{line}: column 'parent_code'", "listed in data/raw/regions.csv")


@pytest.mark.parametrize(("code", "level"), [("3604", "province"), ("36", "city"),
                                             ("00", "province")])
def test_the_level_fits_the_length_of_the_code(project, code, level):
    line = set_cell(project / REG, "region_code", code, "level", level)
    only(project, f"{REG}:{line}: column 'level'", "a level that fits the code")


def test_a_missing_seed_is_one_problem_not_a_type_error(project):
    (project / "seeds" / "000_aefaba3afc6a141e.txt").unlink()
    text = only(project, f"{SRC}:", "'file'", "a file of that name in seeds/")
    assert "TypeError" not in text


def test_an_unknown_indicator_does_not_point_to_a_file_that_does_not_exist(project):
    line = set_cell(project / FIG, "figure_id", "kalimati-serang-active", "indicator",
                    "peserta")
    text = only(project, f"{FIG}:{line}: column 'indicator'", "one of: active_participants")
    assert "indicators.csv" not in text


def test_a_magnitude_beyond_any_region_is_refused(project):
    # 2 000 000 000 000 persons: more people than the world has
    path = project / FIG
    edit_rows(path, lambda rows: [
        {**r, "value_text": "2.000.000.000.000", "quote": r["quote"]}
        if r["figure_id"] == "x" else r for r in rows])
    seed = project / "seeds" / "900_big.txt"
    seed.write_text("Ada 2.000.000.000.000 pekerja.", encoding="utf-8")
    edit_rows(project / SRC, lambda rows: [*rows, {"source_id": "big", "file": seed.name,
                                                    "language": "id"}])
    edit_rows(path, lambda rows: [*rows, {
        "figure_id": "big-workforce", "source_id": "big", "region_code": "36",
        "indicator": "workforce", "period": "2025", "value_text": "2.000.000.000.000",
        "quote": "Ada 2.000.000.000.000 pekerja."}])
    only(project, f"{FIG}:", "'value_text'", "a plausible magnitude")


def test_official_targets_that_disagree_must_be_flagged(project):
    # two unflagged figures give Lampung's 2026 target as 45,53 and 46 persen
    seed = project / "seeds" / "901_target.txt"
    seed.write_text("Target 2026 sebesar 46 persen.", encoding="utf-8")
    edit_rows(project / SRC, lambda rows: [*rows, {"source_id": "other", "file": seed.name,
                                                    "language": "id"}])
    edit_rows(project / FIG, lambda rows: [*rows, {
        "figure_id": "other-target", "source_id": "other", "region_code": "18",
        "indicator": "target_coverage_pct", "period": "2026", "value_text": "46 persen",
        "quote": "Target 2026 sebesar 46 persen."}])
    found = problems(project)
    assert len(found) == 2 and all("flag all but one" in p for p in found), found


def test_a_package_rate_is_the_sum_of_its_programmes(project):
    # JKK 10 000 + JKM 6 800 = 16 800, not 17 000
    line = set_cell(project / RATES, "package", "JKK+JKM", "rate_idr_per_month", "17000")
    only(project, f"{RATES}:{line}: column 'rate_idr_per_month'", "the sum of the rates")


@pytest.mark.parametrize(("old", "new", "expected"), [
    ("quote", "kutipan", ["'kutipan': got an unknown column", "'quote': got no such column"]),
    ("level", "name", ["'name': got a column name used twice", "'level': got no such column"]),
    (",file,", ",berkas,", ["'berkas': got an unknown column", "'file': got no such column"]),
])
def test_a_wrong_header_is_reported_on_its_line_and_nothing_is_guessed(project, old, new,
                                                                      expected):
    name = {"quote": "figures", "level": "regions", ",file,": "sources"}[old]
    path = project / "data" / "raw" / f"{name}.csv"
    head, rest = path.read_text(encoding="utf-8").split("\n", 1)
    path.write_text(head.replace(old, new) + "\n" + rest, encoding="utf-8")
    found = problems(project)
    assert len(found) == len(expected), found
    assert all(any(e in p for p in found) for e in expected), found
    assert all(p.startswith(f"data/raw/{name}.csv:1:") for p in found), found


def test_header_only_inputs_give_empty_tables(project):
    # coverage rests on figures and official statistics alike: both header-only
    for path in (project / FIG, project / "data" / "raw" / "statistics.csv"):
        path.write_text(path.read_text(encoding="utf-8").split("\n", 1)[0] + "\n",
                        encoding="utf-8")
    tables = ucj_data.load(project)
    assert tables.figures.empty and tables.statistics.empty
    assert ucj_data.coverage(tables.figures).empty
    assert ucj_data.project_enrolment(tables.figures).empty


def test_a_file_saved_with_semicolons_is_one_problem(project):
    path = project / FIG
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace(",", ";"), encoding="utf-8")
    only(project, f"{FIG}:1:", "columns separated by ','", "uses ';'")


STATS = "data/raw/statistics.csv"


@pytest.mark.parametrize(("path", "key", "value", "column", "text", "form"), [
    (FIG, "figure_id", "kalimati-serang-active", "period", "2025-11-03\n", "[0-9]{4}(-"),
    (FIG, "figure_id", "msn-serang-claims", "period", "2025\n", "[0-9]{4}(-"),
    (FIG, "figure_id", "kalimati-serang-active", "figure_id", "kalimati-serang-active\n",
     "[a-z0-9][a-z0-9-]*"),
    (FIG, "figure_id", "kalimati-serang-active", "region_code", "3604\n", "[0-9]{2}("),
    (FIG, "figure_id", "kalimati-serang-active", "source_id", "kalimati-serang\r\n",
     "[a-z0-9][a-z0-9-]*"),
    (SRC, "source_id", "msn-serang", "published", "2025-12-09\n", "(T[0-9]{2}"),
    (SRC, "source_id", "msn-serang", "event_date", " 2025-12-09", "[0-9]{2}$"),
    (REG, "region_code", "3604", "parent_code", "36 ", "[0-9]{2}("),
    (STATS, "statistic_id", "bps-00-employed-2024-08", "release_date", "2025-11-05\n",
     "[0-9]{4}(-"),
    (RATES, "package", "JKK+JKM", "components", "JKK+JKM\n", "[A-Z]+(\\+[A-Z]+)*"),
])
def test_a_code_id_or_date_with_a_line_break_or_space_around_it_is_refused(
        project, path, key, value, column, text, form):
    line = set_cell(project / path, key, value, column, text)
    found = problems(project)
    # on that cell only; a code is also named as one its table does not list, a date that
    # does not read as one as no real date (as for any text not of the form)
    assert all(p.startswith(f"{path}:{line}: column '{column}': got {text!r}; expected ")
               for p in found), found
    assert [p for p in found if "expected text matching" in p and form in p
            and p.endswith("(no space or line break before or after it)")], found


def test_free_text_may_hold_line_breaks(project):
    note = "Read twice.\nThe second reading agrees."
    set_cell(project / FIG, "figure_id", "kalimati-serang-active", "note", note)
    figures = ucj_data.load(project).figures.set_index("figure_id")
    assert figures.at["kalimati-serang-active", "note"] == note
    assert figures.at["kalimati-serang-active", "value"] == 400_385
