"""The HTML report as a reader gets it, checked structurally: both languages, titles,
navigation, alt text, no code, no NBVAL markers, nothing loaded from outside, every
finding reachable from the index and every table downloadable.

The report is made once for the module, from a copy of the project (its data and
notebooks), so the repository's reports/ and notebooks/ are not touched.
"""

from __future__ import annotations

import functools
import json
import re
import shutil
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup

import ucj_data
from tests.conftest import REPO
from ucj_data.metadata.labels import table_label
from ucj_data.present import findings
from ucj_data.present.findings import FINDINGS
from ucj_data.present.html_report import report
from ucj_data.present.notebook_language import cell_texts
from ucj_data.present.profile import SECTIONS, profile_regions

LANGS = ("id", "en")
NOTEBOOKS = sorted((REPO / "notebooks").glob("[0-9]*.ipynb"))
PROFILE = REPO / "notebooks" / "06_region_profile.ipynb"


# the profiles the report makes here (--region): two, to keep the module's one report short;
# that every region with figures or statistics gets one is tests/unit/present (kernel_groups)
# and ucj_data.present.html_report.profiled
PROFILED = profile_regions()[:2]


def page_names(nb: Path) -> list[str]:
    """The pages made of notebook ``nb``: one, or one per region for the region profile."""
    if nb != PROFILE:
        return [nb.stem]
    return [f"{nb.stem}-{code}" for code in PROFILED]


PAGES = [name for nb in NOTEBOOKS for name in page_names(nb)]


