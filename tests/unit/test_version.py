"""One version: ucj_data.__version__, shown by `ucj-data --version`."""

from __future__ import annotations

import re

import pytest

import ucj_data
from ucj_data.cli import main


def test_the_version_is_a_version():
    assert re.fullmatch(r"\d+\.\d+\.\d+([a-z]+\d+)?", ucj_data.__version__)
    assert "__version__" in ucj_data.__all__


def test_the_command_line_shows_it(capsys):
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    assert capsys.readouterr().out.strip() == f"ucj-data {ucj_data.__version__}"


def test_the_data_package_carries_it():
    from ucj_data.io.datapackage import package_descriptor

    assert package_descriptor([])["version"] == ucj_data.__version__
