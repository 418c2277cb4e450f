"""The report's HTML pages: notebooks rendered for readers, each language's index, and the
page that lets a reader choose a language.

Every page is one language, links one stylesheet (``report.css``, copied next to the
language folders) and nothing outside the report: images are embedded or relative, links
are relative, so the report works from ``file://`` and as a zip. Code is hidden unless
asked for, ``NBVAL`` markers never shown. Words of the pages are in :data:`TEXT`.
"""

from __future__ import annotations

import base64
import html
import re
from dataclasses import dataclass

from ucj_data.metadata.labels import table_label, value_label
from ucj_data.present.headlines import Card
from ucj_data.text.dates import period_text
from ucj_data.text.locales import LANGS, locale_of
from ucj_data.text.numbers import format_number, format_pct_compact, format_rupiah
from ucj_data.text.units import whole_workers

STYLESHEET = "report.css"
TITLE = {"id": "Universal Coverage Jamsostek: laporan ucj-data",
         "en": "Universal Coverage Jamsostek: the ucj-data report"}
LANGUAGE_NAME = {"id": "Bahasa Indonesia", "en": "English"}
TEXT = {
    "id": {
        "index": "Daftar isi", "previous": "Sebelumnya", "next": "Berikutnya",
        "latest": "Data terbaru: laporan sampai {date}.",
        "intro": "Angka cakupan BPJS Ketenagakerjaan tiap wilayah, dari laporan berita yang "
                 "dicatat kata demi kata, dengan rentang yang dimungkinkan oleh pembulatan "
                 "angka tertulis. Setiap halaman menjawab satu pertanyaan.",
        "regions": "Wilayah", "pages": "Halaman", "charts": "Grafik",
        "downloads": "Unduh tabel",
        "downloads_intro": "Semua tabel, sebagai CSV dan Parquet, dengan deskripsi kolom dan "
                           "sumber di datapackage.json (Frictionless Data Package).",
        "coverage": "Cakupan (basis laporan)",
        "employed": "Cakupan terhadap penduduk bekerja (BPS)",
        "active": "Peserta aktif terakhir",
        "of_employed": "dari {n} penduduk bekerja ({period})",
        "to_target": "Pekerja untuk mencapai {target}",
        "range": "rentang {low} – {high}", "per_recipient": "Klaim per penerima",
        "yearly_cost": "Biaya iuran per tahun", "not_reported": "tidak dilaporkan",
        "reached": "target tercapai", "no_base": "basis tidak diketahui",
        "table": "Tabel", "description": "Isi", "package": "Paket data",
        "scrolls": "Tabel lebar: geser ke samping untuk melihat semua kolom (atau unduh "
                   "tabelnya dari daftar isi).",
        "workbook": "Semua tabel dalam satu buku kerja Excel, dengan judul kolom berbahasa "
                    "Indonesia",
        "generated": "Dibuat oleh ucj-data {version} dari data di data/processed/.",
        "choose": "Pilih bahasa laporan.",
        "workers": "{n} pekerja",
    },
    "en": {
        "index": "Contents", "previous": "Previous", "next": "Next",
        "latest": "Latest data: reports up to {date}.",
        "intro": "BPJS Ketenagakerjaan coverage by region, from news reports recorded word "
                 "for word, with the ranges that the rounding of the written figures allows. "
                 "Each page answers one question.",
        "regions": "Regions", "pages": "Pages", "charts": "Charts",
        "downloads": "Download the tables",
        "downloads_intro": "Every table as CSV and Parquet, with its columns and sources "
                           "described in datapackage.json (a Frictionless Data Package).",
        "coverage": "Coverage (the report's base)",
        "employed": "Coverage of BPS employed persons",
        "active": "Latest active participants",
        "of_employed": "of {n} employed ({period})",
        "to_target": "Workers needed to reach {target}",
        "range": "range {low} – {high}", "per_recipient": "Claims per recipient",
        "yearly_cost": "Yearly contribution cost", "not_reported": "not reported",
        "reached": "target reached", "no_base": "base unknown",
        "table": "Table", "description": "Contents", "package": "Data package",
        "scrolls": "A wide table: scroll sideways to see every column (or download the "
                   "table from the contents page).",
        "workbook": "Every table in one Excel workbook, with English column headers",
        "generated": "Made by ucj-data {version} from the tables in data/processed/.",
        "choose": "Choose the language of the report.",
        "workers": "{n} workers",
    },
}


