"""Regenerate data/raw/regions.csv from the pinned idn-area-data release: run by hand.

    .venv/bin/python tools/regions_from_idn_area.py [--tarball FILE] [--villages OUT.csv]

Without ``--tarball`` it runs ``npm pack idn-area-data@<version>`` (the version pinned in
``ucj_data.metadata.gazetteer``) in a temporary folder: that needs npm and the registry,
once, here; the build never does. The tarball's SHA-256 must be the pinned one.

From the package's ``data/provinces.csv`` and ``data/regencies.csv`` it writes one row for
Indonesia, each province and each kabupaten/kota: the official name as Kemendagri writes
it, the level (``Kabupaten ...`` regency, ``Kota ...`` city), the province, the Kemendagri
code and the BPS code, which is the key (``region_code``). The BPS code of each region is
read from BPS's bridging of its codes to Kemendagri's (2020, second semester;
``tools/sources/bps-kemendagri-bridging-2020s2.csv``, see its README); a region it does not
cover (the provinces formed in 2022 and the regencies that moved to them) gets no BPS code:
its key is ``K`` and its Kemendagri code's digits, and ``code_basis`` says so.

``--villages OUT.csv`` also counts the villages of ``data/villages.csv`` per kabupaten/kota
and province: in a Kemendagri village code (``18.71.01.1001``) the first digit of the
village part tells what it is, 1 a kelurahan, 2 a desa, 3 a desa adat (Kabupaten
Jayapura's). The counts are written to OUT.csv only, not to data/raw/.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import re
import subprocess
import sys
import tarfile
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ucj_data.metadata.gazetteer import IDN_AREA_DATA, UNCONFIRMED_PREFIX  # noqa: E402

BRIDGING = ROOT / "tools" / "sources" / "bps-kemendagri-bridging-2020s2.csv"
REGIONS = ROOT / "data" / "raw" / "regions.csv"
COLUMNS = ("region_code", "name", "level", "parent_code", "kemendagri_code", "code_basis")
COUNTRY = {"region_code": "00", "name": "Indonesia", "level": "country", "parent_code": "",
           "kemendagri_code": "", "code_basis": "national"}

# Names the bridging writes otherwise than the package, each checked by hand: abbreviations
# (KEP., DI, DKI), the kabupaten since renamed Toba, and two spellings (Hulu/Ulu, without
# 'Kepulauan'). Any other disagreement stops the script.
REVIEWED_NAMES = {
    "19": "KEP. BANGKA BELITUNG", "21": "KEP. RIAU", "31": "DKI JAKARTA",
    "34": "DI YOGYAKARTA", "12.12": "TOBA SAMOSIR", "64.11": "MAHAKAM HULU",
    "71.09": "SIAU TAGULANDANG BIARO",
}
# the Kemendagri province codes of the island of Papua, whose BPS codes the bridging gives
# as they were before the 2022 split
PAPUA_ISLAND = re.compile(r"^9")
VILLAGE_KINDS = {"1": "kelurahan", "2": "desa", "3": "desa_adat"}


def tarball(path: Path | None, tmp: Path) -> Path:
    """The pinned release's tarball: ``path``, or one fetched with ``npm pack``."""
    if path is None:
        spec = f"{IDN_AREA_DATA['name']}@{IDN_AREA_DATA['version']}"
        out = subprocess.run(["npm", "pack", spec, "--pack-destination", str(tmp)],
                             check=True, capture_output=True, text=True).stdout
        path = tmp / out.strip().splitlines()[-1]
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    if digest != IDN_AREA_DATA["sha256"]:
        sys.exit(f"{path}: SHA-256 {digest}, expected {IDN_AREA_DATA['sha256']} "
                 f"({IDN_AREA_DATA['name']} {IDN_AREA_DATA['version']})")
    return path


def read_member(archive: tarfile.TarFile, name: str) -> list[dict[str, str]]:
    data = archive.extractfile(f"package/data/{name}").read().decode("utf-8")
    return list(csv.DictReader(io.StringIO(data)))


