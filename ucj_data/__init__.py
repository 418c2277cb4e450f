"""ucj-data: traceable figures and analyses on Universal Coverage Jamsostek (UCJ).

Public API::

    import ucj_data
    ucj_data.figures()          # every reported figure, with its quote and parsed value
    ucj_data.parse_number("Rp650,459 miliar")

Nothing heavy is imported here beyond pandas and pandera; plotting lives in
``ucj_data.plots`` and is imported only when used.
"""

from ucj_data.analysis.budgets import budget_cases, contribution_budget, contribution_rates
from ucj_data.analysis.claims import claim_benefits, single_benefits
from ucj_data.analysis.gaps import coverage
from ucj_data.analysis.projections import official_targets, project_enrolment
from ucj_data.analysis.reconciliation import data_quality, reconcile
from ucj_data.io.tables import figures, indicators, load, regions, sources
from ucj_data.text.numbers import ParsedNumber, parse_number
from ucj_data.validate.problems import Problem, RawDataError

__all__ = [
    "ParsedNumber",
    "Problem",
    "RawDataError",
    "budget_cases",
    "claim_benefits",
    "contribution_budget",
    "contribution_rates",
    "coverage",
    "data_quality",
    "figures",
    "indicators",
    "load",
    "official_targets",
    "parse_number",
    "project_enrolment",
    "reconcile",
    "regions",
    "single_benefits",
    "sources",
]
