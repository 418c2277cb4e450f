"""How each derived number is computed, written once.

Each text here is reused in the docstring of the function that implements it, in the
notebooks (``ucj_data.methods.METHODS[name]`` shown as Markdown) and in the table's
description in ``datapackage.json`` (via ``Table.method``).
"""

from __future__ import annotations

METHODS: dict[str, str] = {}
