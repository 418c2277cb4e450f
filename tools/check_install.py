"""Check the installed package, as a researcher gets it: run by hand (it needs PyPI).

    .venv/bin/python tools/check_install.py [--keep]

1. builds the wheel of this repository (uv build, else pip wheel);
2. makes a fresh virtual environment in a temporary folder outside the repository and
   installs the wheel there with pip, without extras (the core: pandas, numpy, pandera,
   pyarrow, babel);
3. from a temporary working folder: imports ucj_data, computes the analyses on the data
   installed with the package, checks that the charts say which extra they need
   (``pip install "ucj-data[plots]"``), makes a data folder with ``ucj-data init`` and
   checks and builds it, and checks that ``ucj-data report`` names its extra (exit 3);
4. measures the environment (``du -sm`` of site-packages and of the whole venv) with the
   largest distributions;
5. installs the extra ``[plots]`` and draws one chart.

Exit status 0 when every check passes. ``--keep`` leaves the temporary folder for a look.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import textwrap
import venv
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
HOPED_MB = 150  # the issue hopes for a core install of at most this much

CORE_SCRIPT = r"""
import json, sys
import ucj_data
from ucj_data.io.raw import locate

where = locate()
out = {"version": ucj_data.__version__, "root": str(where.path), "rule": where.rule}
out["figures"] = len(ucj_data.figures())
out["coverage"] = len(ucj_data.coverage())
out["project_enrolment"] = len(ucj_data.project_enrolment())
out["claim_benefits"] = len(ucj_data.claim_benefits())
out["contribution_budget_100"] = ucj_data.contribution_budget(100)["yearly_cost_idr"].tolist()
out["processed_region_codes"] = ucj_data.processed("regions")["region_code"].tolist()
# every module but the charts imports without the extras (html_report imports lazily)
import importlib, pkgutil
failed = []
for m in pkgutil.walk_packages(ucj_data.__path__, "ucj_data."):
    if m.name == "ucj_data.__main__" or m.name.startswith("ucj_data.present.plots"):
        continue
    try:
        importlib.import_module(m.name)
    except ImportError as err:
        failed.append(f"{m.name}: {err}")
out["modules_failing_without_extras"] = failed
heavy = sorted({m.split(".")[0] for m in sys.modules}
               & {"matplotlib", "IPython", "jupyter_client", "nbformat", "nbclient"})
out["heavy_modules_loaded"] = heavy
try:
    from ucj_data.present import plots  # noqa: F401
    out["plots_import"] = "imported (matplotlib present?)"
except ImportError as err:
    out["plots_import"] = str(err)
print(json.dumps(out))
"""

CHART_SCRIPT = r"""
import sys
import ucj_data
from ucj_data.present import plots

fig = plots.coverage_chart(ucj_data.coverage(), lang="en")
fig.savefig(sys.argv[1], dpi=100)
print(fig.alt_text)
"""


def say(text: str) -> None:
    print(text, flush=True)


def run(cmd: list, cwd: Path, env: dict | None = None, check: bool = True
        ) -> subprocess.CompletedProcess:
    shown = [str(c) if "\n" not in str(c) else "<script>" for c in cmd]
    say("+ " + " ".join(shown))
    result = subprocess.run([str(c) for c in cmd], cwd=cwd, env=env, capture_output=True,
                            text=True)
    if check and result.returncode != 0:
        sys.exit(f"failed ({result.returncode}):\n{result.stdout}\n{result.stderr}")
    return result


def build_wheel(out: Path) -> Path:
    uv = REPO / ".tools" / "bin" / "uv"
    env = {**os.environ, "UV_PYTHON_DOWNLOADS": "never"}
    if uv.exists():
        run([uv, "build", "--wheel", "--quiet", "-o", out, REPO], cwd=REPO, env=env)
    else:
        run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", out, REPO],
            cwd=REPO)
    wheels = sorted(out.glob("ucj_data-*.whl"))
    if len(wheels) != 1:
        sys.exit(f"expected one wheel in {out}, found {wheels}")
    return wheels[0]


def du_mb(path: Path) -> int:
    return int(subprocess.run(["du", "-sm", str(path)], capture_output=True, text=True,
                              check=True).stdout.split()[0])


BREAKDOWN = r"""
import json, importlib.metadata as md
sizes = {}
for dist in md.distributions():
    total = 0
    for f in dist.files or []:
        try:
            total += dist.locate_file(f).stat().st_size
        except OSError:
            pass
    sizes[dist.metadata["Name"]] = total
