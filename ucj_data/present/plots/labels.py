"""Every word the charts print, per language, and how table values become words.

:data:`TEXT` holds the texts of each language of :data:`ucj_data.text.locales.LANGS`, each a
``str.format`` template; :func:`tr` fills one in. :func:`check_lang` checks a ``lang``
argument by the package's one rule (``PARAMETERS["lang"]``). The remaining helpers turn
table values into printed words: region names, missing values, required columns.
"""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from ucj_data.metadata.labels import value_label
from ucj_data.parameters import PARAMETERS
from ucj_data.validate.columns import require_columns

# Every word the charts print, once per language.
TEXT: dict[str, dict[str, str]] = {
    "id": {
        "source": "Sumber: ",
        "sources": "Sumber: ",
        # coverage
        "cov_title": "Cakupan BPJS Ketenagakerjaan per wilayah",
        "cov_x": "Cakupan (% pekerja)",
        "cov_y": "Wilayah (tanggal data)",
        "covered": "Peserta aktif",
        "gap": "Kekurangan menuju target",
        "target": "Target {pct}",
        "to_target": "{n} pekerja lagi",
        "reached": "target tercapai",
        "cov_alt": "Diagram batang horizontal cakupan BPJS Ketenagakerjaan terhadap target "
        "{target}: {items}.",
        "cov_alt_item": "{region} {pct} ({period}), {gap}",
        "cov_alt_gap": "perlu {n} pekerja lagi",
        # enrolment
        "enr_title": "Pekerja yang perlu didaftarkan per tahun: {region}",
        "enr_y": "Pekerja didaftarkan per tahun",
        "year": "Tahun",
        "total": "total {y0}\u2013{y1}: {n}",
        "enr_alt": "Diagram batang pekerja yang perlu didaftarkan per tahun di {region} "
        "untuk {n} skenario: {items}.",
        "enr_alt_item": "{label}total {total} pada {y0}\u2013{y1}, tertinggi {peak} pada "
        "{peak_year}",
        "enr_alt_same": "{label}total {total} pada {y0}\u2013{y1}, {peak} sama setiap tahun",
        "all": "semua tahun",
        # scenario labels
        "growth": "pertumbuhan {x}",
        "churn": "peserta keluar {x}/tahun",
        "target_by": "target {pct} pada {year}",
        "target_only": "target {x}",
        "target_year": "target tahun {x}",
        "path_linear": "jalur linear",
        "path_official": "jalur melalui target resmi",
        # coverage path
        "path_title": "Jalur cakupan yang diperlukan dan target resmi: {region}",
        "path_y": "Cakupan (%)",
        "required": "Jalur yang diperlukan",
        "observed": "Cakupan teramati (basis)",
        "official": "Target resmi",
        "path_alt": "Diagram garis jalur cakupan yang diperlukan di {region}{lines}{official}.",
        "path_alt_line": "{label}dari {p0} pada {y0} hingga {p1} pada {y1}",
        "path_alt_official": ", dengan target resmi {items}",
        # benefits
        "ben_title": "Manfaat klaim per penerima dan per peserta aktif",
        "ben_y": "Manfaat (Rp per orang)",
        "ben_x": "Wilayah (periode)",
        "per_recipient": "Per penerima klaim",
        "per_active": "Per peserta aktif",
        "ben_alt": "Diagram batang manfaat klaim: {items}.",
        "ytd": "(s.d. {date})",
        "ben_alt_item": "{region} ({period}) {values}",
        "ben_alt_recipient": "{v} per penerima klaim",
        "ben_alt_active": "{v} per peserta aktif",
        "and": " dan ",
        # budget
        "bud_title": "Biaya iuran per tahun",
        "bud_x": "Biaya per tahun (Rp)",
        "bud_y": "Kasus",
        "per_month": "/bulan",
        "workers": "{n} pekerja",
        "bud_alt": "Diagram batang horizontal biaya iuran per tahun: {items}.",
        "case": "{region}: {kind} ({period})",
        "vulnerable_funded": "pekerja rentan yang dibiayai",
        "uncovered": "semua pekerja belum terlindungi",
        "bud_scale": "Biaya per tahun (Rp; tiap panel berskala sendiri)",
        "prog_JKK": "kecelakaan kerja",
        "prog_JKM": "kematian",
        "prog_JHT": "hari tua",
        "prog_JP": "pensiun",
        # what each source says
        "src_title": "Angka yang dilaporkan tiap sumber: {indicator}\n{region} ({period})",
        "src_x": "Nilai dilaporkan ({unit})",
        "src_y": "Sumber: angka tertulis",
        "src_kept": "Dipakai",
        "src_aside": "Disisihkan",
        "src_value": "Nilai hasil rekonsiliasi: {v}",
        "src_alt": "Diagram batang angka {indicator} {region} ({period}) menurut sumber: "
        "{items}; nilai yang dipakai {v} ({status}).",
        "src_alt_item": "{outlet} menulis {text} ({state})",
        "unit_persons": "orang",
        "unit_percent": "%",
        "unit_IDR": "Rp",
        "unit_IDR/day": "Rp per hari",
        "unit_IDR/month": "Rp per bulan",
        "unit_IDR/year": "Rp per tahun",
        "unit_IDR/period": "Rp per periode",
        "unit_workers/village": "pekerja per desa",
        "unit_villages": "desa",
        # active participants over time (history.py)
        "his_title": "Peserta aktif BPJS Ketenagakerjaan, {region}",
        "his_x": "Tahun",
        "his_y": "Peserta aktif (orang)",
        "his_seed": "Dilaporkan (berita)",
        "his_official": "Statistik resmi",
        "his_targets": "Target resmi",
        "his_path": "Garis lurus ke {pct} pada {year}",
        "his_stats_note": "Statistik resmi: {items}.",
        "his_alt": "Grafik garis peserta aktif di {region}: {points}{targets}{path}.",
        "his_alt_targets": "; target resmi {items}",
        "his_alt_path": "; garis lurus ke {pct} pekerja ({n} orang) pada {year}",
    },
    "en": {
        "source": "Source: ",
        "sources": "Sources: ",
        # coverage
        "cov_title": "BPJS Ketenagakerjaan coverage by region",
        "cov_x": "Coverage (% of workers)",
        "cov_y": "Region (date of data)",
        "covered": "Active participants",
        "gap": "Gap to target",
        "target": "Target {pct}",
        "to_target": "{n} more workers",
        "reached": "target reached",
        "cov_alt": "Horizontal bar chart of BPJS Ketenagakerjaan coverage against the "
        "{target} target: {items}.",
        "cov_alt_item": "{region} {pct} ({period}), {gap}",
        "cov_alt_gap": "{n} more workers needed",
        # enrolment
        "enr_title": "Workers to enrol each year: {region}",
        "enr_y": "Workers enrolled per year",
        "year": "Year",
        "total": "total {y0}\u2013{y1}: {n}",
        "enr_alt": "Bar charts of the workers to enrol each year in {region} for {n} "
        "scenarios: {items}.",
        "enr_alt_item": "{label}total {total} in {y0}\u2013{y1}, at most {peak} in {peak_year}",
        "enr_alt_same": "{label}total {total} in {y0}\u2013{y1}, {peak} the same every year",
        "all": "all years",
        # scenario labels
        "growth": "growth {x}",
        "churn": "churn {x}/year",
        "target_by": "target {pct} by {year}",
        "target_only": "target {x}",
        "target_year": "target by {x}",
        "path_linear": "linear path",
        "path_official": "path through official targets",
        # coverage path
        "path_title": "Required coverage path and official targets: {region}",
        "path_y": "Coverage (%)",
        "required": "Required path",
        "observed": "Observed coverage (base)",
        "official": "Official target",
        "path_alt": "Line chart of the coverage path required in {region}{lines}{official}.",
        "path_alt_line": "{label}from {p0} in {y0} to {p1} in {y1}",
        "path_alt_official": ", with official targets {items}",
        # benefits
        "ben_title": "Claim benefits per recipient and per active participant",
        "ben_y": "Benefit (IDR per person)",
        "ben_x": "Region (period)",
        "per_recipient": "Per claim recipient",
        "per_active": "Per active participant",
        "ben_alt": "Bar chart of claim benefits: {items}.",
        "ytd": "(year to {date})",
        "ben_alt_item": "{region} ({period}) {values}",
        "ben_alt_recipient": "{v} per claim recipient",
        "ben_alt_active": "{v} per active participant",
        "and": " and ",
        # budget
        "bud_title": "Yearly contribution cost",
        "bud_x": "Yearly cost (IDR)",
        "bud_y": "Case",
        "per_month": "/month",
        "workers": "{n} workers",
        "bud_alt": "Horizontal bar chart of yearly contribution costs: {items}.",
        "case": "{region}: {kind} ({period})",
        "vulnerable_funded": "vulnerable workers funded",
        "uncovered": "all uncovered workers",
        "bud_scale": "Yearly cost (IDR; each panel has its own scale)",
        "prog_JKK": "work accident",
        "prog_JKM": "death",
        "prog_JHT": "old-age savings",
        "prog_JP": "pension",
        # what each source says
        "src_title": "Figures reported by each source: {indicator}\n{region} ({period})",
        "src_x": "Reported value ({unit})",
        "src_y": "Source: figure as written",
        "src_kept": "Kept",
        "src_aside": "Set aside",
        "src_value": "Reconciled value: {v}",
        "src_alt": "Bar chart of {indicator} in {region} ({period}) by source: {items}; "
        "value kept {v} ({status}).",
        "src_alt_item": "{outlet} wrote {text} ({state})",
        "unit_persons": "persons",
        "unit_percent": "%",
        "unit_IDR": "IDR",
        "unit_IDR/day": "IDR per day",
        "unit_IDR/month": "IDR per month",
        "unit_IDR/year": "IDR per year",
        "unit_IDR/period": "IDR per period",
        "unit_workers/village": "workers per village",
        "unit_villages": "villages",
        # active participants over time (history.py)
        "his_title": "BPJS Ketenagakerjaan active participants, {region}",
        "his_x": "Year",
        "his_y": "Active participants (persons)",
        "his_seed": "Reported (news)",
        "his_official": "Official statistic",
        "his_targets": "Official target",
        "his_path": "Straight line to {pct} by {year}",
        "his_stats_note": "Official statistics: {items}.",
        "his_alt": "Line chart of active participants in {region}: {points}{targets}{path}.",
        "his_alt_targets": "; official targets {items}",
        "his_alt_path": "; straight line to {pct} of workers ({n} persons) by {year}",
    },
}



