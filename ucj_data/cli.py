"""ucj-data: build the UCJ tables, check data/raw/, run the notebooks into an HTML report.

The data folder (holding seeds/ and data/raw/) is, in this order: --root; else the
environment variable UCJ_DATA_ROOT; else the checkout ucj-data runs from; else the data
installed with the package (read-only: build and report need a folder of your own, which
`ucj-data init DIR` makes).

Exit status: 0 done; 1 the data has problems (data/raw/, or a notebook that fails or is
not a notebook); 2 the command line is wrong (an unknown option, a --root that is not a
folder, build or report with no folder of your own, init on a folder that is not empty,
extract of a seed that does not exist or a source_id not in sources.csv);
3 the environment is at fault (a file or folder that cannot be read or written, a missing
data/raw/, seeds/ or notebooks/ folder, another build running, a package not installed);
4 an internal error, a bug in ucj-data; 130 interrupted. Every error is printed on stderr
as ``ucj-data <command>: <what went wrong, where, what to do>``, with no traceback (set
UCJ_DATA_DEBUG=1 to see the traceback of an internal error).
"""

from __future__ import annotations

import argparse
import os
import re
import signal
import subprocess
import sys
from pathlib import Path

from ucj_data import __version__
from ucj_data.io.raw import ENV_VAR, FROM_OPTION, FROM_PACKAGE, DataRoot, locate
from ucj_data.text.locales import LANGS
from ucj_data.validate.problems import RawDataError, SetupError

DATA, USAGE, SETUP, BUG, INTERRUPTED, TERMINATED = 1, 2, 3, 4, 130, 143
ANSI = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]")


ROOT_HELP = (f"data folder holding data/raw/ and seeds/ (default: ${ENV_VAR}, else the "
             "checkout ucj-data runs from, else the data installed with the package)")


def parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="ucj-data", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"ucj-data {__version__}")
    parser.add_argument("--root", type=Path, default=None, help=ROOT_HELP)
    sub = parser.add_subparsers(dest="command", required=True)
    commands = {
        "check": sub.add_parser(
            "check", help="validate data/raw/ and every derived table; write nothing"),
        "build": sub.add_parser("build", help="validate data/raw/ and write data/processed/"),
        "docs": sub.add_parser("docs", help="regenerate docs/data-dictionary.md"),
        "report": sub.add_parser(
            "report", help="build, execute the notebooks, write reports/index.html"),
        "extract": sub.add_parser(
            "extract", help="draft figures.csv rows (one per number) from a source's text"),
        "export": sub.add_parser(
            "export", help="write every table to one Excel workbook (--xlsx FILE)"),
        "lab": sub.add_parser(
            "lab", help="open the data folder's notebooks in JupyterLab, on its data"),
    }
    commands["check"].add_argument(
        "--strict", action="store_true",
        help="treat a row that contradicts itself (a written coverage its own counts "
             "disagree with) as an error, not a warning")
    for command in commands.values():  # --root also after the command: build --root DIR
        command.add_argument("--root", type=Path, default=argparse.SUPPRESS, help=ROOT_HELP)
    rep = commands["report"]
    rep.add_argument("--jobs", type=int, default=2,
                     help="kernels run at once, each running its share of the notebooks "
                     "(default 2: one per language)")
    rep.add_argument("--update-notebooks", action="store_true",
                     help="also save the executed notebooks (with outputs) in notebooks/, "
                          "each in its own language (its LANG parameter)")
    rep.add_argument("--lang", choices=LANGS, action="append", default=None,
                     help="the report's language: id or en (default: both, into "
                          "reports/id/ and reports/en/); may be given twice")
    rep.add_argument("--show-code", action="store_true",
                     help="include the notebooks' code cells in the pages (hidden by default)")
    rep.add_argument("--region", action="append", default=None, metavar="CODE",
                     help="make the region profile only for this region code (of "
                          "data/raw/regions.csv); may be given more than once (default: "
                          "every region with figures or statistics)")
    commands["lab"].description = ("Any other option is passed on to `jupyter lab` (for "
                                   "example --port 8890).")
    exp = commands["export"]
    exp.add_argument("--xlsx", type=Path, required=True, metavar="FILE",
                     help="the workbook to write: a sheet per table, headers in --lang")
    exp.add_argument("--lang", choices=LANGS, default="id",
                     help="the language of the headers (default id)")
    ext = commands["extract"]
    ext.add_argument("seed", type=Path, metavar="SEED",
                     help="the source's text (seeds/FILE; a bare name is looked for in the "
                          "data folder's seeds/)")
    ext.add_argument("--source-id", required=True, metavar="ID",
                     help="its source_id, already a row of data/raw/sources.csv")
    ext.add_argument("--out", type=Path, default=None, metavar="FILE",
                     help="write the draft rows to FILE (default: standard output)")
    ext.add_argument("--append", action="store_true",
                     help="append the drafted rows that have an indicator to "
                          "data/raw/figures.csv, then run check (rolled back if it fails)")
    init = sub.add_parser(
        "init", help="make a data folder of your own: DIR/seeds/, DIR/data/raw/ and "
                     "DIR/notebooks/ copied from the package, and DIR/README.md")
    init.add_argument("dir", type=Path, metavar="DIR", help="a new or empty folder")
    return parser


