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


def layout_problems(fig) -> list[tuple]:
    """What a reader could not read in ``fig``: texts (titles, value labels, notes, the
    legend) that overlap one another, that reach left of their axes (over the y-axis), or
    that lie outside the figure. Empty when the layout is clean."""
    laid_out(fig)
    renderer = fig._get_renderer()
    boxes = [(t.get_text(), t.get_window_extent(renderer)) for t in fig.texts if t.get_text()]
    problems = []
    for ax in fig.axes:
        boxes += [(t.get_text(), t.get_window_extent(renderer)) for t in ax.texts]
        if ax.get_legend() is not None:
            boxes.append(("legend", ax.get_legend().get_window_extent(renderer)))
        title = ax._left_title
        if title.get_text():
            boxes.append((title.get_text(), title.get_window_extent(renderer)))
        left = ax.get_window_extent(renderer).x0
        problems += [("over the y-axis", t.get_text()) for t in ax.texts
                     if t.get_window_extent(renderer).x0 < left]
    problems += [("overlap", a, b) for i, (a, box_a) in enumerate(boxes)
                 for b, box_b in boxes[i + 1:] if box_a.overlaps(box_b)]
    width, height = fig.bbox.width, fig.bbox.height
    problems += [("outside", t) for t, b in boxes
                 if b.x0 < 0 or b.y0 < 0 or b.x1 > width + 1 or b.y1 > height + 1]
    return problems


def label_gaps(fig) -> list[tuple[str, float]]:
    """For each bar of a horizontal bar chart: (its value label, the pixels from the end of
    the bar, or of its range's error bar where it has one, to the label's start)."""
    import numpy as np

    laid_out(fig)
    out = []
    for ax in fig.axes:
        ranges = [ax.transData.transform(np.asarray(seg)) for c in ax.collections
                  if c.get_gid() == "cost-range" for seg in c.get_segments()]
        for patch in ax.patches:
            box = patch.get_window_extent()
            mid = (box.y0 + box.y1) / 2
            end = max([box.x1] + [xy[:, 0].max() for xy in ranges
                                  if xy[:, 1].min() - 1 <= mid <= xy[:, 1].max() + 1])
            (label,) = [t for t in ax.texts
                        if t.get_window_extent().y0 <= mid <= t.get_window_extent().y1]
            out.append((label.get_text(), label.get_window_extent().x0 - end))
    return out


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


# no official statistics: the coverage of made-up figures rests on those figures alone
# (left out, the statistics would be the data folder's, whose observations count too)
NO_STATISTICS = pd.DataFrame(columns=["statistic_id", "region_code", "indicator", "period",
                                      "value"])


# no observed coverage: official targets of made-up figures drawn from their first target
NO_COVERAGE = pd.DataFrame(columns=["region_code", "period", "active_participants",
                                    "workforce"])


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
