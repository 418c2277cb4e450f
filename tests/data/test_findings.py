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


def test_every_notebook_shows_its_finding_from_the_library():
    for name, notebook in FINDINGS.items():
        nb = json.loads((REPO / "notebooks" / f"{notebook}.ipynb").read_text("utf-8"))
        sources = ["".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "code"]
        call = f'findings.render("{name}", lang=LANG)'
        cell = next((s for s in sources if call in s), None)
        assert cell is not None, f"{notebook}: no cell renders the finding {name!r}"
        assert cell.startswith("# NBVAL_CHECK_OUTPUT"), f"{notebook}: finding not checked"


def test_serang_gap_is_one_number_everywhere(english, indonesian):
    # 0,995 x 786.702 - 400.385 = 382.383,49: 382.384 whole workers; one fewer, 382.383,
    # would leave coverage at 100 x 782.768 / 786.702 = 99,49994%; no other gap is written
    for text in (english["coverage_gaps"], english["enrolment"]):
        assert "382,384" in text and "382,383" not in text
    assert "**382,384 more active participants**" in english["coverage_gaps"]
    assert "one worker fewer would leave coverage at 99.49994%" in english["coverage_gaps"]
    assert "**382,384 covered workers in 20 years, 19,120 a year**" in english["enrolment"]
    assert "**382.384 peserta aktif lagi**" in indonesian["coverage_gaps"]


def test_projection_total_agrees_with_coverage():
    cov = ucj_data.coverage()
    serang = cov.loc[cov["region_code"] == "3604"].iloc[0]
    default = ucj_data.project_enrolment(region_codes=["3604"])
    # 382.383,49 rounded up = 382.384 = workers_to_target
    assert whole_workers(default["net_new"].sum()) == serang["workers_to_target"] == 382_384


def test_findings_keep_their_story_and_conventions(english, indonesian):
    assert "9 December 2025" in english["sources"] and "9 Desember 2025" in indonesian["sources"]
    assert "400,385 / 786,702 = 50.89%" in english["sources"]
    assert "400.385 / 786.702 = 50,89%" in indonesian["sources"]
    assert "*461 ribu*" in english["sources"]  # words of a source stay as written
    assert "not a BPS count" in english["coverage_gaps"]
    assert "6.17 million to 6.42 million" in english["coverage_gaps"]
    assert "6,17 juta sampai 6,42 juta" in indonesian["coverage_gaps"]
    assert "year to date" in english["claims_budgets"]
    assert "only the JKM death benefit of IDR 42 million is a fixed statutory amount" \
        in english["claims_budgets"]
    assert "**Rp4,28 miliar per tahun**" in indonesian["claims_budgets"]
    assert "ahead of the straight line" in english["enrolment"]


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
    # sources: 400.385 + 386.000 = 786.385 workers; 400.385 / 786.385 = 50,9146% -> 50.91%
    assert "400,385 active + 386,000 uncovered = 786,385 workers" in found["sources"]
    assert "400,385 / 786,385 = 50.91%" in found["sources"]
    # coverage_gaps: 0,995 x 786.385 = 782.453,075; - 400.385 = 382.068,075 -> 382.069
    assert "**382,069 more active participants**" in found["coverage_gaps"]
    assert "rounded up to whole workers, that is 382,069" in found["coverage_gaps"]
    # Banten: 2,7 juta / 45% = 6.000.000 workers; 0,995 x 6.000.000 - 2.700.000 = 3.270.000
    assert "≈ 6.00 million" in found["coverage_gaps"]
    assert "**about 3.27 million more workers**" in found["coverage_gaps"]
    # enrolment: 382.068,075 over 20 years = 19.103,40 a year -> 19.104
    assert "**382,069 covered workers in 20 years, 19,104 a year**" in found["enrolment"]
    # claims_budgets: 386.000 x Rp16.800 x 12 = Rp77.817.600.000 -> IDR 77.8 billion;
    # Banten 6.000.000 - 2.700.000 = 3.300.000 x 16.800 x 12 = Rp665.280.000.000
    assert "all 386,000 uncovered workers" in found["claims_budgets"]
    assert "IDR 77.8 billion a year" in found["claims_budgets"]
    assert "roughly 3.3 million uncovered workers about IDR 665.3 billion" \
        in found["claims_budgets"]
    # and the package's own data is unchanged
    assert "382,384" in render("coverage_gaps")


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


def test_denominators_finding_by_hand(english, indonesian):
    text = english["denominators"]
    # 2,7 juta / 42,9% = 6.293.706 workers, '6.29 million'
    assert "**6.29 million workers**" in text
    # nearest BPS count to 3 Nov 2025 is November 2025: 2,7 / 6,05 = 44,63%; / 6,48 = 41,67%
    assert "November 2025" in text and "**44.6%**" in text and "41.7%" in text
    # 1.149.447 / 0,3839 = 2,99 juta; / 4.853.380 employed = 61,7% -> '62%'
    assert "2.99 million and 3.16 million workers, 62% and 65%" in text
    # 2.446 desa x 100 = 244.600; 100 x 16.800 x 12 = 20.160.000
    assert "**244,600 workers**" in text and "**IDR 20.16 million a year**" in text
    # Rp69 triliun / 75.259 = Rp916,83 juta; 20.160.000 / 916.833.867 = 2,199% -> '2.2%'
    assert "2.2% of an average Dana Desa allocation" in text and "IDR 916.8 million" in text
    # (687.000 / 578.889)^(12/20) - 1 = 10,82% a year
    assert "10.8% a year" in text
    ind = indonesian["denominators"]
    assert "**244.600 pekerja**" in ind and "**Rp20,16 juta per tahun**" in ind


def test_changing_statistics_changes_the_denominators_finding(project):
    """In a copy of the data: Lampung 2.446 -> 2.500 desa; Banten's November 2025 employed
    persons 6,05 -> 6,00 juta."""
    stats_csv = project / "data/raw/statistics.csv"
    _replace(stats_csv, "kemendagri-18-villages-2025,18,villages,2025,2.446",
             "kemendagri-18-villages-2025,18,villages,2025,2.500")
    _replace(stats_csv, '"6,05 juta"', '"6,00 juta"')
    found = render("denominators", lang="en", root=project)
    # 2.500 desa x 100 = 250.000 workers; 250.000 / 4.142.114 = 6,04% -> 6.0%
    assert "**250,000 workers**, 6.0% of the 4.14 million" in found
    # 2,7 juta / 6,00 juta = 45,0%
    assert "6.00 million employed persons in November 2025" in found
    assert "**45.0%**" in found
    assert "**244,600 workers**" in render("denominators", lang="en")
