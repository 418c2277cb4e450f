"""Time `ucj-data report` (both languages: every notebook runs twice) against the same
executions one after another with `jupyter nbconvert --to html --execute` (each notebook
twice, the region profile twice per region), in one run.

    .venv/bin/python benchmarks/bench_report.py [runs]

Both run on a scratch copy of the project, so nothing here is rewritten. Prints the median
wall time of each and their ratio (target: at most 0.8 on 2 cores).
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_report_regions import serial_runs  # noqa: E402


def timed(cmds: list[list[str]], cwd: Path) -> float:
    start = time.perf_counter()
    for cmd in cmds:
        subprocess.run(cmd, check=True, cwd=cwd, capture_output=True)
    return time.perf_counter() - start


def main(runs: int = 3) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        for part in ("data/raw", "seeds", "notebooks"):
            shutil.copytree(ROOT / part, root / part)
        report = [[sys.executable, "-m", "ucj_data", "--root", str(root), "report"]]
        # the executions the report makes: every notebook in each language, the region
        # profile once per region (bench_report_regions.serial_runs writes each one out)
        serial = serial_runs(root, root / "serial")
        t_report, t_serial = [], []
        for _ in range(runs):  # interleaved, so drift in machine load hits both alike
            t_serial.append(timed(serial, root))
            t_report.append(timed(report, root))
    a, b = statistics.median(t_report), statistics.median(t_serial)
    print(f"nbconvert --execute, {len(serial)} executions serially: {b:.2f} s "
          f"(median of {runs})")
    print(f"ucj-data report, both languages (build + notebooks + HTML + PNG): {a:.2f} s "
          f"(median of {runs})")
    print(f"ratio report / serial nbconvert                    : {a / b:.2f} (target <= 0.8)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 3)
