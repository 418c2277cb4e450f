"""Interrupts of the ``ucj-data`` program, handled from its first moment.

Importing ucj_data (pandas, pandera) takes most of a second; a Ctrl-C or a SIGTERM in
that time would print a traceback from deep inside an import. :func:`quiet_start` ends
the program then with one line and exit 130 (SIGINT) or 143 (SIGTERM): nothing has been
written yet. (In the interpreter's own first hundredths of a second, before ucj_data is
imported, Python's defaults apply.) Once :func:`ucj_data.cli.main` runs, it turns the
signals into exceptions, so that what a command was replacing is left whole
(``ucj_data.cli.Terminated``).
"""

from __future__ import annotations

# the built-in module under `signal`: importing `signal` itself (its enums) takes long
# enough for a Ctrl-C to land inside it
import _signal
import os


def quiet_start() -> None:
    """End the program on SIGINT or SIGTERM with one line, until main() takes over."""

    def stop(signum, _frame) -> None:
        word = b"interrupted" if signum == _signal.SIGINT else b"terminated"
        os.write(2, b"ucj-data: " + word + b"\n")
        os._exit(128 + signum)

    try:
        _signal.signal(_signal.SIGINT, stop)
        _signal.signal(_signal.SIGTERM, stop)
    except ValueError:  # not the main thread: leave the handlers as they are
        pass
