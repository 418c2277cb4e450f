"""Benchmark (not a test): parse_number on adversarial text runs in linear time.

    .venv/bin/python benchmarks/bench_parse.py

For each adversarial shape (``'Rp1' * n``, ``'1.' * n``, ``' ' * 10 n + '1'``, ...) at
n = 1,000 (the baseline) and n = 100,000, measured in the same run (best of several runs):

- parse_number: the public function. Text over MAX_TEXT_CHARS (100) characters is rejected
  at once, so its time does not grow with n at all (ratio of total times about 1).
- patterns: what parse_number would do with that text if there were no length limit --
  normalise the whitespace, try the grammar (``_NUMBER_RE``), then every diagnostic pattern
  (``_diagnose``) -- so that the patterns themselves are shown to be linear: the time per
  character at n = 100,000 over the time per character at n = 1,000 should be about 1
  (a quadratic pattern gives about 100).
- For comparison, the pattern that made 'Rp1' * n quadratic before (``Rp.*(?:persen|%)``),
  at n = 1,000 and 10,000 only (its per-character ratio is about 10 there, i.e. quadratic).
"""

from __future__ import annotations

import contextlib
import re
import time

from ucj_data.text import numbers

SMALL, LARGE = 1_000, 100_000

SHAPES = {
    "'Rp1' * n": lambda n: "Rp1" * n,
    "'1.' * n": lambda n: "1." * n,
    "'1,' * n": lambda n: "1," * n,
    "' ' * 10n + '1'": lambda n: " " * (10 * n) + "1",
    "'1' * n + 'x'": lambda n: "1" * n + "x",
    "'1.' * n + '1'": lambda n: "1." * n + "1",
    "'1,' * n + '1'": lambda n: "1," * n + "1",
    "'Rp' * n + '5 juta'": lambda n: "Rp" * n + "5 juta",
    "'ribu ' * n + '1%'": lambda n: "ribu " * n + "1%",
    "'1 ' * n + 'per hari'": lambda n: "1 " * n + "per hari",
    "'M1' * n": lambda n: "M1" * n,
    "'0' * n + 'x'": lambda n: "0" * n + "x",
    "'1.000' * n + 'x'": lambda n: "1" + ".000" * n + "x",
}

OLD_RP_PERCENT = re.compile(r"Rp.*(?:persen|%)", re.IGNORECASE)


def best_time(fn, text: str, runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn(text)
        times.append(time.perf_counter() - start)
    return min(times)


def parse(text: str) -> None:
    with contextlib.suppress(ValueError):
        numbers.parse_number(text)


def patterns(text: str) -> None:
    normalised = " ".join(text.split())
    if numbers._NUMBER_RE.match(normalised) is None:
        numbers._diagnose(normalised)


def main() -> None:
    print(
        f"per-character time at n={LARGE:,} / at n={SMALL:,} (about 1 = linear, "
        f"about {LARGE // SMALL} = quadratic); best of 5 runs"
    )
    print(
        f"{'shape':24} {'parse_number total':>22} {'ratio':>7} "
        f"{'patterns us/kchar':>24} {'ratio':>7}"
    )
    worst = 0.0
    for name, make in SHAPES.items():
        small, large = make(SMALL), make(LARGE)
        p_small, p_large = best_time(parse, small), best_time(parse, large)
        r_small, r_large = best_time(patterns, small), best_time(patterns, large)
        per_small = r_small / len(small) * 1e9  # microseconds per 1000 characters
        per_large = r_large / len(large) * 1e9
        ratio = per_large / per_small
        worst = max(worst, ratio)
        print(
            f"{name:24} {p_small * 1e6:8.1f} -> {p_large * 1e6:6.1f} us {p_large / p_small:7.2f} "
            f"{per_small:10.2f} -> {per_large:9.2f} {ratio:7.2f}"
        )
    print(
        f"worst per-character ratio of the patterns: {worst:.2f} (target: about 1, "
        f"well below {LARGE // SMALL})"
    )

    old = [best_time(OLD_RP_PERCENT.search, "Rp1" * n, runs=1) for n in (SMALL, 10 * SMALL)]
    per = [t / (3 * n) for t, n in zip(old, (SMALL, 10 * SMALL), strict=True)]
    print(
        f"for comparison, the old pattern 'Rp.*(?:persen|%)' on 'Rp1' * n: "
        f"{old[0] * 1e3:.1f} ms at n={SMALL:,}, {old[1] * 1e3:.1f} ms at n={10 * SMALL:,}: "
        f"per-character ratio {per[1] / per[0]:.1f} (10 = quadratic)"
    )


if __name__ == "__main__":
    main()