def utf8_output() -> None:
    """Write standard output and error as UTF-8 whatever the locale: the figures quote
    Indonesian sources (curly quotes, dashes), which a Latin-1 or ASCII terminal's encoding
    cannot hold; a half-written draft is worse than a character shown oddly."""
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure") and (stream.encoding or "").lower() not in (
                "utf-8", "utf8"):
            stream.reconfigure(encoding="utf-8")


class Terminated(BaseException):
    """SIGTERM, raised where the program is (as Ctrl-C raises KeyboardInterrupt), so that a
    command being stopped leaves what it was replacing whole and its children stopped."""


def _terminated(_signum, _frame) -> None:
    raise Terminated


def main(argv: list[str] | None = None) -> int:
    """The ``ucj-data`` program: the exit status of the command (0 done; see docs/guide.md,
    'Exit codes and errors'). Ctrl-C ends any command with 130, SIGTERM with 143, one line
    and no traceback."""
    if argv is None:  # the program itself, not a call from Python (tests, notebooks)
        # pandera imports hypothesis, a library for generating test data that no command
        # uses, on its first validation when it is installed (as in the dev environment):
        # keeping it out of this process saves about 0.3 s of every command.
        sys.modules.setdefault("hypothesis", None)
        signal.signal(signal.SIGINT, signal.default_int_handler)
        signal.signal(signal.SIGTERM, _terminated)
    utf8_output()
    command = ["ucj-data"]
    try:
        return _main(argv, command)
    except KeyboardInterrupt:
        print(f"{' '.join(command)}: interrupted", file=sys.stderr, flush=True)
        return INTERRUPTED
    except Terminated:
        print(f"{' '.join(command)}: terminated", file=sys.stderr, flush=True)
        return TERMINATED


def _main(argv: list[str] | None, command: list[str]) -> int:
    args = _arguments(argv)
    command.append(args.command)

    def fail(code: int, message: str) -> int:
        text = ANSI.sub("", message).rstrip()
        print(f"ucj-data {args.command}: {text}", file=sys.stderr, flush=True)
        return code

    if args.command == "init":
        return init(args.dir, fail)
    where = (DataRoot(args.root.expanduser().absolute(), FROM_OPTION)
             if args.root is not None else locate())
    problem = _unusable(where, args)
    if problem is not None:
        return fail(*problem)
    args.root = where
    return _reported(args, fail)


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    """The command line read; exits 2 with the usage when it is wrong. `lab` passes what
    it does not know on to JupyterLab (--port 8890), in ``jupyter_args``."""
    command_line = parser()
    args, unknown = command_line.parse_known_args(argv)
    if unknown and args.command != "lab":
        command_line.error(f"unrecognized arguments: {' '.join(unknown)}")
    args.jupyter_args = unknown
    return args


