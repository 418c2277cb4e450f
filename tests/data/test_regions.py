"""The regions table: Indonesia, every province and kabupaten/kota, and the crosswalk
between BPS's codes (the key) and Kemendagri's where the two differ."""

from __future__ import annotations

import json

import pytest

import ucj_data
from tests.conftest import REPO


@pytest.fixture(scope="module")
def regions():
    return ucj_data.regions().set_index("region_code")


def test_every_province_and_kabupaten_kota_once(regions):
    # Kemendagri's list: 38 provinces since Papua Barat Daya (December 2022), and
    # 416 kabupaten + 98 kota = 514
    counts = regions["level"].value_counts()
    assert counts["country"] == 1 and counts["province"] == 38
    assert counts["regency"] + counts["city"] == 514
    assert (counts["regency"], counts["city"]) == (416, 98)
    assert regions["kemendagri_code"].dropna().is_unique


def test_each_kabupaten_kota_lies_in_a_province_and_each_province_in_indonesia(regions):
    level = regions["level"]
    local = regions[level.isin(["regency", "city"])]
    assert (level.reindex(local["parent_code"]).to_numpy() == "province").all()
    assert (regions.loc[level == "province", "parent_code"] == "00").all()
    # the names as Kemendagri writes them carry the level
    assert local.loc[local["level"] == "regency", "name"].str.startswith("Kabupaten ").all()
    assert local.loc[local["level"] == "city", "name"].str.startswith("Kota ").all()


def test_the_seeds_regions_keep_their_codes(regions):
    # the codes the seeds' figures use, as before the gazetteer
    for code, name, level, parent in [("00", "Indonesia", "country", None),
                                      ("36", "Banten", "province", "00"),
                                      ("3604", "Kabupaten Serang", "regency", "36"),
                                      ("18", "Lampung", "province", "00"),
                                      ("1871", "Kota Bandar Lampung", "city", "18")]:
        row = regions.loc[code]
        assert (row["name"], row["level"]) == (name, level)
        assert (row["parent_code"] if isinstance(row["parent_code"], str) else None) == parent


# BPS code -> (name, Kemendagri code, code_basis), typed from BPS's bridging of its codes
# to Kemendagri's (kode wilayah kerja statistik 2020 semester 2, sig.bps.go.id/bridging-kode,
# as saved on 2022-05-22 in github.com/zakiego/Kode-Wilayah-Administrasi-Indonesia-Relasi-
# BPS-Kemendagri, csv/provinsi.csv and csv/kabkota.csv), and the names and Kemendagri codes
# of idn-area-data 4.0.1 (data/provinces.csv, data/regencies.csv)
DIFFER = {
    # Papua and Papua Barat: the two systems swap 91 and 94/92
    "94": ("Papua", "91", "bps_before_split"),
    "91": ("Papua Barat", "92", "bps_before_split"),
    "9403": ("Kabupaten Jayapura", "91.03", "bps_before_split"),
    "9101": ("Kabupaten Fak Fak", "92.03", "bps_before_split"),
    # elsewhere the kabupaten/kota of a province are ordered differently
    "1101": ("Kabupaten Simeulue", "11.09", "bps_differs"),
    "3171": ("Kota Administrasi Jakarta Selatan", "31.74", "bps_differs"),
    "6501": ("Kabupaten Malinau", "65.02", "bps_differs"),
    "8203": ("Kabupaten Kepulauan Sula", "82.05", "bps_differs"),
}


@pytest.mark.parametrize("code", DIFFER)
def test_the_crosswalk_where_the_codes_differ(regions, code):
    name, kemendagri, basis = DIFFER[code]
    assert (regions.at[code, "name"], regions.at[code, "kemendagri_code"],
            regions.at[code, "code_basis"]) == (name, kemendagri, basis)


def test_where_both_agree_the_codes_are_the_same(regions):
    # BPS 3604 = Kemendagri 36.04, BPS 18 = Kemendagri 18 (the bridging)
    assert regions.at["3604", "kemendagri_code"] == "36.04"
    assert regions.at["18", "code_basis"] == "bps_equals_kemendagri"
    same = regions[regions["code_basis"] == "bps_equals_kemendagri"]
    assert (same.index == same["kemendagri_code"].str.replace(".", "")).all()


def test_a_region_without_a_confirmed_bps_code_says_so(regions):
    # Papua Selatan (Kemendagri 93, formed in 2022) and Kabupaten Merauke, which moved to
    # it: the 2020 bridging predates them (Merauke was BPS 9401 in Papua), and no BPS list
    # of after the split was found, so neither gets a BPS code
    for key, kemendagri, name in [("K93", "93", "Papua Selatan"),
                                  ("K9301", "93.01", "Kabupaten Merauke")]:
        assert (regions.at[key, "kemendagri_code"], regions.at[key, "name"],
                regions.at[key, "code_basis"]) == (kemendagri, name, "bps_unconfirmed")
    assert regions.at["K9301", "parent_code"] == "K93"
    # the 4 provinces formed in 2022 with their 4 + 8 + 8 + 6 kabupaten/kota
    assert (regions["code_basis"] == "bps_unconfirmed").sum() == 4 + 26
    assert "9401" not in regions.index


def test_the_regions_resource_names_its_source_and_licence():
    package = json.loads((REPO / "data" / "processed" / "datapackage.json").read_text("utf-8"))
    resource = next(r for r in package["resources"] if r["name"] == "regions")
    assert [lic["name"] for lic in resource["licenses"]] == ["ODbL-1.0"]
    assert any("idn-area-data 4.0.1" in s["title"] for s in resource["sources"])
    assert [lic["name"] for lic in package["licenses"]] == ["CC-BY-4.0"]
    others = [r for r in package["resources"] if r["name"] != "regions"]
    assert not any("licenses" in r for r in others)
