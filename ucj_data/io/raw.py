"""Reading data/raw/ and seeds/: the input edge of the pipeline.

Every table is read as text, indexed by the CSV line its record starts on, so a problem
found later (by pandera or by a cross-table check) can name the line a person must edit.

A file that is missing, or a folder where a file should be, is a :class:`Problem` in the
data (exit 1); a file or folder that cannot be read (permissions, a missing data/raw/ or
seeds/ folder, a disk error) is a :class:`SetupError` (exit 3). Both name the full path.
"""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path

import pandas as pd

from ucj_data.metadata.tables import RAW_TABLES
from ucj_data.validate.problems import Problem, RawDataError, SetupError

ROOT = Path(os.environ.get("UCJ_DATA_ROOT", Path(__file__).resolve().parents[2]))


def relpath(path: Path, root: Path) -> str:
    """``path`` relative to ``root`` when it lies below it, for messages."""
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return str(path)


def cannot_read(path: Path, err: OSError) -> SetupError:
    """The SetupError for a file or folder that exists but cannot be read."""
    path = Path(path).absolute()
    if isinstance(err, PermissionError):
        return SetupError(f"cannot read {path} (permission denied); make it readable "
                          f"(chmod u+r '{path}', and u+rx on its folders) and try again")
    reason = err.strerror or type(err).__name__
    return SetupError(f"cannot read {path} ({reason}); check the file and the disk")


def require_folder(path: Path, root: Path, what: str) -> None:
    """SetupError unless ``path`` is a folder that can be read; ``what`` says what it holds."""
    try:
        if path.is_dir():
            return
        found = "is not a folder" if path.exists() else "does not exist"
        blocking = next((p for p in Path(path).absolute().parents
                         if p.exists() and not p.is_dir()), None)
        if blocking is not None:
            found += f" ({blocking} is a file)"
    except OSError as err:
        raise cannot_read(path, err) from None
    raise SetupError(
        f"{Path(path).absolute()} {found}: it should hold {what}. Give --root (or "
        f"UCJ_DATA_ROOT) the project folder, or restore the folder (git checkout -- "
        f"{relpath(path, root)})")


def decode(path: Path, root: Path) -> str:
    """The UTF-8 text of ``path`` (a BOM is dropped), or a Problem naming the bad byte."""
    name = relpath(path, root)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise RawDataError([Problem(name, None, None, "no such file",
                                    f"the file to exist (looked for {path.absolute()})")]
                           ) from None
    except IsADirectoryError:
        raise RawDataError([Problem(name, None, None, "a folder",
                                    f"a file (found a folder at {path.absolute()})")]
                           ) from None
    except OSError as err:
        raise cannot_read(path, err) from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = data[: err.start].count(b"\n") + 1
        byte = data[err.start : err.start + 1]
        raise RawDataError(
            [Problem(name, line, None, f"byte {byte!r} at offset {err.start}",
                     "UTF-8 text (re-save the file as UTF-8)")]
        ) from None


def read_csv(path: Path, root: Path = ROOT) -> pd.DataFrame:
    """Read a raw CSV as text; the index is the line each record starts on.

    pandas cannot report the line a record starts on when a quoted field spans lines,
    so the csv module splits records and pandas only holds the result. Empty cells
    become missing values. CRLF line ends and a UTF-8 BOM are accepted.
    """
    name = relpath(path, root)
    text = decode(path, root)
    if not text.strip():
        raise RawDataError([Problem(name, 1, None, "an empty file", "a header line and rows")])
    reader = csv.reader(io.StringIO(text, newline=""))
    header = next(reader)
    if len(header) == 1 and ";" in header[0]:  # saved with ';' (a spreadsheet's default)
        raise RawDataError([Problem(name, 1, None, repr(header[0][:60]),
                                    "columns separated by ',' (this file uses ';': save it "
                                    "as CSV with comma separators)")])
    rows, lines, problems = [], [], []
    start = reader.line_num + 1
    for record in reader:
        if record and any(cell.strip() for cell in record):
            if len(record) != len(header):
                problems.append(Problem(name, start, None, f"{len(record)} fields",
                                        f"{len(header)} fields as in the header"))
            else:
                rows.append(record)
                lines.append(start)
        start = reader.line_num + 1
    if problems:
        raise RawDataError(problems)
    frame = pd.DataFrame(rows, columns=header, index=pd.Index(lines, name="line"), dtype=str)
    return frame.replace("", pd.NA) if len(frame) else frame


def read_seeds(files: pd.Series, root: Path = ROOT) -> dict[str, str]:
    """Text of each seed named in ``files`` (as listed in sources.csv); missing ones skipped.

    A missing seed is reported by the sources schema, which knows the line naming it.
    """
    folder = root / "seeds"
    require_folder(folder, root, "the source documents (seeds/)")
    texts = {}
    for file in files.dropna().unique():
        path = folder / file
        try:
            is_file = path.is_file()
        except OSError as err:
            raise cannot_read(path, err) from None
        if is_file:
            texts[file] = decode(path, root)
    return texts


def read_raw(root: Path = ROOT) -> dict[str, pd.DataFrame]:
    """All raw tables, keyed by table name, plus nothing else: I/O only."""
    raw = root / "data" / "raw"
    require_folder(raw, root, "the hand-curated tables (data/raw/*.csv)")
    problems, tables = [], {}
    for name in RAW_TABLES:
        try:
            tables[name] = read_csv(raw / f"{name}.csv", root)
        except RawDataError as err:
            problems += err.problems
    if problems:
        raise RawDataError(problems)
    return tables
