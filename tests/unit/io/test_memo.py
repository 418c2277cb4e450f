"""Tables kept for one state of a data folder's inputs: named by content, never stale."""

from __future__ import annotations

import shutil

import pandas as pd
import pytest

from tests.conftest import edit_rows
from ucj_data import pipeline
from ucj_data.io.memo import Memo, input_stamp


def test_the_stamp_names_the_content_not_the_folder(project, tmp_path):
    copy = tmp_path / "copy"
    for part in ("data/raw", "seeds"):
        shutil.copytree(project / part, copy / part)
    assert input_stamp(copy) == input_stamp(project)
    seed = next((copy / "seeds").iterdir())
    seed.write_bytes(seed.read_bytes() + b" ")  # one byte more
    assert input_stamp(copy) != input_stamp(project)
    (copy / "seeds" / "notes").mkdir()  # a folder cannot be read as a file: nothing kept
    assert input_stamp(copy) is None


def test_memo_keeps_the_last_results_and_nothing_for_no_key():
    made = []

    def make(value):
        return lambda: made.append(value) or value

    memo = Memo(2)
    assert memo.get("a", make(1)) == 1 and memo.get("a", make(9)) == 1  # kept
    memo.get("b", make(2))
    memo.get("c", make(3))  # 'a' was used least recently: dropped
    assert memo.get("a", make(4)) == 4
    assert memo.get(None, make(5)) == 5 and memo.get(None, make(6)) == 6  # never kept
    assert made == [1, 2, 3, 4, 5, 6]


def test_a_table_is_computed_once_for_two_copies_of_the_same_inputs(project, tmp_path,
                                                                      monkeypatch):
    pipeline.forget()
    calls = []
    real = pipeline.compute_function

    def counted(table):
        calls.append(table.name)
        return real(table)

    monkeypatch.setattr(pipeline, "compute_function", counted)
    copy = tmp_path / "copy"
    for part in ("data/raw", "seeds"):
        shutil.copytree(project / part, copy / part)
    first = pipeline.derive("coverage", root=project)
    again = pipeline.derive("coverage", root=copy)
    pd.testing.assert_frame_equal(first, again)
    assert calls.count("coverage") == 1 and calls.count("reconciled") == 1
    again["coverage_pct"] = -1.0  # a copy: changing it changes nothing kept
    assert (pipeline.derive("coverage", root=project)["coverage_pct"].dropna() >= 0).all()


def test_an_edited_input_is_never_served_from_before(project):
    before = pipeline.derive("coverage", root=project)
    region = before["region_code"].iloc[-1]
    # the figures of one region removed: its coverage row goes
    edit_rows(project / "data" / "raw" / "figures.csv",
              lambda rows: [r for r in rows if r["region_code"] != region])
    after = pipeline.derive("coverage", root=project)
    assert region not in set(after["region_code"])
    pipeline.forget()  # what a first computation gives
    pd.testing.assert_frame_equal(after, pipeline.derive("coverage", root=project))
    assert len(after) == len(before) - 1


@pytest.fixture(autouse=True)
def _fresh_memos():
    yield
    pipeline.forget()
