"""The data folder: one order to find it (root=, UCJ_DATA_ROOT, the checkout, the packaged
data), errors that say where they looked and why there, and `ucj-data init DIR`."""

from __future__ import annotations

import json
from pathlib import Path

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_notebook

import ucj_data
from ucj_data.cli import main
from ucj_data.io import raw
from ucj_data.io.inputs import load
from ucj_data.validate.problems import RawDataError, SetupError


def fake_checkout(folder: Path) -> Path:
    (folder / "data" / "raw").mkdir(parents=True)
    (folder / "seeds").mkdir()
    (folder / "pyproject.toml").write_text("[project]\n")
    return folder


@pytest.fixture
def no_env(monkeypatch):
    monkeypatch.delenv(raw.ENV_VAR, raising=False)


@pytest.fixture
def installed(tmp_path, monkeypatch, no_env) -> Path:
    """As if installed from a wheel: no checkout around the package, only its _data/."""
    monkeypatch.setattr(raw, "CHECKOUT", tmp_path / "site-packages")
    packaged = tmp_path / "site-packages" / "ucj_data" / "_data"
    packaged.mkdir(parents=True)
    monkeypatch.setattr(raw, "PACKAGED", packaged)
    return packaged


# --- the order -------------------------------------------------------------------------

def test_an_explicit_root_comes_first(tmp_path, monkeypatch):
    monkeypatch.setenv(raw.ENV_VAR, str(tmp_path / "env"))
    assert raw.locate(tmp_path / "given") == (tmp_path / "given", raw.FROM_ARGUMENT)
    assert raw.data_root(str(tmp_path / "given")) == tmp_path / "given"


def test_then_the_environment_variable(tmp_path, monkeypatch):
    monkeypatch.setenv(raw.ENV_VAR, str(tmp_path / "env"))
    assert raw.locate() == (tmp_path / "env", raw.FROM_ENV)


def test_the_variable_is_read_at_each_call_not_at_import(tmp_path, monkeypatch):
    monkeypatch.setenv(raw.ENV_VAR, str(tmp_path / "a"))
    assert raw.data_root() == tmp_path / "a"
    monkeypatch.setenv(raw.ENV_VAR, str(tmp_path / "b"))
    assert raw.data_root() == tmp_path / "b"


def test_a_relative_variable_is_made_absolute(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv(raw.ENV_VAR, "mine")
    assert raw.data_root() == tmp_path / "mine"


def test_a_tilde_is_the_home_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))
    assert raw.data_root("~/ucj") == tmp_path / "ucj"
    monkeypatch.setenv(raw.ENV_VAR, "~/env")
    assert raw.data_root() == tmp_path / "env"


def test_then_the_checkout(tmp_path, monkeypatch):
    monkeypatch.setenv(raw.ENV_VAR, "")  # empty counts as unset
    checkout = fake_checkout(tmp_path / "repo")
    monkeypatch.setattr(raw, "CHECKOUT", checkout)
    assert raw.locate() == (checkout, raw.FROM_CHECKOUT)


def test_the_real_checkout_is_found(no_env):
    assert raw.locate() == (Path(__file__).resolve().parents[3], raw.FROM_CHECKOUT)


@pytest.mark.parametrize("missing", ["pyproject.toml", "seeds", "data/raw"])
def test_a_folder_without_all_three_is_no_checkout(tmp_path, monkeypatch, installed, missing):
    checkout = fake_checkout(tmp_path / "repo")
    target = checkout / missing
    target.unlink() if target.is_file() else target.rmdir()
    monkeypatch.setattr(raw, "CHECKOUT", checkout)
    assert raw.locate() == (installed, raw.FROM_PACKAGE)


def test_last_the_data_installed_with_the_package(installed):
    assert raw.locate() == (installed, raw.FROM_PACKAGE)


def test_every_reader_takes_root_none(tmp_path, monkeypatch, project):
    # the defaults are resolved when called: these read the copy UCJ_DATA_ROOT names
    monkeypatch.setenv(raw.ENV_VAR, str(project))
    figures = project / "data" / "raw" / "figures.csv"
    figures.write_text(figures.read_text(encoding="utf-8").replace(
        "msn-serang-active", "msn-serang-active-copy", 1), encoding="utf-8")
    assert "msn-serang-active-copy" in set(ucj_data.figures()["figure_id"])
    assert "msn-serang-active-copy" in set(load().figures["figure_id"])
    assert len(ucj_data.contribution_rates()) > 0


# --- errors say where they looked and why there -----------------------------------------

def test_a_missing_raw_folder_names_the_variable(tmp_path, monkeypatch):
    monkeypatch.setenv(raw.ENV_VAR, str(tmp_path))
    with pytest.raises(SetupError) as err:
        load()
    assert f"looked in {tmp_path / 'data' / 'raw'} (from UCJ_DATA_ROOT)" in str(err.value)
    assert "ucj-data init DIR" in str(err.value)


def test_a_missing_seeds_folder_names_the_argument(project):
    (project / "seeds").rename(project / "seeds-moved")
    with pytest.raises(SetupError) as err:
        load(project)
    assert f"looked in {project / 'seeds'} (from the root argument)" in str(err.value)


def test_a_missing_table_names_the_rule(project, monkeypatch):
    monkeypatch.setenv(raw.ENV_VAR, str(project))
    (project / "data" / "raw" / "regions.csv").unlink()
    with pytest.raises(RawDataError) as err:
        load()
    assert (f"looked in {project / 'data' / 'raw' / 'regions.csv'} (from UCJ_DATA_ROOT)"
            in str(err.value))


def test_an_incomplete_installed_package_says_so(installed):
    with pytest.raises(SetupError) as err:
        load()
    text = str(err.value)
    assert f"looked in {installed / 'data' / 'raw'} ({raw.FROM_PACKAGE})" in text
    assert "reinstall ucj-data" in text