print(json.dumps(sizes))
"""


def breakdown(python: Path, cwd: Path) -> list[tuple[str, float]]:
    """Installed distributions by size (MB, apparent size of their files), largest first."""
    sizes = json.loads(run([python, "-c", BREAKDOWN], cwd=cwd).stdout)
    return sorted(((name, b / 2**20) for name, b in sizes.items()), key=lambda x: -x[1])


def measure(label: str, env_dir: Path, python: Path, cwd: Path, top: int = 12) -> dict:
    site = Path(run([python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                    cwd=cwd).stdout.strip())
    sizes = breakdown(python, cwd)
    result = {"site_packages_mb": du_mb(site), "venv_mb": du_mb(env_dir),
              "breakdown": sizes}
    say(f"\n== size, {label} ==")
    say(f"du -sm {site}: {result['site_packages_mb']} MB")
    say(f"du -sm {env_dir}: {result['venv_mb']} MB (the whole venv)")
    say(f"largest distributions (sum of their files, MB; {len(sizes)} installed):")
    for name, mb in sizes[:top]:
        say(f"  {mb:7.1f}  {name}")
    rest = sum(mb for _, mb in sizes[top:])
    say(f"  {rest:7.1f}  the other {max(0, len(sizes) - top)}")
    return result


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = ap.parse_args(argv)
    tmp = Path(tempfile.mkdtemp(prefix="ucj-check-install-"))
    if tmp.resolve().is_relative_to(REPO):
        sys.exit(f"the temporary folder {tmp} is inside the repository; set TMPDIR")
    failures: list[str] = []
    try:
        wheel = build_wheel(tmp / "dist")
        say(f"wheel: {wheel.name} ({wheel.stat().st_size / 2**20:.2f} MB)")
        env_dir = tmp / "venv"
        say(f"+ python -m venv {env_dir}")
        venv.EnvBuilder(with_pip=True, clear=True).create(env_dir)
        bindir = env_dir / ("Scripts" if os.name == "nt" else "bin")
        python = bindir / "python"
        cwd = tmp / "work"  # not the repository: no checkout to find
        cwd.mkdir()
        clean_env = {k: v for k, v in os.environ.items()
                     if k not in {"UCJ_DATA_ROOT", "VIRTUAL_ENV", "PYTHONPATH"}}
        pip = [python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
        run([*pip, wheel], cwd=cwd, env=clean_env)

        # --- the core ---------------------------------------------------------------
        out = json.loads(run([python, "-c", CORE_SCRIPT], cwd=cwd, env=clean_env).stdout)
        say("\n== the core, from " + str(cwd) + " ==")
        for key, value in out.items():
            say(f"  {key}: {value}")
        if "_data" not in out["root"] or "installed" not in out["rule"]:
            failures.append(f"the data root is not the packaged data: {out['root']}")
        if out["modules_failing_without_extras"]:
            failures.append(f"modules need an extra: {out['modules_failing_without_extras']}")
        if out["heavy_modules_loaded"]:
            failures.append(f"import loaded {out['heavy_modules_loaded']}")
        if 'pip install "ucj-data[plots]"' not in out["plots_import"]:
            failures.append(f"plots import without matplotlib: {out['plots_import']}")
        if out["processed_region_codes"][:1] != ["00"]:
            failures.append("processed('regions') lost the code '00'")

        cli = bindir / "ucj-data"
        version = run([cli, "--version"], cwd=cwd, env=clean_env).stdout.strip()
        say(f"  ucj-data --version: {version}")
        run([cli, "check"], cwd=cwd, env=clean_env)
        refused = run([cli, "build"], cwd=cwd, env=clean_env, check=False)
        say(f"  ucj-data build (no folder of one's own): exit {refused.returncode}: "
            f"{refused.stderr.strip()[:160]}")
        if refused.returncode != 2:
            failures.append("build on the packaged data was not refused with exit 2")
        mine = tmp / "mine"
        run([cli, "init", mine], cwd=cwd, env=clean_env)
        run([cli, "check", "--root", mine], cwd=cwd, env=clean_env)
        run([cli, "build", "--root", mine], cwd=cwd, env=clean_env)
        if not (mine / "data" / "processed" / "datapackage.json").is_file():
            failures.append("build --root did not write data/processed/")
        report = run([cli, "report", "--root", mine], cwd=cwd, env=clean_env, check=False)
        say(f"  ucj-data report (core only): exit {report.returncode}: "
            f"{report.stderr.strip()}")
        if report.returncode != 3 or 'pip install "ucj-data[report]"' not in report.stderr:
            failures.append("report without the extra did not name it with exit 3")

        core = measure("the core (no extras)", env_dir, python, cwd)
        pip_mb = sum(mb for name, mb in core["breakdown"] if name in {"pip", "setuptools"})
        say(f"(pip itself, in every venv made with pip: {pip_mb:.1f} MB)")

        # --- [plots] ------------------------------------------------------------------
        run([*pip, f"{wheel}[plots]"], cwd=cwd, env=clean_env)
        png = tmp / "coverage.png"
        alt = run([python, "-c", CHART_SCRIPT, png], cwd=cwd, env=clean_env).stdout.strip()
        say(f"\n== [plots]: drew {png} ({png.stat().st_size} bytes) ==\n  alt text: {alt}")
        if png.read_bytes()[:8] != b"\x89PNG\r\n\x1a\n":
            failures.append("the chart is not a PNG")
        plots = measure("core + [plots]", env_dir, python, cwd, top=8)

        say("\n== summary ==")
        say(f"core: site-packages {core['site_packages_mb']} MB, venv {core['venv_mb']} MB "
            f"(hoped: at most {HOPED_MB} MB); with [plots]: site-packages "
            f"{plots['site_packages_mb']} MB, venv {plots['venv_mb']} MB")
        big = [f"{n} {mb:.0f} MB" for n, mb in core["breakdown"][:4]]
        say("largest in the core: " + ", ".join(big))
        if core["site_packages_mb"] > HOPED_MB:
            say(textwrap.fill(
                f"note: the core is above {HOPED_MB} MB; the dependencies named above, not "
                "ucj-data, make up nearly all of it", width=88))
    finally:
        if args.keep:
            say(f"kept {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    if failures:
        say("\nFAILED:\n" + "\n".join(f"  {f}" for f in failures))
        return 1
    say("\nall checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
