"""Benchmark (not a test): project_enrolment against a plain Python loop making the same rows.

    .venv/bin/python benchmarks/bench_projection.py

A synthetic national table, 38 provinces and 514 kabupaten/kota with plausible numbers
(seeded: workforce 50 thousand to 5 million, log-uniform; coverage 20-70%), is projected to
99.5% by 2045 for 10 workforce growth rates x 10 churn rates = 100 scenarios: 552 regions x
100 scenarios x 20 years = 1,104,000 rows. Timed in the same run, median of several runs:

- table: ``ucj_data.project_enrolment`` through its public API, parameters checked and the
  ``projection`` table validated against its schema;
- loop: the same rows (every column of the table) from a plain Python loop over scenarios,
  regions and years, the baseline;
- grid: ``project_grid``, the numpy arithmetic alone, for information.

The loop's rows and the table must agree to float precision. Target: the table at least
50x faster than the loop.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from timing import median_time

from ucj_data.analysis.projections import QUANTITIES, SCENARIO, project_enrolment, project_grid

SEED = 20451
GROWTH = [-0.01, 0.0, 0.005, 0.01, 0.015, 0.02, 0.025, 0.03, 0.04, 0.05]
CHURN = [0.0, 0.01, 0.02, 0.03, 0.05, 0.07, 0.1, 0.15, 0.2, 0.3]
TARGET_YEAR = 2045
TARGET_PCT = 99.5
BASE_YEAR = 2025
# no official targets: every region follows the linear path from its reported base
NO_FIGURES = pd.DataFrame(columns=["figure_id", "source_id", "region_code", "indicator",
                                   "period", "value"])


def synthetic_base(seed: int = SEED) -> pd.DataFrame:
    """38 provinces and 514 kabupaten/kota (codes made up), base period end of 2025."""
    rng = np.random.default_rng(seed)
    provinces = [f"{p:02d}" for p in range(11, 49)]
    districts = [f"{provinces[i % 38]}{i // 38 + 1:02d}" for i in range(514)]
    codes = provinces + districts
    workforce = np.round(np.exp(rng.uniform(np.log(5e4), np.log(5e6), len(codes))))
    coverage = rng.uniform(20, 70, len(codes))
    active = np.round(workforce * coverage / 100)
    return pd.DataFrame(
        {
            "region_code": codes,
            "period": f"{BASE_YEAR}-12-31",
            "active_participants": active,
            "workforce": workforce,
            "figure_ids": [f"synthetic-{c}" for c in codes],
            # ranges as if both were written rounded (active to 1.000, workforce to
            # 10.000): the table runs the grid at the 4 corners of each base too
            "workforce_method": "reported",
            "active_participants_low": active - 500,
            "active_participants_high": active + 500,
            "workforce_low": workforce - 5_000,
            "workforce_high": workforce + 5_000,
        }
    )


def names(base: pd.DataFrame) -> pd.DataFrame:
    """A regions table for the synthetic codes (region_name is a column of the table)."""
    return pd.DataFrame({"region_code": base["region_code"],
                         "name": "Wilayah " + base["region_code"]})


def run_table(base: pd.DataFrame) -> pd.DataFrame:
    return project_enrolment(NO_FIGURES, base, regions=names(base), target_pct=TARGET_PCT,
                             target_year=TARGET_YEAR, workforce_growth=GROWTH, churn=CHURN)


# the columns of run_loop's tuples, in order (the table's columns without the ranges)
LOOP_COLUMNS = [*SCENARIO, "region_code", "region_name", "year", "base_year", "base_method",
                "target_status", *QUANTITIES, "figure_ids"]


def run_loop(base: pd.DataFrame) -> list[tuple]:
    """The baseline: one Python iteration per scenario, region and year, one tuple per row
    with the columns LOOP_COLUMNS."""
    regions = list(zip(base["region_code"], base["active_participants"], base["workforce"],
                       base["figure_ids"], strict=True))
    rows = []
    for growth in GROWTH:
        for churn in CHURN:
            for code, c0, w0, ids in regions:
                p0 = c0 / w0 * 100
                previous = c0
                for year in range(BASE_YEAR + 1, TARGET_YEAR + 1):
                    w = w0 * (1 + growth) ** (year - BASE_YEAR)
                    p = p0 + (TARGET_PCT - p0) * (year - BASE_YEAR) / (TARGET_YEAR - BASE_YEAR)
                    c = w * p / 100
                    net = c - previous
                    lapsed = churn * previous
                    rows.append((TARGET_PCT, TARGET_YEAR, growth, churn, "linear", code,
                                 f"Wilayah {code}", year,
                                 BASE_YEAR, "reported", "to_reach", w, p, c, c - c0, net, lapsed,
                                 net + lapsed, ids))
                    previous = c
    return rows


def run_grid(base: pd.DataFrame):
    n = len(GROWTH) * len(CHURN)
    return project_grid(base["active_participants"], base["workforce"],
                        np.full(len(base), BASE_YEAR), np.full(n, TARGET_PCT),
                        np.full(n, TARGET_YEAR), np.repeat(GROWTH, len(CHURN)),
                        np.tile(CHURN, len(GROWTH)))


def main() -> None:
    base = synthetic_base()
    run_table(base)  # warm up: first pandera validation registers its backends
    t_table, table = median_time(lambda: run_table(base), runs=7)
    t_loop, rows = median_time(lambda: run_loop(base), runs=3)
    t_grid, _ = median_time(lambda: run_grid(base), runs=7)

    assert len(rows) == len(table), (len(rows), len(table))
    columns = list(table.columns)
    loop_values = np.array([r[LOOP_COLUMNS.index(q)] for r in rows for q in QUANTITIES],
                           dtype=float)
    ours = table[list(QUANTITIES)].to_numpy().ravel()
    rel = np.max(np.abs(ours - loop_values) / np.maximum(np.abs(loop_values), 1.0))
    assert rel < 1e-9, f"table and loop disagree: max relative difference {rel:.3g}"
    labels = [*SCENARIO, "region_code", "region_name", "year", "base_year", "base_method",
              "target_status",
              "figure_ids"]
    sample = np.random.default_rng(0).choice(len(rows), 1000, replace=False)
    for i in sample:
        assert tuple(table.iloc[i][labels].astype(str)) == tuple(
            str(rows[i][LOOP_COLUMNS.index(c)]) for c in labels), i
    # the ranges hold the value (the projection is monotone in C0 and W0)
    for q in ("covered", "enrol_gross"):
        assert (table[f"{q}_low"] <= table[q] * (1 + 1e-12) + 1e-6).all(), q
        assert (table[q] <= table[f"{q}_high"] * (1 + 1e-12) + 1e-6).all(), q

    print(f"regions: {len(base)}, scenarios: {len(GROWTH) * len(CHURN)}, "
          f"rows: {len(table):,}, columns: {len(columns)}")
    print(f"loop  (Python rows, baseline):            {t_loop * 1e3:9.1f} ms  (median of 3)")
    print(f"table (project_enrolment, validated):     {t_table * 1e3:9.1f} ms  (median of 7)")
    print(f"grid  (project_grid, numpy only):         {t_grid * 1e3:9.1f} ms  (median of 7)")
    print(f"speed-up table vs loop: {t_loop / t_table:.1f}x (target >= 50x); "
          f"grid vs loop: {t_loop / t_grid:.1f}x; max relative difference {rel:.1e}")


if __name__ == "__main__":
    main()