def check_lang(lang: str) -> str:
    """``lang`` if it is a language of the package; ParameterError (a ValueError) if not."""
    return PARAMETERS["lang"].check(lang)


def tr(lang: str, key: str, **kw) -> str:
    """The text ``key`` in ``lang``, filled in with ``kw``."""
    return TEXT[lang][key].format(**kw)


def indicator_label(indicator: str, lang: str) -> str:
    """The readable name of ``indicator`` in ``lang`` (ucj_data.metadata.labels); an
    indicator outside the vocabulary is shown with its underscores as spaces."""
    return value_label("indicator", indicator, lang).replace("_", " ")


def unit_label(unit: str, lang: str) -> str:
    """The readable name of ``unit`` (a unit of the vocabulary) in ``lang``."""
    return TEXT[lang].get(f"unit_{unit}", str(unit))


def status_label(status: str, lang: str) -> str:
    """What a reconciliation ``status`` means, in ``lang`` (ucj_data.metadata.labels)."""
    return value_label("status", status, lang).replace("_", " ")


def package_label(package: str, lang: str) -> str:
    """A contribution package ('JKK+JKM') with its programmes named in ``lang``
    ('JKK+JKM: kecelakaan kerja, kematian'); programmes without a name are left as written."""
    programmes = [TEXT[lang].get(f"prog_{p.strip()}") for p in str(package).split("+")]
    if not all(programmes):
        return str(package)
    return f"{package}: {', '.join(programmes)}"


