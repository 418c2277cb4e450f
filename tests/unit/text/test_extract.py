"""Drafting figures.csv rows from a text: cues, regions, periods, quotes, made-up articles.

Needs none of the package's data: regions and exclusion rules are given (articles/)."""

from __future__ import annotations

import pandas as pd
import pytest

import ucj_data
from tests.unit.text.articles import ARTICLES, EXCLUSIONS, REGIONS
from ucj_data.io.drafts import COLUMNS, extract
from ucj_data.metadata.tables import TABLES
from ucj_data.metadata.vocabularies import INDICATORS
from ucj_data.text.cues import INDICATOR_CUES


def draft(text: str, event_date: str | None = "2025-12-09", published=None,
          exclusions=EXCLUSIONS, regions=REGIONS) -> pd.DataFrame:
    return extract(text, source_id="src", regions=regions, event_date=event_date,
                   published=published, exclusions=exclusions)


def one(text: str, value_text: str, **kwargs) -> pd.Series:
    """The row whose value_text is ``value_text``, or ends with it after a qualifier."""
    rows = draft(text, **kwargs)
    hit = rows[(rows["value_text"] == value_text)
               | rows["value_text"].str.endswith(" " + value_text)]
    assert len(hit) == 1, rows[["value_text", "note"]].to_string()
    return hit.iloc[0]


# --- the indicator cues: one example each (a new cue needs one) ---------------------------

CUE_EXAMPLES = {
    "target": ("Target kepesertaan Kota Bandung tahun depan adalah 60 persen.",
               "60 persen", "target_coverage_pct"),
    "belum terlindungi": ("Di Kota Bandung masih ada 120.000 pekerja yang belum terlindungi.",
                          "120.000", "uncovered_workers"),
    "tidak terlindungi": ("Sebanyak 30 persen pekerja Kota Bandung tidak terlindungi.",
                          "30 persen", "uncovered_pct"),
    "desa minimal": ("Di Jawa Barat, setiap desa minimal 50 pekerja harus terlindungi.",
                     "50", "target_workers_per_village"),
    "per desa": ("Jawa Barat menetapkan 75 pekerja terlindungi per desa.", "75",
                 "target_workers_per_village"),
    "pekerja rentan dibiayai": ("APBD Kota Bandung membiayai iuran 8.000 pekerja rentan.",
                                "8.000", "vulnerable_funded"),
    "N pekerja aktif": ("Kota Bandung kini punya 650 ribu pekerja aktif.", "650 ribu",
                        "active_participants"),
    "total pekerja": ("Jumlah total pekerja di Kota Bandung sebanyak 1.200.000 orang.",
                      "1.200.000", "workforce"),
    "penduduk bekerja": ("Penduduk bekerja di Jawa Barat tercatat 25,1 juta orang.",
                         "25,1 juta", "workforce"),
    "N pekerja rentan": ("Kota Bandung mendaftarkan 4.500 pekerja rentan.", "4.500",
                         "vulnerable_enrolled"),
    "santunan": ("Ahli waris di Kota Bandung menerima santunan Rp70 juta.", "Rp70 juta",
                 "benefit_paid_idr"),
    "iuran": ("Iuran di Kota Bandung cukup Rp16.800 per bulan.", "Rp16.800 per bulan",
              "contribution_idr"),
    "klaim": ("Klaim yang dibayar di Kota Bandung mencapai Rp300 miliar.",
              "mencapai Rp300 miliar", "claims_paid_idr"),
    "penerima manfaat": ("Di Kota Bandung 9.120 orang telah menerima manfaat.", "9.120",
                         "claim_recipients"),
    "peserta aktif": ("Peserta aktif BPJS Ketenagakerjaan Kota Bandung berjumlah 700.000.",
                      "700.000", "active_participants"),
    "terlindungi": ("Sebanyak 700.000 warga Kota Bandung sudah terlindungi.", "700.000",
                    "active_participants"),
    "cakupan": ("Cakupan jaminan sosial di Kota Bandung sudah 58 persen.", "58 persen",
                "coverage_pct"),
    "persen pekerja": ("Kini 58 persen pekerja Kota Bandung ikut program.", "58 persen",
                       "coverage_pct"),
}


def test_every_cue_has_an_example_and_names_known_indicators():
    assert {c.name for c in INDICATOR_CUES} == set(CUE_EXAMPLES)
    for cue in INDICATOR_CUES:
        assert set(cue.indicators) <= set(INDICATORS), cue.name


