"""`ucj-data report` on a small project: pages, charts with alt text, and a failing notebook."""

from __future__ import annotations

import re

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

from ucj_data.cli import main
from ucj_data.present import html_report

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
    # the notebooks of a language share a kernel, but 02 sees no name 01 defined and no
    # figure 01 left open
    write_notebook(small / "notebooks" / "02_text.ipynb", "1 + 1",
                   "import matplotlib.pyplot as plt\n"
                   "[n for n in ('ucj_data', 'plots') if n in dir()], plt.get_fignums()")
    # one kernel for the four runs (two kernels at once: tests/unit/io/test_roots.py)
    assert main(["--root", str(small), "report", "--jobs", "1"]) == 0
    out = capsys.readouterr().out
    # progress, one line per notebook and language: 2 notebooks x 2 languages
    assert "[1/4]" in out and "[4/4]" in out
    reports = small / "reports"
    front = (reports / "index.html").read_text()
    assert 'href="id/index.html"' in front and 'href="en/index.html"' in front
    for lang in ("id", "en"):
        index = (reports / lang / "index.html").read_text()
        assert 'href="01_chart.html"' in index and 'href="02_text.html"' in index
        assert 'href="../data/coverage.csv"' in index
    assert (reports / "data" / "coverage.parquet").is_file()
    assert (reports / "report.css").is_file()
    page = (reports / "en" / "01_chart.html").read_text()
    # the chart's own alt text, not nbconvert's placeholder; code hidden
    assert 'alt="Horizontal bar chart of BPJS Ketenagakerjaan coverage' in page
    assert "No description has been provided" not in page
    assert "plots.coverage_chart" not in page
    pngs = list((reports / "en" / "01_chart").glob("*.png"))
    assert len(pngs) == 1 and pngs[0].read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    # the committed notebooks are not rewritten unless asked
    nb = nbformat.read(small / "notebooks" / "01_chart.ipynb", as_version=4)
    assert nb.cells[1].outputs == []
    text = (reports / "en" / "02_text.html").read_text()
    assert '<pre class="output">2</pre>' in text
    assert '<pre class="output">([], [])</pre>' in text


@pytest.mark.parametrize(("notebooks", "langs", "jobs", "expected"), [
    # as many jobs as languages: one kernel per language
    (3, ("id", "en"), 2, [[(0, "id"), (1, "id"), (2, "id")],
                          [(0, "en"), (1, "en"), (2, "en")]]),
    # one language on two jobs: its notebooks in two runs of consecutive ones (2 + 1)
    (3, ("en",), 2, [[(0, "en"), (1, "en")], [(2, "en")]]),
    # one job: one kernel for every notebook in every language
    (2, ("id", "en"), 1, [[(0, "id"), (1, "id"), (0, "en"), (1, "en")]]),
    # more jobs than runs: one kernel per run, no empty one
    (2, ("en",), 4, [[(0, "en")], [(1, "en")]]),
    # 5 runs on 3 jobs: 2 + 2 + 1
    (5, ("en",), 3, [[(0, "en"), (1, "en")], [(2, "en"), (3, "en")], [(4, "en")]]),
])
def test_kernel_groups(tmp_path, notebooks, langs, jobs, expected):
    paths = [tmp_path / f"0{i}_n.ipynb" for i in range(notebooks)]
    groups = html_report.kernel_groups(paths, langs, jobs)
    assert groups == [[html_report.Run(paths[i], lang) for i, lang in group]
                      for group in expected]


def test_kernel_groups_run_a_region_notebook_once_per_region(tmp_path):
    paths = [tmp_path / "01_n.ipynb", tmp_path / "02_profile.ipynb"]
    regions = {paths[1]: [("11", "Aceh"), ("51", "Bali")]}
    (group,) = html_report.kernel_groups(paths, ("en",), 1, regions)
    assert [run.page_name for run in group] == ["01_n", "02_profile-11", "02_profile-51"]
    assert group[2].label == "Bali"
    # no region with a profile: the notebook about one region is not run at all
    (group,) = html_report.kernel_groups(paths, ("en",), 1, {paths[1]: []})
    assert [run.page_name for run in group] == ["01_n"]


def test_one_language_with_code_shown(small, capsys):
    write_notebook(small / "notebooks" / "01_text.ipynb", "# NBVAL_CHECK_OUTPUT\n40 + 2")
    write_notebook(small / "notebooks" / "02_more.ipynb", "x = 1", "x + 1")
    assert main(["--root", str(small), "report", "--lang", "en", "--show-code",
                 "--jobs", "1", "--update-notebooks"]) == 0
    # saved as executed: the second notebook, in the same kernel, counts from 1 again, in
    # its cells and in their results
    nb = nbformat.read(small / "notebooks" / "02_more.ipynb", as_version=4)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert [c.execution_count for c in code] == [1, 2, 3]  # the LANG cell added, then 2
    assert [o.execution_count for o in code[2].outputs] == [3]
    assert code[2].outputs[0].data["text/plain"] == "2"
    reports = small / "reports"
    assert not (reports / "id").exists()
    page = (reports / "en" / "01_text.html").read_text()
    assert "40 + 2" in page and "<pre class=\"output\">42</pre>" in page
    assert "NBVAL" not in page
    # no other language built: no link to it
    assert "hreflang" not in page
    with pytest.raises(SystemExit) as usage:  # argparse: exit 2, naming id and en
        main(["--root", str(small), "report", "--lang", "fr"])
    assert usage.value.code == 2
    assert "invalid choice: 'fr' (choose from 'id', 'en')" in capsys.readouterr().err


def test_a_failing_notebook_is_named_with_its_cell(small, capsys):
    write_notebook(small / "notebooks" / "01_bad.ipynb", "x = 1", "1 / 0")
    assert main(["--root", str(small), "report", "--jobs", "1"]) == 1
    err = capsys.readouterr().err
    # counted among the notebook's own cells (not the LANG cell the report adds)
    # (whichever language failed first)
    assert re.search(r"01_bad.ipynb \((id|en)\): code cell 2 \('1 / 0'\) failed", err)
    assert "ZeroDivisionError" in err
