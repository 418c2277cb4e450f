"""Writing data/processed/: CSV and Parquet per table and a Frictionless ``datapackage.json``.

This is the output edge of the pipeline. Writing is deterministic (same inputs, same
bytes) and durable: a build killed at any moment leaves data/processed/ either as it was
or complete in its new version, never missing or partial.

How :func:`write` replaces the folder ``data/processed`` (``dest``):

1. It takes an exclusive lock on ``data/.build.lock`` (``flock``), so builds run one at a
   time; a second one waits up to :data:`LOCK_TIMEOUT` seconds, then fails with
   "another build is running".
2. Under the lock, :func:`recover` repairs what a killed build left: if ``dest`` is
   missing it renames a complete copy back (see 4.), and it deletes every other
   ``data/.processed-*`` folder (no other build can be running).
3. Every file is written and fsynced into a fresh folder ``data/.processed-new-<id>``.
4. The new folder takes the place of ``dest``. On Linux, one ``renameat2(RENAME_EXCHANGE)``
   swaps the two folders atomically, so ``dest`` is at every moment the old or the new
   version; the old one, now under the temporary name, is deleted. Where the system cannot
   swap, three renames: new -> ``.processed-ready-<id>``, ``dest`` ->
   ``.processed-old-<id>``, ready -> ``dest``, then old -> ``.processed-trash-<id>`` and
   delete. Only between the second and third rename is ``dest`` missing; step 2 of the
   next build puts the ready (or else the old) folder back.

The names are the completeness markers: a ``-ready-`` or ``-old-`` folder is always
complete (it only ever gets that name whole), a ``-new-`` or ``-trash-`` folder may be
partial and is only ever deleted. Nothing is written inside ``dest`` itself, so the
committed folder holds the tables and ``datapackage.json`` only.

Every filesystem fault (a read-only or full disk, a folder that cannot be written) is
raised as :class:`~ucj_data.validate.problems.SetupError` naming the folder and what to
do, after ``dest`` has been put back in order.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import io
import json
import os
import secrets
import shutil
import stat
import sys
import time
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

import pandas as pd

from ucj_data.metadata.fields import Field
from ucj_data.metadata.tables import TABLES
from ucj_data.validate.problems import SetupError

try:
    import fcntl
except ImportError:  # Windows: msvcrt locks instead
    fcntl = None  # type: ignore[assignment]

LOCK_NAME = ".build.lock"
LOCK_TIMEOUT = 600.0  # seconds a build waits for another one to finish

PACKAGE = {
    "$schema": "https://datapackage.org/profiles/2.0/datapackage.json",
    "name": "ucj-data",
    "title": "Universal Coverage Jamsostek: traceable figures and analyses",
    "description": (
        "Figures on BPJS Ketenagakerjaan coverage reported in Indonesian news sources, "
        "each with a verbatim quote, and the analyses derived from them. Every table is "
        "also written as Parquet beside its CSV (same name, .parquet)."
    ),
    "licenses": [{"name": "CC-BY-4.0", "path": "https://creativecommons.org/licenses/by/4.0/",
                  "title": "Creative Commons Attribution 4.0"}],
    "contributors": [{"title": "ucj-data contributors", "roles": ["creator"]}],
}

# the licences, as the README states them; the outlets are named from the sources table
LICENSING = (
    "Licences: these tables (data derived from the sources, as is data/raw/) are "
    "CC-BY-4.0, except the regions table, which is ODbL-1.0 (see its resource); the code "
    "that makes them (the ucj-data package) is MIT. The source texts "
    "(seeds/ in the repository, quoted in the column quote of figures) are third-party news "
    "texts, kept verbatim for provenance only; their rights stay with their outlets: {}."
)


def _text(row: dict, key: str) -> str | None:
    value = row.get(key)
    return value.strip() if isinstance(value, str) and value.strip() else None


def outlet_name(row: dict) -> str:
    """A source's outlet; where the document names none, its title in quotes."""
    title = _text(row, "title")
    return (_text(row, "outlet") or (f"\u201c{title}\u201d (outlet not named)" if title
                                      else f"{row['source_id']} (outlet not named)"))


def source_title(row: dict) -> str:
    """'outlet: \u201ctitle\u201d (date)' of a source, from the parts the table has."""
    outlet, title = _text(row, "outlet"), _text(row, "title")
    date = _text(row, "published") or _text(row, "event_date")
    name = f"{outlet}: \u201c{title}\u201d" if outlet and title else outlet_name(row)
    return name + (f" ({date[:10]})" if date else "")


