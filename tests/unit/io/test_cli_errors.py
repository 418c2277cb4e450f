"""Faults of the filesystem and the environment: one line each, naming the path and what to
do, with its exit status (1 data, 2 command line, 3 environment, 4 a bug), no traceback."""

from __future__ import annotations

import errno
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO, tree_digest
from tests.unit.io.made_up import made_up_tables
from ucj_data.cli import main
from ucj_data.io import datapackage
from ucj_data.present import html_report


def run(capsys, *args: str) -> tuple[int, str]:
    """Exit status and stderr of ``ucj-data args``; stderr must be one message, no traceback."""
    code = main(list(args))
    err = capsys.readouterr().err
    command = next(a for a in args if a in ("build", "check", "report", "docs"))
    assert "Traceback" not in err and "\x1b" not in err, err
    assert err.startswith(f"ucj-data {command}: "), err
    # one line, or (data problems) a count and one indented line per problem
    assert all(line.startswith("  ") for line in err.splitlines()[1:]), err
    return code, err


@pytest.fixture
def quick(project, monkeypatch) -> Path:
    """The project, whose build writes two made-up tables: faults of writing, not of data."""
    monkeypatch.setattr("ucj_data.pipeline.check", lambda root: made_up_tables())
    return project


def processed_unchanged(project: Path, before: dict) -> None:
    data = project / "data"
    assert tree_digest(data / "processed") == before
    assert not [p for p in data.iterdir() if p.name.startswith(".processed-")]


@pytest.mark.parametrize("where", ["a file", "missing"])
def test_a_root_that_is_not_a_folder_is_a_usage_error(tmp_path, capsys, where):
    root = tmp_path / "project"
    if where == "a file":
        root.write_text("")
    code, err = run(capsys, "--root", str(root), "build")
    assert code == 2
    assert str(root) in err and ("is not a folder" in err or "does not exist" in err)
    assert "--root" in err


def test_the_real_program_prints_no_traceback(tmp_path):
    result = subprocess.run([sys.executable, "-m", "ucj_data", "--root",
                             str(tmp_path / "nowhere"), "check"],
                            capture_output=True, text=True, cwd=REPO)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert str(tmp_path / "nowhere") in result.stderr


@pytest.mark.parametrize("fault", ["no data/raw", "data is a file", "no seeds"])
def test_a_missing_folder_is_named_with_its_full_path(project, capsys, fault):
    if fault == "no data/raw":
        shutil.rmtree(project / "data" / "raw")
        missing = project / "data" / "raw"
    elif fault == "data is a file":
        shutil.rmtree(project / "data")
        (project / "data").write_text("")
        missing = project / "data" / "raw"
    else:
        shutil.rmtree(project / "seeds")
        missing = project / "seeds"
    code, err = run(capsys, "--root", str(project), "check")
    assert code == 3
    assert f"{missing} does not exist" in err and "--root" in err
    if fault == "data is a file":
        assert f"{project / 'data'} is a file" in err


def test_a_folder_where_a_csv_should_be_is_a_data_problem(project, capsys):
    path = project / "data" / "raw" / "figures.csv"
    path.unlink()
    path.mkdir()
    before = tree_digest(project / "data" / "processed")
    code, err = run(capsys, "--root", str(project), "build")
    assert code == 1
    assert "data/raw/figures.csv: got a folder" in err and str(path) in err
    processed_unchanged(project, before)


def test_a_missing_csv_is_a_data_problem_naming_where_it_looked(project, capsys):
    path = project / "data" / "raw" / "regions.csv"
    path.unlink()
    code, err = run(capsys, "--root", str(project), "check")
    assert code == 1
    assert "data/raw/regions.csv: got no such file" in err and str(path) in err


@pytest.mark.parametrize("file", ["seeds/000_aefaba3afc6a141e.txt", "data/raw/figures.csv"])
def test_an_unreadable_file(project, capsys, monkeypatch, file):
    # tests run as root, where chmod 000 does not stop a read: refuse it here instead
    path = project / file
    real = Path.read_bytes

    def read_bytes(self):
        if self == path:
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    code, err = run(capsys, "--root", str(project), "check")
    assert code == 3
    assert f"cannot read {path} (permission denied)" in err and "chmod" in err


def test_a_data_folder_that_cannot_be_written(quick, capsys, monkeypatch):
    project = quick
    data = project / "data"
    before = tree_digest(data / "processed")
    real = os.mkdir

    def mkdir(path, *args, **kwargs):  # data/ read-only or immutable
        if Path(path).parent == data:
            raise PermissionError(errno.EPERM, os.strerror(errno.EPERM), str(path))
        return real(path, *args, **kwargs)

    with monkeypatch.context() as mp:
        mp.setattr(os, "mkdir", mkdir)
        code, err = run(capsys, "--root", str(project), "build")
    assert code == 3
    assert f"cannot write {data / 'processed'}" in err and "writable" in err
    assert "wrote" not in capsys.readouterr().out
    processed_unchanged(project, before)
    # once it can be written, the build works: nothing was left stuck
    assert main(["--root", str(project), "build"]) == 0


def test_data_processed_that_cannot_be_replaced(quick, capsys, monkeypatch):
    project = quick
    dest = project / "data" / "processed"
    before = tree_digest(dest)

    def refuse(a, b):
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(b))

    with monkeypatch.context() as mp:
        mp.setattr(datapackage, "_exchange", refuse)
        mp.setattr(os, "rename", refuse)
        code, err = run(capsys, "--root", str(project), "build")
    assert code == 3 and f"cannot write {dest}" in err
    processed_unchanged(project, before)
    assert main(["--root", str(project), "build"]) == 0


