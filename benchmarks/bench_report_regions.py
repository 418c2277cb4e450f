"""The report as it grows with the regions: the committed data plus 10 made-up regions
(each with a source, coverage, claims, vulnerable workers funded and a 2026 target), both
languages, against the same executions one after another with `jupyter nbconvert
--execute`, in one run.

    .venv/bin/python benchmarks/bench_report_regions.py [runs]

Prints, as medians of ``runs`` (default 1; the serial baseline alone takes minutes):
- the report's wall time and the serial nbconvert wall time of exactly the same executions
  (every notebook in both languages, the region profile once per region), and their ratio
  (goal: at most 0.5);
- the wall time per profile and language: the seconds the kernels spent on profile runs
  (from the report's log) divided by the kernels running at once (goal: at most 1 s), and
  the same seconds per run inside its kernel.
Everything runs on a scratch copy of the project; nothing here is rewritten.
"""

from __future__ import annotations

import csv
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
JOBS = 2


def append(path: Path, rows: list[dict]) -> None:
    with path.open(newline="", encoding="utf-8") as f:
        header = next(csv.reader(f))
    with path.open("a", newline="", encoding="utf-8") as f:
        csv.DictWriter(f, fieldnames=header, lineterminator="\n").writerows(rows)


def dots(n: int) -> str:
    """A count as Indonesian writes it: 123.456."""
    return f"{n:,}".replace(",", ".")


def add_regions(root: Path, n: int = 10) -> list[str]:
    """``n`` made-up regencies of a made-up province 99, each with its own source."""
    raw = root / "data" / "raw"
    append(raw / "regions.csv", [{"region_code": "99", "name": "Provinsi Contoh",
                                  "level": "province", "parent_code": "00"}])
    codes = []
    for i in range(1, n + 1):
        code, name, source = f"99{i:02d}", f"Kabupaten Contoh {i}", f"contoh-{i}"
        workforce = 100_000 * i + 12_345
        active = workforce * (20 + 5 * i) // 100
        pct = f"{100 * active / workforce:.2f}".replace(".", ",")
        values = {"active": dots(active), "coverage": f"{pct} persen",
                  "workforce": dots(workforce), "claims": f"Rp{i},5 miliar",
                  "recipients": dots(1_000 * i), "funded": dots(500 * i),
                  "target": f"{60 + i} persen"}
        text = (f"Di {name} sebanyak {values['active']} pekerja aktif atau "
                f"{values['coverage']} dari {values['workforce']} pekerja telah terlindungi. "
                f"Klaim {values['claims']} dibayarkan kepada {values['recipients']} "
                f"penerima. Pemkab membiayai iuran {values['funded']} pekerja rentan. "
                f"Target cakupan tahun 2026 sebesar {values['target']}.")
        seed = f"9{i:02d}_contoh.txt"
        (root / "seeds" / seed).write_text(text, encoding="utf-8")
        append(raw / "sources.csv", [{"source_id": source, "file": seed,
                                      "outlet": f"Warta Contoh {i}",
                                      "event_date": "2025-10-01", "language": "id"}])
        append(raw / "regions.csv", [{"region_code": code, "name": name, "level": "regency",
                                      "parent_code": "99"}])
        indicators = {"active": ("active_participants", "2025-10-01"),
                      "coverage": ("coverage_pct", "2025-10-01"),
                      "workforce": ("workforce", "2025-10-01"),
                      "claims": ("claims_paid_idr", "2025"),
                      "recipients": ("claim_recipients", "2025"),
                      "funded": ("vulnerable_funded", "2025-10-01"),
                      "target": ("target_coverage_pct", "2026")}
        append(raw / "figures.csv", [
            {"figure_id": f"{source}-{kind}", "source_id": source, "region_code": code,
             "indicator": indicator, "period": period, "value_text": values[kind],
             "quote": text}
            for kind, (indicator, period) in indicators.items()])
        codes.append(code)
    return codes


def serial_runs(root: Path, out: Path) -> list[list[str]]:
    """nbconvert commands for exactly the executions the report makes."""
    from ucj_data.io.raw import DataRoot
    from ucj_data.present.html_report import kernel_groups, profiled, read_notebook
    from ucj_data.present.notebook_language import takes_region, translated, with_region

    paths = sorted((root / "notebooks").glob("[0-9]*.ipynb"))
    regional = [p for p in paths if takes_region(read_notebook(p))]
    chosen = profiled(DataRoot(root, "bench"))
    runs = [r for g in kernel_groups(paths, ("id", "en"), 1, {p: chosen for p in regional})
            for r in g]
    import nbformat

    out.mkdir(parents=True)
    bin_dir = Path(sys.executable).parent
    cmds = []
    for n, run in enumerate(runs):
        nb = translated(read_notebook(run.path), run.lang)
        if run.region is not None:
            nb = with_region(nb, run.region)
        target = out / f"{n:03d}_{run.page_name}_{run.lang}.ipynb"
        nbformat.write(nb, target)
        cmds.append([str(bin_dir / "jupyter"), "nbconvert", "--to", "html", "--execute",
                     str(target)])
    return cmds


def main(runs: int = 1) -> None:
    bin_dir = Path(sys.executable).parent
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        for part in ("data/raw", "seeds", "notebooks"):
            shutil.copytree(ROOT / part, root / part)
        add_regions(root)
        subprocess.run([sys.executable, "-m", "ucj_data", "--root", str(root), "build"],
                       check=True, capture_output=True)
        env = {"UCJ_DATA_ROOT": str(root), "PATH": str(bin_dir)}
        serial = serial_runs(root, root / "serial")
        t_report, t_serial, profile_seconds, n_profiles = [], [], [], 0
        for _ in range(runs):  # interleaved, so drift in machine load hits both alike
            start = time.perf_counter()
            for cmd in serial:
                subprocess.run(cmd, check=True, cwd=root, capture_output=True, env=env)
            t_serial.append(time.perf_counter() - start)
            start = time.perf_counter()
            done = subprocess.run([sys.executable, "-m", "ucj_data", "--root", str(root),
                                   "report", "--jobs", str(JOBS)], check=True,
                                  capture_output=True, text=True)
            t_report.append(time.perf_counter() - start)
            seconds = [float(s) for s in re.findall(
                r"region_profile-\S+ \((?:id|en)\) executed \((\d+\.\d+) s\)", done.stdout)]
            n_profiles = len(seconds)
            profile_seconds.append(sum(seconds))
    a, b, p = (statistics.median(t) for t in (t_report, t_serial, profile_seconds))
    print(f"{len(serial)} executions ({n_profiles} of them profiles: "
          f"{n_profiles // 2} regions x 2 languages), median of {runs}")
    print(f"serial nbconvert --execute       : {b:7.2f} s")
    print(f"ucj-data report --jobs {JOBS}        : {a:7.2f} s")
    print(f"ratio report / serial            : {a / b:7.2f}   (goal <= 0.5)")
    print(f"profile, per region and language : {p / n_profiles / JOBS:7.2f} s wall "
          f"({p / n_profiles:.2f} s in its kernel; goal <= 1 s wall)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1)
