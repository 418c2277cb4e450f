"""The language of a notebook: one parameter at its top, its text in both languages.

A notebook's first code cell is tagged ``parameters`` and sets ``LANG = "en"`` (or
``"id"``); every chart, table and finding below it is drawn in ``LANG``. Each Markdown cell
keeps its text in every language in its metadata, ``metadata["ucj_data"]["text"]``
(``{"id": ..., "en": ...}``), and its source is the text in the notebook's own language, so
a committed notebook reads in one language throughout. :func:`translated` gives the notebook
in another language; a Markdown cell without texts (one a researcher added) is kept as
written in every language.
"""

from __future__ import annotations

import ast
import copy

from ucj_data.text.locales import LANGS, locale_of

PARAMETER = "LANG"
PARAMETERS_TAG = "parameters"
INJECTED_TAG = "injected-parameters"  # a cell added by translated (papermill's name)
METADATA_KEY = "ucj_data"


def parameters_cell(nb):
    """The notebook's first code cell tagged ``parameters``, or None."""
    return next((c for c in nb.cells if c.cell_type == "code"
                 and PARAMETERS_TAG in c.get("metadata", {}).get("tags", [])), None)


def language_of(nb) -> str | None:
    """The language the notebook's parameters cell sets (``LANG = "en"``), or None when it
    has no parameters cell or the cell does not set LANG to a supported language."""
    cell = parameters_cell(nb)
    value = _assigned(cell, PARAMETER) if cell is not None else None
    if isinstance(value, ast.Constant) and value.value in LANGS:
        return value.value
    return None


def cell_texts(cell) -> dict[str, str]:
    """A Markdown cell's text per language (empty when it has none)."""
    return dict(cell.get("metadata", {}).get(METADATA_KEY, {}).get("text", {}))


def translated(nb, lang: str):
    """A copy of ``nb`` in ``lang``: ``LANG = "<lang>"`` in its parameters cell (a cell
    added at the top when it has none) and every Markdown cell's text in ``lang``."""
    locale_of(lang)  # checks lang
    out = copy.deepcopy(nb)
    setting = f"{PARAMETER} = {lang!r}"
    cell = parameters_cell(out)
    if cell is None:
        import nbformat

        cell = nbformat.v4.new_code_cell(setting, metadata={"tags": [INJECTED_TAG]})
        out.cells.insert(0, cell)
    elif language_of(out) is not None:
        lines = [setting if _sets_lang(line) else line for line in cell.source.splitlines()]
        cell.source = "\n".join(lines)
    else:
        cell.source = f"{cell.source}\n{setting}" if cell.source else setting
    for cell in out.cells:
        text = cell_texts(cell).get(lang) if cell.cell_type == "markdown" else None
        if text is not None:
            cell.source = text
    return out


def _sets_lang(line: str) -> bool:
    head = line.split("#", 1)[0].replace(" ", "")
    return head.startswith(f"{PARAMETER}=")


#: The parameter of a notebook about one region (notebooks/06_region_profile.ipynb).
REGION_PARAMETER = "REGION"


def _assigned(cell, name: str) -> ast.expr | None:
    """The value a cell's top-level ``name = ...`` assigns (the last one), or None when it
    assigns none or is not valid Python."""
    try:
        tree = ast.parse(cell.source)
    except SyntaxError:
        return None
    values = [node.value for node in tree.body
              if isinstance(node, ast.Assign) and len(node.targets) == 1
              and isinstance(node.targets[0], ast.Name) and node.targets[0].id == name]
    return values[-1] if values else None


def takes_region(nb) -> bool:
    """Whether the notebook's parameters cell sets ``REGION`` (a notebook about one
    region, run by the report once per region)."""
    cell = parameters_cell(nb)
    return cell is not None and _assigned(cell, REGION_PARAMETER) is not None


def with_region(nb, region: str):
    """``nb`` with ``REGION = '<region>'`` in its parameters cell (changed in place and
    returned); a notebook that does not take a region is returned as it is."""
    cell = parameters_cell(nb)
    if cell is None or _assigned(cell, REGION_PARAMETER) is None:
        return nb
    setting = f"{REGION_PARAMETER} = {str(region)!r}"
    head = f"{REGION_PARAMETER}="
    cell.source = "\n".join(
        setting if line.split("#", 1)[0].replace(" ", "").startswith(head) else line
        for line in cell.source.splitlines())
    return nb