@dataclass(frozen=True)
class Chart:
    alt: str
    caption: str
    png: bytes


@dataclass(frozen=True)
class Page:
    """One notebook executed in one language, rendered for readers."""

    name: str
    lang: str
    title: str
    body: str  # HTML of the cells
    charts: list[Chart]


def tr(lang: str, key: str, **values) -> str:
    return TEXT[lang][key].format(**values)


def _head(lang: str, title: str, css: str) -> str:
    return (f'<!doctype html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{html.escape(title)}</title>\n"
            f'<link rel="stylesheet" href="{css}">\n</head>\n')


def _nav(lang: str, links: list[tuple[str, str, str]]) -> str:
    """A navigation bar of (href, text, rel) links."""
    items = []
    for href, text, rel in links:
        extra = f' rel="{rel}"' if rel in {"prev", "next", "index"} else ""
        if rel == "alternate":
            other = next(code for code, name in LANGUAGE_NAME.items() if name == text)
            extra = f' rel="alternate" hreflang="{other}" lang="{other}"'
        items.append(f'<a href="{html.escape(href)}"{extra}>{html.escape(text)}</a>')
    return f'<nav class="bar" aria-label="{tr(lang, "pages")}">{" ".join(items)}</nav>\n'


def page_links(pages: list[Page], i: int, other_langs: list[str]) -> list[tuple[str, str, str]]:
    """Index, previous, next and the same page in the other languages built."""
    lang = pages[i].lang
    links = [("index.html", tr(lang, "index"), "index")]
    if i > 0:
        links.append((f"{pages[i - 1].name}.html",
                      f"← {tr(lang, 'previous')}: {pages[i - 1].title}", "prev"))
    if i + 1 < len(pages):
        links.append((f"{pages[i + 1].name}.html",
                      f"{tr(lang, 'next')}: {pages[i + 1].title} →", "next"))
    links += [(f"../{o}/{pages[i].name}.html", LANGUAGE_NAME[o], "alternate")
              for o in other_langs]
    return links


def notebook_page(pages: list[Page], i: int, other_langs: list[str], version: str) -> str:
    page = pages[i]
    nav = _nav(page.lang, page_links(pages, i, other_langs))
    return (_head(page.lang, f"{page.title} · {TITLE[page.lang]}", f"../{STYLESHEET}")
            + f"<body>\n<header>{nav}</header>\n<main>\n{page.body}\n</main>\n"
            f"<footer>{nav}<p>{html.escape(tr(page.lang, 'generated', version=version))}"
            "</p></footer>\n</body>\n</html>\n")


# --- a notebook's cells as HTML --------------------------------------------------------

_ANCHOR = re.compile(r'<a class="anchor-link"[^>]*>.*?</a>')
_STYLE = re.compile(r"<style[^>]*>.*?</style>", re.S)
_MARKER = re.compile(r"^\s*#\s*NBVAL_\w+.*$\n?", re.M)


def markdown_html(text: str) -> str:
    from nbconvert.filters.markdown import markdown2html

    return _ANCHOR.sub("", markdown2html(text))


def cells_html(nb, show_code: bool = False, lang: str = "en") -> tuple[str, list[Chart]]:
    """The notebook's cells as HTML for readers, and its charts with their captions (each
    chart's title, else the heading above it). Code only with ``show_code``, never NBVAL markers."""
    parts, charts, heading = [], [], ""
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            parts.append(f'<section class="text">{markdown_html(cell.source)}</section>')
            found = re.findall(r"^#+\s*(.+)$", cell.source, re.M)
            heading = re.sub(r"[*_`]", "", found[-1]).strip() if found else heading
            continue
        if cell.cell_type != "code":
            continue
        code = _MARKER.sub("", cell.source).strip()
        if show_code and code:
            parts.append(f'<pre class="code"><code>{html.escape(code)}</code></pre>')
        for out in cell.get("outputs", []):
            parts.append(_output_html(out, heading, charts, lang))
    return "\n".join(p for p in parts if p), charts


# a table with more columns than this may not fit a laptop's page: it says it scrolls
WIDE_TABLE = 7
_HEADER_CELL = re.compile(r"<th[ >]")


def _table_html(table: str, lang: str) -> str:
    """A table output; one wider than :data:`WIDE_TABLE` columns says that it scrolls."""
    head = table.split("</tr>", 1)[0]
    wide = len(_HEADER_CELL.findall(head)) > WIDE_TABLE
    hint = f'<p class="scroll-hint">{html.escape(tr(lang, "scrolls"))}</p>' if wide else ""
    return f'{hint}<div class="output">{table}</div>'


