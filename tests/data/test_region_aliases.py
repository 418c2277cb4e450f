"""The region aliases: short names and common forms as data, each naming one region unless
it is marked as shared, each with the page it was checked on."""

from __future__ import annotations

import re

import pytest

import ucj_data
from tests.conftest import edit_rows
from tests.unit.io.test_bad_input import problem_lines, run_build

ALIASES = "data/raw/region_aliases.csv"


@pytest.fixture(scope="module")
def aliases():
    return ucj_data.region_aliases()


@pytest.fixture(scope="module")
def regions():
    return ucj_data.regions().set_index("region_code")


def bare(name: str) -> str:
    """A region's name without its level words, lower case: how a text may write it."""
    return re.sub(r"^(Kabupaten|Kota|Provinsi)( Administrasi)? ", "", name).casefold()


def test_every_alias_names_a_region_of_the_regions_table(aliases, regions):
    assert len(aliases) > 0
    assert aliases["region_code"].isin(regions.index).all()
    # a source for every row, and no alias that is just its region's own name
    assert aliases["alias_source"].str.match(r"https?://").all()
    names = regions.loc[aliases["region_code"], "name"].str.casefold().to_numpy()
    assert (aliases["alias"].str.casefold().to_numpy() != names).all()


def test_no_alias_names_two_regions_unless_it_is_marked_shared(aliases, regions):
    # an alias names two regions when two rows give it to different regions, or when it is
    # the name (without its level word) of a region other than its own
    by_name = {}
    for code, name in regions["name"].items():
        by_name.setdefault(bare(name), set()).add(code)
    for alias, rows in aliases.groupby(aliases["alias"].str.casefold()):
        named = set(rows["region_code"]) | by_name.get(alias, set())
        shared = (rows["ambiguity"] == "shared").all()
        assert len(named) == 1 or shared, (alias, sorted(named))


def test_hand_checked_aliases(aliases, regions):
    # each read on the page its row cites: the official name each alias stands for
    name = {a: regions.loc[c, "name"] for a, c in zip(aliases["alias"], aliases["region_code"],
                                                      strict=True)}
    kind = dict(zip(aliases["alias"], aliases["alias_kind"], strict=True))
    assert name["Sulsel"] == "Sulawesi Selatan"
    assert name["NTB"] == "Nusa Tenggara Barat"
    assert name["DIY"] == "Daerah Istimewa Yogyakarta"
    assert name["Kepri"] == "Kepulauan Riau"
    assert name["Solo"] == "Kota Surakarta" and kind["Solo"] == "common"
    assert name["Tangsel"] == "Kota Tangerang Selatan"
    assert name["NAD"] == "Aceh" and kind["NAD"] == "former"
    # Jakarta Pusat is BPS 3173 and Kemendagri 31.71 (the two numberings differ here), as
    # the article cited gives both
    row = aliases[aliases["alias"] == "Jakarta Pusat"].iloc[0]
    assert row["region_code"] == "3173"
    assert regions.loc["3173", "kemendagri_code"] == "31.71"


def test_an_alias_given_to_two_regions_unmarked_is_reported(project, capsys):
    # the file's first alias (line 2) given to Kota Surakarta as well, on a new last line
    def twice(rows):
        return [*rows, dict(rows[0], region_code="3372")]

    edit_rows(project / ALIASES, twice)
    last = len((project / ALIASES).read_text(encoding="utf-8").splitlines())
    code, err = run_build(project, capsys)
    assert code == 1
    lines = problem_lines(err)
    assert [line.split(": column")[0] for line in lines] == [f"{ALIASES}:2", f"{ALIASES}:{last}"]
    assert all("column 'ambiguity'" in line and "'shared' on every row" in line
               for line in lines), err
