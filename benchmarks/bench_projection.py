"""Benchmark (not a test): the projection grid against a plain Python loop.

A synthetic national table, 38 provinces and 514 kabupaten/kota with plausible numbers
(seeded: workforce 50 thousand to 5 million, log-uniform; coverage 20-70%), is projected
to 99.5% over 5 workforce growth rates x 5 churn rates x 4 target years (2030-2045) =
100 scenarios. Timed, median of several runs (time.perf_counter):

- grid: ucj_data.analysis.projections.project_grid, the numpy arithmetic of project_enrolment,
  with its seven quantities flattened to one value per scenario, region and year;
- loop: the same arithmetic as a per-scenario, per-region, per-year Python loop;
- table: project_enrolment end to end (the grid, the long DataFrame and its pandera
  validation), for information.

The loop and the grid must agree to float precision. Targets: grid < 0.1 s and at least
50x faster than the loop. Run: ``/work/main/.venv/bin/python benchmarks/bench_projection.py``
"""

from __future__ import annotations

import statistics
import time

import numpy as np
import pandas as pd

from ucj_data.analysis.projections import QUANTITIES, project_enrolment, project_grid

SEED = 20451
GROWTH = [-0.01, 0.0, 0.01, 0.02, 0.03]
CHURN = [0.0, 0.02, 0.05, 0.1, 0.2]
TARGET_YEARS = [2030, 2035, 2040, 2045]
TARGET_PCT = 99.5
BASE_YEAR = 2025


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
        }
    )


def scenarios() -> np.ndarray:
    """(S, 4): target_pct, target_year, workforce_growth, churn; same order as the grid."""
    t, g, c = np.meshgrid(TARGET_YEARS, GROWTH, CHURN, indexing="ij")
    return np.column_stack([np.full(t.size, TARGET_PCT), t.ravel(), g.ravel(), c.ravel()])




def run_grid(base: pd.DataFrame, scen: np.ndarray):
    """The grid, then every quantity flattened to its valid cells (what the loop returns)."""
    c0 = base["active_participants"].to_numpy()
    w0 = base["workforce"].to_numpy()
    y0 = np.full(len(base), BASE_YEAR)
    grid = project_grid(c0, w0, y0, scen[:, 0], scen[:, 1], scen[:, 2], scen[:, 3])
    return grid, [grid.values(q) for q in QUANTITIES]


def in_loop_order(grid) -> np.ndarray:
    """The grid's cells by scenario, region, year (the loop's order); not timed."""
    s, _, r = grid.cells()
    order = np.argsort(s * grid.covered.shape[1] + r, kind="stable")
    return np.array([grid.values(q)[order] for q in QUANTITIES])


def run_loop(base: pd.DataFrame, scen: np.ndarray) -> np.ndarray:
    """The baseline: one Python iteration per scenario, region and year."""
    c0s = base["active_participants"].tolist()
    w0s = base["workforce"].tolist()
    out = [[] for _ in QUANTITIES]
    workforce, coverage, covered, newly, net_new, lapsed, gross = out
    for target, t_year, growth, churn in scen.tolist():
        for c0, w0 in zip(c0s, w0s, strict=True):
            p0 = c0 / w0 * 100
            previous = c0
            for year in range(BASE_YEAR + 1, int(t_year) + 1):
                w = w0 * (1 + growth) ** (year - BASE_YEAR)
                p = p0 + (target - p0) * (year - BASE_YEAR) / (t_year - BASE_YEAR)
                c = w * p / 100
                net = c - previous
                lap = churn * previous
                workforce.append(w)
                coverage.append(p)
                covered.append(c)
                newly.append(c - c0)
                net_new.append(net)
                lapsed.append(lap)
                gross.append(net + lap)
                previous = c
    return np.array(out)


def median_time(fn, runs: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def main() -> None:
    base = synthetic_base()
    scen = scenarios()
    t_grid, (grid, _) = median_time(lambda: run_grid(base, scen), runs=21)
    t_loop, loop = median_time(lambda: run_loop(base, scen), runs=5)
    t_table, table = median_time(
        lambda: project_enrolment(TARGET_PCT, TARGET_YEARS, GROWTH, CHURN, base=base), runs=3
    )
    ours = in_loop_order(grid)
    assert ours.shape == loop.shape, (ours.shape, loop.shape)
    rel = np.max(np.abs(ours - loop) / np.maximum(np.abs(loop), 1.0))
    assert rel < 1e-9, f"grid and loop disagree: max relative difference {rel:.3g}"
    assert len(table) == loop.shape[1]
    print(
        f"regions: {len(base)}, scenarios: {len(scen)}, rows (scenario x region x year): "
        f"{loop.shape[1]:,}, quantities per row: {len(QUANTITIES)}"
    )
    print(f"grid (project_grid, numpy):           {t_grid * 1e3:8.2f} ms  (median of 21)")
    print(f"loop (Python, per region and year):   {t_loop * 1e3:8.2f} ms  (median of 5)")
    print(f"speed-up grid vs loop:                {t_loop / t_grid:8.1f} x")
    print(f"table (project_enrolment, validated): {t_table * 1e3:8.2f} ms  (median of 3)")
    print(f"max relative difference grid vs loop: {rel:.2e}")
    print(
        f"targets: grid < 100 ms: {'met' if t_grid < 0.1 else 'NOT met'}; "
        f">= 50x: {'met' if t_loop / t_grid >= 50 else 'NOT met'}"
    )


if __name__ == "__main__":
    main()