def _output_html(out, heading: str, charts: list[Chart], lang: str = "en") -> str:
    kind = out.get("output_type")
    if kind == "stream":
        return "" if out.get("name") == "stderr" else f"<pre>{html.escape(out['text'])}</pre>"
    if kind == "error":
        return f'<pre class="error">{html.escape(out.get("ename", ""))}</pre>'
    data = out.get("data", {})
    if "image/png" in data:
        meta = out.get("metadata", {}).get("image/png", {})
        alt = meta.get("alt", "") or heading
        png = data["image/png"]
        # the chart's own title, so that charts under one heading are told apart
        charts.append(Chart(alt, meta.get("title") or heading, base64.b64decode(png)))
        return (f'<figure id="chart-{len(charts)}"><img src="data:image/png;base64,{png}" '
                f'alt="{html.escape(alt)}"></figure>')
    if "text/html" in data:
        return _table_html(_STYLE.sub("", data["text/html"]), lang)
    if "text/markdown" in data:
        return f'<div class="output">{markdown_html(data["text/markdown"])}</div>'
    if "text/plain" in data:
        return f'<pre class="output">{html.escape(data["text/plain"])}</pre>'
    return ""


# --- each language's index -------------------------------------------------------------

def _workers(value, lang: str) -> str:
    return format_number(whole_workers(float(value)), lang=lang)


Row = tuple[str, str, str]  # a card's line: what, the number, a note beside it


def _coverage_rows(cov, lang: str) -> list[Row]:
    """The coverage on the report's base and the workers still to enrol to the target."""
    if cov is None or not cov.notna().get("coverage_pct", False):
        return [(tr(lang, "coverage"), "–", tr(lang, "not_reported"))]
    return [(tr(lang, "coverage"), format_pct_compact(cov["coverage_pct"], lang=lang),
             period_text(cov["period"], lang)), _to_target_row(cov, lang)]


def _to_target_row(cov, lang: str) -> Row:
    status = cov.get("target_status")
    what = tr(lang, "to_target", target=format_pct_compact(cov["target_pct"], lang=lang))
    if status != "to_reach":
        return (what, "–", tr(lang, status if status in {"reached", "no_base"} else "no_base"))
    low, high = cov.get("workers_to_target_low"), cov.get("workers_to_target_high")
    spread = ""
    if low == low and high == high and low != high:
        spread = tr(lang, "range", low=_workers(low, lang), high=_workers(high, lang))
    return (what, _workers(cov["workers_to_target"], lang), spread)


def _latest_row(seen, lang: str) -> Row:
    return (tr(lang, "active"), _workers(seen["active_participants"], lang),
            f"{period_text(seen['period'], lang)}, "
            f"{value_label('source_kind', seen['source_kind'], lang)}")


def _employed_row(emp, lang: str) -> Row:
    return (tr(lang, "employed"), format_pct_compact(emp["coverage_pct"], lang=lang),
            tr(lang, "of_employed", n=_workers(emp["workforce"], lang),
               period=period_text(emp["denominator_period"], lang)))


def _claims_row(claims, lang: str) -> Row:
    return (tr(lang, "per_recipient"),
            format_rupiah(claims["benefit_per_recipient_idr"], lang=lang),
            period_text(claims["period"], lang))


def _budget_rows(budgets, lang: str) -> list[Row]:
    """One line per case kind: its cost at each package."""
    kinds: dict[str, list] = {}
    for case in budgets:
        kinds.setdefault(str(case["case_kind"]), []).append(case)
    rows = []
    for kind, cases in kinds.items():
        costs = " · ".join(f"{format_rupiah(c['yearly_cost_idr'], lang=lang)} "
                           f"({c['package']})" for c in cases)
        who = tr(lang, "workers", n=_workers(cases[0]["workers"], lang))
        rows.append((f"{tr(lang, 'yearly_cost')}: {value_label('case_kind', kind, lang)}",
                     costs, who))
    return rows


def card_html(card: Card, lang: str) -> str:
    """A region's card: its coverage, then each of its other rows the card has."""
    rows = _coverage_rows(card.coverage, lang)
    for part, row in ((card.latest, _latest_row), (card.employed, _employed_row),
                      (card.claims, _claims_row)):
        if part is not None:
            rows.append(row(part, lang))
    rows += _budget_rows(card.budgets, lang)
    items = "".join(f"<dt>{html.escape(k)}</dt><dd><strong>{html.escape(v)}</strong>"
                    + (f" <span>{html.escape(note)}</span>" if note else "") + "</dd>"
                    for k, v, note in rows)
    return (f'<article class="card"><h3>{html.escape(card.region_name)}</h3>'
            f"<dl>{items}</dl></article>")


