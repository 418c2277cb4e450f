"""Shared fixtures: a throw-away copy of the project to break on purpose."""

from __future__ import annotations

import csv
import hashlib
import shutil
from pathlib import Path

import pandas as pd
import pytest

from ucj_data.text.numbers import parse_number

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A copy of data/raw/, seeds/ and data/processed/ in a temporary folder."""
    for part in ("data/raw", "seeds", "data/processed"):
        shutil.copytree(REPO / part, tmp_path / part)
    return tmp_path


def laid_out(fig):
    """``fig`` laid out (drawn without pixels) once: the chart tests read boxes from
    figures they never change, and a second layout of an unchanged figure gives the same
    boxes (matplotlib's own stale flag cannot tell: reading tick labels sets it)."""
    if not getattr(fig, "_laid_out_for_tests", False):
        fig.draw_without_rendering()
        fig._laid_out_for_tests = True
    return fig


def tree_digest(folder: Path) -> dict[str, str]:
    """sha256 of every file below ``folder``, by relative path."""
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def edit_rows(path: Path, edit) -> None:
    """Rewrite a CSV, applying ``edit(rows: list[dict]) -> list[dict]``; keeps the header."""
    with path.open(newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f)
        header, rows = reader.fieldnames, list(reader)
    rows = edit(rows)
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]) if rows else header,
                                lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def set_cell(path: Path, key: str, value: str, column: str, new: str) -> int:
    """Set ``column`` to ``new`` in the row whose ``key`` column is ``value``.

    Returns the CSV line of that row (header is line 1; no field spans lines).
    """
    found = []

    def edit(rows):
        for i, row in enumerate(rows):
            if row[key] == value:
                row[column] = new
                found.append(i + 2)
        return rows

    edit_rows(path, edit)
    assert found, f"no row with {key}={value!r} in {path}"
    return found[0]


def make_figures(*rows: tuple[str, str, str, str, str]) -> pd.DataFrame:
    """A figures frame from (figure_id, region_code, indicator, period, value_text)."""
    records = []
    for figure_id, region, indicator, period, text in rows:
        value, _, qualifier = parse_number(text)
        records.append(
            {
                "figure_id": figure_id,
                "source_id": f"src-{figure_id}",
                "region_code": region,
                "indicator": indicator,
                "period": period,
                "value_text": text,
                "value": value,
                "qualifier": qualifier,
            }
        )
    return pd.DataFrame(records)


def row(table: pd.DataFrame, region: str, indicator: str, period: str) -> pd.Series:
    """The one row of ``table`` for a region, indicator and period."""
    hit = table[
        (table["region_code"] == region)
        & (table["indicator"] == indicator)
        & (table["period"] == period)
    ]
    assert len(hit) == 1, hit
    return hit.iloc[0]


def unused_region_code(root: Path, parent: str = "36") -> str:
    """A 4-digit code under ``parent`` that data/raw/regions.csv does not list yet, so a test
    adding a region keeps working after a researcher adds theirs."""
    with (root / "data" / "raw" / "regions.csv").open(encoding="utf-8") as f:
        taken = {row["region_code"] for row in csv.DictReader(f)}
    return next(f"{parent}{n:02d}" for n in range(99, 0, -1) if f"{parent}{n:02d}" not in taken)