def _unusable(where: DataRoot, args: argparse.Namespace) -> tuple[int, str] | None:
    """Why the command cannot run on the data folder ``where`` (exit status, message), or
    None: it cannot be looked at, is no folder, or is the package's own data and the
    command writes."""
    root = where.path
    try:
        is_folder = root.is_dir()
    except OSError as err:
        return SETUP, (f"cannot look at {root} ({err.strerror}; {where.rule}); check its "
                       "permissions")
    if not is_folder:
        found = "is not a folder" if root.exists() else "does not exist"
        return USAGE, (f"the data folder {root} {found} ({where.rule}); give --root (or "
                       f"{ENV_VAR}) the folder holding data/raw/ and seeds/ (`ucj-data "
                       "init DIR` makes one)")
    writes = (args.command in {"build", "report", "docs", "lab"}
              or (args.command == "extract" and args.append))
    if where.rule == FROM_PACKAGE and writes:
        return USAGE, (f"no data folder given: {args.command} writes into the data "
                       f"folder, and the one found is the data installed with the "
                       f"package ({root}), not a folder of your own; make one with "
                       f"`ucj-data init DIR`, then give --root DIR (or set "
                       f"{ENV_VAR}=DIR)")
    return None


def _reported(args: argparse.Namespace, fail) -> int:
    """The command run, each error reported by ``fail`` with its exit status."""
    try:
        if args.command == "extract":
            return extract(args, fail)
        return run(args)
    except RawDataError as err:  # one line per problem, below a count
        return fail(DATA, str(err))
    except SetupError as err:
        return fail(SETUP, str(err))
    except ImportError as err:
        return fail(SETUP, f"a package is missing from the environment ({err}); in the "
                           "repository set it up again with `python3 bootstrap.py build`, "
                           'elsewhere install the extras: pip install "ucj-data[all]"')
    except OSError as err:  # one not turned into a SetupError where it happened
        where = f": {err.filename}" if err.filename else ""
        return fail(SETUP, f"{err.strerror or type(err).__name__}{where}; check that the "
                           "file or folder exists and can be read and written, and try again")
    except Exception as err:
        if _notebook_error(err):
            return fail(DATA, str(err))
        if os.environ.get("UCJ_DATA_DEBUG"):
            raise
        text = " ".join(str(err).split())
        return fail(BUG, f"internal error, a bug in ucj-data: {type(err).__name__}: {text} "
                         "(please report it; UCJ_DATA_DEBUG=1 shows the traceback)")


def init(dest: Path, fail) -> int:
    """``ucj-data init DIR``: 0, or the status of the error, reported by ``fail``."""
    from ucj_data.io.folder import FolderNotEmptyError, init_folder

    try:
        made = init_folder(dest)
    except FolderNotEmptyError as err:
        return fail(USAGE, str(err))
    except SetupError as err:
        return fail(SETUP, str(err))
    print(f"made the data folder {made} (seeds/, data/raw/, notebooks/, README.md); next: "
          f"ucj-data check --root {made}")
    return 0


def extract(args: argparse.Namespace, fail) -> int:
    """``ucj-data extract SEED --source-id ID [--out FILE] [--append]``.

    Writes the draft rows (the columns of figures.csv) to --out or standard output. With
    --append, the rows that have an indicator are appended to data/raw/figures.csv and
    check runs; if it fails, figures.csv is restored byte for byte (the draft is kept in
    --out when given) and the problems are reported (exit 1)."""
    import csv

    from ucj_data.io.drafts import COLUMNS, draft_source, next_number
    from ucj_data.pipeline import check

    root: DataRoot = args.root
    figures_csv = root.path / "data" / "raw" / "figures.csv"
    # numbered after the ids <source_id>-<n> figures.csv already holds, so never a clash
    draft = draft_source(args.seed, args.source_id, root,
                         start=next_number(figures_csv, args.source_id))
    if isinstance(draft, str):
        return fail(USAGE, draft)
    if args.out is not None:
        with args.out.open("w", newline="", encoding="utf-8") as f:
            draft.to_csv(f, index=False, columns=COLUMNS, lineterminator="\n")
    elif not args.append:
        draft.to_csv(sys.stdout, index=False, columns=COLUMNS, lineterminator="\n")
    n_with = int(draft["indicator"].notna().sum())
    summary = (f"{len(draft)} numbers drafted, {n_with} with an indicator, "
               f"{len(draft) - n_with} without")
    if not args.append:
        print(summary, file=sys.stderr)
        return 0
    keep = draft[draft["indicator"].notna()]
    before = figures_csv.read_bytes()
    try:  # an interrupt while appending or checking restores figures.csv too
        with figures_csv.open("a", newline="", encoding="utf-8") as f:
            if before and not before.endswith(b"\n"):
                f.write("\n")
            writer = csv.writer(f, lineterminator="\n")
            for row in keep[COLUMNS].itertuples(index=False):
                writer.writerow(["" if v is None or v != v else v for v in row])
        check(root)
    except RawDataError as err:
        figures_csv.write_bytes(before)
        return fail(DATA, f"{summary}; after appending {len(keep)} rows to {figures_csv}, "
                          f"check failed, so figures.csv was restored as it was (write the "
                          f"draft with --out, fix it and append it by hand):\n{err}")
    except BaseException:
        figures_csv.write_bytes(before)
        raise
    print(f"{summary}; appended {len(keep)} rows to {figures_csv}; check passed: data/raw/ "
          "is valid. Review them (note says which cue decided each field), and record or "
          "exclude the numbers left without an indicator.")
    return 0


