"""Made-up news articles for `extract`, with the rows a person would record from them.

Written for the tests (news style, numbers as Indonesians write them); not sources. Each
article's ``expected`` rows are hand-labelled: value_text, quote, indicator, region_code,
period. ``NO_INDICATOR`` lists numbers that must be drafted without an indicator.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

HERE = Path(__file__).resolve().parent

REGIONS = pd.DataFrame(
    [("00", "Indonesia", "country", None), ("32", "Jawa Barat", "province", "00"),
     ("3201", "Kabupaten Bogor", "regency", "32"), ("3273", "Kota Bandung", "city", "32"),
     ("35", "Jawa Timur", "province", "00"), ("3578", "Kota Surabaya", "city", "35")],
    columns=["region_code", "name", "level", "parent_code"])

# the rules of data/raw/exclusions.csv that hold for every file
EXCLUSIONS = [
    r"\d{1,2}/\d{1,2}/\d{4}",
    r"\d{1,2} (Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|"
    r"November|Desember|Jan|Feb|Mar|Apr|Jun|Jul|Agu|Sep|Okt|Nov|Des)\b( \d{4})?",
    r"[Tt]ahun (19|20)\d{2}( dan (19|20)\d{2})?\b",
]


def row(figure_id, value_text, indicator, region_code, period, quote):
    return {"figure_id": figure_id, "value_text": value_text, "indicator": indicator,
            "region_code": region_code, "period": period, "quote": quote}


@dataclass
class Article:
    file: str
    source_id: str
    event_date: str
    expected: list[dict]
    no_indicator: list[str] = field(default_factory=list)

    def text(self) -> str:
        return (HERE / self.file).read_text(encoding="utf-8")


ARTICLES = [
    Article("bogor.txt", "test-bogor", "2025-09-17", [
        row("bogor-active", "mencapai 812.450", "active_participants", "3201", "2025-08",
            "jumlah peserta aktif di Kabupaten Bogor mencapai 812.450 pekerja"),
        row("bogor-coverage", "36,8 persen", "coverage_pct", "3201", "2025-08",
            "Angka itu setara dengan 36,8 persen dari total pekerja"),
        row("bogor-uncovered", "sekitar 1,39 juta", "uncovered_workers", "3201", "2025-08",
            "masih ada sekitar 1,39 juta pekerja yang belum terlindungi"),
        row("bogor-claims", "Rp1,2 triliun", "claims_paid_idr", "3201", "2024",
            "BPJS Ketenagakerjaan membayarkan klaim sebesar Rp1,2 triliun"),
        row("bogor-recipients", "64.310", "claim_recipients", "3201", "2024",
            "membayarkan klaim sebesar Rp1,2 triliun kepada 64.310 peserta"),
        row("bogor-funded", "15.000", "vulnerable_funded", "3201", "2025",
            "Pemkab Bogor melalui APBD 2025 membiayai iuran bagi 15.000 pekerja rentan"),
        row("bogor-target", "45 persen", "target_coverage_pct", "3201", "2026-12",
            "Bupati Bogor menargetkan cakupan kepesertaan naik menjadi 45 persen"),
    ], no_indicator=["2025"]),
    Article("surabaya.txt", "test-surabaya", "2025-04-10", [
        row("sby-active", "1.024.117", "active_participants", "3578", "2025-03-31",
            "sebanyak 1.024.117 pekerja di Kota Surabaya telah terdaftar sebagai peserta "
            "aktif"),
        row("sby-coverage", "sekitar 71,4 persen", "coverage_pct", "3578", "2025-03-31",
            "atau sekitar 71,4 persen dari total pekerja"),
        row("jatim-coverage", "mencapai 41,2 persen", "coverage_pct", "35", "2025-04-10",
            "cakupan kepesertaan di Provinsi Jawa Timur secara keseluruhan baru mencapai "
            "41,2 persen"),
        row("jatim-claims", "lebih dari Rp5,8 triliun", "claims_paid_idr", "35", "2024",
            "BPJS Ketenagakerjaan Jawa Timur menyalurkan manfaat klaim lebih dari Rp5,8 "
            "triliun"),
        row("sby-benefit", "Rp42 juta", "benefit_paid_idr", "3578", "2025-04-10",
            "diserahkan santunan kematian sebesar Rp42 juta"),
        row("sby-contribution", "Rp16.800 per bulan", "contribution_idr", "3578",
            "2025-04-10", "Iuran program JKK dan JKM bagi pekerja bukan penerima upah hanya "
            "Rp16.800 per bulan"),
        row("id-workforce", "144,64 juta", "workforce", "00", "2024-08",
            "jumlah penduduk bekerja tercatat 144,64 juta orang pada Agustus 2024"),
    ]),
    Article("bandung.txt", "test-bandung", "2025-07-14", [
        row("bdg-coverage", "mencapai 58,2 persen", "coverage_pct", "3273", "2025-06",
            "Capaian Universal Coverage Jamsostek (UCJ) di Kota Bandung hingga akhir Juni "
            "2025 mencapai 58,2 persen"),
        row("bdg-active", "743 ribu", "active_participants", "3273", "2025-06",
            "atau 743 ribu pekerja aktif"),
        row("bdg-target", "65 persen", "target_coverage_pct", "3273", "2026",
            "target kepesertaan tahun 2026 dipatok 65 persen"),
        row("bdg-funded", "62.500", "vulnerable_funded", "3273", "2025-07-14",
            "membayar iuran 62.500 pekerja rentan"),
    ], no_indicator=["Rp12,5 miliar", "kurang dari 30 persen", "2.315"]),
]
