"""Bad input in data/raw/: one clear message per problem, exit 1, data/processed/ untouched."""

from __future__ import annotations

from pathlib import Path

import pytest

import ucj_data
from tests.conftest import edit_rows, set_cell, tree_digest
from ucj_data.cli import main

FIG = "data/raw/figures.csv"


def run_build(root: Path, capsys) -> tuple[int, str]:
    before = tree_digest(root / "data" / "processed")
    code = main(["--root", str(root), "build"])
    err = capsys.readouterr().err
    assert tree_digest(root / "data" / "processed") == before, "data/processed/ was changed"
    return code, err


def problem_lines(err: str) -> list[str]:
    return [line.strip() for line in err.splitlines() if line.startswith("  ")]


def assert_one_problem(err: str, *parts: str) -> None:
    lines = problem_lines(err)
    assert len(lines) == 1, err
    for part in parts:
        assert part in lines[0], f"{part!r} not in {lines[0]!r}"


def misreport(project: Path, figure_id: str, value_text: str, quote: str) -> int:
    """Make an msn-serang figure say ``value_text``, with a quote the seed really contains,
    so that only the number itself is wrong. Returns the figure's CSV line."""
    path = project / FIG
    line = set_cell(path, "figure_id", figure_id, "value_text", value_text)
    set_cell(path, "figure_id", figure_id, "quote", quote)
    with (project / "seeds" / "000_aefaba3afc6a141e.txt").open("a", encoding="utf-8") as f:
        f.write(quote)
    return line


def test_missing_column(project, capsys):
    edit_rows(project / FIG, lambda rows: [{k: v for k, v in r.items() if k != "period"}
                                          for r in rows])
    code, err = run_build(project, capsys)
    assert code == 1
    assert_one_problem(err, f"{FIG}:1:", "'period'", "no such column")


def test_extra_column(project, capsys):
    edit_rows(project / FIG, lambda rows: [{**r, "comment": "x"} for r in rows])
    code, err = run_build(project, capsys)
    assert code == 1
    assert_one_problem(err, f"{FIG}:1:", "'comment'", "unknown column")


def test_unknown_region_code(project, capsys):
    line = set_cell(project / FIG, "figure_id", "msn-serang-coverage", "region_code", "3699")
    code, err = run_build(project, capsys)
    assert code == 1
    assert_one_problem(err, f"{FIG}:{line}:", "'region_code'", "'3699'",
                       "region_code listed in data/raw/regions.csv")


def test_unknown_source_id(project, capsys):
    line = set_cell(project / FIG, "figure_id", "msn-serang-coverage", "source_id", "nowhere")
    code, err = run_build(project, capsys)
    assert code == 1
    # the quote cannot be looked up in an unknown source, so only the id is reported
    assert_one_problem(err, f"{FIG}:{line}:", "'source_id'", "'nowhere'",
                       "source_id listed in data/raw/sources.csv")


def test_unparseable_value_text(project, capsys):
    # '50.87' is not Indonesian: '.' groups thousands, so it must be followed by 3 digits
    line = misreport(project, "msn-serang-coverage", "50.87", "50.87")
    code, err = run_build(project, capsys)
    assert code == 1
    assert_one_problem(err, f"{FIG}:{line}:", "'value_text'", "'50.87'", "Indonesian way")


def test_percentage_above_100(project, capsys):
    line = misreport(project, "msn-serang-coverage", "150 persen", "150 persen")
    code, err = run_build(project, capsys)
    assert code == 1
    assert_one_problem(err, f"{FIG}:{line}:", "'value_text'", "'150 persen'", "at most 100")


def test_negative_count(project, capsys):
    line = misreport(project, "msn-serang-uncovered", "-386.317", "ada -386.317 pekerja")
    code, err = run_build(project, capsys)
    assert code == 1
    assert_one_problem(err, f"{FIG}:{line}:", "'value_text'", "'-386.317'")


def test_quote_not_in_seed(project, capsys):
    line = set_cell(project / FIG, "figure_id", "kalimati-serang-recipients", "quote",
                    "diberikan kepada 52.301 pekerja formal saja")
    code, err = run_build(project, capsys)
    assert code == 1
    assert_one_problem(err, f"{FIG}:{line}:", "'quote'", "formal saja",
                       "occurs verbatim in the source's seed file")


def test_value_text_not_in_quote(project, capsys):
    line = set_cell(project / FIG, "figure_id", "kalimati-serang-recipients", "value_text",
                    "52.302")
    code, err = run_build(project, capsys)
    assert code == 1
    assert_one_problem(err, f"{FIG}:{line}:", "'value_text'", "'52.302'",
                       "occurs verbatim in the quote")


