"""Benchmark (not a test): reconcile scales with the number of figures.

    .venv/bin/python benchmarks/bench_reconcile.py

Made-up figures (seeded), built in memory as DataFrames with the columns reconcile needs
(no CSV). Timed in the same run with ``reconcile_with_checks`` (both tables: reconciled and
data_quality, each validated by its schema):

- (a) one key, 1,000 disagreeing figures: 1,000 different exact counts of active
  participants for one region and period, with one coverage_pct, uncovered_workers and
  workforce each; exactly one of the counts fits the identities, so the key is 'resolved'.
  Target: under 10 s (it was cubic: 480 figures took 81 s). Its peak traced memory is
  measured in a second, untimed run (tracemalloc slows the code down).
- (a') one key of a count that is not a coverage quantity (vulnerable_enrolled), 1,000
  mutually disagreeing figures, next to a workforce: 'conflict'.
- (b) 100,000 figures for many keys, a few figures each (10 per region and period: 2
  active participants -- one rounded, or one off every 10th block so that the identities
  resolve it -- coverage_pct, uncovered_workers, workforce, 2 vulnerable_enrolled -- that
  disagree every 7th block -- 2 claims_paid_idr and claim_recipients).
- (c) the same kind of table with 10,000 figures, the baseline: (b)/(c) should be about
  10 if reconcile is linear in the number of figures.
"""

from __future__ import annotations

import tracemalloc

import numpy as np
import pandas as pd
from timing import median_time

from ucj_data.analysis.reconciliation import NEEDED, reconcile_with_checks

SEED = 20250
COLUMNS = list(NEEDED)  # the columns reconcile() needs
TARGET_SECONDS = 10.0


def grouped(x: float) -> str:
    """Indonesian grouping: 1234567 -> '1.234.567' (whole numbers), 50.87 -> '50,87'."""
    if float(x).is_integer():
        return f"{int(x):,}".replace(",", ".")
    return f"{x:,.2f}".replace(",", " ").replace(".", ",").replace(" ", ".")


def one_key(n: int, seed: int = SEED) -> pd.DataFrame:
    """(a): n different active_participants counts for one region and period; one fits."""
    rng = np.random.default_rng(seed)
    workforce, active = 786_702, 400_385
    others = rng.choice(np.arange(100_001, 700_001, 2), n - 1, replace=False)  # odd: exact
    # none within 5% of the fitting count: the identities allow 0.1% of the workforce
    others = others[np.abs(others - active) > 0.05 * active]
    values = [active, *others.tolist()]
    order = rng.permutation(len(values))
    rows = [
        (
            f"act-{i}",
            f"src-{i}",
            "3604",
            "active_participants",
            "2025-12-09",
            grouped(values[j]),
            float(values[j]),
            None,
        )
        for i, j in enumerate(order)
    ]
    rows += [
        ("cov", "src-cov", "3604", "coverage_pct", "2025-12-09", "50,89 persen", 50.89, None),
        ("unc", "src-unc", "3604", "uncovered_workers", "2025-12-09", "386.317", 386_317.0, None),
        (
            "wf",
            "src-wf",
            "3604",
            "workforce",
            "2025-12-09",
            grouped(workforce),
            float(workforce),
            None,
        ),
    ]
    return pd.DataFrame(rows, columns=COLUMNS)


def one_other_key(n: int, seed: int = SEED) -> pd.DataFrame:
    """(a'): n different vulnerable_enrolled counts for one key, and a workforce."""
    rng = np.random.default_rng(seed)
    values = rng.choice(np.arange(1_001, 99_999, 2), n, replace=False).tolist()
    rows = [
        (f"vul-{i}", f"src-{i}", "3604", "vulnerable_enrolled", "2025", grouped(v), float(v), None)
        for i, v in enumerate(values)
    ]
    rows.append(("wf", "src-wf", "3604", "workforce", "2025", "786.702", 786_702.0, None))
    return pd.DataFrame(rows, columns=COLUMNS)


