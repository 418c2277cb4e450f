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

from ucj_data.analysis.budgets import contribution_budget, contribution_rates
from ucj_data.analysis.reconciliation import data_quality, reconcile
from ucj_data.analysis.villages import funding_mix, village_cost
from ucj_data.io.drafts import extract
from ucj_data.io.inputs import figures, indicators, load, regions, sources, statistics
from ucj_data.io.published import processed
from ucj_data.io.raw import in_folder_of_inputs
from ucj_data.metadata.tables import TABLES as _TABLES
from ucj_data.parameters import ParameterError
from ucj_data.pipeline import compute_function
from ucj_data.text.numbers import ParsedNumber, parse_number
from ucj_data.validate.problems import Problem, RawDataError

# every function of the table registry (reconcile, coverage, project_enrolment, ...), so
# that a new analysis is public as soon as its registry entry names it
# (each derives the inputs left out from the data folder of the tables it is given)
_ANALYSES = {t.compute.split(":")[1]: in_folder_of_inputs(compute_function(t))
             for t in _TABLES.values() if t.compute}
globals().update(_ANALYSES)
contribution_budget = in_folder_of_inputs(contribution_budget)
contribution_rates = in_folder_of_inputs(contribution_rates)

__all__ = sorted([
    "ParameterError", "ParsedNumber", "Problem", "RawDataError", "__version__",
    "contribution_budget", "contribution_rates", "data_quality", "extract", "figures",
    "funding_mix", "indicators", "load", "parse_number", "processed", "reconcile", "regions",
    "sources", "statistics", "village_cost",
    *_ANALYSES,
])
