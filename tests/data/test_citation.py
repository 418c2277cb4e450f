"""How to cite and the licences: one version everywhere, every outlet named."""

from __future__ import annotations

import json
import re
import tomllib

import ucj_data
from tests.conftest import REPO


def test_citation_cff_has_the_package_version():
    text = (REPO / "CITATION.cff").read_text(encoding="utf-8")
    assert text.startswith("cff-version: 1.2.0\n")
    assert re.search(r'^version: "?([^"\n]+)"?$', text, re.M).group(1) == ucj_data.__version__
    assert "ucj-data contributors" in text and "license: MIT" in text


def test_pyproject_reads_the_version_from_the_package():
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" in project["project"]["dynamic"]
    assert project["tool"]["hatch"]["version"]["path"] == "ucj_data/__init__.py"


def test_the_committed_data_package_has_the_version():
    package = json.loads((REPO / "data" / "processed" / "datapackage.json").read_text())
    assert package["version"] == ucj_data.__version__


def test_the_data_package_names_every_outlet():
    # written from sources.csv at each build, so a source a researcher adds is named too;
    # the README points there instead of keeping a list that would go stale
    from ucj_data.io.datapackage import outlets

    readme = " ".join((REPO / "README.md").read_text(encoding="utf-8").split())  # unwrapped
    assert "under `sources` in `datapackage.json`" in readme
    package = json.loads((REPO / "data" / "processed" / "datapackage.json").read_text())
    for outlet in outlets(ucj_data.sources()):
        assert outlet in package["description"], outlet
    assert [s["source_id"] for s in package["sources"]] == list(ucj_data.sources()["source_id"])
