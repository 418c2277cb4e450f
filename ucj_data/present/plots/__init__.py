"""Charts of the analyses, in one house style, in Indonesian or English.

Import it explicitly (``from ucj_data.present import plots``): ``import ucj_data`` does not import
matplotlib. Every chart function takes the analysis table it draws (column names as in
``ucj_data.metadata.fields``), ``regions`` (region_code, name; default None: the names of the
table's region_name column, the codes only where a table has none), ``sources`` (the source table;
default None: the package's sources), ``lang`` ('id' or 'en': titles, labels, notes and number
formats) and the keyword ``figures`` (the figures table, figure_id and source_id, through which the
source note finds each figure's source; default None: the package's figures; :func:`sources_chart`
takes it as its first argument). It returns a :class:`matplotlib.figure.Figure` built with the
object API (no pyplot, so no global state and nothing is shown unless asked; any backend, Agg
included).

House style (:mod:`.style`): a left-aligned title, axis labels with their units, a light grid,
no top or right spines, and a source note (:func:`source_note`, :mod:`.notes`) at the bottom left
naming the outlets and event dates of the figures the chart rests on (read from the table's
``figure_ids``). Every figure carries a one-sentence alt text with its key numbers in
``fig.alt_text``, and shows itself in Jupyter as a PNG with that alt text
(``fig._repr_mimebundle_``). Every word the charts print is in :mod:`.labels`, in the chart's one
language: indicators, units, statuses and contribution programmes by their readable names, never
by their identifiers; each chart has its own module.
"""

from __future__ import annotations

import importlib.util

if importlib.util.find_spec("matplotlib") is None:  # a core install: ucj-data without extras
    raise ImportError('ucj_data.present.plots draws with matplotlib, which is not installed: '
                      'pip install "ucj-data[plots]"', name="matplotlib")

from ucj_data.io.raw import in_folder_of_inputs
from ucj_data.present.plots.benefits import benefits_chart
from ucj_data.present.plots.budget import budget_chart
from ucj_data.present.plots.by_source import sources_chart
from ucj_data.present.plots.coverage_gap import coverage_chart
from ucj_data.present.plots.enrolment import enrolment_chart
from ucj_data.present.plots.history import history_chart
from ucj_data.present.plots.notes import source_note
from ucj_data.present.plots.target_path import target_path_chart

# a chart of a researcher's tables cites the sources of the folder they were read from
benefits_chart, budget_chart, sources_chart, coverage_chart, enrolment_chart, history_chart, \
    target_path_chart = map(in_folder_of_inputs, (
        benefits_chart, budget_chart, sources_chart, coverage_chart, enrolment_chart,
        history_chart, target_path_chart))

__all__ = [
    "benefits_chart",
    "budget_chart",
    "coverage_chart",
    "enrolment_chart",
    "history_chart",
    "source_note",
    "sources_chart",
    "target_path_chart",
]
