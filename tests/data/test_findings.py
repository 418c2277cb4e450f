"""The findings are written from the data (ucj_data.present.findings), and the notebooks'
prose types no computed number."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import ucj_data
from ucj_data.present.findings import FINDINGS, render, render_all
from ucj_data.text.units import whole_workers

REPO = Path(__file__).resolve().parents[2]
NOTEBOOKS = sorted((REPO / "notebooks").glob("*.ipynb"))


@pytest.fixture(scope="module")
def english():
    return render_all("en")


@pytest.fixture(scope="module")
def indonesian():
    return render_all("id")


def test_every_notebook_shows_its_findings_from_the_library():
    for name, notebook in FINDINGS.items():
        nb = json.loads((REPO / "notebooks" / f"{notebook}.ipynb").read_text("utf-8"))
        sources = ["".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "code"]
        call = f'findings.render("{name}", lang=LANG)'
        cell = next((s for s in sources if call in s), None)
        assert cell is not None, f"{notebook}: no cell renders the finding {name!r}"
        assert cell.startswith("# NBVAL_CHECK_OUTPUT"), f"{notebook}: finding not checked"


def test_serang_gap_is_one_number_everywhere(english, indonesian):
    # 0,995 x 786.702 - 400.385 = 382.383,49: 382.384 whole workers; no other gap is written
    for text in (english["coverage"], english["enrolment"]):
        assert "382,384" in text and "382,383" not in text
    assert "**382,384 more active participants**" in english["coverage"]
    # 382.383,49 / 20 years = 19.119,17 a year -> 19.120 whole workers
    assert "**382,384 more covered workers in 20 years, 19,120 a year**" in english["enrolment"]
    assert "**382.384 peserta aktif lagi**" in indonesian["coverage"]


def test_projection_total_agrees_with_coverage():
    cov = ucj_data.coverage()
    serang = cov.loc[cov["region_code"] == "3604"].iloc[0]
    default = ucj_data.project_enrolment(region_codes=["3604"])
    # 382.383,49 rounded up = 382.384 = workers_to_target
    assert whole_workers(default["net_new"].sum()) == serang["workers_to_target"] == 382_384


def test_one_paragraph_per_region_each_naming_it(english):
    # a paragraph per coverage row, each opening with its region, in the regions table's
    # order: Banten (36) before Kabupaten Serang (3604), whatever regions are added
    paragraphs = english["coverage"].split("\n\n")
    named = [p.split(",")[1].strip().split(" had")[0] for p in paragraphs]
    assert len(named) == len(ucj_data.coverage())
    assert named.index("Banten") < named.index("Kabupaten Serang")
    assert render("coverage", "en", region="3604") == paragraphs[named.index(
        "Kabupaten Serang")]


def test_findings_keep_their_conventions(english, indonesian):
    assert "*461 ribu*" in english["sources"]  # words of a source stay as written
    assert "not a BPS count" in english["coverage"]
    # Banten: 2,7 juta (2,65-2,75 juta) / 42,9% (42,85-42,95%): 6.169.965 to 6.417.736
    assert "6,169,965 to 6,417,736 workers" in english["coverage"]
    assert "6.169.965 sampai 6.417.736 pekerja" in indonesian["coverage"]
    # 21.234 x Rp16.800 x 12 = Rp4.280.774.400
    assert "21.234 × Rp16.800 × 12 = **Rp4,3 miliar per tahun**" in indonesian["budget"]
    # a flagged figure is said to be kept, with its flag in words
    assert "(*sekitar Rp6.800 per hari*) is kept as written and flagged: doubtful unit" \
        in english["sources"]
    # claims for a year still running are year to date, up to the sources' latest date
    # (msn-serang and fokustv-serang report them on 9 December 2025)
    assert "In 2025 up to 2025-12-09 (year to date)" in english["claims"]
    assert "Sepanjang 2025 sampai 2025-12-09" in indonesian["claims"]
    # Lampung's path starts from its observation (August 2025), not from a target
    assert "not from an observation" not in english["enrolment"]
    assert "in Lampung by 2045, from 2025, means **2,099,000 more covered workers" \
        in english["enrolment"]


def test_a_region_without_rows_gets_one_line():
    # Kota Bandar Lampung (1871) has no coverage row
    assert render("coverage", "en", region="1871") == (
        "The data holds no coverage figures (active participants with a coverage or a "
        "workforce) for Kota Bandar Lampung.")
    assert render("coverage", "id", region="1871").startswith("Data tidak memuat angka cakupan")


def test_unknown_finding_and_language_are_refused():
    with pytest.raises(ValueError, match="unknown finding"):
        render("nope")
    with pytest.raises(ValueError, match="lang"):
        render("sources", lang="fr")


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text("utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new), "utf-8")


def test_changing_figures_changes_the_findings(project):
    """Two figures changed in a copy of the data, in figures.csv and verbatim in the seeds.

    Serang's uncovered workers 386.317 -> 386.000 (both reports that give it), and Banten's
    coverage 42,9 persen -> 45,0 persen.
    """
    figures_csv = project / "data/raw/figures.csv"
    for old, new in (("386.317", "386.000"), ("42,9 persen", "45,0 persen")):
        _replace(figures_csv, old, new)
        for seed in (project / "seeds").glob("*.txt"):
            if old in seed.read_text("utf-8"):
                _replace(seed, old, new)
    found = render_all("en", root=project)
    # Serang: 400.385 + 386.000 = 786.385 workers; 0,995 x 786.385 = 782.453,075;
    # - 400.385 = 382.068,075 -> 382.069 whole workers
    assert "among 786,385 workers" in found["coverage"]
    assert "**382,069 more active participants**" in found["coverage"]
    # Banten: 2,7 juta / 45% = 6.000.000 workers; 0,995 x 6.000.000 - 2.700.000 = 3.270.000
    assert "among 6,000,000 workers" in found["coverage"]
    assert "**3,270,000 more active participants**" in found["coverage"]
    # enrolment: 382.068,075 over 20 years = 19.103,40 a year -> 19.104
    assert "**382,069 more covered workers in 20 years, 19,104 a year**" in found["enrolment"]
    # 386.000 x Rp16.800 x 12 = Rp77.817.600.000 -> IDR 77.8 billion; Banten
    # 6.000.000 - 2.700.000 = 3.300.000 x 16.800 x 12 = Rp665.280.000.000 -> IDR 665.3 billion
    assert "386,000 × IDR 16,800 × 12 = **IDR 77.8 billion a year**" in found["budget"]
    assert "3,300,000 × IDR 16,800 × 12 = **IDR 665.3 billion a year**" in found["budget"]
    # and the package's own data is unchanged
    assert "382,384" in render("coverage")


# --------------------------------------------------------------------------------------------
# No computed number typed in the notebooks' Markdown
# --------------------------------------------------------------------------------------------

#: What a Markdown cell of notebooks/ may write in digits: none of it is computed.
ALLOWED_NUMBERS = (
    (re.compile(r"\b(?:UU|Inpres|PP|Permenaker) \d+/(?:19|20)\d\d\b"), "a regulation"),
    (re.compile(r"^# 0\d(?= ·)"), "the notebook's number in its title"),
    (re.compile(r"(?<![\d.,])(?:19|20)\d\d(?![\d%]|[.,]\d)"), "a year (2025, 2045, 2025–2045)"),
    (re.compile(r"(?<![\d.,])99,5%"), "the 99,5% target, a parameter of the question"),
)


def _unexplained_numbers(text: str) -> list[str]:
    for pattern, _why in ALLOWED_NUMBERS:
        text = pattern.sub(lambda m: " " * len(m.group()), text)
    return re.findall(r"\d(?:[\d.,]*\d)?", text)


def test_the_allow_list_is_small_and_strict():
    assert _unexplained_numbers("# 01 · What the sources say, 2025–2045, 99,5%") == []
    assert _unexplained_numbers("(UU 59/2024; Inpres 8/2025)") == []
    assert _unexplained_numbers("must add 382.384 workers") == ["382.384"]
    assert _unexplained_numbers("covered 50,87%, 12,5 juta") == ["50,87", "12,5"]
    assert _unexplained_numbers("## Section 3") == ["3"]
    assert _unexplained_numbers("42,9%") == ["42,9"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_markdown_cells_type_no_computed_number(path):
    nb = json.loads(path.read_text("utf-8"))
    for cell in nb["cells"]:
        if cell["cell_type"] != "markdown":
            continue
        texts = cell.get("metadata", {}).get("ucj_data", {}).get("text", {})
        text = "".join(cell["source"])
        # the cell's text in every language
        found = [n for t in (text, *texts.values()) for n in _unexplained_numbers(t)]
        assert not found, (
            f"{path.name}: numbers typed in Markdown {found} in:\n{text}\n"
            "render them from the tables (ucj_data.present.findings) instead"
        )


def test_denominators_and_villages_by_hand(english, indonesian):
    text = english["denominators"]
    # Banten: 2,7 juta / 42,9% = 6.293.706 workers; / 6,05 juta employed = 104,03%
    assert "**6,293,706 workers**, 104.03% of the 6,050,000 employed persons" in text
    # Lampung: 1.149.447 / 0,3839 = 2.994.131; / 4.853.380 employed = 61,69%
    assert "**2,994,131 workers**, 61.69% of the 4,853,380" in text
    villages = english["villages"]
    # 2.446 desa x 100 = 244.600; 100 x 16.800 x 12 = Rp20.160.000
    assert "Lampung's 2,446 desa is **244,600 workers**" in villages
    assert "**IDR 20.2 million a year**" in villages
    # Rp69 triliun / 75.259 = Rp916,83 juta; 20.160.000 / 916.833.867 = 2,199% -> 2,20%
    assert "2.20% of an average Dana Desa allocation (IDR 916.8 million)" in villages
    trends = english["trends"]
    # Indonesia, Kemnaker alone: (41,38 / 41,56)^(12/14) - 1 = -0,37% a year
    assert "the count changed by -0.37% a year: *needs faster growth than achieved*" \
        in trends
    # Lampung's two counts are of two publishers: no growth, and the verdict says why
    assert "*not comparable (earlier observations of another source)*" in trends
    assert "**244.600 pekerja**" in indonesian["villages"]


def test_changing_statistics_changes_the_findings(project):
    """In a copy of the data: Lampung 2.446 -> 2.500 desa; Banten's November 2025 employed
    persons 6,05 -> 6,00 juta."""
    stats_csv = project / "data/raw/statistics.csv"
    _replace(stats_csv, "kemendagri-18-villages-2025,18,villages,2025,2.446",
             "kemendagri-18-villages-2025,18,villages,2025,2.500")
    _replace(stats_csv, '"6,05 juta"', '"6,00 juta"')
    found = render_all("en", root=project)
    # 2.500 desa x 100 = 250.000 workers; 250.000 / 4.142.114 = 6,04%
    assert "Lampung's 2,500 desa is **250,000 workers**" in found["villages"]
    assert "6.04% of the 4,142,114 workers" in found["villages"]
    # 2,7 juta / 6,00 juta = 45%; 6.293.706 / 6.000.000 = 104,895% -> 104,90%
    assert "Against the 6,000,000 employed persons BPS counted (2025-11), the same " \
        "participants are 45%" in found["coverage"]
    assert "104.90% of the 6,000,000 employed persons" in found["denominators"]
    assert "**244,600 workers**" in render("villages", lang="en")