def test_a_missing_table_of_the_checkout_names_it(tmp_path, monkeypatch, no_env):
    checkout = fake_checkout(tmp_path / "repo")
    monkeypatch.setattr(raw, "CHECKOUT", checkout)
    with pytest.raises(RawDataError) as err:
        load()
    assert (f"looked in {checkout / 'data' / 'raw' / 'figures.csv'} (from the checkout "
            "ucj_data runs in)") in str(err.value)


def test_the_command_line_names_root_or_the_variable(tmp_path, monkeypatch, capsys):
    empty = tmp_path / "empty"
    empty.mkdir()
    assert main(["--root", str(empty), "check"]) == 3
    err = capsys.readouterr().err
    assert f"looked in {empty / 'data' / 'raw'} (from --root)" in err
    monkeypatch.setenv(raw.ENV_VAR, str(tmp_path / "nowhere"))
    assert main(["check"]) == 2
    err = capsys.readouterr().err
    assert f"{tmp_path / 'nowhere'} does not exist (from UCJ_DATA_ROOT)" in err


def test_root_may_follow_the_command(project, capsys, no_env):
    assert main(["check", "--root", str(project)]) == 0
    assert f"({project / 'data' / 'raw'}, from --root)" in capsys.readouterr().out


@pytest.mark.parametrize("command", ["build", "report"])
def test_build_and_report_need_a_folder_of_ones_own(installed, capsys, command):
    (installed / "data" / "raw").mkdir(parents=True)
    (installed / "seeds").mkdir()
    assert main([command]) == 2
    err = capsys.readouterr().err
    assert "ucj-data init DIR" in err and str(installed) in err
    assert not (installed / "data" / "processed").exists()


# --- ucj-data init DIR -------------------------------------------------------------------

@pytest.fixture
def made(tmp_path, capsys, no_env) -> Path:
    folder = tmp_path / "mine" / "ucj"
    assert main(["init", str(folder)]) == 0
    assert str(folder) in capsys.readouterr().out
    return folder


def test_init_copies_seeds_raw_tables_and_notebooks(made):
    repo = raw.CHECKOUT
    for part in ("seeds", "data/raw", "notebooks"):
        names = sorted(p.name for p in (repo / part).iterdir() if not p.name.startswith("."))
        assert sorted(p.name for p in (made / part).iterdir()) == names, part
    assert not (made / "data" / "processed").exists()
    readme = (made / "README.md").read_text(encoding="utf-8")
    for words in ("data/raw/figures.csv", "seeds/", "ucj-data check --root DIR",
                  "ucj-data build --root DIR", "ucj-data report --root DIR",
                  "UCJ_DATA_ROOT=DIR", str(made)):
        assert words in readme, words


def test_check_and_build_work_in_the_new_folder(made, capsys):
    assert main(["--root", str(made), "check"]) == 0
    assert main(["build", "--root", str(made)]) == 0
    package = json.loads((made / "data" / "processed" / "datapackage.json").read_text())
    assert package["version"] == ucj_data.__version__
    coverage = ucj_data.processed("coverage", root=made)
    assert "3604" in set(coverage["region_code"])


def test_the_variable_makes_every_function_read_the_folder(made, monkeypatch, capsys):
    sources = made / "data" / "raw" / "sources.csv"
    sources.write_text(sources.read_text(encoding="utf-8").replace("Kalimati.id", "Mine.id"),
                       encoding="utf-8")
    monkeypatch.setenv(raw.ENV_VAR, str(made))
    assert "Mine.id" in set(ucj_data.sources()["outlet"])
    assert main(["build"]) == 0
    assert (made / "data" / "processed" / "sources.csv").read_text().count("Mine.id") == 1


def test_init_refuses_a_folder_that_is_not_empty(made, capsys):
    before = sorted(p.relative_to(made) for p in made.rglob("*"))
    assert main(["init", str(made)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("ucj-data init: ") and f"{made} is not empty" in err
    assert sorted(p.relative_to(made) for p in made.rglob("*")) == before


def test_init_refuses_a_file(tmp_path, capsys):
    (tmp_path / "file").write_text("x")
    assert main(["init", str(tmp_path / "file")]) == 2
    assert "is a file" in capsys.readouterr().err
    assert (tmp_path / "file").read_text() == "x"


def test_init_takes_an_empty_folder(tmp_path, capsys):
    assert main(["init", str(tmp_path)]) == 0
    assert (tmp_path / "data" / "raw" / "figures.csv").is_file()


def test_init_copies_the_packaged_data_when_installed(installed, tmp_path, capsys):
    for part in ("seeds", "data/raw", "notebooks"):
        (installed / part).mkdir(parents=True)
        (installed / part / "x.txt").write_text(part)
    assert main(["init", str(tmp_path / "new")]) == 0
    assert (tmp_path / "new" / "data" / "raw" / "x.txt").read_text() == "data/raw"


def test_report_runs_the_kernels_on_the_folder(made, capsys):
    # the notebooks read through ucj_data with no root: the kernel must get the folder
    for old in (made / "notebooks").iterdir():
        old.unlink()
    nb = new_notebook(cells=[new_code_cell(
        "from ucj_data.io.raw import data_root\nprint('ROOT=' + str(data_root()))")])
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3",
                                 "language": "python"}
    nbformat.write(nb, made / "notebooks" / "01_where.ipynb")
    # two jobs: one kernel per language, both started by the report's worker processes
    assert main(["report", "--root", str(made), "--jobs", "2"]) == 0
    for lang in ("id", "en"):
        page = (made / "reports" / lang / "01_where.html").read_text(encoding="utf-8")
        assert f"ROOT={made}" in page