def test_another_build_running(quick, capsys, monkeypatch):
    project = quick
    fcntl = pytest.importorskip("fcntl")
    monkeypatch.setattr(datapackage, "LOCK_TIMEOUT", 0)
    lock = project / "data" / ".build.lock"
    fd = os.open(lock, os.O_RDWR | os.O_CREAT)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        code, err = run(capsys, "--root", str(project), "build")
    finally:
        os.close(fd)
    assert code == 3 and "another build is running" in err and str(lock) in err


def test_an_os_error_met_anywhere_is_reported_on_one_line(project, capsys, monkeypatch):
    def check(root):
        raise OSError(errno.EIO, os.strerror(errno.EIO), str(project / "data" / "raw"))

    monkeypatch.setattr("ucj_data.pipeline.check", check)
    code, err = run(capsys, "--root", str(project), "check")
    assert code == 3 and "Input/output error" in err and str(project / "data" / "raw") in err


@pytest.mark.parametrize(("raised", "code", "words"), [
    (TypeError("unhashable type: 'list'"), 4, "internal error, a bug in ucj-data: TypeError"),
    (KeyboardInterrupt(), 130, "interrupted"),
    (ModuleNotFoundError("No module named 'pyarrow'"), 3, "pyarrow"),
])
def test_anything_else_ends_in_one_line(project, capsys, monkeypatch, raised, code, words):
    def check(root):
        raise raised

    monkeypatch.setattr("ucj_data.pipeline.check", check)
    monkeypatch.delenv("UCJ_DATA_DEBUG", raising=False)
    got, err = run(capsys, "--root", str(project), "check")
    assert got == code and words in err and err.count("\n") == 1


def test_notebook_messages_carry_no_colour_codes(project, capsys, monkeypatch):
    def report(root, **kwargs):
        raise html_report.NotebookError(
            "01_x.ipynb: code cell 2 ('1 / 0') failed: \x1b[0;31mZeroDivisionError\x1b[0m: "
            "division by zero")

    monkeypatch.setattr(html_report, "report", report)
    code, err = run(capsys, "--root", str(project), "report")
    assert code == 1 and "failed: ZeroDivisionError: division by zero" in err


def test_a_cell_error_is_reported_without_colour_codes():
    from nbclient.exceptions import CellExecutionError

    error = CellExecutionError("\x1b[0;31mValueError\x1b[0m: bad", "ValueError", "bad")
    assert html_report.plain(str(error)) == "ValueError: bad"


@pytest.fixture
def notebooks(quick) -> Path:
    (quick / "notebooks").mkdir()
    return quick / "notebooks"


@pytest.mark.parametrize(("text", "reason"), [
    ('{"cells": [', "not valid JSON"),
    (b"\xff\xfe{}", "not valid JSON"),
    ("[]", "without the notebook's 'cells'"),
])
def test_a_file_that_is_not_a_notebook_is_named(notebooks, capsys, text, reason):
    path = notebooks / "02_broken.ipynb"
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text)
    before = tree_digest(notebooks.parent / "data" / "processed")
    code, err = run(capsys, "--root", str(notebooks.parent), "report")
    assert code == 1
    assert f"{path} is not a Jupyter notebook (" in err and reason in err
    # found before the build and before any kernel started
    assert tree_digest(notebooks.parent / "data" / "processed") == before
    assert not (notebooks.parent / "reports").exists()


def test_read_notebook_names_a_json_file_that_is_not_a_notebook(tmp_path):
    path = tmp_path / "01_x.ipynb"
    path.write_text(json.dumps({"cells": [{"cell_type": "code"}], "nbformat": 4,
                                "nbformat_minor": 5}))
    with pytest.raises(html_report.NotebookError, match=f"{path} is not a Jupyter notebook"):
        html_report.read_notebook(path)


def test_a_missing_notebooks_folder(project, capsys):
    code, err = run(capsys, "--root", str(project), "report")
    assert code == 3
    assert f"{project / 'notebooks'} does not exist" in err


def fake_execute(runs, show_code=False, timeout=600, write_back=frozenset()):
    """Stands for a kernel's notebook runs (it runs in a worker process, so is found by
    name)."""
    if any(run.path.stem.endswith("crash") for run in runs):
        os._exit(1)
    return [(html_report.Page(run.page_name, run.lang, run.path.stem, "<p>page</p>", []), 0.0)
            for run in runs]


def fake_notebook(path: Path) -> None:
    path.write_text(json.dumps({"cells": [], "metadata": {}, "nbformat": 4,
                                "nbformat_minor": 5}))


def test_a_report_folder_that_cannot_be_written(notebooks, capsys, monkeypatch):
    fake_notebook(notebooks / "01_x.ipynb")
    (notebooks.parent / "reports").write_text("a file where the report goes")
    monkeypatch.setattr(html_report, "execute", fake_execute)
    code, err = run(capsys, "--root", str(notebooks.parent), "report")
    assert code == 3
    assert f"{notebooks.parent / 'reports'} is not a folder; move it away" in err


def test_a_worker_that_dies_is_named(notebooks, capsys, monkeypatch):
    fake_notebook(notebooks / "01_crash.ipynb")
    monkeypatch.setattr(html_report, "execute", fake_execute)
    code, err = run(capsys, "--root", str(notebooks.parent), "report")
    assert code == 1 and "01_crash.ipynb: the process running it died" in err
