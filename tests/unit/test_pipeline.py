"""ucj_data.pipeline: the registry walked by the build, and inputs filled in from it."""

from __future__ import annotations

import pandas as pd
import pytest

import ucj_data
from tests.conftest import NO_STATISTICS, make_figures
from ucj_data.metadata.tables import TABLES
from ucj_data.pipeline import compute_function, derive, input_table


def test_every_derived_table_names_a_function_and_its_inputs():
    for table in TABLES.values():
        if table.compute is None:
            continue
        function = compute_function(table)
        assert callable(function), table.name
        for name in table.inputs:
            assert name in TABLES, (table.name, name)
            # inputs come before the table that needs them: the build walks in order
            assert list(TABLES).index(name) < list(TABLES).index(table.name), table.name
        # and every analysis is public under its function's name (wrapped so that the
        # inputs it derives come from the folder of the tables given)
        assert getattr(ucj_data, function.__name__).__wrapped__ is function


def test_an_input_left_out_is_derived_from_what_was_given():
    # a researcher's own figures: region 9901, 300 active of 1000 workers
    figures = make_figures(("o-a", "99", "active_participants", "2025", "300"),
                           ("o-w", "99", "workforce", "2025", "1.000"))
    cov = derive("coverage", {"figures": figures, "statistics": NO_STATISTICS})
    # 300 / 1000 = 30%; ceil(0.995 x 1000) - 300 = 995 - 300 = 695 to the target
    assert cov["region_code"].tolist() == ["99"]
    assert cov["coverage_pct"].tolist() == [30.0]
    assert cov["workers_to_target"].tolist() == [695]
    # the same through a function's own default
    assert ucj_data.coverage(figures, statistics=NO_STATISTICS)[
        "workers_to_target"].tolist() == [695]


def test_a_given_input_is_checked():
    with pytest.raises(ValueError, match="figures must be a pandas DataFrame, got str"):
        input_table("figures", "figures.csv")
    frame = pd.DataFrame({"a": [1]})
    assert input_table("figures", frame) is frame


def test_codes_given_for_the_regions_table_get_a_hint():
    # regions= is the regions table; a list of codes meant region_codes=
    with pytest.raises(ValueError, match=r"got list; to choose regions by their codes, "
                                         r"pass region_codes=\[\.\.\.\]"):
        ucj_data.project_enrolment(regions=["51"])


def test_every_analysis_table_names_its_regions():
    # metadata: region_name stands right after region_code in every derived table
    for table in TABLES.values():
        if table.compute and "region_code" in table.fields:
            i = table.fields.index("region_code")
            assert table.fields[i + 1] == "region_name", table.name
    # and the names come from the regions table given; a code it lacks gets none
    figures = make_figures(("o-a", "99", "active_participants", "2025", "300"),
                           ("o-w", "99", "workforce", "2025", "1.000"),
                           ("x-a", "98", "active_participants", "2025", "10"),
                           ("x-w", "98", "workforce", "2025", "20"))
    regions = pd.DataFrame({"region_code": ["99"], "name": ["Provinsi Uji"]})
    cov = ucj_data.coverage(figures, statistics=NO_STATISTICS,
                            regions=regions).set_index("region_code")
    assert cov.at["99", "region_name"] == "Provinsi Uji"
    assert pd.isna(cov.at["98", "region_name"])
    proj = ucj_data.project_enrolment(figures, regions=regions)
    assert set(proj.loc[proj["region_code"] == "99", "region_name"]) == {"Provinsi Uji"}
