"""data/processed/: deterministic, equal to a fresh build, a valid Frictionless package."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.conftest import REPO, tree_digest
from ucj_data.pipeline import build, forget
from ucj_data.present.docs import DICTIONARY, dictionary_page


@pytest.fixture(scope="module")
def fresh(tmp_path_factory) -> Path:
    return build(REPO, tmp_path_factory.mktemp("a") / "processed")


def test_two_builds_give_identical_bytes(fresh, tmp_path):
    forget()  # computed anew, not the tables kept from the first build
    again = build(REPO, tmp_path / "processed")
    assert tree_digest(again) == tree_digest(fresh)


def test_committed_processed_data_equals_a_fresh_build(fresh):
    committed = tree_digest(REPO / "data" / "processed")
    new = tree_digest(fresh)
    assert committed.keys() == new.keys(), "run `ucj-data build` and commit data/processed/"
    changed = [name for name in new if committed[name] != new[name]]
    assert not changed, f"stale in data/processed/ (run `ucj-data build`): {changed}"


def frictionless_report(folder: Path):
    """Frictionless's own validation of the data package in ``folder`` (its Python API:
    the same validator as `frictionless validate`, without a second interpreter)."""
    import frictionless

    return frictionless.validate(folder / "datapackage.json")


def test_frictionless_validate_passes(fresh):
    report = frictionless_report(fresh)
    assert report.valid, report.flatten(["resourceName", "rowNumber", "fieldName", "type",
                                         "note"])


def test_frictionless_catches_a_broken_table(fresh, tmp_path):
    # the validation above can fail: a percentage of 150 breaks no pandera check here, but a
    # region_code that is not in regions breaks the package's foreign key (in a copy: the
    # other tests read the fresh build)
    broken = shutil.copytree(fresh, tmp_path / "broken")
    csv = broken / "figures.csv"
    csv.write_text(csv.read_text().replace(",3604,", ",9999,", 1))
    report = frictionless_report(broken)
    assert not report.valid
    errors = [e for task in report.tasks for e in task.errors]
    assert [e.type for e in errors] == ["foreign-key"], errors


def test_datapackage_derives_from_field_definitions(fresh):
    pkg = json.loads((fresh / "datapackage.json").read_text())
    figures = next(r for r in pkg["resources"] if r["name"] == "figures")
    fields = {f["name"]: f for f in figures["schema"]["fields"]}
    assert fields["figure_id"]["constraints"] == {"required": True, "unique": True,
                                                  "pattern": "[a-z0-9][a-z0-9-]*"}
    assert fields["value"]["type"] == "number"
    assert {"fields": ["region_code"], "reference": {"resource": "regions",
            "fields": ["region_code"]}} in figures["schema"]["foreignKeys"]
    assert figures["schema"]["primaryKey"] == ["figure_id"]


def test_parquet_holds_the_same_table_as_csv(fresh):
    import pandas as pd

    for csv in fresh.glob("*.csv"):
        from_csv = pd.read_csv(csv, dtype=str, keep_default_na=False)
        from_parquet = pd.read_parquet(csv.with_suffix(".parquet"))
        assert list(from_csv.columns) == list(from_parquet.columns), csv.name
        assert len(from_csv) == len(from_parquet), csv.name


def test_the_data_dictionary_is_current():
    written = (REPO / DICTIONARY).read_text(encoding="utf-8")
    assert written == dictionary_page(), "run `ucj-data docs`"


def test_the_readme_is_a_front_door_whose_links_resolve():
    import re

    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert len(readme.splitlines()) <= 250
    for target in re.findall(r"\]\(([^)#]+)(?:#[^)]*)?\)", readme):
        assert (REPO / target).is_file(), target