def missing(value) -> bool:
    """None or a missing scalar (NaN, NA); a text is never missing."""
    return value is None or (not isinstance(value, str) and bool(pd.isna(value)))


def require(frame, columns: Iterable[str], name: str) -> None:
    """ValueError unless ``frame`` is a DataFrame with every one of ``columns``."""
    require_columns(frame, columns, name)


def region_names(regions: pd.DataFrame | None,
                 table: pd.DataFrame | None = None) -> dict[str, str]:
    """region_code -> name: the region_name column the analysis tables carry, overridden
    by a regions table (region_code, name) when given; {} without either (codes are then
    shown)."""
    names: dict[str, str] = {}
    if table is not None and {"region_code", "region_name"} <= set(table.columns):
        named = table.dropna(subset=["region_name"]).drop_duplicates("region_code")
        names.update(zip(named["region_code"].astype(str), named["region_name"].astype(str),
                         strict=True))
    if regions is not None:
        require(regions, ("region_code", "name"), "regions")
        given = regions.dropna(subset=["name"])
        names.update(zip(given["region_code"].astype(str), given["name"].astype(str),
                         strict=True))
    return names


def bounds(row, column: str) -> tuple[float, float] | None:
    """(low, high) of ``column`` in ``row`` from its <column>_low / _high columns, when both
    are known and differ (a range, not a point); else None."""
    low, high = row.get(f"{column}_low"), row.get(f"{column}_high")
    if missing(low) or missing(high) or float(low) == float(high):
        return None
    return float(low), float(high)


def region_name(code, names: dict[str, str]) -> str:
    """The name of the region ``code``, else the code itself."""
    return names.get(str(code), str(code))
