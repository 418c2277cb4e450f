"""Bad rows in data/raw/statistics.csv: the same line-precise messages as figures.csv."""

from __future__ import annotations

import pandas as pd

from tests.conftest import edit_rows, set_cell
from tests.unit.io.test_bad_input import assert_one_problem, run_build
from ucj_data.io.inputs import with_confirmations

STATS = "data/raw/statistics.csv"
ROW = "bps-36-employed-2025-08"  # any row of the file: each test breaks one cell of it


def test_unknown_publisher(project, capsys):
    line = set_cell(project / STATS, "statistic_id", ROW, "publisher", "Badan Statistik")
    code, err = run_build(project, capsys)
    assert code == 1
    assert_one_problem(err, f"{STATS}:{line}:", "'publisher'", "'Badan Statistik'",
                       "one of: BPS, BPJS Ketenagakerjaan, Kemnaker")


def test_bad_period(project, capsys):
    line = set_cell(project / STATS, "statistic_id", ROW, "period", "Agustus 2025")
    code, err = run_build(project, capsys)
    assert code == 1
    # the cell breaks two rules of the field (its pattern, a real date): both are named,
    # on that line and column, and nothing else
    lines = [x.strip() for x in err.splitlines() if x.startswith("  ")]
    assert len(lines) == 2, err
    assert all(x.startswith(f"{STATS}:{line}: column 'period': got 'Agustus 2025'")
               for x in lines), err
    assert any("text matching" in x for x in lines)


def test_month_that_does_not_exist(project, capsys):
    line = set_cell(project / STATS, "statistic_id", ROW, "period", "2025-13")
    code, err = run_build(project, capsys)
    assert code == 1
    assert_one_problem(err, f"{STATS}:{line}:", "'period'", "'2025-13'", "calendar")


def test_period_after_its_release(project, capsys):
    # released 2025-11-05: a statistic of December 2025 cannot be in it
    line = set_cell(project / STATS, "statistic_id", ROW, "period", "2025-12")
    code, err = run_build(project, capsys)
    assert code == 1
    assert_one_problem(err, f"{STATS}:{line}:", "'period'", "'2025-12'",
                       "no later than the release_date")


def test_unparseable_value(project, capsys):
    # '5.76 juta' is not Indonesian: '.' groups thousands, so it must be followed by 3 digits
    line = set_cell(project / STATS, "statistic_id", ROW, "value_text", "5.76 juta")
    code, err = run_build(project, capsys)
    assert code == 1
    assert_one_problem(err, f"{STATS}:{line}:", "'value_text'", "'5.76 juta'",
                       "Indonesian way")


def test_value_of_the_wrong_kind(project, capsys):
    line = set_cell(project / STATS, "statistic_id", ROW, "value_text", "42,9 persen")
    code, err = run_build(project, capsys)
    assert code == 1
    assert_one_problem(err, f"{STATS}:{line}:", "'value_text'", "'42,9 persen'",
                       "for employed_persons (parsed as percent)")


def test_unknown_region(project, capsys):
    line = set_cell(project / STATS, "statistic_id", ROW, "region_code", "3699")
    code, err = run_build(project, capsys)
    assert code == 1
    assert_one_problem(err, f"{STATS}:{line}:", "'region_code'", "'3699'",
                       "region_code listed in data/raw/regions.csv")


def test_unknown_indicator(project, capsys):
    line = set_cell(project / STATS, "statistic_id", ROW, "indicator", "penduduk_bekerja")
    code, err = run_build(project, capsys)
    assert code == 1
    assert_one_problem(err, f"{STATS}:{line}:", "'indicator'", "'penduduk_bekerja'")


def test_a_typed_confidence_is_refused(project, capsys):
    # confidence is counted from the pages read, never typed: a column of it is unknown,
    # named on the header line with the columns expected
    edit_rows(project / STATS, lambda rows: [dict(r, confidence="H") for r in rows])
    code, err = run_build(project, capsys)
    assert code == 1
    assert_one_problem(err, f"{STATS}:1:", "'confidence'", "unknown column", "also_read_at")


def test_a_missing_outlet_is_named(project, capsys):
    line = set_cell(project / STATS, "statistic_id", ROW, "read_at_outlet", "")
    code, err = run_build(project, capsys)
    assert code == 1
    assert_one_problem(err, f"{STATS}:{line}:", "'read_at_outlet'", "may not be empty")


def test_confidence_is_counted_from_the_pages_read():
    stats = pd.DataFrame({"read_at_url": ["https://a.example/1", None, None, "https://b/2"],
                          "also_read_at": ["c.example/3; d.example/4", None, "e.example/5",
                                           None]})
    out = with_confirmations(stats)
    # 1 + 2 pages, none, 0 + 1, 1 + 0
    assert out["confirmations"].tolist() == [3, 0, 1, 1]
    assert out["confidence"].tolist() == ["H", "U", "M", "M"]


def test_duplicate_statistic_id(project, capsys):
    edit_rows(project / STATS, lambda rows: rows + [dict(rows[0])])
    code, err = run_build(project, capsys)
    assert code == 1
    assert "'statistic_id'" in err and "not used on another line" in err
