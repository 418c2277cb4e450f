"""Problems found in data/raw/, reported as a person can act on them."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Problem:
    """One problem: where it is (file, CSV line, column), what was found, what was expected."""

    file: str
    line: int | None
    column: str | None
    value: str
    expected: str

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        col = "" if self.column is None else f" column {self.column!r}:"
        return f"{where}:{col} got {self.value}; expected {self.expected}"


class RawDataError(ValueError):
    """data/raw/ does not pass validation; ``problems`` lists every problem found."""

    def __init__(self, problems: list[Problem]):
        self.problems = sorted(set(problems), key=lambda p: (p.file, p.line or 0, str(p)))
        n = len(self.problems)
        lines = "\n".join(f"  {p}" for p in self.problems)
        super().__init__(f"{n} problem{'s' if n != 1 else ''} in data/raw/:\n{lines}")


class SetupError(RuntimeError):
    """A filesystem or environment problem (a folder that cannot be written, a file that
    cannot be read, a build already running): the message names the path and what to do.
    The command line reports it on one line and exits with status 3."""
