"""ucj-data: traceable figures and analyses on Universal Coverage Jamsostek (UCJ).

Public API::

    import ucj_data
    ucj_data.figures()          # every reported figure, with its quote and parsed value
    ucj_data.coverage()         # and every other table of the registry, by its function
    ucj_data.parse_number("Rp650,459 miliar")

The layers are folders: ``metadata`` (fields, tables, methods, vocabularies), ``text``
(parsing and formatting numbers), ``io`` (reading data/raw/, writing data/processed/),
``validate`` (schemas and problems), ``analysis`` (pure functions, frames in and a frame
out), ``pipeline`` (the build) and ``present`` (tables for people, charts, the report).
Nothing heavy is imported here beyond pandas and pandera; charts live in
``ucj_data.present.plots`` and are imported only when used.
"""
# ruff: noqa: F401  (the imports below are the public API, listed in __all__)

import sys as _sys

# the ucj-data program (its script, or python -m ucj_data): an interrupt during the imports
# below ends it with one line, not a traceback (ucj_data._signals)
if _sys.argv[:1] and (_sys.argv[0] == "-m"
                      or _sys.argv[0].replace("\\", "/").rsplit("/", 1)[-1]
                      in ("ucj-data", "ucj-data.exe")):
    from ucj_data._signals import quiet_start as _quiet_start

    _quiet_start()

# the version, in one place: pyproject.toml reads it from here (hatch's version source),
# and so do `ucj-data --version`, datapackage.json and CITATION.cff's test
__version__ = "0.2.0"

from ucj_data.analysis import budgets as _budgets
from ucj_data.analysis import claims as _claims
from ucj_data.analysis import gaps as _gaps
from ucj_data.analysis import official as _official
from ucj_data.analysis import projections as _projections
from ucj_data.analysis import reconciliation as _reconciliation
from ucj_data.analysis import villages as _villages
from ucj_data.analysis.villages import funding_mix, village_cost
from ucj_data.io.drafts import extract
from ucj_data.io.inputs import (
    figures,
    indicators,
    load,
    region_aliases,
    regions,
    sources,
    statistics,
)
from ucj_data.io.published import processed
from ucj_data.io.raw import in_folder_of_inputs as _in_folder_of_inputs
from ucj_data.parameters import ParameterError
from ucj_data.text.numbers import ParsedNumber, parse_number
from ucj_data.validate.problems import Problem, RawDataError

# The analyses, written out: each derives the inputs it is not given from the data folder
# of the tables it is given (ucj_data.io.raw.in_folder_of_inputs). tests/unit/test_pipeline.py
# checks that every function of the table registry is here under its name.
reconcile = _in_folder_of_inputs(_reconciliation.reconcile)
data_quality = _in_folder_of_inputs(_reconciliation.data_quality)
reconcile_with_checks = _in_folder_of_inputs(_reconciliation.reconcile_with_checks)
coverage = _in_folder_of_inputs(_gaps.coverage)
claim_benefits = _in_folder_of_inputs(_claims.claim_benefits)
single_benefits = _in_folder_of_inputs(_claims.single_benefits)
project_enrolment = _in_folder_of_inputs(_projections.project_enrolment)
official_targets = _in_folder_of_inputs(_projections.official_targets)
denominators = _in_folder_of_inputs(_official.denominators)
coverage_history = _in_folder_of_inputs(_official.coverage_history)
target_realism = _in_folder_of_inputs(_official.target_realism)
village_standard = _in_folder_of_inputs(_villages.village_standard)
budget_cases = _in_folder_of_inputs(_budgets.budget_cases)
contribution_budget = _in_folder_of_inputs(_budgets.contribution_budget)
contribution_rates = _in_folder_of_inputs(_budgets.contribution_rates)
rate_adjustments = _in_folder_of_inputs(_budgets.rate_adjustments)
rates_in_force = _in_folder_of_inputs(_budgets.rates_in_force)

__all__ = [
    "ParameterError", "ParsedNumber", "Problem", "RawDataError", "__version__",
    "budget_cases", "claim_benefits", "contribution_budget", "contribution_rates", "coverage",
    "coverage_history", "data_quality", "denominators", "extract", "figures", "funding_mix",
    "indicators", "load", "official_targets", "parse_number", "processed",
    "project_enrolment", "rate_adjustments", "rates_in_force", "reconcile",
    "reconcile_with_checks", "region_aliases", "regions", "single_benefits",
    "sources", "statistics", "target_realism", "village_cost", "village_standard",
]
