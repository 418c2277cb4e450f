"""The ``ucj-data`` command: ``build``, ``check`` (and ``report``)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ucj_data.errors import RawDataError
from ucj_data.raw import ROOT


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="ucj-data", description=__doc__)
    parser.add_argument("--root", type=Path, default=ROOT,
                        help="project folder holding data/raw/ and seeds/ (default: %(default)s)")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("check", help="validate data/raw/ only")
    sub.add_parser("build", help="validate data/raw/ and write data/processed/")
    sub.add_parser("docs", help="regenerate the data dictionary in README.md")
    args = parser.parse_args(argv)

    from ucj_data.build import build, check

    try:
        if args.command == "check":
            check(args.root)
            print("data/raw/ is valid")
        elif args.command == "docs":
            from ucj_data.docs import update_readme

            changed = update_readme(args.root / "README.md")
            print("README.md updated" if changed else "README.md is up to date")
        elif args.command == "build":
            dest = build(args.root)
            print(f"wrote {dest}")
    except RawDataError as err:
        print(f"ucj-data {args.command}: {err}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