@pytest.mark.parametrize("name", sorted(CUE_EXAMPLES))
def test_each_cue_decides_its_indicator(name):
    text, value_text, indicator = CUE_EXAMPLES[name]
    row = one(text, value_text)
    assert row["indicator"] == indicator, row["note"]
    assert row["region_code"] is not None and row["quote"] in text


def test_a_number_with_no_cue_gets_no_indicator_and_says_why():
    row = one("Kota Bandung menggelar acara yang dihadiri 300 undangan.", "300")
    assert row["indicator"] is None and "no cue" in row["note"]


def test_a_count_of_things_is_not_a_count_of_people():
    row = one("Di Kota Bandung ada 151 kelurahan yang pekerjanya terlindungi.", "151")
    assert row["indicator"] is None and "kelurahan" in row["note"]


def test_the_unit_chooses_among_the_cue_s_indicators():
    text = "Di Kota Bandung 40.000 pekerja atau 3,3 persen belum terlindungi."
    rows = draft(text).set_index("value_text")
    assert rows.loc["40.000", "indicator"] == "uncovered_workers"
    assert rows.loc["3,3 persen", "indicator"] == "uncovered_pct"


# --- value_text ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, value_text", [
    ("Klaim di Kota Bandung mencapai lebih dari Rp650 miliar.", "lebih dari Rp650 miliar"),
    ("Peserta aktif Kota Bandung sekitar 687 ribu.", "sekitar 687 ribu"),
    ("Santunan Rp 42.000.000,00 diserahkan di Kota Bandung.", "Rp 42.000.000,00"),
    ("Iuran sekitar Rp6.800 per hari di Kota Bandung.", "sekitar Rp6.800 per hari"),
    ("Cakupan Kota Bandung hampir 60%.", "hampir 60%"),
])
def test_value_text_is_as_written_with_its_qualifier(text, value_text):
    row = one(text, value_text)
    assert row["value_text"] == value_text
    assert ucj_data.parse_number(row["value_text"]).value > 0


def test_a_number_parse_number_rejects_is_drafted_without_an_indicator():
    row = one("Target peserta aktif Kota Bandung 1,149,447 orang.", "1,149,447")
    assert row["indicator"] is None and "parse_number rejects" in row["note"]


# --- regions ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, code", [
    ("Peserta aktif di Kab. Bogor mencapai 800.000 pekerja.", "3201"),
    ("Peserta aktif di Kabupaten Bogor mencapai 800.000 pekerja.", "3201"),
    ("Peserta aktif di Pemkab Bogor mencapai 800.000 pekerja.", "3201"),
    ("Peserta aktif di Bogor mencapai 800.000 pekerja.", "3201"),
    ("Peserta aktif di Provinsi Jawa Barat mencapai 800.000 pekerja.", "32"),
    ("Peserta aktif secara nasional mencapai 800.000 pekerja.", "00"),
    ("Peserta aktif di Indonesia mencapai 800.000 pekerja.", "00"),
    ("Di Jawa Barat, peserta aktif Kota Bandung mencapai 800.000 pekerja.", "3273"),
])
def test_the_most_specific_region_named_in_the_sentence(text, code):
    assert one(text, "800.000")["region_code"] == code


def test_the_lead_names_the_region_when_the_sentence_does_not():
    text = ("BOGOR – Pemerintah Kabupaten Bogor dan BPJS Ketenagakerjaan menggelar rapat "
            "koordinasi perluasan kepesertaan jaminan sosial bagi pekerja informal di "
            "seluruh kecamatan pada pekan ini.\n"
            "Peserta aktif mencapai 800.000 pekerja.")
    row = one(text, "800.000")
    assert row["region_code"] == "3201" and "lead" in row["note"]


def test_a_region_not_in_regions_csv_is_reported_not_guessed():
    text = "Di Kota Depok peserta aktif mencapai 800.000 pekerja."
    row = one(text, "800.000")
    assert row["region_code"] is None and row["indicator"] is None
    assert "Kota Depok" in row["note"] and "regions.csv" in row["note"]


def test_kota_is_not_the_kabupaten_of_the_same_name():
    text = "Di Kota Bogor peserta aktif mencapai 800.000 pekerja."
    assert one(text, "800.000")["region_code"] is None


# --- periods ------------------------------------------------------------------------------

@pytest.mark.parametrize("when, period", [
    ("hingga Agustus 2025", "2025-08"),
    ("per 31 Maret 2025", "2025-03-31"),
    ("sepanjang tahun 2024", "2024"),
    ("akhir Desember 2024", "2024-12"),
    ("pada (30/6/2025)", "2025-06-30"),
    ("sepanjang tahun ini", "2025"),
    ("hingga saat ini", "2025-12-09"),
    ("tahun lalu", "2024"),
])
def test_the_period_the_sentence_gives(when, period):
    row = one(f"Peserta aktif Kota Bandung {when} mencapai 800.000 pekerja.", "800.000")
    assert row["period"] == period, row["note"]


