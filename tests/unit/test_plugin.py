"""tests/plugin.py: the notebooks a pytest process runs under nbval share one kernel, and
each still starts from an empty namespace."""

from __future__ import annotations

import subprocess
import sys

import nbformat
from nbformat.v4 import new_code_cell, new_notebook

from tests.conftest import REPO


def notebook(path, *sources) -> None:
    nb = new_notebook(cells=[new_code_cell(s) for s in sources])
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3",
                                 "language": "python"}
    nbformat.write(nb, path)


def test_notebooks_share_a_kernel_but_not_their_names(tmp_path):
    pid = "import os\nopen({!r}, 'w').write(str(os.getpid()))"
    notebook(tmp_path / "01_first.ipynb", "defined_in_first = 1",
             pid.format(str(tmp_path / "first.pid")))
    # a name of the first notebook: not there (NameError, the cell fails)
    notebook(tmp_path / "02_second.ipynb", pid.format(str(tmp_path / "second.pid")),
             "defined_in_first")
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "tests.plugin", "-p", "no:cacheprovider",
         "-p", "no:xdist", "-q", "--nbval-lax", "-o", "addopts=", str(tmp_path)],
        cwd=REPO, capture_output=True, text=True, timeout=300)
    assert "1 failed, 3 passed" in result.stdout, result.stdout + result.stderr
    assert "02_second.ipynb::Cell 1" in result.stdout and "NameError" in result.stdout
    # one kernel process ran both notebooks
    first, second = ((tmp_path / f"{n}.pid").read_text() for n in ("first", "second"))
    assert first == second
