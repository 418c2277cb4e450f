"""ucj-data: build the UCJ tables, check data/raw/, run the notebooks into an HTML report."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ucj_data.io.raw import ROOT
from ucj_data.validate.problems import RawDataError


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="ucj-data", description=__doc__)
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
    if argv is None:  # the program itself, not a call from Python (tests, notebooks)
        # pandera imports hypothesis, a library for generating test data that no command
        # uses, on its first validation when it is installed (as in the dev environment):
        # keeping it out of this process saves about 0.3 s of every command.
        sys.modules.setdefault("hypothesis", None)
    args = parser.parse_args(argv)

    from ucj_data.pipeline import build, check
    from ucj_data.present.html_report import NotebookError, report

    try:
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
            report(args.root, jobs=args.jobs, write_back=args.update_notebooks,
                   log=lambda msg: print(msg, flush=True))
    except (RawDataError, NotebookError) as err:
        print(f"ucj-data {args.command}: {err}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
