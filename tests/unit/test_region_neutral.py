"""No region of the data is written in code: the library and the notebooks find their
regions in the tables, so every analysis, chart, finding and page works unchanged for any
region a data folder holds (a researcher's own, or all 552 of them)."""

from __future__ import annotations

import ast
import json

import pytest

from tests.conftest import REPO

LIBRARY = sorted((REPO / "ucj_data").rglob("*.py"))
NOTEBOOKS = sorted((REPO / "notebooks").glob("[0-9]*.ipynb"))


def region_codes() -> set[str]:
    """Every region code of the committed regions table (read as text, not through the
    library under test)."""
    import csv

    with open(REPO / "data" / "raw" / "regions.csv", encoding="utf-8") as f:
        return {row["region_code"] for row in csv.DictReader(f)}


def literals(source: str) -> list[tuple[int, str]]:
    """(line, text) of every string constant in ``source`` that is neither a docstring nor
    the ``example=`` of a field definition."""
    tree = ast.parse(source)
    skipped: set[int] = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if (isinstance(node, ast.Module | ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef)
                and body and isinstance(body[0], ast.Expr)
                and isinstance(body[0].value, ast.Constant)):
            skipped.add(id(body[0].value))
        if isinstance(node, ast.keyword) and node.arg == "example":
            skipped.add(id(node.value))
    return [(node.lineno, node.value) for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str)
            and id(node) not in skipped]


def test_the_check_finds_a_code_and_skips_docstrings_and_examples():
    source = ('"""About \'3604\'."""\nx = "3604"\nField("c", example="3604")\n'
              'def f():\n    """\'18\'."""\n    return {"18": 1}\n')
    found = [text for _, text in literals(source) if text in {"3604", "18"}]
    assert found == ["3604", "18"]


def test_the_committed_data_has_codes_to_look_for():
    # Indonesia, a province and a regency at least, or the test below proves nothing
    assert {"00", "36", "3604"} <= region_codes()


@pytest.mark.parametrize("path", LIBRARY, ids=lambda p: str(p.relative_to(REPO)))
def test_no_region_code_in_the_library(path):
    codes = region_codes()
    found = [(line, text) for line, text in literals(path.read_text("utf-8"))
             if text in codes]
    assert not found, f"{path.relative_to(REPO)}: region codes in code {found}; look the " \
        "region up in the tables (by level, by the rows a table holds) instead"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_no_region_code_in_a_notebook(path):
    codes = region_codes()
    nb = json.loads(path.read_text("utf-8"))
    for cell in (c for c in nb["cells"] if c["cell_type"] == "code"):
        source = "".join(cell["source"])
        found = [text for _, text in literals(source) if text in codes]
        assert not found, f"{path.name}: region codes {found} in a code cell:\n{source}"
