"""Results kept for one state of a data folder's inputs.

A data folder's inputs (``data/raw/*.csv`` and ``seeds/*``) are named by their content
(:func:`input_stamp`): any edit, added file or removed file gives a new stamp, so nothing
stale is served, and two folders holding the same files (a researcher's copy made with
``ucj-data init``, a test's scratch copy) share what was computed from them. Only results
are kept, never errors: a folder with a problem is read again, and its problem reported
again, at every call.
"""

from __future__ import annotations

import hashlib
from collections import OrderedDict
from collections.abc import Callable, Hashable
from pathlib import Path
from typing import Generic, TypeVar

from ucj_data.validate.problems import SetupError

T = TypeVar("T")

# what editors, office suites and sync tools leave beside the files they edit: a lock
# (.#figures.csv, ~$figures.csv, .~lock.figures.csv#), a backup (figures.csv~, .bak), a
# swap or temporary file, a folder's metadata (.DS_Store): never an input
_NOT_INPUT_SUFFIXES = ("~", "#", ".swp", ".swo", ".tmp", ".bak", ".orig", ".crdownload",
                       ".part")


def is_input_name(name: str) -> bool:
    """Whether a file named ``name`` in data/raw/ or seeds/ can be an input: not a hidden
    file, a lock, a backup or a temporary file of an editor or a sync tool.

    >>> [is_input_name(n) for n in ("figures.csv", ".#figures.csv", "figures.csv~",
    ...                             "~$figures.csv", "000_a.txt", ".DS_Store")]
    [True, False, False, False, True, False]
    """
    return not (name.startswith((".", "~", "#")) or name.endswith(_NOT_INPUT_SUFFIXES))


def input_stamp(root: Path) -> tuple | None:
    """(folder, file name, sha256) of every input file under ``root``, in name order; None
    when a file cannot be read (a folder in its place, a dangling link, no permission):
    then nothing is kept, and the reader names that file."""
    try:
        paths = [p for p in sorted((root / "data" / "raw").glob("*.csv"))
                 + sorted((root / "seeds").glob("*")) if is_input_name(p.name)]
    except OSError as err:
        raise SetupError(f"cannot list the inputs under {root}: {err.strerror or err}; "
                         f"make data/raw/ and seeds/ readable") from None
    stamp = []
    for path in paths:
        try:
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
        except OSError:
            return None
        stamp.append((path.parent.name, path.name, digest))
    return tuple(stamp)


class Memo(Generic[T]):
    """The last ``size`` results, by key (least recently used dropped first)."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._kept: OrderedDict[Hashable, T] = OrderedDict()

    def get(self, key: Hashable | None, make: Callable[[], T]) -> T:
        """The result kept for ``key``, else ``make()`` (kept unless ``key`` is None)."""
        if key is None:
            return make()
        if key in self._kept:
            self._kept.move_to_end(key)
            return self._kept[key]
        value = make()
        self._kept[key] = value
        if len(self._kept) > self.size:
            self._kept.popitem(last=False)
        return value

    def clear(self) -> None:
        self._kept.clear()
