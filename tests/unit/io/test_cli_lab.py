"""`ucj-data lab`: JupyterLab on a data folder's notebooks, with its kernels reading that
folder's data (UCJ_DATA_ROOT), and other options passed on to JupyterLab."""

from __future__ import annotations

import pytest

import ucj_data.cli as cli
from ucj_data.cli import main


@pytest.fixture
def started(monkeypatch):
    """The commands lab would start (nothing is started)."""
    calls = []

    class Done:
        returncode = 0

    def fake_run(argv, env):
        calls.append((argv, env))
        return Done()

    monkeypatch.setattr(cli.subprocess, "run", fake_run)
    return calls


def test_lab_opens_the_folder_s_notebooks_on_its_data(tmp_path, started):
    (tmp_path / "notebooks").mkdir()
    assert main(["--root", str(tmp_path), "lab", "--port", "8890"]) == 0
    (argv, env), = started
    assert argv[1:4] == ["-m", "jupyter", "lab"]
    assert f"--notebook-dir={tmp_path / 'notebooks'}" in argv
    assert argv[-2:] == ["--port", "8890"]  # passed on to JupyterLab
    assert env["UCJ_DATA_ROOT"] == str(tmp_path)
    # --root after the command works the same
    assert main(["lab", "--root", str(tmp_path)]) == 0
    assert started[1][1]["UCJ_DATA_ROOT"] == str(tmp_path)


def test_lab_without_notebooks_says_how_to_get_them(tmp_path, started, capsys):
    assert main(["--root", str(tmp_path), "lab"]) == 3
    err = capsys.readouterr().err
    assert f"{tmp_path / 'notebooks'} does not exist" in err and "ucj-data init" in err
    assert not started


def test_other_commands_still_refuse_unknown_options(tmp_path, capsys):
    with pytest.raises(SystemExit) as stop:
        main(["--root", str(tmp_path), "check", "--port", "8890"])
    assert stop.value.code == 2
    assert "unrecognized arguments: --port 8890" in capsys.readouterr().err