def test_no_date_in_the_sentence_takes_the_event_date_else_published():
    text = "Peserta aktif Kota Bandung mencapai 800.000 pekerja."
    assert one(text, "800.000")["period"] == "2025-12-09"
    row = one(text, "800.000", event_date=None, published="2025-11-04T13:36+07:00")
    assert row["period"] == "2025-11-04" and "published" in row["note"]


def test_a_regulation_s_year_is_not_a_period():
    text = "Target Kota Bandung 99,5 persen sesuai Inpres Nomor 8 Tahun 2025."
    assert one(text, "99,5 persen", exclusions=[])["period"] == "2025-12-09"


def test_a_sentence_referring_to_the_one_before_takes_its_period():
    text = ("Hingga Agustus 2025 peserta aktif Kota Bandung 800.000 pekerja. Angka itu "
            "setara dengan 60 persen dari total pekerja.")
    assert one(text, "60 persen")["period"] == "2025-08"


def test_a_period_after_the_source_leaves_the_indicator_out_unless_a_target():
    text = "Peserta aktif Kota Bandung pada Desember 2026 mencapai 800.000 pekerja."
    row = one(text, "800.000")
    assert row["indicator"] is None and "after the source" in row["note"]
    row = one("Target Kota Bandung pada Desember 2026 adalah 70 persen.", "70 persen")
    assert (row["indicator"], row["period"]) == ("target_coverage_pct", "2026-12")


# --- rows, quotes, exclusions -------------------------------------------------------------

def test_rows_have_the_columns_of_figures_csv_and_numbered_ids():
    rows = draft("Di Kota Bandung 40.000 pekerja atau 3,3 persen belum terlindungi.")
    assert list(rows.columns) == COLUMNS == list(TABLES["figures"].raw_fields)
    assert rows["figure_id"].tolist() == ["src-1", "src-2"]
    assert set(rows["source_id"]) == {"src"}


def test_excluded_numbers_are_skipped():
    text = "Pada 9 Desember 2025 (9/12/2025), peserta aktif Kota Bandung 800.000 pekerja."
    assert draft(text)["value_text"].tolist() == ["800.000"]
    assert len(draft(text, exclusions=[])) > 1


def test_the_quote_holds_the_cue_and_the_number():
    text = ("Menurut Dinas, jumlah peserta aktif di Kota Bandung, yang terus naik, "
            "mencapai 800.000 pekerja, kata dia.")
    row = one(text, "mencapai 800.000")
    assert row["quote"] == ("jumlah peserta aktif di Kota Bandung, yang terus naik, "
                            "mencapai 800.000 pekerja")


# --- the made-up articles -----------------------------------------------------------------

@pytest.mark.parametrize("article", ARTICLES, ids=lambda a: a.file)
def test_the_articles_rows_are_recovered(article):
    text = article.text()
    rows = extract(text, source_id=article.source_id, regions=REGIONS,
                   event_date=article.event_date, exclusions=EXCLUSIONS)
    assert all(q in text for q in rows["quote"])
    for v in rows["value_text"]:
        if "rejects" not in v:
            ucj_data.parse_number(v)
    for expected in article.expected:
        hit = rows[rows["value_text"] == expected["value_text"]]
        assert len(hit) >= 1, expected
        got = hit.iloc[0]
        assert expected["quote"] in text
        assert expected["value_text"] in got["quote"]
        for field in ("indicator", "region_code", "period"):
            assert got[field] == expected[field], (expected["figure_id"], field, got["note"])
    for value_text in article.no_indicator:
        hit = rows[rows["value_text"] == value_text]
        assert len(hit) and hit["indicator"].isna().all(), (value_text, hit["note"].tolist())


def test_a_full_date_is_day_month_year_and_a_day_that_exists():
    # worked out by hand: 9/12/2025 is 9 December 2025, '5 Maret 2024' 5 March 2024;
    # there is no 30 February
    from ucj_data.io.drafts import _DAY_MONTH_YEAR, _SLASH_DATE, _full_date

    assert _full_date(_SLASH_DATE.search("pada 9/12/2025")) == "2025-12-09"
    assert _full_date(_DAY_MONTH_YEAR.search("pada 5 Maret 2024")) == "2024-03-05"
    assert _full_date(_SLASH_DATE.search("pada 30/2/2024")) is None
