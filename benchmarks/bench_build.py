"""Time `ucj-data build` against the floor of any pandera-validated build, in one run.

    .venv/bin/python benchmarks/bench_build.py [runs]

The floor is a process that imports pandas and pandera and validates one one-column frame:
it pays the imports and pandera's first-use cost (its backends register on the first
validation), which every validated build pays. The two commands are run interleaved, so
drift in the machine's load hits both alike; prints the median wall time of each and their
ratio (target: at most 1.3).
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from timing import median_time

ROOT = Path(__file__).resolve().parent.parent
FLOOR = ("import pandas as pd, pandera.pandas as pa; "
         "pa.DataFrameSchema({'a': pa.Column(int, pa.Check.ge(0))})"
         ".validate(pd.DataFrame({'a': [1]}))")


def command_time(cmd: list[str], runs: int) -> float:
    """Median wall time of running ``cmd`` in the project folder."""
    return median_time(lambda: subprocess.run(cmd, check=True, cwd=ROOT, capture_output=True),
                       runs)[0]


def main(runs: int = 7) -> None:
    py = sys.executable
    baseline = [py, "-c", FLOOR]
    with tempfile.TemporaryDirectory() as tmp:
        # the real command on a copy of the inputs, so data/processed/ here is untouched
        for part in ("data/raw", "seeds"):
            shutil.copytree(ROOT / part, Path(tmp) / part)
        build = [py, "-m", "ucj_data", "--root", tmp, "build"]
        command_time(build, 1)  # warm the file cache
        t_base, t_build = [], []
        for _ in range(runs):  # interleaved, so drift in machine load hits both alike
            t_base.append(command_time(baseline, 1))
            t_build.append(command_time(build, 1))
        t_base, t_build = statistics.median(t_base), statistics.median(t_build)
    print(f"floor (import, one validation): {t_base:.3f} s (median of {runs})")
    print(f"ucj-data build                : {t_build:.3f} s (median of {runs})")
    print(f"ratio build / baseline        : {t_build / t_base:.2f} (target <= 1.3)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 7)
