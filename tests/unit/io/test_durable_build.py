"""data/processed/ is never missing or partial: a build killed at any step, builds run at
once, a folder that cannot be written. See the docstring of ucj_data.io.datapackage."""

from __future__ import annotations

import contextlib
import errno
import os
import pickle
import random
import shutil
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from tests.conftest import REPO, tree_digest
from tests.unit.io.made_up import made_up_tables
from ucj_data.io import datapackage
from ucj_data.validate.problems import SetupError

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None


@pytest.fixture(scope="module")
def tables():
    """A small package (two tables, five files): quick to write many times."""
    return made_up_tables(2)


@pytest.fixture(scope="module")
def old_digest(tmp_path_factory) -> dict:
    dest = tmp_path_factory.mktemp("old") / "processed"
    datapackage.write(made_up_tables(1), dest)
    return tree_digest(dest)


@pytest.fixture(scope="module")
def new_digest(tables, tmp_path_factory) -> dict:
    dest = tmp_path_factory.mktemp("new") / "processed"
    datapackage.write(tables, dest)
    return tree_digest(dest)


def old_version(dest: Path) -> Path:
    """``dest`` holding the old version, the one a build replaces."""
    datapackage.write(made_up_tables(1), dest)
    (dest.parent / datapackage.LOCK_NAME).unlink()
    return dest


@pytest.fixture
def dest(tmp_path) -> Path:
    return old_version(tmp_path / "data" / "processed")


def leftovers(dest: Path) -> list[str]:
    return sorted(p.name for p in dest.parent.iterdir() if p.name.startswith(".processed-"))


def complete_copies(dest: Path, versions: list[dict]) -> list[str]:
    return [p.name for p in dest.parent.iterdir()
            if datapackage._kind(p, dest.name) in ("ready", "old")
            and tree_digest(p) in versions]


def assert_consistent(dest: Path, versions: list[dict], *, window: bool) -> None:
    """``dest`` is a complete version; with ``window`` (the renames' fallback) it may be
    missing for a moment, but then a complete copy waits beside it."""
    if dest.exists() or not window:
        assert tree_digest(dest) in versions, "data/processed/ is partial or missing"
    else:
        assert complete_copies(dest, versions), f"no complete copy in {leftovers(dest)}"


@pytest.fixture(params=["exchange", "renames"])
def mode(request, monkeypatch, tmp_path) -> str:
    """The atomic swap (Linux), and the three renames used where there is none."""
    if request.param == "renames":
        monkeypatch.setattr(datapackage, "_exchange", lambda a, b: False)
    else:
        (tmp_path / "a").mkdir()
        (tmp_path / "b").mkdir()
        if not datapackage._exchange(tmp_path / "a", tmp_path / "b"):
            pytest.skip("this system cannot swap two folders atomically")
        (tmp_path / "a").rmdir()
        (tmp_path / "b").rmdir()
    return request.param


class Killed(BaseException):
    """The process died here: nothing after it runs, not even clean-up code."""


