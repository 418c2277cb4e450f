"""Reading data/raw/ and seeds/: the input edge of the pipeline.

Every table is read as text, indexed by the CSV line its record starts on, so a problem
found later (by pandera or by a cross-table check) can name the line a person must edit.

A file that is missing, or a folder where a file should be, is a :class:`Problem` in the
data (exit 1); a file or folder that cannot be read (permissions, a missing data/raw/ or
seeds/ folder, a disk error) is a :class:`SetupError` (exit 3). Both name the full path,
and a missing one also the rule that chose the data folder (:func:`locate`).

The data folder (the "root": the folder holding ``seeds/``, ``data/raw/``, and
``data/processed/`` once built) is found at call time, never at import, in this order:

1. an explicit ``root=`` argument (``--root`` on the command line);
2. the environment variable ``UCJ_DATA_ROOT`` (when set and not empty);
3. the checkout ucj_data runs from: the folder two levels above this module, when it
   holds ``pyproject.toml``, ``data/raw/`` and ``seeds/`` (this repository);
4. the data installed with the package (``ucj_data/_data/``, copied into the wheel).
"""

from __future__ import annotations

import csv
import io
import os
from contextvars import ContextVar
from pathlib import Path
from typing import NamedTuple

import pandas as pd

from ucj_data.metadata.tables import RAW_TABLES
from ucj_data.validate.problems import Problem, RawDataError, SetupError

ENV_VAR = "UCJ_DATA_ROOT"
CHECKOUT = Path(__file__).resolve().parents[2]  # the repository, when run from one
PACKAGED = Path(__file__).resolve().parents[1] / "_data"  # the data inside the wheel

FROM_ARGUMENT = "from the root argument"
FROM_OPTION = "from --root"
FROM_ENV = f"from {ENV_VAR}"
FROM_CHECKOUT = "from the checkout ucj_data runs in"
FROM_PACKAGE = "from the data installed with ucj_data"
FROM_INPUTS = "from the tables given"

#: Where a table read from a data folder says it came from (``DataFrame.attrs``), so that
#: an input a function derives comes from the folder of the inputs it was given.
ROOT_ATTR = "ucj_data_root"
# the data folder of the tables given to the analysis running now (None: none carried one)
_INPUTS_ROOT: ContextVar[str | None] = ContextVar("ucj_data_inputs_root", default=None)


class DataRoot(NamedTuple):
    """A data folder and the rule that chose it (for messages: ``from UCJ_DATA_ROOT``)."""

    path: Path
    rule: str

    def looked_in(self, path: Path | str) -> str:
        """``looked in <path> (<rule>)``: where a missing file or folder was looked for."""
        return f"looked in {Path(path).absolute()} ({self.rule})"


def is_checkout(folder: Path) -> bool:
    """Whether ``folder`` is a checkout of this repository: pyproject.toml, data/raw/, seeds/."""
    try:
        return ((folder / "pyproject.toml").is_file() and (folder / "data" / "raw").is_dir()
                and (folder / "seeds").is_dir())
    except OSError:
        return False


def locate(root: DataRoot | Path | str | None = None) -> DataRoot:
    """The data folder and the rule that chose it: ``root`` when given, else
    ``UCJ_DATA_ROOT``, else the checkout ucj_data runs from, else the packaged data.

    Evaluated at each call, so setting ``UCJ_DATA_ROOT`` after import takes effect. A
    path given or read from the variable is made absolute (``~`` expanded). A
    :class:`DataRoot` is returned as it is (the command line passes ``--root`` as one).
    """
    if isinstance(root, DataRoot):
        return root
    if root is not None:
        return DataRoot(Path(root).expanduser().absolute(), FROM_ARGUMENT)
    given = _INPUTS_ROOT.get()
    if given is not None:
        return DataRoot(Path(given), FROM_INPUTS)
    env = os.environ.get(ENV_VAR, "")
    if env.strip():
        return DataRoot(Path(env).expanduser().absolute(), FROM_ENV)
    if is_checkout(CHECKOUT):
        return DataRoot(CHECKOUT, FROM_CHECKOUT)
    return DataRoot(PACKAGED, FROM_PACKAGE)


def folder_of(*values) -> str | None:
    """The data folder the first DataFrame among ``values`` was read from (its
    ``attrs[ROOT_ATTR]``, set by :func:`ucj_data.load` and kept by pandas through
    selections and copies), or None."""
    for value in values:
        attrs = getattr(value, "attrs", None)
        if isinstance(attrs, dict) and attrs.get(ROOT_ATTR):
            return attrs[ROOT_ATTR]
    return None


