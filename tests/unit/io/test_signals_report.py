"""SIGTERM to `report` mid-notebook: exit 143 with one line, its workers and their kernels
stopped, the old report kept whole (tests/unit/io/test_signals.py has the helpers and the
other commands; a module of its own, so that it runs beside them on another worker)."""

from __future__ import annotations

import shutil
import signal
import time

from tests.conftest import REPO, tree_digest
from tests.unit.io.test_signals import check_ending, start, still_running


def test_report_terminated_stops_its_workers_and_keeps_the_old_report(project):
    shutil.copytree(REPO / "notebooks", project / "notebooks")
    old = project / "reports"
    (old / "en").mkdir(parents=True)
    (old / "en" / "index.html").write_text("the old report", encoding="utf-8")
    before = tree_digest(old)
    process = start("--root", str(project), "report", "--jobs", "2")
    deadline = time.monotonic() + 60
    line = ""
    while "[build]" not in line and time.monotonic() < deadline:  # kernels are starting
        line = process.stdout.readline()
    time.sleep(1.5)  # inside the notebooks
    process.send_signal(signal.SIGTERM)
    _, err = process.communicate(timeout=120)
    check_ending(process.returncode, err, signal.SIGTERM)
    assert process.returncode == 143
    assert tree_digest(old) == before  # the old report, whole
    deadline = time.monotonic() + 15
    while still_running(project) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not still_running(project), "workers or kernels left running"
