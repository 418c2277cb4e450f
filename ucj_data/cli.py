"""ucj-data: build the UCJ tables, check data/raw/, run the notebooks into an HTML report.

Exit status: 0 done; 1 the data has problems (data/raw/, or a notebook that fails or is
not a notebook); 2 the command line is wrong (an unknown option, a --root that is not a
folder); 3 the environment is at fault (a file or folder that cannot be read or written,
a missing data/raw/, seeds/ or notebooks/ folder, another build running, a package not
installed); 4 an internal error, a bug in ucj-data; 130 interrupted. Every error is
printed on stderr as ``ucj-data <command>: <what went wrong, where, what to do>``, with
no traceback (set UCJ_DATA_DEBUG=1 to see the traceback of an internal error).
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from pathlib import Path

from ucj_data.io.raw import ROOT
from ucj_data.validate.problems import RawDataError, SetupError

DATA, USAGE, SETUP, BUG, INTERRUPTED = 1, 2, 3, 4, 130
ANSI = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]")


def parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="ucj-data", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--root", type=Path, default=ROOT,
                        help="project folder holding data/raw/ and seeds/ (default: %(default)s)")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("check", help="validate data/raw/ and every derived table; write nothing")
    sub.add_parser("build", help="validate data/raw/ and write data/processed/")
    sub.add_parser("docs", help="regenerate the data dictionary in README.md")
    rep = sub.add_parser("report", help="build, execute the notebooks, write reports/index.html")
    rep.add_argument("--jobs", type=int, default=2, help="notebooks run at once (default 2)")
    rep.add_argument("--update-notebooks", action="store_true",
                     help="also save the executed notebooks (with outputs) in notebooks/")
    return parser


def main(argv: list[str] | None = None) -> int:
    if argv is None:  # the program itself, not a call from Python (tests, notebooks)
        # pandera imports hypothesis, a library for generating test data that no command
        # uses, on its first validation when it is installed (as in the dev environment):
        # keeping it out of this process saves about 0.3 s of every command.
        sys.modules.setdefault("hypothesis", None)
    args = parser().parse_args(argv)  # exits 2 with the usage on a wrong command line

    def fail(code: int, message: str) -> int:
        text = ANSI.sub("", message).rstrip()
        print(f"ucj-data {args.command}: {text}", file=sys.stderr, flush=True)
        return code

    root: Path = args.root
    try:
        is_folder = root.is_dir()
    except OSError as err:
        return fail(SETUP, f"cannot look at {root} ({err.strerror}); check its permissions")
    if not is_folder:
        found = "is not a folder" if root.exists() else "does not exist"
        return fail(USAGE, f"the project folder {root.absolute()} {found}; give --root (or "
                           "UCJ_DATA_ROOT) the folder holding data/raw/ and seeds/")
    try:
        return run(args)
    except RawDataError as err:  # one line per problem, below a count
        return fail(DATA, str(err))
    except SetupError as err:
        return fail(SETUP, str(err))
    except ImportError as err:
        return fail(SETUP, f"a package is missing from the environment ({err}); set it up "
                           "again with `python3 bootstrap.py build`")
    except OSError as err:  # one not turned into a SetupError where it happened
        where = f": {err.filename}" if err.filename else ""
        return fail(SETUP, f"{err.strerror or type(err).__name__}{where}; check that the "
                           "file or folder exists and can be read and written, and try again")
    except KeyboardInterrupt:
        return fail(INTERRUPTED, "interrupted")
    except Exception as err:
        if _notebook_error(err):
            return fail(DATA, str(err))
        if os.environ.get("UCJ_DATA_DEBUG"):
            raise
        text = " ".join(str(err).split())
        return fail(BUG, f"internal error, a bug in ucj-data: {type(err).__name__}: {text} "
                         "(please report it; UCJ_DATA_DEBUG=1 shows the traceback)")


def _notebook_error(err: Exception) -> bool:
    # NotebookError can only come from its module once imported, so no import here
    module = sys.modules.get("ucj_data.present.html_report")
    return module is not None and isinstance(err, module.NotebookError)


def run(args: argparse.Namespace) -> int:
    """Run the command; errors are raised, for :func:`main` to report."""
    from ucj_data.pipeline import build, check

    if args.command == "check":
        check(args.root)
        print("data/raw/ is valid")
    elif args.command == "docs":
        from ucj_data.present.docs import update_readme

        changed = update_readme(args.root / "README.md")
        print("README.md updated" if changed else "README.md is up to date")
    elif args.command == "build":
        dest = build(args.root)
        print(f"wrote {dest}")
    elif args.command == "report":
        from ucj_data.present.html_report import report

        report(args.root, jobs=args.jobs, write_back=args.update_notebooks,
               log=lambda msg: print(msg, flush=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
