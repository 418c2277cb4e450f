"""ucj_data.processed(name): a published table read back with every column typed as its
field says (codes as text), on made-up tables written the way the build writes them."""

from __future__ import annotations

import pandas as pd
import pytest

import ucj_data
from ucj_data.io.datapackage import to_csv_bytes
from ucj_data.io.published import dtypes, published_names
from ucj_data.metadata.tables import TABLES
from ucj_data.validate.problems import SetupError

# values by field type, chosen to be misread by a reader that guesses: codes with leading
# zeros, a year that looks like a number, a missing value of every type, text "NA"
VALUES = {
    "string": ["00", "NA", None],
    "date": ["2025-12-09", None, "2025-01-01"],
    "integer": [2045, None, 0],
    "number": [50.87, None, 650459000000.0],
    "boolean": [True, None, False],
}


def made_up(name: str) -> pd.DataFrame:
    table = TABLES[name]
    return pd.DataFrame({c: VALUES[table.field(c).type] for c in table.fields}).astype(
        dtypes(name))


@pytest.fixture
def folder(tmp_path):
    out = tmp_path / "data" / "processed"
    out.mkdir(parents=True)
    for name in published_names():
        (out / f"{name}.csv").write_bytes(to_csv_bytes(made_up(name)))
    return tmp_path


@pytest.mark.parametrize("name", published_names())
def test_every_column_comes_back_as_its_field_says(folder, name):
    got = ucj_data.processed(name, root=folder)
    pd.testing.assert_frame_equal(got, made_up(name))


def test_codes_stay_text(folder):
    regions = ucj_data.processed("regions", root=folder)
    assert regions["region_code"].tolist()[0] == "00"
    assert regions["name"].tolist()[1] == "NA"  # a text, not a missing value
    assert regions["name"].isna().tolist() == [False, False, True]


def test_the_variable_is_the_default_root(folder, monkeypatch):
    monkeypatch.setenv("UCJ_DATA_ROOT", str(folder))
    assert ucj_data.processed("regions")["region_code"].tolist()[0] == "00"


def test_an_unknown_table_lists_the_published_ones():
    with pytest.raises(ValueError, match=r"no published table 'nope'.*coverage"):
        ucj_data.processed("nope")


def test_a_table_not_built_says_where_it_looked(tmp_path, monkeypatch):
    monkeypatch.setenv("UCJ_DATA_ROOT", str(tmp_path))
    with pytest.raises(SetupError) as err:
        ucj_data.processed("coverage")
    path = tmp_path / "data" / "processed" / "coverage.csv"
    assert f"looked in {path} (from UCJ_DATA_ROOT)" in str(err.value)
    assert f"ucj-data build --root {tmp_path}" in str(err.value)


def test_the_plain_pandas_one_liner_keeps_codes_as_text(folder):
    path = folder / "data" / "processed" / "regions.csv"
    plain = pd.read_csv(path, dtype={"region_code": str, "parent_code": str, "period": str})
    assert plain["region_code"].tolist()[0] == "00"
