"""A researcher's own folder, with only their own region: `ucj-data init`, the demo data
replaced by one source, its figures and its 2025 target; `check`, `build` and `report` exit
0 and every page, in both languages, is about that region and nothing else.

The region and its numbers are made up here (so the test does not depend on the committed
data), and its gap is worked out by hand below.
"""

from __future__ import annotations

import csv
import html
import re
from pathlib import Path

import pytest

import ucj_data
from ucj_data.cli import main

CODE, NAME = "51", "Bali"
TEXT = ("Di Provinsi Bali sebanyak 912.345 pekerja aktif atau 41,20 persen dari 2.214.430 "
        "pekerja telah terlindungi BPJS Ketenagakerjaan. Target cakupan tahun ini sebesar "
        "50 persen atau 1.107.215 peserta aktif.")
FIGURES = [("bali-active", "active_participants", "2025-10-01", "912.345"),
           ("bali-coverage", "coverage_pct", "2025-10-01", "41,20 persen"),
           ("bali-workforce", "workforce", "2025-10-01", "2.214.430"),
           ("bali-target", "target_coverage_pct", "2025", "50 persen"),
           ("bali-target-active", "target_active_participants", "2025", "1.107.215")]
# 0,995 x 2.214.430 = 2.203.357,85; minus 912.345 = 1.291.012,85: 1.291.013 whole workers
GAP = {"en": "1,291,013", "id": "1.291.013"}


def rewrite(path: Path, rows: list[dict]) -> None:
    """``path`` with its header and only ``rows``."""
    with path.open(encoding="utf-8", newline="") as f:
        header = next(csv.reader(f))
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=header, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("own") / "ucj"
    assert main(["init", str(root)]) == 0
    for seed in (root / "seeds").iterdir():
        seed.unlink()
    (root / "seeds" / "100_bali.txt").write_text(TEXT, encoding="utf-8")
    raw = root / "data" / "raw"
    rewrite(raw / "regions.csv", [
        {"region_code": "00", "name": "Indonesia", "level": "country"},
        {"region_code": CODE, "name": NAME, "level": "province", "parent_code": "00"}])
    rewrite(raw / "sources.csv", [{"source_id": "warta-bali", "file": "100_bali.txt",
                                   "outlet": "Warta Bali", "event_date": "2025-10-01",
                                   "language": "id"}])
    rewrite(raw / "figures.csv", [
        {"figure_id": fid, "source_id": "warta-bali", "region_code": CODE,
         "indicator": indicator, "period": period, "value_text": value_text, "quote": TEXT}
        for fid, indicator, period, value_text in FIGURES])
    rewrite(raw / "statistics.csv", [])
    rewrite(raw / "region_aliases.csv", [])
    with (raw / "exclusions.csv").open(encoding="utf-8", newline="") as f:
        general = [row for row in csv.DictReader(f) if not row["file"]]  # no demo seed's
    rewrite(raw / "exclusions.csv", general)
    for command in ("check", "build"):
        assert main(["--root", str(root), command]) == 0, command
    assert main(["--root", str(root), "report", "--jobs", "1"]) == 0
    return root


def page_texts(folder: Path) -> dict[str, str]:
    """Each page of the report, by its path under reports/, as the words a reader sees."""
    out = {}
    for path in sorted((folder / "reports").glob("*/*.html")):
        words = html.unescape(re.sub(r"<[^>]+>", " ", path.read_text(encoding="utf-8")))
        out[str(path.relative_to(folder / "reports"))] = " ".join(words.split())
    return out


def demo_words() -> set[str]:
    """The names of the package's regions and outlets (the demo data), but Indonesia's and
    the own region's (should the package come to hold it too)."""
    names = set(ucj_data.regions()["name"]) | set(ucj_data.sources()["outlet"].dropna())
    return names - {"Indonesia", NAME}


def test_every_page_is_about_the_own_region(folder):
    pages = page_texts(folder)
    assert len(pages) == 2 * 7  # index + 5 thematic notebooks + one profile, per language
    assert {p for p in pages if "06_region_profile" in p} == {
        f"{lang}/06_region_profile-{CODE}.html" for lang in ("en", "id")}
    for page, text in pages.items():
        assert NAME in text, f"{page} does not name {NAME}"
        left = [w for w in demo_words() if w in text]
        assert not left, f"{page} still speaks of {left}"


def test_its_findings_state_its_gap(folder):
    pages = page_texts(folder)
    for lang in ("en", "id"):
        for page in ("02_coverage_gaps", f"06_region_profile-{CODE}", "index"):
            assert GAP[lang] in pages[f"{lang}/{page}.html"], (lang, page)
    assert f"{NAME} had 912,345 active participants" in pages["en/02_coverage_gaps.html"]
    assert f"{NAME} memiliki 912.345 peserta aktif" in pages["id/02_coverage_gaps.html"]
    # what the folder lacks is said in one line, not an error, and once
    assert pages[f"en/06_region_profile-{CODE}.html"].count(
        f"The data holds no claims paid for {NAME}.") == 1


def test_inputs_derived_for_a_call_come_from_the_folder_of_the_tables_given(folder):
    # the README's recipe: the regions table and the sources are the folder's, not the
    # package's (which has no region 51 and no source 'Warta Bali')
    figures = ucj_data.figures(folder)
    coverage = ucj_data.coverage(figures)
    assert coverage.set_index("region_code").at[CODE, "region_name"] == NAME
    path = ucj_data.project_enrolment(figures, region_codes=[CODE])
    assert set(path["region_name"].astype(str)) == {NAME}
    from ucj_data.present import plots

    note = plots.coverage_chart(coverage, lang="en").texts[-1].get_text()
    assert "Warta Bali" in note
    # a call without tables of a folder still reads the package's own data
    assert CODE not in set(ucj_data.coverage()["region_code"])