class Crash:
    """Counts the filesystem steps of a build; at step ``kill_at`` the build dies, and every
    later step fails at once, as in a killed process. Before each step ``check`` runs."""

    STEPS = [(os, "rename"), (os, "mkdir"), (os, "unlink"), (os, "rmdir"),
             (datapackage, "_exchange"), (datapackage, "_write_file")]

    def __init__(self, mp: pytest.MonkeyPatch, kill_at: int, check):
        self.step, self.kill_at, self.check, self.dead = 0, kill_at, check, False
        for owner, name in self.STEPS:
            mp.setattr(owner, name, self.wrap(getattr(owner, name), name))

    def wrap(self, real, name):
        def step(*args, **kwargs):
            if self.dead:
                raise Killed
            self.check()
            if self.step == self.kill_at:
                self.dead = True
                if name == "_write_file":  # killed half-way through a file
                    path, data = args
                    Path(path).write_bytes(data[: len(data) // 2])
                raise Killed
            self.step += 1
            return real(*args, **kwargs)
        return step


def test_a_build_killed_at_any_step_leaves_a_complete_folder(tables, old_digest, new_digest,
                                                             tmp_path, mode):
    versions = [old_digest, new_digest]
    found_after_kill = set()
    for kill_at in range(200):
        dest = old_version(tmp_path / str(kill_at) / "data" / "processed")

        def check(dest=dest):
            assert_consistent(dest, versions, window=mode == "renames")

        with pytest.MonkeyPatch.context() as mp:
            crash = Crash(mp, kill_at, check)
            with contextlib.suppress(Killed):
                datapackage.write(tables, dest)
        assert_consistent(dest, versions, window=mode == "renames")
        # the next build finds the old or the new version, whole, and no stray folders
        with datapackage._locked(dest.parent / datapackage.LOCK_NAME, 0):
            datapackage.recover(dest)
        assert tree_digest(dest) in versions
        found_after_kill.add("old" if tree_digest(dest) == old_digest else "new")
        assert leftovers(dest) == []
        datapackage.write(tables, dest)
        assert tree_digest(dest) == new_digest and leftovers(dest) == []
        if not crash.dead:  # the build ran to its end: every step has been tried
            break
    else:
        pytest.fail("the build never finished")
    assert kill_at > 8, "too few steps were tried"
    assert found_after_kill == {"old", "new"}


def test_a_kill_between_the_renames_is_repaired_by_the_next_build(dest):
    # the state the version before this one left when killed there: no data/processed,
    # a complete backup and a partial temporary folder
    old_digest = tree_digest(dest)
    dest.rename(dest.with_name(".processed-old"))
    partial = dest.with_name(".processed-x1y2z3")
    partial.mkdir()
    (partial / "sources.csv").write_text("source_id\n")
    with datapackage._locked(dest.parent / datapackage.LOCK_NAME, 0):
        datapackage.recover(dest)
    assert tree_digest(dest) == old_digest
    assert leftovers(dest) == []


def test_a_complete_new_version_is_preferred_to_the_old_one(tables, new_digest, dest):
    old_digest = tree_digest(dest)
    # killed between the second and the third rename of the fallback
    datapackage.write(tables, dest.with_name(".processed-ready-1-ab"))
    dest.rename(dest.with_name(".processed-old-1-ab"))
    with datapackage._locked(dest.parent / datapackage.LOCK_NAME, 0):
        datapackage.recover(dest)
    assert tree_digest(dest) == new_digest != old_digest
    assert leftovers(dest) == []


def test_stray_and_read_only_folders_of_dead_builds_are_cleared(tables, new_digest, dest):
    for name in (".processed-old", ".processed-new-1-aa", ".processed-trash-2-bb",
                 ".processed-abc123"):
        stuck = dest.with_name(name) / "sub"
        stuck.mkdir(parents=True)
        (stuck / "x.csv").write_text("x\n")
        stuck.chmod(0o555)
        stuck.parent.chmod(0o555)
    datapackage.write(tables, dest)
    assert tree_digest(dest) == new_digest
    assert leftovers(dest) == []


def test_builds_at_once_run_one_after_the_other(tables, new_digest, tmp_path):
    """Four processes, each building three times into the same folder."""
    dest = old_version(tmp_path / "data" / "processed")
    pickled = tmp_path / "tables.pickle"
    pickled.write_bytes(pickle.dumps(tables))
    script = ("import pickle, sys\n"
              "from ucj_data.io import datapackage\n"
              "tables = pickle.loads(open(sys.argv[1], 'rb').read())\n"
              "print('ready', flush=True); sys.stdin.readline()\n"
              "for _ in range(3):\n"
              "    datapackage.write(tables, sys.argv[2])\n")
    procs = [subprocess.Popen([sys.executable, "-c", script, str(pickled), str(dest)],
                              cwd=REPO, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for _ in range(4)]
    for p in procs:  # every one imported and waiting: then all start at once
        assert p.stdout.readline() == "ready\n", p.stderr.read()
    for p in procs:
        p.stdin.write("go\n")
        p.stdin.flush()
    for p in procs:
        _, err = p.communicate(timeout=120)
        assert p.returncode == 0, err
    assert tree_digest(dest) == new_digest
    assert leftovers(dest) == []


@pytest.mark.skipif(fcntl is None, reason="the test holds the lock with fcntl")
def test_a_second_build_waits_for_the_lock(tables, new_digest, dest, monkeypatch):
    old_digest = tree_digest(dest)
    waiting = threading.Event()
    real_wait = datapackage._wait

    def wait():
        waiting.set()
        real_wait()

    monkeypatch.setattr(datapackage, "_wait", wait)
    errors = []

    def build():
        try:
            datapackage.write(tables, dest, timeout=120)
        except Exception as err:  # reported by the main thread
            errors.append(err)

    fd = os.open(dest.parent / ".build.lock", os.O_RDWR | os.O_CREAT)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)  # another build is running
        thread = threading.Thread(target=build)
        thread.start()
        assert waiting.wait(60), "the build did not wait for the lock"
        # while it waits it has written nothing
        assert tree_digest(dest) == old_digest and leftovers(dest) == []
    finally:
        os.close(fd)
    thread.join(120)
    assert not thread.is_alive() and errors == []
    assert tree_digest(dest) == new_digest


@pytest.mark.skipif(fcntl is None, reason="the test holds the lock with fcntl")
def test_a_build_gives_up_when_the_lock_stays_taken(tables, dest):
    old_digest = tree_digest(dest)
    fd = os.open(dest.parent / ".build.lock", os.O_RDWR | os.O_CREAT)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        with pytest.raises(SetupError, match="another build is running .*build.lock"):
            datapackage.write(tables, dest, timeout=0)
    finally:
        os.close(fd)
    assert tree_digest(dest) == old_digest and leftovers(dest) == []


def denied(path) -> OSError:
    return PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))


