"""ucj_data.provenance: one way to write, read and follow figure ids."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from ucj_data.provenance import ids_in, join_ids, sources_of, split_ids


def test_join_sorts_and_keeps_each_id_once():
    # parts may be texts of several ids, single ids, columns, lists or missing values
    assert join_ids("msn-b;kal-a", ["kal-a", "zz"], None, math.nan, pd.NA) == "kal-a;msn-b;zz"
    assert join_ids(None, math.nan) is None
    assert join_ids(pd.Series(["b;a", None, "c"])) == "a;b;c"


def test_split_keeps_the_order_written():
    assert split_ids("b;a; c ;a") == ["b", "a", "c"]
    assert split_ids(pd.Series(["b;a", None, "a;d"])) == ["b", "a", "d"]
    assert split_ids(None) == [] and split_ids(math.nan) == []


def test_sources_are_looked_up_not_read_from_the_id():
    # 'uji-active' belongs to source 'uji-test', although a source 'uji' exists too
    figures = pd.DataFrame({"figure_id": ["uji-active", "x", "uji-b"],
                            "source_id": ["uji-test", "uji", "uji-test"]})
    assert sources_of("uji-active;uji-b", figures) == ["uji-test"]
    assert sources_of("x;uji-active", figures) == ["uji", "uji-test"]
    with pytest.raises(ValueError, match="'nope' are not in the figures table"):
        sources_of("uji-active;nope", figures)


def test_ids_in_reads_the_columns_a_frame_has():
    frame = pd.DataFrame({"figure_ids": ["a;b", None], "figure_ids_used": ["c", "a"]})
    assert ids_in(frame) == ["a", "b"]
    assert ids_in(frame, ("figure_ids_used", "figure_ids", "absent")) == ["c", "a", "b"]
