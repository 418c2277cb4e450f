"""ucj-data: traceable figures and analyses on Universal Coverage Jamsostek (UCJ).

Public API::

    import ucj_data
    ucj_data.figures()          # every reported figure, with its quote and parsed value
    ucj_data.parse_number("Rp650,459 miliar")

Nothing heavy is imported here beyond pandas and pandera; plotting lives in
``ucj_data.plots`` and is imported only when used.
"""

from ucj_data.budget import budget_cases, contribution_budget, contribution_rates
from ucj_data.claims import claim_benefits, single_benefits
from ucj_data.coverage import coverage
from ucj_data.errors import Problem, RawDataError
from ucj_data.numbers import ParsedNumber, parse_number
from ucj_data.projection import official_targets, project_enrolment
from ucj_data.reconcile import data_quality, reconcile
from ucj_data.tables import figures, indicators, load, regions, sources

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
