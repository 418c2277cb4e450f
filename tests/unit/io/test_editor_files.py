"""Files that editors, office suites and sync tools leave beside the inputs are not inputs;
an input that cannot be read is named, with why."""

from __future__ import annotations

import os
import shutil

from ucj_data.cli import main
from ucj_data.io.memo import input_stamp


def test_locks_backups_and_folder_metadata_are_ignored(project, capsys):
    raw, seeds = project / "data" / "raw", project / "seeds"
    os.symlink("me@laptop.12345:1701234567", raw / ".#figures.csv")  # Emacs: a dangling link
    shutil.copy(raw / "figures.csv", raw / "figures.csv~")  # its backup
    (raw / "~$figures.csv").write_bytes(b"\x00lock")  # Excel's owner file
    (raw / ".~lock.figures.csv#").write_text("me,laptop", encoding="utf-8")  # LibreOffice
    (seeds / ".DS_Store").write_bytes(b"\x00\x01")
    (seeds / "000_note.txt.swp").write_bytes(b"\x00")
    stamp = input_stamp(project)
    names = {name for _, name, _ in stamp}
    assert "figures.csv" in names and not names & {
        ".#figures.csv", "figures.csv~", "~$figures.csv", ".~lock.figures.csv#", ".DS_Store",
        "000_note.txt.swp"}
    assert main(["--root", str(project), "check"]) == 0
    assert main(["--root", str(project), "build"]) == 0
    capsys.readouterr()


def test_a_seed_linked_to_a_drive_not_mounted_is_named(project, capsys):
    seeds = project / "seeds"
    seed = sorted(p for p in seeds.iterdir() if p.suffix == ".txt")[0]
    seed.unlink()
    os.symlink("/mnt/usb-not-mounted/source.txt", seed)
    assert main(["--root", str(project), "check"]) == 3
    err = capsys.readouterr().err
    assert f"{seed.name} is a link to /mnt/usb-not-mounted/source.txt" in err
    assert "not mounted" in err and "Traceback" not in err