def in_folder_of_inputs(function):
    """``function`` run with the data folder of the tables it is given as the folder for
    every input it derives (:func:`locate` with no root): ``coverage(figures(my_folder))``
    names the regions of my_folder's regions table, not the package's. Its result (a
    DataFrame, or a dict of them) carries that folder on in turn."""
    import functools

    @functools.wraps(function)
    def call(*args, **kwargs):
        root = folder_of(*args, *kwargs.values())
        if root is None:
            return function(*args, **kwargs)
        token = _INPUTS_ROOT.set(root)
        try:
            result = function(*args, **kwargs)
        finally:
            _INPUTS_ROOT.reset(token)
        for frame in result.values() if isinstance(result, dict) else [result]:
            if hasattr(frame, "attrs"):
                frame.attrs[ROOT_ATTR] = root
        return result

    return call


def data_root(root: DataRoot | Path | str | None = None) -> Path:
    """The data folder for ``root`` (None: the first of UCJ_DATA_ROOT, the checkout, the
    packaged data; see :func:`locate`)."""
    return locate(root).path


def package_data() -> Path:
    """The package's own data folder (what ``ucj-data init`` copies): the data installed
    with the package, else the checkout it runs from; neither -> SetupError."""
    for folder in (PACKAGED, CHECKOUT):
        if (folder / "data" / "raw").is_dir() and (folder / "seeds").is_dir():
            return folder
    raise SetupError(f"the package's own data is missing (looked in {PACKAGED} and "
                     f"{CHECKOUT}); reinstall ucj-data")


def relpath(path: Path, root: DataRoot | Path | str | None) -> str:
    """``path`` relative to ``root`` when it lies below it, for messages."""
    try:
        return path.resolve().relative_to(data_root(root).resolve()).as_posix()
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


def require_folder(path: Path, root: DataRoot | Path | str | None, what: str) -> None:
    """SetupError unless ``path`` is a folder that can be read; ``what`` says what it holds.

    The message says where it looked and which rule chose the data folder."""
    root = locate(root)
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
    raise SetupError(f"{Path(path).absolute()} {found}: it should hold {what}; "
                     f"{root.looked_in(path)}. {advice(root, relpath(path, root))}")


def advice(root: DataRoot, missing: str) -> str:
    """What to do about a missing part ``missing`` of the data folder ``root``."""
    own = (f"give --root (or {ENV_VAR}) a data folder holding data/raw/ and seeds/; "
           "`ucj-data init DIR` makes one")
    if root.rule == FROM_CHECKOUT:
        return f"Restore it (git checkout -- {missing}), or {own}"
    if root.rule == FROM_PACKAGE:
        return f"The installed package is incomplete: reinstall ucj-data, or {own}"
    return own[0].upper() + own[1:]


def decode(path: Path, root: DataRoot | Path | str | None) -> str:
    """The UTF-8 text of ``path`` (a BOM is dropped), or a Problem naming the bad byte."""
    root = locate(root)
    name = relpath(path, root)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise RawDataError([Problem(name, None, None, "no such file",
                                    f"the file to exist ({root.looked_in(path)})")]
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


def read_csv(path: Path, root: DataRoot | Path | str | None = None) -> pd.DataFrame:
    """Read a raw CSV as text; the index is the line each record starts on.

    pandas cannot report the line a record starts on when a quoted field spans lines,
    so the csv module splits records and pandas only holds the result. Empty cells
    become missing values. CRLF line ends and a UTF-8 BOM are accepted.
    """
    root = locate(root)
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


def read_seeds(files: pd.Series, root: DataRoot | Path | str | None = None) -> dict[str, str]:
    """Text of each seed named in ``files`` (as listed in sources.csv); missing ones skipped.

    A missing seed is reported by the sources schema, which knows the line naming it.
    """
    root = locate(root)
    folder = root.path / "seeds"
    require_folder(folder, root, "the source documents (seeds/)")
    texts = {}
    for file in files.dropna().unique():
        path = folder / file
        try:
            is_file = path.is_file()
            dangling = not is_file and path.is_symlink()
        except OSError as err:
            raise cannot_read(path, err) from None
        if dangling:  # a link to a drive not mounted, a file moved away
            raise SetupError(f"{relpath(path, root)} is a link to {os.readlink(path)}, "
                             "which cannot be read (a drive not mounted? a file moved?); "
                             "mount it, or put the file itself in seeds/") from None
        if is_file:
            texts[file] = decode(path, root)
    return texts


def read_raw(root: DataRoot | Path | str | None = None) -> dict[str, pd.DataFrame]:
    """All raw tables, keyed by table name, plus nothing else: I/O only."""
    root = locate(root)
    raw = root.path / "data" / "raw"
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
