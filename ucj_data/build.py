"""The build: validate data/raw/, derive every output table, write data/processed/."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from ucj_data import package
from ucj_data.raw import ROOT
from ucj_data.tables import Tables, load


def outputs(tables: Tables) -> dict[str, pd.DataFrame]:
    """Every table written to data/processed/, in the order of datapackage.json."""
    return {
        "sources": tables.sources,
        "regions": tables.regions,
        "indicators": tables.indicators,
        "figures": tables.figures,
    }


def check(root: Path | str = ROOT) -> dict[str, pd.DataFrame]:
    """Validate data/raw/ and derive every output (each validated by its own schema)."""
    return outputs(load(root))


def build(root: Path | str = ROOT, dest: Path | str | None = None) -> Path:
    """Validate and write data/processed/ (or ``dest``); nothing is written on error."""
    dest = Path(dest) if dest is not None else Path(root) / "data" / "processed"
    package.write(check(root), dest)
    return dest
