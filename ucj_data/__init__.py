"""ucj-data: traceable figures and analyses on Universal Coverage Jamsostek (UCJ).

Public API::

    import ucj_data
    ucj_data.figures()          # every reported figure, with its quote and parsed value
    ucj_data.parse_number("Rp650,459 miliar")

Nothing heavy is imported here beyond pandas and pandera; plotting lives in
``ucj_data.plots`` and is imported only when used.
"""

from ucj_data.errors import Problem, RawDataError
from ucj_data.numbers import ParsedNumber, parse_number
from ucj_data.tables import figures, indicators, load, regions, sources

__all__ = [
    "ParsedNumber",
    "Problem",
    "RawDataError",
    "figures",
    "indicators",
    "load",
    "parse_number",
    "regions",
    "sources",
]
