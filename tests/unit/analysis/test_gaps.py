"""ucj_data.analysis.gaps (coverage) on small made-up tables."""

from __future__ import annotations

import math

import pandas as pd
import pytest

import ucj_data
from tests.conftest import make_figures


def test_latest_period_and_other_workforce_methods():
    figs = make_figures(
        ("old-a", "3604", "active_participants", "2024-06-30", "300.000"),
        ("old-w", "3604", "workforce", "2024-06-30", "700.000"),
        ("new-c", "3604", "coverage_pct", "2025-06-30", "60 persen"),
        ("new-u", "3604", "uncovered_workers", "2025-06-30", "300.000"),
        ("new-p", "3604", "uncovered_pct", "2025-06-30", "40 persen"),
    )
    r = ucj_data.coverage(reconciled=ucj_data.reconcile(figs)).iloc[0]
    # latest period 2025-06-30; workforce = 300,000 * 100 / 40 = 750,000
    assert r["period"] == "2025-06-30"
    assert r["workforce_method"] == "uncovered / uncovered_pct"
    assert r["workforce"] == 750_000
    # active = 60% of 750,000 = 450,000; 0.995 * 750,000 = 746,250 - 450,000 = 296,250
    assert r["active_participants"] == pytest.approx(450_000)
    assert r["workers_to_target"] == 296_250


@pytest.mark.parametrize("target", [0, -5, 100.01, math.nan, math.inf, "99.5", None, True])
def test_bad_target(target):
    with pytest.raises(ValueError, match="target_pct"):
        ucj_data.coverage(target_pct=target)


def test_bad_reconciled():
    with pytest.raises(ValueError, match="DataFrame"):
        ucj_data.coverage(reconciled=[1, 2])
    with pytest.raises(ValueError, match="lacks the column"):
        ucj_data.coverage(reconciled=pd.DataFrame({"region_code": ["36"]}))