def bare(name: str) -> str:
    """A name without its level word, in capitals without spaces or punctuation."""
    name = re.sub(r"^(Kabupaten|Kota)( Administrasi)? ", "", name)
    return re.sub(r"[^A-Z]", "", name.upper())


def bps_codes() -> dict[str, str]:
    """Kemendagri code -> BPS code, from the bridging, its names checked against ours."""
    with BRIDGING.open(encoding="utf-8") as f:
        return {row["kemendagri_code"]: row for row in csv.DictReader(f)}


def region_rows(provinces, regencies) -> list[dict[str, str]]:
    bridging = bps_codes()
    key: dict[str, str] = {}  # Kemendagri code -> region_code

    def row(kemendagri: str, name: str, level: str, parent: str) -> dict[str, str]:
        found = bridging.get(kemendagri)
        if (found is not None and bare(found["bps_name"]) != bare(name)
                and REVIEWED_NAMES.get(kemendagri) != found["bps_name"]):
            sys.exit(f"{kemendagri} {name!r}: the bridging names it "
                         f"{found['bps_name']!r}; check by hand")
        if found is None:
            code, basis = UNCONFIRMED_PREFIX + kemendagri.replace(".", ""), "bps_unconfirmed"
        else:
            code = found["bps_code"]
            basis = ("bps_before_split" if PAPUA_ISLAND.match(kemendagri)
                     else "bps_equals_kemendagri" if code == kemendagri.replace(".", "")
                     else "bps_differs")
        key[kemendagri] = code
        return {"region_code": code, "name": name, "level": level, "parent_code": parent,
                "kemendagri_code": kemendagri, "code_basis": basis}

    rows = [row(p["code"], p["name"], "province", "00") for p in provinces]
    for r in regencies:
        level = "city" if r["name"].startswith("Kota ") else "regency"
        if level == "regency" and not r["name"].startswith("Kabupaten "):
            sys.exit(f"{r['code']} {r['name']!r}: neither Kabupaten nor Kota")
        rows.append(row(r["code"], r["name"], level, key[r["province_code"]]))
    # each province followed by its regencies and cities, in code order
    order = {r["region_code"]: r for r in rows}
    out = [COUNTRY]
    for p in sorted((r for r in rows if r["level"] == "province"),
                    key=lambda r: r["kemendagri_code"]):
        out.append(p)
        out += sorted((r for r in rows if r["parent_code"] == p["region_code"]),
                      key=lambda r: r["region_code"])
    assert len(out) == len(order) + 1, "a region code twice"
    return out


def village_counts(villages, key: dict[str, str]) -> list[dict[str, object]]:
    """Villages by kind per kabupaten/kota and per province (by both codes)."""
    counts: dict[str, Counter] = {}
    for v in villages:
        kind = VILLAGE_KINDS[v["code"].split(".")[3][0]]
        for kemendagri in (v["code"][:2], v["code"][:5]):
            counts.setdefault(kemendagri, Counter())[kind] += 1
    return [{"region_code": key[k], "kemendagri_code": k,
             **{kind: counts[k][kind] for kind in VILLAGE_KINDS.values()}}
            for k in sorted(counts)]


def write_csv(path: Path, rows: list[dict], columns) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tarball", type=Path,
                        help="the release's tarball (default: fetch it with npm pack)")
    parser.add_argument("--villages", type=Path, help="also write village counts here")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp, \
            tarfile.open(tarball(args.tarball, Path(tmp))) as archive:
        provinces = read_member(archive, "provinces.csv")
        regencies = read_member(archive, "regencies.csv")
        villages = read_member(archive, "villages.csv") if args.villages else []
    rows = region_rows(provinces, regencies)
    write_csv(REGIONS, rows, COLUMNS)
    print(f"{REGIONS.relative_to(ROOT)}: {len(rows)} regions "
          f"({Counter(r['code_basis'] for r in rows)})")
    if args.villages:
        key = {r["kemendagri_code"]: r["region_code"] for r in rows if r["kemendagri_code"]}
        counts = village_counts(villages, key)
        write_csv(args.villages, counts, list(counts[0]))
        print(f"{args.villages}: desa, kelurahan and desa adat of {len(counts)} regions")


if __name__ == "__main__":
    main()