def sources_descriptor(sources: pd.DataFrame | None) -> list[dict]:
    """The package's ``sources``: one entry per source document, in the table's order,
    with the seed file (in the repository's seeds/) that holds its text."""
    if sources is None or sources.empty:
        return []
    out = []
    for row in sources.to_dict("records"):
        entry = {"title": source_title(row), "source_id": str(row["source_id"])}
        if _text(row, "file"):
            entry["file"] = f"seeds/{_text(row, 'file')}"
        out.append(entry)
    return out


def outlets(sources: pd.DataFrame | None) -> list[str]:
    """The outlets of the sources, each once, in the table's order."""
    if sources is None or sources.empty:
        return []
    return list(dict.fromkeys(outlet_name(row) for row in sources.to_dict("records")))


def package_version() -> str:
    """The package's version (one source: ``ucj_data.__version__``)."""
    from ucj_data import __version__

    return __version__


def field_descriptor(f: Field) -> dict:
    """Frictionless field descriptor of a field definition."""
    out: dict = {"name": f.name, "type": f.type, "description": f.description}
    if f.unit:
        out["unit"] = f.unit  # custom property: the physical unit of the column
    constraints: dict = {}
    if f.required:
        constraints["required"] = True
    if f.unique:
        constraints["unique"] = True
    if f.minimum is not None:
        constraints["minimum"] = f.minimum
    if f.maximum is not None:
        constraints["maximum"] = f.maximum
    if f.pattern is not None and f.type == "string":  # Frictionless types dates itself
        constraints["pattern"] = f.pattern.removeprefix("^").removesuffix("$")
    if f.enum is not None:
        constraints["enum"] = list(f.enum)
    if constraints:
        out["constraints"] = constraints
    return out


def resource_descriptor(name: str) -> dict:
    from ucj_data.metadata.methods import METHODS

    table = TABLES[name]
    schema: dict = {
        "fields": [field_descriptor(table.field(n)) for n in table.fields],
        "primaryKey": list(table.primary_key),
    }
    if table.foreign_keys:
        schema["foreignKeys"] = [
            {"fields": [f], "reference": {"resource": t, "fields": [rf]}}
            for f, t, rf in table.foreign_keys
        ]
    return {"name": name, "type": "table", "path": f"{name}.csv", "scheme": "file",
            "format": "csv", "mediatype": "text/csv", "encoding": "utf-8",
            "description": table.description
            + (f"\n\nMethod: {METHODS[table.method]}" if table.method else ""),
            **({"licenses": list(table.licenses)} if table.licenses else {}),
            **({"sources": list(table.sources)} if table.sources else {}),
            "schema": schema}


def package_descriptor(names: list[str], sources: pd.DataFrame | None = None) -> dict:
    """The data package descriptor for the tables ``names``, from the field definitions;
    its ``sources`` and the outlets its licence text names come from ``sources`` (the
    sources table). Deterministic: the same arguments give the same descriptor."""
    found = sources_descriptor(sources)
    description = PACKAGE["description"] + " " + LICENSING.format(
        "; ".join(outlets(sources)) or "the outlets named in the sources table")
    out = {**PACKAGE, "version": package_version(), "description": description}
    if found:
        out["sources"] = found
    return {**out, "resources": [resource_descriptor(n) for n in names]}


def to_csv_bytes(frame: pd.DataFrame) -> bytes:
    # 15 significant digits print 50.87 as 50.87 and 650459000000.0 as 650459000000
    return frame.to_csv(index=False, lineterminator="\n", float_format="%.15g").encode()


def to_parquet_bytes(frame: pd.DataFrame) -> bytes:
    buffer = io.BytesIO()
    # pandas writes DataFrame.attrs into the file's metadata: the folder a table was read
    # from (ucj_data.io.raw.ROOT_ATTR) would make the bytes depend on where it was built
    frame = frame.copy(deep=False)
    frame.attrs = {}
    frame.to_parquet(buffer, index=False)
    return buffer.getvalue()


def package_files(tables: dict[str, pd.DataFrame]) -> dict[str, bytes]:
    """Every file of the package, by name: CSV and Parquet per table, ``datapackage.json``."""
    files = {}
    for name, frame in tables.items():
        # categoricals are a way to hold text in memory; the files hold plain text
        frame = frame[list(TABLES[name].fields)].astype(
            {c: "str" for c in TABLES[name].categorical})
        files[f"{name}.csv"] = to_csv_bytes(frame)
        files[f"{name}.parquet"] = to_parquet_bytes(frame)
    descriptor = package_descriptor(list(tables), tables.get("sources"))
    text = json.dumps(descriptor, indent=2, ensure_ascii=False) + "\n"
    files["datapackage.json"] = text.encode("utf-8")
    return files


