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


def input_stamp(root: Path) -> tuple | None:
    """(folder, file name, sha256) of every input file under ``root``, in name order; None
    when a file cannot be read (a folder in its place, a dangling link, no permission):
    then nothing is kept, and the reader names that file."""
    try:
        paths = sorted((root / "data" / "raw").glob("*.csv")) + sorted(
            (root / "seeds").glob("*"))
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
