"""A user's table missing a column: the error names the table, the column and its use.

Each public function is given a small made-up table without one column it reads; before,
each of these failed with a bare ``KeyError: 'name'`` (or an AttributeError) from deep
inside the analysis (ucj_data.validate.columns.require_columns is the one rule).
"""

from __future__ import annotations

import pandas as pd
import pytest

import ucj_data
from tests.conftest import NO_COVERAGE, NO_STATISTICS, make_figures
from tests.unit.analysis.test_budgets import RATES
from tests.unit.analysis.test_official import REGIONS
from tests.unit.analysis.test_projections import TARGETS
from tests.unit.analysis.test_villages import HISTORY, STATS
from tests.unit.analysis.test_villages import RATES as VILLAGE_RATES

FIGURES = make_figures(("a", "3604", "active_participants", "2025-06-30", "300"),
                       ("w", "3604", "workforce", "2025-06-30", "1.000"),
                       ("c", "3604", "claims_paid_idr", "2025", "Rp1 miliar"),
                       ("r", "3604", "claim_recipients", "2025", "400")
                       ).assign(flag=None, quote="made up", note=None)
RECONCILED = ucj_data.reconcile(FIGURES, regions=REGIONS)
COVERAGE = ucj_data.coverage(statistics=NO_STATISTICS, reconciled=RECONCILED, regions=REGIONS)
OFFICIAL = ucj_data.official_targets(TARGETS, NO_COVERAGE, regions=REGIONS)
TEXT = "Sebanyak 300 pekerja di Kabupaten Serang."


def without(frame: pd.DataFrame, column: str) -> pd.DataFrame:
    assert column in frame, column  # the test removes a column the table really has
    return frame.drop(columns=[column])


CASES = {
    "extract, regions": (
        lambda: ucj_data.extract(TEXT, source_id="s", regions=without(REGIONS, "name"),
                                 exclusions=[]),
        "regions lacks the column(s) name, needed to find the regions the text names; "
        "it has region_code, level, parent_code"),
    "extract, exclusions": (
        lambda: ucj_data.extract(TEXT, source_id="s", regions=REGIONS,
                                 exclusions=pd.DataFrame({"pattern": [r"\d{4}"]})),
        "exclusions lacks the column(s) file, needed for the rules of numbers not to "
        "extract; it has pattern"),
    "coverage, regions": (
        lambda: ucj_data.coverage(statistics=NO_STATISTICS, reconciled=RECONCILED,
                                  regions=without(REGIONS, "name")),
        "regions lacks the column(s) name, needed to name each region beside its code"),
    "reconcile, regions": (
        lambda: ucj_data.reconcile(FIGURES, regions=without(REGIONS, "region_code")),
        "regions lacks the column(s) region_code, needed to name each region"),
    "claim_benefits, reconciled": (
        lambda: ucj_data.claim_benefits(reconciled=without(RECONCILED, "figure_ids_used"),
                                        regions=REGIONS),
        "reconciled lacks the column(s) figure_ids_used, needed for the claims"),
    "single_benefits, figures": (
        lambda: ucj_data.single_benefits(without(FIGURES, "note"), regions=REGIONS),
        "figures lacks the column(s) note, needed for the single benefits"),
    "official_targets, figures": (
        lambda: ucj_data.official_targets(without(TARGETS, "figure_id"), NO_COVERAGE,
                                          regions=REGIONS),
        "figures lacks the column(s) figure_id, needed for the official targets"),
    "target_realism, figures": (
        lambda: ucj_data.target_realism(without(TARGETS, "value"), HISTORY, STATS,
                                        regions=REGIONS),
        "figures lacks the column(s) value, needed for the official targets"),
    "denominators, official_targets": (
        lambda: ucj_data.denominators(FIGURES, RECONCILED,
                                      without(OFFICIAL, "implied_workforce"), STATS,
                                      regions=REGIONS),
        "official_targets lacks the column(s) implied_workforce, needed for the workforce"),
    "village_standard, coverage_history": (
        lambda: ucj_data.village_standard(without(HISTORY, "period"), STATS, VILLAGE_RATES,
                                          regions=REGIONS, package="JKK+JKM"),
        "coverage_history lacks the column(s) period, needed for the gap"),
    "village_standard, regions": (
        lambda: ucj_data.village_standard(HISTORY, STATS, VILLAGE_RATES,
                                          regions=without(REGIONS, "level"),
                                          package="JKK+JKM"),
        "regions lacks the column(s) level, needed to find the country"),
    "budget_cases, figures": (
        lambda: ucj_data.budget_cases(without(FIGURES, "flag"), COVERAGE, RATES,
                                      regions=REGIONS, package="JKK"),
        "figures lacks the column(s) flag, needed for the vulnerable workers funded"),
    "budget_cases, coverage": (
        lambda: ucj_data.budget_cases(FIGURES, without(COVERAGE, "uncovered_workers"), RATES,
                                      regions=REGIONS, package="JKK"),
        "coverage lacks the column(s) uncovered_workers, needed for the uncovered workers"),
}


@pytest.mark.parametrize("case", CASES)
def test_a_missing_column_is_named_with_its_table_and_use(case):
    call, message = CASES[case]
    with pytest.raises(ValueError) as err:
        call()
    assert str(err.value).startswith(message)


def test_the_tables_given_are_complete_enough_without_the_column_removed():
    # the same calls with the whole tables work: the error above is the column's alone
    ucj_data.extract(TEXT, source_id="s", regions=REGIONS, exclusions=[])
    ucj_data.claim_benefits(reconciled=RECONCILED, regions=REGIONS)
    ucj_data.single_benefits(FIGURES, regions=REGIONS)
    ucj_data.denominators(FIGURES, RECONCILED, OFFICIAL, STATS, regions=REGIONS)
    out = ucj_data.budget_cases(FIGURES, COVERAGE, RATES, regions=REGIONS, package="JKK")
    # uncovered = 1.000 workers - 300 active = 700, x Rp10.000 x 12 months = Rp84.000.000
    assert out["yearly_cost_idr"].tolist() == [84_000_000]
