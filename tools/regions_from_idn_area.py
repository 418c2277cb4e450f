"""Regenerate data/raw/regions.csv from the pinned idn-area-data release: run by hand.

    .venv/bin/python tools/regions_from_idn_area.py [--tarball FILE] [--villages OUT.csv]
        [--statistics]

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

``--statistics`` writes the counts into ``data/raw/statistics.csv`` as official statistics of
each province and kabupaten/kota: desa (indicator ``villages``, desa adat included: they are
desa that receive Dana Desa, see DESA_ADAT) and kelurahan (``urban_villages``), zeros included,
with the decree the package names as its source. It replaces only the rows whose
statistic_id is its own (``kemendagri-<code>-villages-<year>``,
``kemendagri-<code>-kelurahan-<year>``), at the place of the first of them (else at the end),
and keeps every other row, the file's columns and their order: run it again after any edit
of the file and only its own rows change.
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
STATISTICS = ROOT / "data" / "raw" / "statistics.csv"
# The decree idn-area-data 4.0.1 names as its source (docs/references.md of its repository,
# REF-2025-1, which writes the number 300.2.2-2L38; the decree is 300.2.2-2138, issued on
# 25 April 2025, as inforegulasi.com and the Kemendagri announcements of May 2025 write it).
DECREE = ("Kepmendagri 300.2.2-2138 Tahun 2025 (Pemberian dan Pemutakhiran Kode, Data Wilayah "
          "Administrasi Pemerintahan, dan Pulau), as listed in "
          f"{IDN_AREA_DATA['name']} {IDN_AREA_DATA['version']}")
DECREE_YEAR, DECREE_DATE = "2025", "2025-04-25"
# Desa adat count as desa: Kabupaten Jayapura's 14 receive Dana Desa with its 125 desa
# (DPMK Kabupaten Jayapura: Dana Desa 2025 to 139 kampung in 19 distrik; Antara Papua,
# papua.antaranews.com/berita/746501).
DESA_ADAT = "desa_adat"
OWN_ID = re.compile(r"^kemendagri-[a-z0-9]+-(villages|kelurahan)-[0-9]{4}$")
ONE_REPORT = "M"  # the confidence of a statistic one source gives (vocabularies.CONFIDENCE)


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


def thousands(n: int) -> str:
    """``n`` written the Indonesian way: 2.446."""
    return f"{n:,}".replace(",", ".")


def village_statistics(counts, regions) -> list[dict[str, str]]:
    """The statistics rows of desa and kelurahan of each province and kabupaten/kota, in
    the regions table's order (a province, then its kabupaten/kota)."""
    from ucj_data.metadata.vocabularies import CONFIDENCE

    if ONE_REPORT not in CONFIDENCE:
        sys.exit(f"confidence {ONE_REPORT!r} is no longer in the vocabulary "
                 f"({', '.join(CONFIDENCE)}): update ONE_REPORT")
    by_code = {c["region_code"]: c for c in counts}
    where = (f"{IDN_AREA_DATA['name']} {IDN_AREA_DATA['version']} (npm), data/villages.csv")
    rows = []
    for region in regions:
        c = by_code.get(region["region_code"])
        if c is None:
            continue
        code, name = region["region_code"], region["name"]
        adat = c[DESA_ADAT]
        desa = c["desa"] + adat
        with_adat = (f", of which {adat} desa adat (village code ...3xxx), which receive "
                     "Dana Desa like desa" if adat else "")
        common = {"region_code": code, "period": DECREE_YEAR, "publisher": "Kemendagri",
                  "release": DECREE, "release_date": DECREE_DATE,
                  "read_at_url": IDN_AREA_DATA["url"], "read_at_outlet": where,
                  "confidence": ONE_REPORT}
        made = ("Counted from the package's village list by tools/regions_from_idn_area.py "
                "(--statistics); not checked against another source.")
        rows.append({"statistic_id": f"kemendagri-{code.lower()}-villages-{DECREE_YEAR}",
                     "indicator": "villages", "value_text": thousands(desa), **common,
                     "note": f"Desa of {name} (village code ...2xxx){with_adat}. {made}"})
        rows.append({"statistic_id": f"kemendagri-{code.lower()}-kelurahan-{DECREE_YEAR}",
                     "indicator": "urban_villages", "value_text": thousands(c["kelurahan"]),
                     **common,
                     "note": f"Kelurahan of {name} (village code ...1xxx). {made}"})
    return rows


def merge_statistics(path: Path, made: list[dict[str, str]]) -> tuple[int, int]:
    """Write ``made`` into the statistics file at ``path`` in place of its rows of the same
    id pattern (OWN_ID), keeping every other row, the columns and their order (a column
    the file lacks is left out, one it has that ``made`` lacks is left empty). Returns
    (rows kept, rows written)."""
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        columns, rows = list(reader.fieldnames), list(reader)
    own = [i for i, r in enumerate(rows) if OWN_ID.match(r["statistic_id"])]
    at = own[0] if own else len(rows)  # the other rows before the first own row
    others = [r for r in rows if not OWN_ID.match(r["statistic_id"])]
    fitted = [{c: r.get(c, "") for c in columns} for r in made]
    write_csv(path, others[:at] + fitted + others[at:], columns)
    return len(others), len(fitted)


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
    parser.add_argument("--statistics", action="store_true",
                        help="also write desa and kelurahan counts into "
                             "data/raw/statistics.csv (its other rows kept)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp, \
            tarfile.open(tarball(args.tarball, Path(tmp))) as archive:
        provinces = read_member(archive, "provinces.csv")
        regencies = read_member(archive, "regencies.csv")
        villages = (read_member(archive, "villages.csv")
                    if args.villages or args.statistics else [])
    rows = region_rows(provinces, regencies)
    write_csv(REGIONS, rows, COLUMNS)
    print(f"{REGIONS.relative_to(ROOT)}: {len(rows)} regions "
          f"({Counter(r['code_basis'] for r in rows)})")
    if args.villages or args.statistics:
        key = {r["kemendagri_code"]: r["region_code"] for r in rows if r["kemendagri_code"]}
        counts = village_counts(villages, key)
    if args.villages:
        write_csv(args.villages, counts, list(counts[0]))
        print(f"{args.villages}: desa, kelurahan and desa adat of {len(counts)} regions")
    if args.statistics:
        kept, written = merge_statistics(STATISTICS, village_statistics(counts, rows))
        print(f"{STATISTICS.relative_to(ROOT)}: {written} village counts written, "
              f"{kept} other rows kept")


if __name__ == "__main__":
    main()
