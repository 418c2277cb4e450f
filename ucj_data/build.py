"""The build: validate data/raw/, derive every output table, write data/processed/."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from ucj_data import package
from ucj_data.raw import ROOT
from ucj_data.tables import Tables, load


def outputs(tables: Tables) -> dict[str, pd.DataFrame]:
    """Every table written to data/processed/, in the order of datapackage.json."""
    out = {
        "sources": tables.sources,
        "regions": tables.regions,
        "indicators": tables.indicators,
        "figures": tables.figures,
    }
    # --- reconcile, data_quality, coverage, claim_benefits
    out.update(_reconcile_outputs(tables))

    # --- project_enrolment, official_targets, contribution_budget
    from ucj_data.budget import budget_cases
    from ucj_data.projection import PROJECTION_GRID, official_targets, project_enrolment

    base = out["coverage"]
    out["projection"] = project_enrolment(**PROJECTION_GRID, base=base, figures=tables.figures)
    out["official_targets"] = official_targets(tables.figures)
    out["contribution_rates"] = tables.contribution_rates
    out["budget_cases"] = budget_cases(tables.figures, base, tables.contribution_rates)
    return out


def _reconcile_outputs(tables: Tables) -> dict[str, pd.DataFrame]:
    """reconciled, data_quality, coverage, claim_benefits, single_benefits."""
    from ucj_data.claims import claim_benefits, single_benefits
    from ucj_data.coverage import coverage
    from ucj_data.reconcile import data_quality, reconcile

    reconciled = reconcile(tables.figures)
    return {
        "reconciled": reconciled,
        "data_quality": data_quality(tables.figures),
        "coverage": coverage(reconciled=reconciled),
        "claim_benefits": claim_benefits(reconciled=reconciled),
        "single_benefits": single_benefits(tables.figures),
    }


def check(root: Path | str = ROOT) -> dict[str, pd.DataFrame]:
    """Validate data/raw/ and derive every output (each validated by its own schema)."""
    return outputs(load(root))


def build(root: Path | str = ROOT, dest: Path | str | None = None) -> Path:
    """Validate and write data/processed/ (or ``dest``); nothing is written on error."""
    dest = Path(dest) if dest is not None else Path(root) / "data" / "processed"
    package.write(check(root), dest)
    return dest
