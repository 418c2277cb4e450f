"""The commands write UTF-8 whatever the locale: a draft quoting a source's curly quotes and
dashes reaches a Latin-1 terminal whole, not cut off by a UnicodeEncodeError."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys

TEXT = "Ketua Forum menyebut “sebanyak 12.345 pekerja aktif” tercatat di Kota Contoh."


def test_extract_to_a_latin1_terminal_writes_the_whole_draft(project):
    (project / "seeds" / "900_contoh.txt").write_text(TEXT, encoding="utf-8")
    with (project / "data" / "raw" / "sources.csv").open("a", encoding="utf-8") as f:
        f.write("contoh-src,900_contoh.txt,Warta,,,2025-10-01,,id,\n")
    env = dict(os.environ, PYTHONIOENCODING="latin-1", LC_ALL="C", LANG="C")
    env.pop("UCJ_DATA_DEBUG", None)
    done = subprocess.run([sys.executable, "-m", "ucj_data", "--root", str(project), "extract",
                           "900_contoh.txt", "--source-id", "contoh-src"],
                          capture_output=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    rows = list(csv.DictReader(io.StringIO(done.stdout.decode("utf-8"))))
    assert [r["value_text"] for r in rows] == ["12.345"]
    # the quote keeps the source's curly quotes, which Latin-1 cannot encode
    assert "”" in rows[0]["quote"] and "12.345 pekerja aktif" in rows[0]["quote"]
    assert b"Traceback" not in done.stderr