def test_a_number_cut_short_of_its_scale_word_is_refused(project, capsys):
    # the quote says 'Rp650,459 miliar': 'mencapai Rp650,459' would be 650.459 rupiah
    line = set_cell(project / FIG, "figure_id", "msn-serang-claims", "value_text",
                    "mencapai Rp650,459")
    code, err = run_build(project, capsys)
    assert code == 1
    assert_one_problem(err, f"{FIG}:{line}:", "'value_text'", "'mencapai Rp650,459'",
                       "the quote continues '… Rp650,459 miliar': value_text must include "
                       "the scale word 'miliar'")


@pytest.mark.parametrize(("figure_id", "value_text", "quote", "found"), [
    ("msn-serang-vulnerable", "1.234", None, "'… 21.234'"),  # the quote says 21.234
    ("msn-serang-vulnerable", "21.23", None, "'… 21.234'"),
    ("msn-serang-uncovered", "1.234", "masih ada 1.2345 pekerja", "'… 1.2345'"),
    ("fokustv-serang-vulnerable", "sekitar 21.234", None, "'… 21.234.000'"),
    ("msn-serang-coverage", "50 persen", None, None),  # '50,87 persen': not verbatim at all
    ("msn-serang-coverage", "87 persen", None, "'… 50,87 persen'"),
])
def test_part_of_a_number_is_not_the_number(project, capsys, figure_id, value_text, quote,
                                             found):
    if quote is None:
        line = set_cell(project / FIG, "figure_id", figure_id, "value_text", value_text)
    else:
        line = misreport(project, figure_id, value_text, quote)
    code, err = run_build(project, capsys)
    assert code == 1
    said = (f"the quote has {found}: value_text must be the whole number" if found
            else "occurs verbatim in the quote")
    assert_one_problem(err, f"{FIG}:{line}:", "'value_text'", repr(value_text), said)


def test_a_whole_number_passes_where_the_quote_also_has_a_longer_one(project):
    # made up: the quote has 21.234 first and the figure's own 1.234 after it
    quote = "tercatat 21.234 pekerja rentan, dan 1.234 di antaranya nelayan."
    misreport(project, "msn-serang-vulnerable", "1.234", quote)
    figures = ucj_data.load(project).figures.set_index("figure_id")
    assert figures.at["msn-serang-vulnerable", "value"] == 1234
    # and a value_text with its scale word is the whole number: 650,459 miliar rupiah
    assert figures.at["msn-serang-claims", "value"] == 650_459_000_000


def test_duplicate_figure_id(project, capsys):
    line = set_cell(project / FIG, "figure_id", "kalimati-serang-recipients", "figure_id",
                    "msn-serang-recipients")
    code, err = run_build(project, capsys)
    assert code == 1
    lines = problem_lines(err)
    # both rows carrying the id are named
    assert any(f"{FIG}:{line}:" in x and "'figure_id'" in x for x in lines), err
    assert all("not used on another line" in x for x in lines), err


def test_empty_file(project, capsys):
    (project / "data/raw/regions.csv").write_text("")
    code, err = run_build(project, capsys)
    assert code == 1
    assert_one_problem(err, "data/raw/regions.csv:1:", "empty file")


def test_non_utf8_file(project, capsys):
    path = project / "data/raw/sources.csv"
    data = path.read_bytes().replace(b"Pendopo", "P\xe9ndopo".encode("latin-1"))
    path.write_bytes(data)
    line = data[: data.index(b"P\xe9")].count(b"\n") + 1
    code, err = run_build(project, capsys)
    assert code == 1
    assert_one_problem(err, f"data/raw/sources.csv:{line}:", "\\xe9", "UTF-8")


def test_several_problems_reported_at_once(project, capsys):
    path = project / FIG
    line1 = set_cell(path, "figure_id", "msn-serang-coverage", "region_code", "3699")
    line2 = set_cell(path, "figure_id", "kalimati-serang-recipients", "value_text", "52.302")
    code, err = run_build(project, capsys)
    assert code == 1
    lines = problem_lines(err)
    assert len(lines) == 2, err
    assert f"{FIG}:{line1}:" in lines[0] and f"{FIG}:{line2}:" in lines[1]


@pytest.mark.parametrize("transform", ["bom", "crlf"])
def test_bom_and_crlf_are_accepted(project, capsys, transform):
    for name in ("sources", "regions", "figures"):
        path = project / "data" / "raw" / f"{name}.csv"
        data = path.read_bytes()
        path.write_bytes(b"\xef\xbb\xbf" + data if transform == "bom"
                         else data.replace(b"\n", b"\r\n"))
    code = main(["--root", str(project), "build"])
    assert code == 0, capsys.readouterr().err
    # the same processed tables as from the plain files
    from tests.conftest import REPO
    assert tree_digest(project / "data" / "processed") == tree_digest(REPO / "data/processed")
