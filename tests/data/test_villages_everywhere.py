"""The village standard everywhere: desa and kelurahan of every province and kabupaten/kota,
counted from idn-area-data 4.0.1's village list by tools/regions_from_idn_area.py, which
writes them into data/raw/statistics.csv without touching its other rows."""

from __future__ import annotations

import csv
import importlib.util

import pytest

import ucj_data
from tests.conftest import REPO
from ucj_data.present.profile import profile_regions

VILLAGE_COUNTS = ("villages", "urban_villages")


def tool():
    spec = importlib.util.spec_from_file_location(
        "regions_from_idn_area", REPO / "tools" / "regions_from_idn_area.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def stats():
    return ucj_data.statistics()


@pytest.fixture(scope="module")
def regions():
    return ucj_data.regions().set_index("region_code")


def test_every_province_and_kabupaten_kota_has_its_desa_and_kelurahan(stats, regions):
    counted = stats[stats["publisher"].eq("Kemendagri") & stats["indicator"].isin(VILLAGE_COUNTS)]
    local = regions.index[regions["level"] != "country"]
    for indicator in VILLAGE_COUNTS:
        codes = counted.loc[counted["indicator"] == indicator, "region_code"]
        assert sorted(codes) == sorted(local), indicator
    value = counted.set_index(["region_code", "indicator"])["value"]
    # as recorded by hand before (Kepmendagri 300.2.2-2138/2025): Lampung 2.446 desa and
    # 205 kelurahan, Banten 1.238 and 314
    assert value[("18", "villages")] == 2_446 and value[("18", "urban_villages")] == 205
    assert value[("36", "villages")] == 1_238 and value[("36", "urban_villages")] == 314
    # Kabupaten Jayapura (BPS 9403): 125 desa and 14 desa adat, the 139 kampung that
    # receive Dana Desa; 5 kelurahan
    assert value[("9403", "villages")] == 139 and value[("9403", "urban_villages")] == 5
    # DKI Jakarta has kelurahan only
    assert value[("31", "villages")] == 0
    # a province's counts are the sums of its kabupaten/kota's
    table = value.unstack()[list(VILLAGE_COUNTS)]
    local_rows = table[regions.loc[table.index, "level"].isin(["regency", "city"]).to_numpy()]
    sums = local_rows.groupby(regions.loc[local_rows.index, "parent_code"].to_numpy()).sum()
    assert (table.loc[sums.index] == sums).all().all() and len(sums) == 38


def test_the_village_standard_covers_every_kabupaten_kota_with_desa(regions):
    standard = ucj_data.village_standard(package="JKK+JKM")
    level = regions.loc[standard["region_code"], "level"]
    local = standard[level.isin(["regency", "city"]).to_numpy()]
    # counted from the package's villages.csv by hand: 434 kabupaten/kota have a village
    # code ...2xxx or ...3xxx, 415 kabupaten (Kepulauan Seribu has kelurahan only) and 19 kota
    assert len(local) == 434
    assert (level == "regency").sum() == 415 and (level == "city").sum() == 19
    lampung = standard.set_index("region_code").loc["18"]
    assert lampung["minimum_workers"] == 244_600  # 2.446 desa x 100
    assert lampung["yearly_cost_per_village_idr"] == 20_160_000  # 100 x Rp16.800 x 12


def test_profiles_only_for_regions_with_more_than_village_counts(stats, regions):
    profiled = set(profile_regions())
    counts_only = set(stats.loc[stats["indicator"].isin(VILLAGE_COUNTS), "region_code"])
    beyond = set(ucj_data.figures()["region_code"]) | set(
        stats.loc[~stats["indicator"].isin([*VILLAGE_COUNTS, "village_fund_idr"]),
                  "region_code"])
    assert profiled == beyond
    assert len(counts_only - beyond) > 400  # the counts alone make no profile
    assert "9403" not in profiled and "18" in profiled  # Kabupaten Jayapura; Lampung


def rows_of(path):
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        return reader.fieldnames, list(reader)


def test_writing_the_counts_keeps_every_other_row_and_column(tmp_path):
    t = tool()
    path = tmp_path / "statistics.csv"
    header = ["statistic_id", "region_code", "indicator", "value_text", "extra"]
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(header)
        writer.writerow(["bps-36-employed-2025-08", "36", "employed_persons", "5,8 juta", "x"])
        writer.writerow(["kemendagri-36-villages-2025", "36", "villages", "1", ""])
        writer.writerow(["kemenkeu-00-fund-2025", "00", "village_fund_idr", "Rp69 triliun", ""])
    counts = [{"region_code": "36", "kemendagri_code": "36", "kelurahan": 314, "desa": 1_238,
               "desa_adat": 0}]
    made = t.village_statistics(counts, [{"region_code": "36", "name": "Banten"}])
    assert t.merge_statistics(path, made) == (2, 2)
    first = path.read_bytes()
    columns, rows = rows_of(path)
    assert columns == header  # no column added (the file has no confidence), none lost
    assert [r["statistic_id"] for r in rows] == [
        "bps-36-employed-2025-08", "kemendagri-36-villages-2025", "kemendagri-36-kelurahan-2025",
        "kemenkeu-00-fund-2025"]
    assert rows[0]["extra"] == "x" and rows[1]["extra"] == ""
    assert (rows[1]["value_text"], rows[2]["value_text"]) == ("1.238", "314")
    t.merge_statistics(path, made)
    assert path.read_bytes() == first  # run again: the same file