def _notebook_error(err: Exception) -> bool:
    # NotebookError can only come from its module once imported, so no import here
    module = sys.modules.get("ucj_data.present.html_report")
    return module is not None and isinstance(err, module.NotebookError)


def lab_command(root: DataRoot, extra: list[str] | None = None) -> tuple[list[str], dict]:
    """The command and environment that open ``root``'s notebooks in JupyterLab with
    UCJ_DATA_ROOT set to ``root``, so that every kernel reads that folder's data (the
    notebooks call ucj_data's functions without a root). SetupError when the folder has no
    notebooks/ or JupyterLab is not installed."""
    import importlib.util

    notebooks = root.path / "notebooks"
    if not notebooks.is_dir():
        raise SetupError(f"{notebooks} does not exist: the data folder has no notebooks "
                         f"({root.rule}); `ucj-data init DIR` makes a folder with them")
    if importlib.util.find_spec("jupyterlab") is None:
        raise SetupError('JupyterLab is not installed: pip install "ucj-data[report]"')
    env = dict(os.environ, **{ENV_VAR: str(root.path)})
    as_root = ["--allow-root"] if hasattr(os, "geteuid") and os.geteuid() == 0 else []
    argv = [sys.executable, "-m", "jupyter", "lab", f"--notebook-dir={notebooks}", *as_root,
            *(extra or [])]
    return argv, env


def run(args: argparse.Namespace) -> int:
    """Run the command; errors are raised, for :func:`main` to report."""
    from ucj_data.pipeline import build, check, identity_problems

    root: DataRoot = args.root
    if args.command == "check":
        warnings = identity_problems(check(root))
        if warnings and args.strict:
            raise RawDataError(warnings)
        for problem in warnings:
            print(f"warning: {problem}", file=sys.stderr)
        print(f"data/raw/ is valid ({root.path / 'data' / 'raw'}, {root.rule})"
              + (f"; {len(warnings)} warning(s) above (--strict makes them errors)"
                 if warnings else ""))
    elif args.command == "docs":
        from ucj_data.present.docs import DICTIONARY, write_docs

        changed = write_docs(root.path)
        print(f"{DICTIONARY} updated" if changed else f"{DICTIONARY} is up to date")
    elif args.command == "build":
        dest = build(root)
        print(f"wrote {dest}")
    elif args.command == "export":
        from ucj_data.present.workbook import export

        print(f"wrote {export(root, args.xlsx, args.lang)}")
    elif args.command == "lab":
        argv, env = lab_command(root, args.jupyter_args)
        return subprocess.run(argv, env=env).returncode
    elif args.command == "report":
        from ucj_data.present.html_report import report

        report(root, jobs=args.jobs, write_back=args.update_notebooks,
               langs=args.lang or LANGS, show_code=args.show_code,
               log=lambda msg: print(msg, flush=True), regions=args.region)
    return 0


if __name__ == "__main__":
    sys.exit(main())