def many_keys(n_rows: int, seed: int = SEED) -> pd.DataFrame:
    """(b), (c): 10 figures per region and period, n_rows // 10 regions-and-periods."""
    rng = np.random.default_rng(seed)
    blocks = n_rows // 10
    workforce = np.round(np.exp(rng.uniform(np.log(5e4), np.log(5e6), blocks)))
    active = np.round(workforce * rng.uniform(0.2, 0.7, blocks))
    vulnerable = np.round(workforce * rng.uniform(0.01, 0.1, blocks))
    claims = np.round(rng.uniform(1e9, 1e12, blocks), -6)
    recipients = np.round(rng.uniform(100, 10_000, blocks))
    rows = []
    for b in range(blocks):
        region, period = f"{b // 2:04d}", ("2024-12-31", "2025-12-31")[b % 2]
        w, a, v = workforce[b], active[b], vulnerable[b]
        a2 = a + 1 + round(a * 0.1) if b % 10 == 0 else round(a, -3)  # off, or rounded
        cov = round(100 * a / w, 2)
        items = [
            ("active_participants", a),
            ("active_participants", a2),
            ("coverage_pct", cov),
            ("uncovered_workers", w - a),
            ("workforce", w),
            ("vulnerable_enrolled", v),
            ("vulnerable_enrolled", v + 1 if b % 7 == 0 else v),
            ("claims_paid_idr", claims[b]),
            ("claims_paid_idr", claims[b]),
            ("claim_recipients", recipients[b]),
        ]
        for k, (indicator, value) in enumerate(items):
            text = grouped(value) + (" persen" if indicator == "coverage_pct" else "")
            if indicator == "claims_paid_idr":
                text = "Rp" + text
            rows.append(
                (f"f{b}-{k}", f"s{b}-{k % 3}", region, indicator, period, text, float(value), None)
            )
    return pd.DataFrame(rows, columns=COLUMNS)


def peak_mb(fn) -> float:
    tracemalloc.start()
    try:
        fn()
        return tracemalloc.get_traced_memory()[1] / 1e6
    finally:
        tracemalloc.stop()


def main() -> None:
    a, a2 = one_key(1_000), one_other_key(1_000)
    b, c = many_keys(100_000), many_keys(10_000)
    reconcile_with_checks(c.head(50))  # warm up: first pandera validation registers backends

    t_a, out_a = median_time(lambda: reconcile_with_checks(a), runs=3)
    t_a2, out_a2 = median_time(lambda: reconcile_with_checks(a2), runs=3)
    t_c, out_c = median_time(lambda: reconcile_with_checks(c), runs=3)
    t_b, out_b = median_time(lambda: reconcile_with_checks(b), runs=3)
    mem_a = peak_mb(lambda: reconcile_with_checks(a))

    status_a = out_a["reconciled"].set_index("indicator")["status"].to_dict()
    assert status_a["active_participants"] == "resolved", status_a
    status_a2 = out_a2["reconciled"].set_index("indicator")["status"].to_dict()
    assert status_a2["vulnerable_enrolled"] == "conflict", status_a2

    def describe(out) -> str:
        counts = out["reconciled"]["status"].value_counts().to_dict()
        return (
            f"{len(out['reconciled']):,} reconciled rows {counts}, "
            f"{len(out['data_quality']):,} data_quality rows"
        )

    print(
        f"(a)  1,000 disagreeing figures, one coverage key: {t_a:7.2f} s "
        f"(target < {TARGET_SECONDS:.0f} s: {'met' if t_a < TARGET_SECONDS else 'MISSED'}; "
        f"{t_a / TARGET_SECONDS:.1%} of it), peak traced memory {mem_a:.0f} MB; "
        f"active_participants {status_a['active_participants']}; {describe(out_a)}"
    )
    print(
        f"(a') 1,000 disagreeing figures, one other key:    {t_a2:7.2f} s; "
        f"vulnerable_enrolled {status_a2['vulnerable_enrolled']}; {describe(out_a2)}"
    )
    print(f"(c)  {len(c):,} figures, baseline:                 {t_c:7.2f} s; {describe(out_c)}")
    print(f"(b)  {len(b):,} figures:                          {t_b:7.2f} s; {describe(out_b)}")
    print(
        f"ratio (b)/(c): {t_b / t_c:.1f} for {len(b) / len(c):.0f}x the figures "
        f"(about 10 if linear); medians of 3 runs"
    )


if __name__ == "__main__":
    main()
