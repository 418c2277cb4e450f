"""A notebook's language: the LANG parameter and the Markdown texts in each language."""

from __future__ import annotations

import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

from ucj_data.present.notebook_language import language_of, translated


def notebook(param: str | None = 'LANG = "en"'):
    title = new_markdown_cell("# Coverage", metadata={
        "ucj_data": {"text": {"en": "# Coverage", "id": "# Cakupan"}}})
    cells = [title, new_markdown_cell("A researcher's own note")]
    if param is not None:
        cells.insert(1, new_code_cell(f"# the language\n{param}",
                                      metadata={"tags": ["parameters"]}))
    cells.append(new_code_cell("plots.coverage_chart(cov, lang=LANG)"))
    return new_notebook(cells=cells)


def test_the_language_is_read_from_the_parameters_cell():
    assert language_of(notebook()) == "en"
    assert language_of(notebook('LANG = "id"')) == "id"
    # not a language the package writes, not a constant, no parameters cell: None
    assert language_of(notebook('LANG = "fr"')) is None
    assert language_of(notebook("LANG = pick()")) is None
    assert language_of(notebook(None)) is None


def test_translated_sets_the_parameter_and_the_texts():
    nb = notebook()
    out = translated(nb, "id")
    assert language_of(out) == "id"
    assert out.cells[1].source == '# the language\nLANG = \'id\''
    assert out.cells[0].source == "# Cakupan"
    # a cell without texts is kept as written; the code is not touched
    assert out.cells[2].source == "A researcher's own note"
    assert out.cells[3].source == "plots.coverage_chart(cov, lang=LANG)"
    # the notebook given is not changed
    assert nb.cells[0].source == "# Coverage" and language_of(nb) == "en"


def test_a_notebook_without_parameters_gets_them_at_the_top():
    out = translated(notebook(None), "en")
    assert out.cells[0].source == "LANG = 'en'"
    assert out.cells[0].metadata["tags"] == ["injected-parameters"]


def test_an_unknown_language_is_refused():
    with pytest.raises(ValueError, match="expected one of"):
        translated(notebook(), "fr")