def write(tables: dict[str, pd.DataFrame], dest: Path | str, *,
          timeout: float | None = None) -> None:
    """Write ``tables`` and ``datapackage.json`` to ``dest``, replacing it durably.

    Builds wait for each other (up to ``timeout`` seconds, :data:`LOCK_TIMEOUT` by
    default). Raises :class:`SetupError` when the folder cannot be written.
    """
    files = package_files(tables)  # all the work that can fail on data, before any I/O

    def fill(new: Path) -> None:
        for name, data in files.items():
            _write_file(new / name, data)
        _fsync(new, list(files))

    replace_folder(dest, fill, timeout=timeout)


def replace_folder(dest: Path | str, fill, *, timeout: float | None = None) -> None:
    """Replace the folder ``dest`` whole or not at all: ``fill(new)`` writes the new
    version into an empty temporary folder beside it, which then takes ``dest``'s place
    in one step (the old version kept until then). Replacements of folders of one parent
    wait for each other (the build lock); a replacement killed at any moment leaves the
    old version or the new one, complete (:func:`recover`, run first by the next one).
    Raises :class:`SetupError` when the folder cannot be written."""
    dest = Path(dest).absolute()
    if dest.is_symlink() and dest.is_dir():  # a folder kept elsewhere: replace that one
        dest = dest.resolve()
    parent = dest.parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise SetupError(_cannot("create", parent, err)) from None
    with _locked(parent / LOCK_NAME, LOCK_TIMEOUT if timeout is None else timeout):
        recover(dest)
        if os.path.lexists(dest) and not dest.is_dir():
            raise SetupError(f"{dest} is not a folder; move it away and try again")
        new = parent / f".{dest.name}-new-{os.getpid()}-{secrets.token_hex(4)}"
        try:
            os.mkdir(new)
            fill(new)
            _put_in_place(new, dest)
        except BaseException as err:  # an interrupt too: nothing half-made is left
            # a half-done swap is finished or undone, and the temporary folders go
            recover(dest)
            if isinstance(err, OSError):
                raise SetupError(_cannot("write", dest, err)) from None
            raise


def recover(dest: Path | str) -> None:
    """Repair what a killed build left beside ``dest``; call it only under the build lock.

    If ``dest`` is missing, the newest complete copy (``-ready-``, else ``-old-``) is
    renamed back; every other ``.<dest>-*`` folder is deleted.
    """
    dest = Path(dest)
    parent = dest.parent
    try:
        leftovers = [p for p in parent.iterdir() if p.name.startswith(f".{dest.name}-")]
    except FileNotFoundError:
        return
    except OSError as err:
        raise SetupError(_cannot("read", parent, err)) from None
    if not os.path.lexists(dest):
        complete = [p for p in leftovers if _kind(p, dest.name) in ("ready", "old")]
        # a ready folder is the newer version; among equals, the latest
        complete.sort(key=lambda p: (_kind(p, dest.name) == "ready", _mtime(p)))
        for candidate in reversed(complete):
            try:
                os.rename(candidate, dest)
            except OSError:
                continue
            leftovers.remove(candidate)
            _fsync_dir(parent)
            break
        else:
            if complete:
                raise SetupError(
                    f"{dest} is missing and its last complete version, {complete[-1]}, "
                    f"cannot be renamed back; rename it to {dest.name} by hand")
    for path in leftovers:
        try:
            _remove(path)
        except OSError as err:
            raise SetupError(
                f"cannot delete {path}, left by an interrupted build ({_reason(err)}); "
                f"delete it by hand (rm -rf '{path}') and build again") from None


def _kind(path: Path, name: str) -> str | None:
    """``ready``, ``old``, ``new`` or ``trash`` for a folder named by :func:`write`."""
    rest = path.name.removeprefix(f".{name}-")
    if rest == "old":  # the backup of the version of this module before the lock
        return "old"
    kind, sep, _ = rest.partition("-")
    return kind if sep and kind in ("ready", "old", "new", "trash") else None


def _mtime(path: Path) -> int:
    try:
        return path.stat().st_mtime_ns
    except OSError:
        return 0


def _put_in_place(new: Path, dest: Path) -> None:
    """Make the complete folder ``new`` be ``dest``; see the module docstring."""
    parent = dest.parent
    if not os.path.lexists(dest):
        os.rename(new, dest)
        _fsync_dir(parent)
        return
    if _exchange(new, dest):  # ``new`` now holds the old version
        _fsync_dir(parent)
        with contextlib.suppress(OSError):  # else the next build deletes it
            _remove(new)
        return
    token = new.name.rpartition("-new-")[2]
    ready = parent / f".{dest.name}-ready-{token}"
    old = parent / f".{dest.name}-old-{token}"
    trash = parent / f".{dest.name}-trash-{token}"
    os.rename(new, ready)
    os.rename(dest, old)
    os.rename(ready, dest)
    _fsync_dir(parent)
    os.rename(old, trash)
    with contextlib.suppress(OSError):
        _remove(trash)


