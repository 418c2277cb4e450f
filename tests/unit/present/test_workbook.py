"""The Excel workbook: a sheet per table after an 'About' sheet, headers in the chosen
language, numbers kept as numbers (formatted by their unit), codes and ids kept as text."""

from __future__ import annotations

import pandas as pd
import pytest

openpyxl = pytest.importorskip("openpyxl")

from ucj_data.cli import main  # noqa: E402
from ucj_data.metadata.tables import TABLES  # noqa: E402
from ucj_data.present.workbook import number_format, write_workbook  # noqa: E402

COVERAGE = pd.DataFrame({"region_code": ["00", "9901"], "region_name": ["Indonesia", "Aceh"],
                         "active_participants": [41_560_000.0, float("nan")],
                         "coverage_pct": [42.9, 50.87],
                         "workers_to_target": pd.array([3_562_238, 7], dtype="Int64")})


def test_numbers_stay_numbers_and_codes_stay_text(tmp_path):
    path = write_workbook({"coverage": COVERAGE}, tmp_path / "w.xlsx", lang="id")
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Tentang", "coverage"]
    sheet = book["coverage"]
    assert [c.value for c in sheet[1]] == ["Kode wilayah", "Wilayah", "Peserta aktif",
                                           "Cakupan kepesertaan (%)",
                                           "Pekerja untuk mencapai target"]
    code, name, active, pct, gap = sheet[2]
    assert code.value == "00" and code.data_type == "s"  # '00' is not the number 0
    assert active.value == 41_560_000 and active.number_format == "#,##0"
    assert pct.value == 42.9 and pct.number_format == "0.00"
    assert gap.value == 3_562_238
    assert sheet["C3"].value is None  # missing stays empty, not 'nan'
    about = book["Tentang"]
    assert [about["A5"].value, about["C5"].value] == ["coverage", 2]  # the table, its rows


def test_english_headers_and_unit_formats():
    assert number_format("yearly_cost_idr") == "#,##0"
    assert number_format("share_of_village_fund") == "0.00%"  # a fraction as a percentage
    assert number_format("workforce_low") == "#,##0"  # a bound as its field
    assert number_format("region_code") is None


def test_export_writes_every_published_table(tmp_path, capsys):
    assert main(["export", "--xlsx", str(tmp_path / "all.xlsx"), "--lang", "en"]) == 0
    book = openpyxl.load_workbook(tmp_path / "all.xlsx")
    published = [t.name for t in TABLES.values() if t.published]
    assert book.sheetnames == ["About", *published]
    assert "wrote" in capsys.readouterr().out