def language_index(pages: list[Page], lang: str, cards: list[Card], latest: str | None,
                   tables: list[str], chart_files: dict[str, list[str]],
                   other_langs: list[str], version: str) -> str:
    """A language's index: title, date of the latest data, one card per region, the pages
    with thumbnails of their charts, and the downloads (``tables``: the tables' names)."""
    nav = _nav(lang, [(f"../{o}/index.html", LANGUAGE_NAME[o], "alternate")
                      for o in other_langs])
    when = period_text(latest, lang) if latest else "–"
    out = [_head(lang, TITLE[lang], f"../{STYLESHEET}"), "<body>\n<header>", nav,
           "</header>\n<main>\n", f"<h1>{html.escape(TITLE[lang])}</h1>",
           f'<p class="lead">{html.escape(tr(lang, "intro"))}</p>',
           f'<p class="date">{html.escape(tr(lang, "latest", date=when))}</p>',
           f'<h2>{tr(lang, "regions")}</h2><div class="cards">',
           *(card_html(card, lang) for card in cards), "</div>",
           f'<h2>{tr(lang, "pages")}</h2><ol class="pages">']
    for page in pages:
        thumbs = "".join(
            f'<li><a href="{page.name}.html#chart-{n}"><img src="{html.escape(src)}" '
            f'alt="{html.escape(chart.alt)}" loading="lazy"></a>'
            f"<span>{html.escape(chart.caption)}</span></li>"
            for n, (chart, src) in enumerate(zip(page.charts, chart_files[page.name],
                                                 strict=True), 1))
        out.append(f'<li><a href="{page.name}.html">{html.escape(page.title)}</a>'
                   + (f'<ul class="thumbs">{thumbs}</ul>' if thumbs else "") + "</li>")
    out.append(f'</ol>\n<h2 id="downloads">{tr(lang, "downloads")}</h2>'
               f"<p>{html.escape(tr(lang, 'downloads_intro'))}</p>"
               f'<table class="downloads"><thead><tr><th>{tr(lang, "table")}</th>'
               f'<th>{tr(lang, "description")}</th><th>CSV</th><th>Parquet</th></tr>'
               "</thead><tbody>")
    for name in tables:
        out.append(f"<tr><td>{html.escape(name)}</td>"
                   f"<td>{html.escape(table_label(name, lang))}</td>"
                   f'<td><a href="../data/{name}.csv" download>{name}.csv</a></td>'
                   f'<td><a href="../data/{name}.parquet" download>{name}.parquet</a></td>'
                   "</tr>")
    workbook = f"ucj-data-{lang}.xlsx"
    out.append(f'</tbody></table><p><a href="../data/{workbook}" download>{workbook}</a> '
               f'({html.escape(tr(lang, "workbook"))})</p>'
               f'<p><a href="../data/datapackage.json" download>'
               f'datapackage.json</a> ({tr(lang, "package")})</p>\n</main>\n'
               f"<footer><p>{html.escape(tr(lang, 'generated', version=version))}</p>"
               "</footer>\n</body>\n</html>\n")
    return "".join(out)


def choose_language(langs: list[str]) -> str:
    """The report's front page: its title and a link to each language's index."""
    lang = "id" if "id" in langs else langs[0]
    links = "".join(f'<li><a href="{code}/index.html" hreflang="{code}" lang="{code}">'
                    f"{LANGUAGE_NAME[code]}</a><span lang=\"{code}\">"
                    f"{html.escape(TITLE[code])}</span></li>" for code in langs)
    choose = " / ".join(f'<span lang="{c}">{html.escape(tr(c, "choose"))}</span>'
                        for c in langs)
    return (_head(lang, " / ".join(TITLE[c] for c in langs), STYLESHEET)
            + f"<body>\n<main>\n<h1>{html.escape(TITLE[lang])}</h1>\n<p>{choose}</p>\n"
            f'<ul class="languages">{links}</ul>\n</main>\n</body>\n</html>\n')


def supported(langs) -> list[str]:
    """``langs`` checked, in the package's order, each once."""
    for lang in langs:
        locale_of(lang)
    return [lang for lang in LANGS if lang in set(langs)]
