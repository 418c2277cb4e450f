"""`ucj-data extract`: draft rows to stdout or --out, --append then check, on a project copy."""

from __future__ import annotations

import csv
import io
import shutil

import pytest

from tests.unit.text.articles import HERE as ARTICLES
from ucj_data.cli import main
from ucj_data.validate.problems import Problem, RawDataError


def add_bandung(project) -> None:
    """The made-up Bandung article as a new source of the project, with its regions."""
    shutil.copy(ARTICLES / "bandung.txt", project / "seeds" / "bandung.txt")
    raw = project / "data" / "raw"
    with (raw / "sources.csv").open("a", encoding="utf-8", newline="") as f:
        f.write("test-bandung,bandung.txt,Harian Priangan,,,2025-07-14,Pendopo,id,\n")
    # the article's regions, added where the project's regions table lacks them
    with (raw / "regions.csv").open(encoding="utf-8") as f:
        reader = csv.DictReader(f)
        header, taken = reader.fieldnames, {row["region_code"] for row in reader}
    with (raw / "regions.csv").open("a", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, header, lineterminator="\n")
        for code, name, level, parent in (("32", "Jawa Barat", "province", "00"),
                                          ("3273", "Kota Bandung", "city", "32")):
            if code not in taken:
                writer.writerow({"region_code": code, "name": name, "level": level,
                                 "parent_code": parent})


def rows(text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(text)))


def header(path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()[0].split(",")


def test_extract_writes_the_draft_to_stdout_with_the_columns_of_figures(project, capsys):
    code = main(["--root", str(project), "extract", "seeds/000_aefaba3afc6a141e.txt",
                 "--source-id", "msn-serang"])
    out = capsys.readouterr()
    assert code == 0, out.err
    assert out.out.splitlines()[0].split(",") == header(project / "data/raw/figures.csv")
    drafted = rows(out.out)
    assert len(drafted) == 8 and drafted[0]["figure_id"] == "msn-serang-1"
    assert "8 numbers drafted" in out.err


def test_extract_with_root_after_the_command_and_out(project, capsys, tmp_path):
    before = (project / "data/raw/figures.csv").read_bytes()
    out = tmp_path / "draft.csv"
    code = main(["extract", "004_837b6df72c0f2fa2.txt", "--source-id", "metropolis-lampung",
                 "--root", str(project), "--out", str(out)])
    assert code == 0, capsys.readouterr().err
    drafted = rows(out.read_text(encoding="utf-8"))
    assert {r["indicator"] for r in drafted} >= {"target_coverage_pct", "benefit_paid_idr"}
    assert (project / "data/raw/figures.csv").read_bytes() == before  # untouched


@pytest.mark.parametrize("args, said", [
    (["seeds/000_aefaba3afc6a141e.txt", "--source-id", "nobody"], "no source 'nobody'"),
    (["seeds/missing.txt", "--source-id", "msn-serang"], "no seed file"),
])
def test_extract_usage_errors(project, capsys, args, said):
    code = main(["--root", str(project), "extract", *args])
    err = capsys.readouterr().err
    assert code == 2 and err.startswith("ucj-data extract: ") and said in err, err
    assert "Traceback" not in err


def test_append_adds_the_rows_with_an_indicator_and_check_passes(project, capsys):
    add_bandung(project)
    figures = project / "data/raw/figures.csv"
    n_before = len(rows(figures.read_text(encoding="utf-8")))
    code = main(["extract", "seeds/bandung.txt", "--source-id", "test-bandung", "--root",
                 str(project), "--append"])
    out = capsys.readouterr()
    assert code == 0, out.err
    assert "check passed" in out.out
    after = rows(figures.read_text(encoding="utf-8"))
    added = after[n_before:]
    # the article's Kota Bandung figures; a figure of a region the project's table may also
    # list (Kabupaten Garut in the article) is added for that region, else left out
    bandung = [r["indicator"] for r in added if r["region_code"] == "3273"]
    assert bandung == [
        "coverage_pct", "active_participants", "target_coverage_pct", "vulnerable_funded"]
    assert all(r["source_id"] == "test-bandung" for r in added)
    assert len(added) - len(bandung) <= 1
    # a second run numbers its drafts after the ids already in figures.csv
    code = main(["--root", str(project), "extract", "seeds/bandung.txt", "--source-id",
                 "test-bandung"])
    assert code == 0
    last = max(int(r["figure_id"].rsplit("-", 1)[1]) for r in added)
    assert rows(capsys.readouterr().out)[0]["figure_id"] == f"test-bandung-{last + 1}"


def test_append_rolls_back_when_check_fails(project, capsys, monkeypatch):
    add_bandung(project)
    figures = project / "data/raw/figures.csv"
    before = figures.read_bytes()

    def failing(root):
        raise RawDataError([Problem("data/raw/figures.csv", 34, "period", "'x'", "a period")])

    monkeypatch.setattr("ucj_data.pipeline.check", failing)
    code = main(["--root", str(project), "extract", "seeds/bandung.txt", "--source-id",
                 "test-bandung", "--append"])
    err = capsys.readouterr().err
    assert code == 1 and "restored" in err and "Traceback" not in err, err
    assert figures.read_bytes() == before