def test_a_destination_that_cannot_be_replaced(tables, new_digest, dest, monkeypatch, mode):
    """As if data/processed/ were read-only or immutable (tests run as root, where chmod
    does not stop a write): the swap is refused."""
    old_digest = tree_digest(dest)
    real_rename = os.rename

    def rename(a, b, *args, **kwargs):
        if Path(a) == dest or Path(b) == dest:
            raise denied(dest)
        return real_rename(a, b, *args, **kwargs)

    def exchange(a, b):
        raise denied(b)

    with monkeypatch.context() as mp:
        mp.setattr(os, "rename", rename)
        if mode == "exchange":
            mp.setattr(datapackage, "_exchange", exchange)
        with pytest.raises(SetupError) as info:
            datapackage.write(tables, dest)
    message = str(info.value)
    assert str(dest) in message and "writable" in message and "\n" not in message
    assert tree_digest(dest) == old_digest and leftovers(dest) == []
    datapackage.write(tables, dest)  # permissions restored: nothing was left stuck
    assert tree_digest(dest) == new_digest and leftovers(dest) == []


@pytest.mark.parametrize("fault", ["folder", "lock", "disk full", "a file in its place"])
def test_a_data_folder_that_cannot_be_written(tables, new_digest, dest, monkeypatch, fault):
    old_digest = tree_digest(dest)
    with monkeypatch.context() as mp:
        if fault == "folder":  # data/ read-only or immutable
            real_mkdir = os.mkdir

            def mkdir(path, *args, **kwargs):
                if Path(path).parent == dest.parent:
                    raise denied(path)
                return real_mkdir(path, *args, **kwargs)

            mp.setattr(os, "mkdir", mkdir)
            expected = "writable"
        elif fault == "lock":
            real_open = os.open

            def open_(path, *args, **kwargs):
                if str(path).endswith(".build.lock"):
                    raise denied(path)
                return real_open(path, *args, **kwargs)

            mp.setattr(os, "open", open_)
            expected = "cannot create the build lock"
        elif fault == "disk full":
            calls = []

            def write_file(path, data):
                calls.append(path)
                if len(calls) == 3:
                    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))
                Path(path).write_bytes(data)

            mp.setattr(datapackage, "_write_file", write_file)
            expected = "free some disk space"
        else:
            shutil.rmtree(dest)
            dest.write_text("not a folder")
            old_digest = None
            expected = "is not a folder"
        with pytest.raises(SetupError, match=expected) as info:
            datapackage.write(tables, dest)
    assert str(dest.parent) in str(info.value)
    if old_digest is not None:
        assert tree_digest(dest) == old_digest
    assert leftovers(dest) == []
    if fault == "a file in its place":
        dest.unlink()
    datapackage.write(tables, dest)
    assert tree_digest(dest) == new_digest


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0,
                    reason="as root, chmod does not stop writes")
def test_a_read_only_data_folder(tables, new_digest, dest):
    old_digest = tree_digest(dest)
    dest.parent.chmod(0o555)
    try:
        with pytest.raises(SetupError, match="writable"):
            datapackage.write(tables, dest)
    finally:
        dest.parent.chmod(0o755)
    assert tree_digest(dest) == old_digest and leftovers(dest) == []
    datapackage.write(tables, dest)
    assert tree_digest(dest) == new_digest


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_a_build_killed_for_real_at_random_moments(tables, new_digest, dest, tmp_path):
    """A process writing in a loop, killed with SIGKILL at a random moment, three times."""
    old_digest = tree_digest(dest)
    pickled = tmp_path / "tables.pickle"
    pickled.write_bytes(pickle.dumps(tables))
    script = ("import pickle, sys\n"
              "from ucj_data.io import datapackage\n"
              "tables = pickle.loads(open(sys.argv[1], 'rb').read())\n"
              "print('ready', flush=True)\n"
              "while True:\n"
              "    datapackage.write(tables, sys.argv[2])\n")
    rng = random.Random(os.getpid())
    for _ in range(3):
        proc = subprocess.Popen([sys.executable, "-c", script, str(pickled), str(dest)],
                                cwd=REPO, stdout=subprocess.PIPE, text=True)
        assert proc.stdout.readline() == "ready\n"
        with contextlib.suppress(subprocess.TimeoutExpired):  # it never ends by itself
            proc.wait(timeout=rng.uniform(0, 0.3))
        proc.kill()
        proc.wait()
        proc.stdout.close()
        assert tree_digest(dest) in [old_digest, new_digest]
        datapackage.write(tables, dest)
        assert tree_digest(dest) == new_digest and leftovers(dest) == []
