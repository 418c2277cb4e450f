"""Ctrl-C (SIGINT) and SIGTERM end every command with exit 130 / 143, one line and no
traceback, leave no process running, and leave what the command was replacing whole: the
old version or the new one. Real subprocesses, real signals, at several moments."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import tree_digest

EXIT = {signal.SIGINT: (130, "interrupted"), signal.SIGTERM: (143, "terminated")}


def start(*args: str) -> subprocess.Popen:
    env = {k: v for k, v in os.environ.items() if k not in ("UCJ_DATA_ROOT", "UCJ_DATA_DEBUG")}
    return subprocess.Popen([sys.executable, "-m", "ucj_data", *args], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def stopped(process: subprocess.Popen, signum: int, after: float) -> tuple[int, str, str]:
    """Send ``signum`` after ``after`` seconds (if still running); (exit, stdout, stderr)."""
    time.sleep(after)
    if process.poll() is None:
        process.send_signal(signum)
    out, err = process.communicate(timeout=120)
    return process.returncode, out, err


def check_ending(code: int, err: str, signum: int) -> None:
    """Done (0), or ended by the signal with its exit code and one line. In the
    interpreter's first and last milliseconds (before Python sets up its handlers, after
    the command has finished), the signal's default action ends the process: the shell
    sees the same 128 + n, and nothing is half done."""
    if code == -signum:
        assert "Traceback" not in err, err
        return
    assert code in (0, EXIT[signum][0]), (code, err)
    assert "Traceback" not in err, err
    if code:
        assert err.strip().splitlines()[-1].endswith(EXIT[signum][1]), err
        assert len(err.strip().splitlines()) == 1, err


def still_running(root: Path) -> list[int]:
    """Processes (workers, kernels) whose environment names the data folder ``root``."""
    found = []
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            environ = (proc / "environ").read_bytes()
        except OSError:
            continue
        if f"UCJ_DATA_ROOT={root}".encode() in environ.split(b"\0"):
            found.append(int(proc.name))
    return found


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM], ids=["int", "term"])
def test_build_stopped_at_any_moment_keeps_data_processed_whole(project, signum):
    processed = project / "data" / "processed"
    before = tree_digest(processed)
    for after in (0.25, 0.8, 1.5):  # importing, reading and computing, writing
        code, _, err = stopped(start("--root", str(project), "build"), signum, after)
        check_ending(code, err, signum)
        # the same inputs give the same bytes, so old or new, the folder is this one
        assert tree_digest(processed) == before, (after, code)
    done = subprocess.run([sys.executable, "-m", "ucj_data", "--root", str(project), "build"],
                          capture_output=True, timeout=120)
    assert done.returncode == 0 and tree_digest(processed) == before
    assert not [p for p in (project / "data").iterdir() if p.name.startswith(".processed-")]


def test_init_stopped_at_any_moment_leaves_no_half_made_folder(tmp_path):
    for n, after in enumerate((0.25, 0.8, 1.3)):
        dest = tmp_path / f"ucj{n}"
        code, _, err = stopped(start("init", str(dest)), signal.SIGINT, after)
        check_ending(code, err, signal.SIGINT)
        made = dest.exists() and any(dest.iterdir())
        if code and made:  # interrupted once the folder was in place: it is complete
            assert {p.name for p in dest.iterdir()} == {"README.md", "seeds", "data",
                                                       "notebooks"}, after
        elif code:  # interrupted before: nothing made, so the next init works
            assert subprocess.run([sys.executable, "-m", "ucj_data", "init", str(dest)],
                                  capture_output=True, timeout=120).returncode == 0
        assert (dest / "README.md").is_file() and (dest / "data" / "raw").is_dir()
        assert not [p for p in tmp_path.iterdir() if p.name.startswith(f".ucj{n}-init-")]


@pytest.mark.parametrize("command", [["check"], ["docs"], ["export", "--xlsx", "out.xlsx"],
                                     ["extract", "SEED", "--source-id", "SOURCE"],
                                     ["extract", "SEED", "--source-id", "SOURCE", "--append"]],
                         ids=["check", "docs", "export", "extract", "extract-append"])
def test_every_other_command_ends_on_a_signal_with_one_line(project, command):
    figures_csv = project / "data" / "raw" / "figures.csv"
    before = figures_csv.read_bytes()
    with (project / "data" / "raw" / "sources.csv").open(encoding="utf-8") as f:
        source_id, seed = f.readlines()[1].split(",")[:2]  # the first source and its seed
    names = {"out.xlsx": str(project / "out.xlsx"), "SEED": seed, "SOURCE": source_id}
    args = [names.get(a, a) for a in command]
    moments = [(signal.SIGINT, 0.5), (signal.SIGTERM, 1.0)] + (
        [(signal.SIGINT, 1.6)] if "--append" in command else [])  # once rows are appended
    for signum, after in moments:
        code, _, err = stopped(start("--root", str(project), *args), signum, after)
        check_ending(code, err, signum)
        after_stop = figures_csv.read_bytes()
        if code and "--append" in args and after_stop != before:
            # stopped once the rows were appended and checked: they are all there, valid
            assert after_stop.startswith(before)
            assert subprocess.run([sys.executable, "-m", "ucj_data", "--root", str(project),
                                   "check"], capture_output=True, timeout=120).returncode == 0
        figures_csv.write_bytes(before)