@lru_cache(maxsize=1)
def _renameat2():
    """libc's ``renameat2``, or None where there is none (not Linux, old or other libc)."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        function = ctypes.CDLL(None, use_errno=True).renameat2
    except (OSError, AttributeError):
        return None
    function.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p,
                         ctypes.c_uint]
    function.restype = ctypes.c_int
    return function


AT_FDCWD = -100
RENAME_EXCHANGE = 2


def _exchange(a: Path, b: Path) -> bool:
    """Swap ``a`` and ``b`` atomically; False when the system cannot swap (nothing done)."""
    function = _renameat2()
    if function is None:
        return False
    if function(AT_FDCWD, os.fsencode(a), AT_FDCWD, os.fsencode(b), RENAME_EXCHANGE) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP, errno.EOPNOTSUPP):
        return False  # a kernel or filesystem without it
    raise OSError(code, os.strerror(code), str(b), None, str(a))


def _write_file(path: Path, data: bytes) -> None:
    with open(path, "xb") as f:
        f.write(data)


def _fsync(folder: Path, names: list[str]) -> None:
    """Put the files ``names`` of ``folder`` on the disk, so that a power cut after the
    swap cannot leave them empty. One after the other once all are written: the first
    call flushes most of the others' data too, which makes this much quicker."""
    for name in names:
        fd = os.open(folder / name, os.O_RDWR)  # Windows syncs only what it may write
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    _fsync_dir(folder)


def _fsync_dir(path: Path) -> None:
    """Make the renames in folder ``path`` survive a power cut, where the system can."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:  # Windows cannot open a folder
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _remove(path: Path) -> None:
    """Delete ``path`` and all below it, also where a folder inside is read-only."""
    if path.is_symlink() or not path.is_dir():
        os.unlink(path)
        return

    def writable_then_retry(function, target, _exc_info):
        for folder in (os.path.dirname(target), target):
            with contextlib.suppress(OSError):
                if os.path.isdir(folder) and not os.path.islink(folder):
                    os.chmod(folder, stat.S_IMODE(os.stat(folder).st_mode) | stat.S_IRWXU)
        function(target)  # raises again if that did not help

    shutil.rmtree(path, onerror=writable_then_retry)


@contextlib.contextmanager
def _locked(path: Path, timeout: float) -> Iterator[None]:
    """Hold the exclusive build lock ``path``, waiting up to ``timeout`` seconds for it."""
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o666)
    except OSError as err:
        try:  # a lock file that exists can be locked read-only
            fd = os.open(path, os.O_RDONLY)
        except OSError:
            raise SetupError(_cannot("create the build lock", path, err)) from None
    try:
        deadline = time.monotonic() + timeout
        while not _try_lock(fd, path):
            if time.monotonic() >= deadline:
                raise SetupError(
                    f"another build is running (it holds {path}); wait for it to finish "
                    f"or stop it, then build again")
            _wait()
        yield
    finally:
        os.close(fd)  # releases the lock


def _wait() -> None:
    """Pause between two tries of the lock."""
    time.sleep(0.05)


def _try_lock(fd: int, path: Path) -> bool:
    try:
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        else:
            import msvcrt

            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
    except BlockingIOError:
        return False
    except OSError as err:
        if fcntl is None:
            return False
        raise SetupError(_cannot("lock", path, err)) from None
    return True


def _reason(err: OSError) -> str:
    text = err.strerror or type(err).__name__
    return f"{text}: {err.filename}" if err.filename else text


def _cannot(doing: str, path: Path, err: OSError) -> str:
    """One line: what could not be done where, why, and what to do."""
    code = err.errno
    if code in (errno.EACCES, errno.EPERM):
        advice = (f"make {path.parent} and {path} writable (chmod -R u+w; an immutable "
                  "folder also needs chattr -i) and try again")
    elif code == errno.EROFS:
        advice = "the disk is mounted read-only: use a copy of the project where you can write"
    elif code in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        advice = "free some disk space and try again"
    elif code in (errno.ENOTDIR, errno.EEXIST):
        advice = f"a file stands where a folder is needed: move it away from {path.parent}"
    else:
        advice = "check the folder and try again"
    return f"cannot {doing} {path} ({_reason(err)}); {advice}"
