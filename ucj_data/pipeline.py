"""The build: validate data/raw/, derive every output table, write data/processed/."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from ucj_data.io import datapackage as package
from ucj_data.io.raw import ROOT
from ucj_data.io.tables import Tables, load


def outputs(tables: Tables) -> dict[str, pd.DataFrame]:
    """Every table written to data/processed/, in the order of datapackage.json.

    Each analysis validates its own result; each is computed once, from the tables above it.
    """
    from ucj_data.analysis.budgets import budget_cases
    from ucj_data.analysis.claims import claim_benefits, single_benefits
    from ucj_data.analysis.gaps import coverage
    from ucj_data.analysis.projections import PROJECTION_GRID, official_targets, project_enrolment
    from ucj_data.analysis.reconciliation import data_quality, reconcile

    figures = tables.figures
    reconciled = reconcile(figures)
    base = coverage(reconciled=reconciled)
    return {
        "sources": tables.sources,
        "regions": tables.regions,
        "indicators": tables.indicators,
        "figures": figures,
        "reconciled": reconciled,
        "data_quality": data_quality(figures),  # the same pass as reconcile(), remembered
        "coverage": base,
        "claim_benefits": claim_benefits(reconciled=reconciled),
        "single_benefits": single_benefits(figures),
        "projection": project_enrolment(**PROJECTION_GRID, base=base, figures=figures),
        "official_targets": official_targets(figures),
        "contribution_rates": tables.contribution_rates,
        "budget_cases": budget_cases(figures, base, tables.contribution_rates),
    }


def check(root: Path | str = ROOT) -> dict[str, pd.DataFrame]:
    """Validate data/raw/ and derive every output (each validated by its own schema)."""
    return outputs(load(root))


def build(root: Path | str = ROOT, dest: Path | str | None = None) -> Path:
    """Validate and write data/processed/ (or ``dest``); nothing is written on error."""
    dest = Path(dest) if dest is not None else Path(root) / "data" / "processed"
    package.write(check(root), dest)
    return dest