@pytest.fixture(scope="module")
def reports(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("report")
    for part in ("data/raw", "seeds", "data/processed", "notebooks"):
        shutil.copytree(REPO / part, root / part)
    # one kernel for all the runs: the least work (two at once: tests/unit/io/test_roots.py)
    report(root, jobs=1, log=lambda _msg: None, regions=PROFILED)
    return root / "reports"


def pages(reports: Path) -> list[Path]:
    return sorted(reports.rglob("*.html"))


@functools.cache
def soup(path: Path) -> BeautifulSoup:
    """The page parsed once for the module: the report is made once and the tests only
    read it."""
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def test_both_languages_have_an_index_and_every_notebook(reports):
    for lang in LANGS:
        assert (reports / lang / "index.html").is_file()
        for name in PAGES:
            page = soup(reports / lang / f"{name}.html")
            assert page.html["lang"] == lang
    front = soup(reports / "index.html")
    assert {a["href"] for a in front.find_all("a")} == {f"{lang}/index.html" for lang in LANGS}


def test_every_page_has_a_real_title(reports):
    titles = [soup(p).title.get_text(strip=True) for p in pages(reports)]
    assert all(titles) and not any(t == "Notebook" for t in titles)
    assert len(set(titles)) == len(titles)  # every page, in each language, its own title


def test_nothing_is_loaded_from_outside_and_every_link_resolves(reports):
    for path in pages(reports):
        page = soup(path)
        assert not page.find_all("script"), path
        for tag in page.find_all(src=True) + page.find_all(href=True):
            url = tag.get("src") or tag.get("href")
            parts = urlsplit(url)
            assert not parts.scheme or parts.scheme == "data", f"{path}: external {url}"
            assert not url.startswith("//"), f"{path}: external {url}"
            if not parts.scheme and parts.path:
                assert (path.parent / parts.path).resolve().exists(), f"{path}: broken {url}"
            if parts.fragment and parts.path:  # an anchor on another page exists there
                target = soup(path.parent / parts.path)
                assert target.find(id=parts.fragment), f"{path}: no #{parts.fragment}"
    css = (reports / "report.css").read_text(encoding="utf-8")
    assert "@import" not in css and not re.search(r"url\(", css)


def test_pages_link_the_index_their_neighbours_and_the_other_language(reports):
    for lang in LANGS:
        other = next(o for o in LANGS if o != lang)
        for i, name in enumerate(PAGES):
            links = {a["href"]: a.get("rel", []) for a in
                     soup(reports / lang / f"{name}.html").find_all("a", href=True)}
            assert "index.html" in links
            assert f"../{other}/{name}.html" in links
            if i > 0:
                assert f"{PAGES[i - 1]}.html" in links
            if i + 1 < len(PAGES):
                assert f"{PAGES[i + 1]}.html" in links


def test_every_image_has_alt_text_and_no_code_or_marker_is_shown(reports):
    n_images = 0
    for path in pages(reports):
        text = path.read_text(encoding="utf-8")
        assert "NBVAL" not in text, path
        page = soup(path)
        assert not page.select("pre.code"), f"{path}: code shown without --show-code"
        assert "import ucj_data" not in text, path
        for img in page.find_all("img"):
            n_images += 1
            assert img.get("alt", "").strip(), f"{path}: an image without alt text"
    assert n_images > 0


def test_each_page_is_in_one_language(reports):
    # the other language's text of every Markdown cell is absent from a page
    for nb_path in NOTEBOOKS:
        nb = json.loads(nb_path.read_text(encoding="utf-8"))
        texts = [cell_texts(c) for c in nb["cells"] if c["cell_type"] == "markdown"]
        for lang in LANGS:
            other = next(o for o in LANGS if o != lang)
            for name in page_names(nb_path):
                page = soup(reports / lang / f"{name}.html").get_text(" ")
                for t in texts:
                    if lang in t and other in t and t[lang] != t[other]:
                        first = re.sub(r"[#*`]", "", t[other]).strip().splitlines()[0]
                        shown = re.search(rf"\b{re.escape(first.strip())}\b", page)
                        assert not shown, f"{name} ({lang}) shows {first!r}"


def plain(markdown: str) -> str:
    return " ".join(re.sub(r"[*_`]", "", markdown).split())


def test_every_finding_is_on_its_page_in_each_language(reports):
    for name, notebook in FINDINGS.items():
        for lang in LANGS:
            page = " ".join(soup(reports / lang / f"{notebook}.html").get_text(" ").split())
            page = re.sub(r"\s+([.,;:)])", r"\1", page).replace("( ", "(")
            sentence = plain(findings.render(name, lang=lang)).split(". ")[0]
            assert sentence in page, f"{notebook} ({lang}): finding {name!r} not shown"


def test_every_table_can_be_downloaded_from_each_index(reports):
    package = json.loads((REPO / "data" / "processed" / "datapackage.json").read_text())
    for lang in LANGS:
        index = soup(reports / lang / "index.html")
        hrefs = {a["href"] for a in index.find_all("a")}
        assert "../data/datapackage.json" in hrefs
        # and one Excel workbook, its headers in the page's language
        workbook = f"../data/ucj-data-{lang}.xlsx"
        assert workbook in hrefs and (reports / lang / workbook).is_file()
        text = index.get_text(" ")
        for resource in package["resources"]:  # described in the page's language
            assert table_label(resource["name"], lang) in text, (lang, resource["name"])
        for resource in package["resources"]:
            for ext in ("csv", "parquet"):
                href = f"../data/{resource['name']}.{ext}"
                assert href in hrefs and (reports / lang / href).is_file(), href



def test_each_region_profile_is_about_its_region(reports):
    regions = ucj_data.regions().set_index("region_code")["name"]
    for lang in LANGS:
        for code in PROFILED:
            page = soup(reports / lang / f"{PROFILE.stem}-{code}.html")
            assert regions[code] in page.title.get_text(), (lang, code)
            text = " ".join(page.get_text(" ").split())
            text = re.sub(r"\s+([.,;:)])", r"\1", text).replace("( ", "(")
            for section in SECTIONS:  # every section's finding about this region is shown
                sentence = plain(findings.render(section, lang, region=code)).split(". ")[0]
                assert sentence in text, (lang, code, section)
            others = [n for c, n in regions.items() if c != code and n not in regions[code]]
            title = page.title.get_text()
            assert not any(n in title for n in others), (lang, code, title)
