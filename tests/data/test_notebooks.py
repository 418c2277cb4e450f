"""The committed notebooks: executed, without errors, headline cells checked by nbval.

The notebooks themselves are re-run by nbval in the second half of the test command
(`pytest --nbval-lax notebooks`); these tests check what nbval cannot see.
"""

from __future__ import annotations

import json
import re

import pytest

from tests.conftest import REPO

NOTEBOOKS = sorted((REPO / "notebooks").glob("[0-9]*.ipynb"))
EXPECTED = ["01_sources_and_figures", "02_coverage_gaps", "03_enrolment_projections",
            "04_claims_and_budgets",
            "05_denominators_and_trends", "06_region_profile"]


def code_cells(path):
    nb = json.loads(path.read_text(encoding="utf-8"))
    return [c for c in nb["cells"] if c["cell_type"] == "code"], nb


def test_the_notebooks_exist():
    assert [p.stem for p in NOTEBOOKS] == EXPECTED


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_every_code_cell_was_executed_in_order_without_errors(path):
    cells, _ = code_cells(path)
    counts = [c["execution_count"] for c in cells]
    assert None not in counts, f"{path.name}: never-executed cells (run `ucj-data report "\
        "--update-notebooks`)"
    assert counts == list(range(1, len(cells) + 1)), f"{path.name}: not run top to bottom"
    # a result carries the count of its own cell (the kernel's counter, not the notebook's)
    results = [(c["execution_count"], o["execution_count"]) for c in cells
               for o in c["outputs"] if o["output_type"] == "execute_result"]
    assert results and all(a == b for a, b in results), f"{path.name}: {results}"
    errors = [o for c in cells for o in c["outputs"] if o["output_type"] == "error"]
    assert not errors, f"{path.name}: stored error output"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_headline_cells_are_checked_and_plots_are_not(path):
    cells, _ = code_cells(path)
    checked = [c for c in cells if "# NBVAL_CHECK_OUTPUT" in "".join(c["source"])]
    assert checked, f"{path.name}: no cell carries # NBVAL_CHECK_OUTPUT"
    for c in checked:
        assert c["outputs"], f"{path.name}: a checked cell has no output"
        assert not any("image/png" in o.get("data", {}) for o in c["outputs"]), \
            f"{path.name}: a plot cell is compared as text"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_logic_lives_in_the_library(path):
    cells, nb = code_cells(path)
    for c in cells:
        src = "".join(c["source"])
        assert not re.search(r"^\s*(def|class|for|while) ", src, re.M), \
            f"{path.name}: move this logic into ucj_data:\n{src}"
    assert nb["metadata"]["kernelspec"]["name"] == "python3"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_every_chart_has_alt_text(path):
    cells, _ = code_cells(path)
    images = [o for c in cells for o in c["outputs"] if "image/png" in o.get("data", {})]
    assert images, f"{path.name}: no chart"
    for o in images:
        assert o.get("metadata", {}).get("image/png", {}).get("alt"), path.name


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_the_language_is_a_parameter_and_the_text_is_in_both_languages(path):
    import nbformat

    from ucj_data.present.notebook_language import cell_texts, language_of, parameters_cell
    from ucj_data.text.locales import LANGS

    nb = nbformat.read(path, as_version=4)
    lang = language_of(nb)
    assert lang in LANGS, f"{path.name}: no parameters cell setting LANG = 'id' or 'en'"
    first_code = next(c for c in nb.cells if c.cell_type == "code")
    assert parameters_cell(nb) is first_code, f"{path.name}: LANG is not set at the top"
    for cell in (c for c in nb.cells if c.cell_type == "markdown"):
        texts = cell_texts(cell)
        assert set(texts) == set(LANGS), f"{path.name}: a text not in both languages:\n" \
            f"{cell.source[:80]}"
        # the committed notebook reads in its own language throughout
        assert cell.source == texts[lang], f"{path.name}: source is not the {lang} text"
    code = "\n".join(c.source for c in nb.cells if c.cell_type == "code")
    assert 'lang="' not in code and "lang='" not in code, \
        f"{path.name}: a language typed in a cell; use lang=LANG"
