"""One Excel workbook of every published table, for planners who work in spreadsheets.

:func:`write_workbook` writes a sheet per table of ``data/processed/`` (the tables
:func:`ucj_data.pipeline.check` derives from the data folder, so the folder need not be
built first), after a first sheet that says what each table holds. Headers are the fields'
labels in the workbook's language (ucj_data.metadata.labels); numbers stay numbers, with a
display format by their field's unit (people and Rupiah with digit grouping, percentages
with two decimals, fractions as percentages), so a planner can sum and chart them; codes
(region_code '00', '3604'), ids and periods stay text. Needs openpyxl (the extra
``ucj-data[report]``, or ``ucj-data[excel]``).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pandas as pd

from ucj_data.io.raw import DataRoot
from ucj_data.metadata.fields import FIELDS
from ucj_data.metadata.labels import field_label, table_label
from ucj_data.validate.problems import SetupError

#: Excel's display format for a number of each unit (the value itself is kept as it is).
NUMBER_FORMATS = {"persons": "#,##0", "workers/village": "#,##0", "villages": "#,##0",
                  "percent": "0.00", "fraction": "0.00%"}
_IDR_FORMAT = "#,##0"
# a workbook's own dates are fixed, so that writing the same tables twice gives one content
_WRITTEN = datetime(2000, 1, 1)
_WORDS = {
    "en": {"about": "About", "table": "Table", "holds": "What it holds", "rows": "Rows",
           "title": "ucj-data: Universal Coverage Jamsostek tables",
           "note": "Every number comes from a source document with a verbatim quote; each "
                   "row names the figures (figure_ids) and statistics (statistic_ids) it "
                   "came from. Licence and method: datapackage.json beside this file."},
    "id": {"about": "Tentang", "table": "Tabel", "holds": "Isi", "rows": "Baris",
           "title": "ucj-data: tabel Universal Coverage Jamsostek",
           "note": "Setiap angka berasal dari dokumen sumber dengan kutipan asli; setiap "
                   "baris menyebut angka (figure_ids) dan statistik (statistic_ids) "
                   "asalnya. Lisensi dan metode: datapackage.json di samping berkas ini."},
}


def number_format(column: str) -> str | None:
    """Excel's display format for ``column`` (by its field's unit; a bound such as
    ``workforce_low`` as its base field), or None to leave Excel's default."""
    field = FIELDS.get(column) or FIELDS.get(column.removesuffix("_low").removesuffix("_high"))
    unit = getattr(field, "unit", None)
    if unit is None:
        return None
    if unit.startswith("IDR"):
        return _IDR_FORMAT
    return NUMBER_FORMATS.get(unit)


def _cell(value):
    """A value as Excel should hold it: numbers as numbers, text as text, missing empty."""
    if value is None or value is pd.NA or (isinstance(value, float) and value != value):
        return None
    if hasattr(value, "item"):  # numpy scalars
        return value.item()
    return value


def write_workbook(tables: dict[str, pd.DataFrame], path: Path | str, lang: str = "id",
                   version: str | None = None) -> Path:
    """Write ``tables`` (name -> frame, in order) to the workbook ``path`` in ``lang``."""
    from ucj_data.parameters import PARAMETERS

    PARAMETERS["lang"].check(lang)
    try:
        from openpyxl import Workbook
        from openpyxl.styles import Font
        from openpyxl.utils import get_column_letter
    except ImportError:
        raise SetupError('the workbook needs openpyxl, not installed: pip install '
                         '"ucj-data[excel]"') from None
    words = _WORDS[lang]
    book = Workbook()
    about = book.active
    about.title = words["about"]
    about.append([words["title"] + (f" {version}" if version else "")])
    about["A1"].font = Font(bold=True, size=13)
    about.append([words["note"]])
    about.append([])
    about.append([words["table"], words["holds"], words["rows"]])
    for cell in about[4]:
        cell.font = Font(bold=True)
    for name, frame in tables.items():
        about.append([name, table_label(name, lang), len(frame)])
    about.column_dimensions["A"].width = 22
    about.column_dimensions["B"].width = 90
    for name, frame in tables.items():
        sheet = book.create_sheet(name[:31])  # Excel's limit on a sheet's name
        sheet.append([field_label(c, lang) for c in frame.columns])
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for row in frame.itertuples(index=False):
            sheet.append([_cell(v) for v in row])
        for j, column in enumerate(frame.columns, 1):
            letter = get_column_letter(j)
            fmt = number_format(column)
            if fmt is not None:
                for (cell,) in sheet.iter_rows(min_row=2, min_col=j, max_col=j):
                    cell.number_format = fmt
            texts = [str(field_label(column, lang))] + [str(v) for v in frame[column].head(50)]
            sheet.column_dimensions[letter].width = min(50, max(8, *map(len, texts)) + 2)
        sheet.freeze_panes = "A2"
    book.properties.created = book.properties.modified = _WRITTEN
    path = Path(path)
    book.save(path)
    return path


def export(root: DataRoot | Path | str | None, path: Path | str, lang: str = "id") -> Path:
    """The workbook of the data folder ``root`` (None finds it): every published table,
    derived from its data/raw/ and seeds/ (:func:`ucj_data.pipeline.check`)."""
    import ucj_data
    from ucj_data.pipeline import check

    return write_workbook(check(root), path, lang, version=ucj_data.__version__)
