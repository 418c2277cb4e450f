"""`ucj-data report` on a small project: pages, charts with alt text, and a failing notebook."""

from __future__ import annotations

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

from ucj_data.cli import main

CHART = ('import ucj_data\nfrom ucj_data.present import plots\n'
         'plots.coverage_chart(ucj_data.coverage(), lang="en")')


def write_notebook(path, *sources):
    nb = new_notebook(cells=[new_markdown_cell(f"# {path.stem} title"),
                             *[new_code_cell(s) for s in sources]])
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3",
                                 "language": "python"}
    nbformat.write(nb, path)


@pytest.fixture
def small(project, monkeypatch):
    (project / "notebooks").mkdir()
    # the kernel imports ucj_data from this repository but must read the copied data
    monkeypatch.setenv("UCJ_DATA_ROOT", str(project))
    return project


def test_report_writes_pages_and_charts_with_alt_text(small, capsys):
    write_notebook(small / "notebooks" / "01_chart.ipynb", CHART)
    write_notebook(small / "notebooks" / "02_text.ipynb", "1 + 1")
    assert main(["--root", str(small), "report"]) == 0
    out = capsys.readouterr().out
    assert "[1/2]" in out and "[2/2]" in out  # progress, one line per notebook
    reports = small / "reports"
    index = (reports / "index.html").read_text()
    assert 'href="01_chart.html"' in index and 'href="02_text.html"' in index
    page = (reports / "01_chart.html").read_text()
    # the chart's own alt text, not nbconvert's placeholder
    assert 'alt="Horizontal bar chart of BPJS Ketenagakerjaan coverage' in page
    assert "No description has been provided" not in page
    pngs = list((reports / "01_chart").glob("*.png"))
    assert len(pngs) == 1 and pngs[0].read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    # the committed notebooks are not rewritten unless asked
    nb = nbformat.read(small / "notebooks" / "01_chart.ipynb", as_version=4)
    assert nb.cells[1].outputs == []


def test_a_failing_notebook_is_named_with_its_cell(small, capsys):
    write_notebook(small / "notebooks" / "01_bad.ipynb", "x = 1", "1 / 0")
    assert main(["--root", str(small), "report"]) == 1
    err = capsys.readouterr().err
    assert "01_bad.ipynb: code cell 2 ('1 / 0') failed" in err
    assert "ZeroDivisionError" in err
