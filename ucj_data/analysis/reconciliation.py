"""Reconciling figures that several sources report for the same quantity.

:func:`reconcile` gives one value per ``(region_code, indicator, period)``;
:func:`data_quality` lists every consistency check made on the way, with its numbers.
Both come from one pass over the figures (:func:`reconcile_with_checks`), so the two tables always
describe the same decisions. The rules are
``METHODS["reconcile"]`` (:mod:`ucj_data.metadata.methods`).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from functools import cache
from itertools import combinations, product

import pandas as pd

from ucj_data.analysis.labels import named
from ucj_data.metadata.methods import with_method
from ucj_data.metadata.tables import TABLES
from ucj_data.metadata.vocabularies import (
    INDICATORS,
    WHOLE_UNIT_KINDS,
    WORKFORCE_CEILING,
    within_kind,
)
from ucj_data.parameters import PARAMETERS, default
from ucj_data.pipeline import input_table
from ucj_data.provenance import join_ids
from ucj_data.text.intervals import (
    AT_LEAST,
    BOUNDS,
    HAMPIR_BELOW,
    precision,
    written_interval,
    written_precision,
)
from ucj_data.validate.columns import require_columns
from ucj_data.validate.schemas import validated

__all__ = ["COVERAGE_FAMILY", "MAX_COMBINATIONS", "PAIRWISE_MAX", "REASON_ITEMS",
           "WORKFORCE_INPUTS", "data_quality", "reconcile", "reconcile_with_checks",
           "workforce_from"]

# The quantities tied together by the coverage identities. In check names they are
# 'active', 'coverage', 'uncovered' (count or percent, as the check needs), 'workforce'.
COVERAGE_FAMILY: tuple[str, ...] = (
    "active_participants",
    "coverage_pct",
    "uncovered_workers",
    "uncovered_pct",
    "workforce",
)
# 'sources agree' compares every pair of candidates for one key when there are at most this
# many; beyond, each candidate with the key's most precise one (n - 1 rows, not n(n-1)/2).
PAIRWISE_MAX = 8
# The coverage identities are checked on every combination of one agreeing group per
# quantity when there are at most this many combinations; beyond, the quantities whose
# groups disagree are left as conflicts (the identities are not checked).
MAX_COMBINATIONS = 10_000
# A reason lists at most this many figures, groups or failed checks, then how many more
# (every figure is in the figure_ids columns, every check in data_quality).
REASON_ITEMS = 10
# Columns reconcile() needs from the figures table.
NEEDED = (
    "figure_id",
    "source_id",
    "region_code",
    "indicator",
    "period",
    "value_text",
    "value",
    "qualifier",
)
# The quantities behind each way of getting the workforce (field workforce_method).
WORKFORCE_INPUTS: dict[str, tuple[str, ...]] = {
    "reported": ("workforce",),
    "active + uncovered": ("active_participants", "uncovered_workers"),
    "active / coverage": ("active_participants", "coverage_pct"),
    "uncovered / uncovered_pct": ("uncovered_workers", "uncovered_pct"),
}


def _fmt(x: float) -> str:
    """A number for a reason text: grouped, at most 3 decimals."""
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return "n/a"
    if float(x).is_integer():
        return f"{int(x):,}"
    return f"{x:,.3f}".rstrip("0").rstrip(".")


def _some(texts, sep: str, more: str) -> str:
    """``texts`` joined by ``sep``; past REASON_ITEMS of them, the first ones and
    'and N more ``more``'."""
    texts = list(texts)
    if len(texts) <= REASON_ITEMS:
        return sep.join(texts)
    return sep.join(texts[:REASON_ITEMS]) + f"{sep}and {len(texts) - REASON_ITEMS:,} more {more}"


# --- what a written figure says about the true value ---------------------------------


@dataclass(frozen=True)
class Interval:
    """The true values a written figure allows: from lo to hi, each end open or closed."""

    lo: float
    hi: float
    lo_open: bool = False
    hi_open: bool = False

    def __and__(self, other: Interval) -> Interval:
        """The values both allow; at a shared end, open if either is open."""
        lo = max(self.lo, other.lo)
        hi = min(self.hi, other.hi)
        lo_open = (self.lo_open and self.lo == lo) or (other.lo_open and other.lo == lo)
        hi_open = (self.hi_open and self.hi == hi) or (other.hi_open and other.hi == hi)
        return Interval(lo, hi, lo_open, hi_open)

    @property
    def empty(self) -> bool:
        eps = 1e-9 * max(1.0, abs(self.lo), abs(self.hi) if math.isfinite(self.hi) else 1.0)
        if self.hi - self.lo > eps:
            return False
        return not (abs(self.hi - self.lo) <= eps and not self.lo_open and not self.hi_open)


@dataclass(frozen=True)
class Candidate:
    """One figure as a candidate value for its quantity."""

    figure_id: str
    source_id: str
    value: float
    qualifier: str | None
    value_text: str
    step: float  # place value of the last non-zero digit (461000 -> 1000)
    digits: int  # significant digits (461000 -> 3)
    whole: bool = False  # a count of whole things: '400.385' is exact
    kind: str = ""  # the indicator's kind (count, percent, ...): what values it can take

    @property
    def bound(self) -> bool:
        """True when the figure is a bound ('lebih dari', 'kurang dari', 'hampir',
        'minimal', 'paling sedikit')."""
        return self.qualifier in BOUNDS

    @property
    def interval(self) -> Interval:
        """What the figure allows (:func:`ucj_data.text.intervals.written_interval`)."""
        w = within_kind(written_interval(self.value, self.qualifier, whole=self.whole,
                                         step=self.step), self.kind)
        return Interval(w.low, w.high, w.low_open, w.high_open)

    def describe(self) -> str:
        v, q = _fmt(self.value), self.qualifier
        if q == "mencapai":
            return f"'{self.value_text}' = exactly {v}"
        if q == "lebih dari":
            return f"'{self.value_text}' = more than {v}"
        if q in AT_LEAST:
            return f"'{self.value_text}' = at least {v}"
        if q == "kurang dari":
            return f"'{self.value_text}' = less than {v}"
        if q == "hampir":
            return (
                f"'{self.value_text}' = at most {HAMPIR_BELOW:.0%} below {v}: "
                f"{_fmt(self.interval.lo)} to below {v}"
            )
        if self.step <= 1 and float(self.value).is_integer():
            return f"'{self.value_text}' = {v}"
        iv = self.interval
        return (
            f"'{self.value_text}' = {v} rounded to {_fmt(self.step)}: "
            f"{_fmt(iv.lo)} to {'below ' if iv.hi_open else ''}{_fmt(iv.hi)}"
        )


def _precision(value: float) -> tuple[float, int]:
    """(step, significant digits) of a parsed value (:func:`ucj_data.text.intervals.precision`)."""
    return precision(value)


def _candidates(figures: pd.DataFrame) -> pd.DataFrame:
    """Figures that are reconciled (not single case amounts), each with its Candidate."""
    require_columns(figures, NEEDED, "figures")
    kinds = figures["indicator"].map({k: v.kind for k, v in INDICATORS.items()})
    unknown = figures.loc[kinds.isna(), "indicator"].unique().tolist()
    if unknown:
        raise ValueError(f"unknown indicator(s) in figures: {unknown}")
    out = figures.loc[kinds != "case", list(NEEDED)].copy()
    out["candidate"] = [
        Candidate(
            str(fid), str(sid), float(v), None if pd.isna(q) else str(q), str(t),
            *written_precision(v, t), whole=kind in WHOLE_UNIT_KINDS, kind=kind,
        )
        for fid, sid, v, q, t, kind in zip(
            out["figure_id"],
            out["source_id"],
            out["value"],
            out["qualifier"],
            out["value_text"],
            kinds[out.index],
            strict=True,
        )
    ]
    return out


def _clusters(cands: list[Candidate]) -> list[list[Candidate]]:
    """Split candidates into groups whose intervals share a common value.

    Sweep in order of the lower ends, keeping the running intersection; a candidate that
    misses it starts a new group. (For intervals, pairwise overlap means a common point.)
    """
    order = sorted(cands, key=lambda c: (c.interval.lo, c.interval.hi))
    groups: list[list[Candidate]] = []
    common: Interval | None = None
    for c in order:
        if common is not None and not (common & c.interval).empty:
            groups[-1].append(c)
            common = common & c.interval
        else:
            groups.append([c])
            common = c.interval
    pos = {c.figure_id: i for i, c in enumerate(cands)}
    return [sorted(g, key=lambda c: pos[c.figure_id]) for g in groups]


def _best(cands: list[Candidate]) -> Candidate:
    """The most precise candidate: most significant digits, a value before a bound."""
    return min(cands, key=lambda c: (-c.digits, c.bound, c.step))


def _ids(cands) -> str | None:
    return join_ids(c.figure_id for c in cands)


# --- workforce from whatever is reported ---------------------------------------------


def workforce_from(
    active: float = math.nan,
    coverage_pct: float = math.nan,
    uncovered: float = math.nan,
    uncovered_pct: float = math.nan,
    workforce: float = math.nan,
) -> tuple[float, str | None]:
    """The workforce and the identity that gave it, preferring counts over percentages.

    In order: ``reported``; ``active + uncovered``; ``active / coverage``
    (active * 100 / coverage_pct); ``uncovered / uncovered_pct``. NaN and None when
    none applies.
    """

    def ok(*xs):
        return all(x is not None and not math.isnan(x) for x in xs)

    if ok(workforce):
        return workforce, "reported"
    if ok(active, uncovered):
        return active + uncovered, "active + uncovered"
    if ok(active, coverage_pct) and coverage_pct > 0:
        return active * 100 / coverage_pct, "active / coverage"
    if ok(uncovered, uncovered_pct) and uncovered_pct > 0:
        return uncovered * 100 / uncovered_pct, "uncovered / uncovered_pct"
    return math.nan, None


# --- checks ---------------------------------------------------------------------------


@dataclass
class Check:
    region_code: str
    period: str
    check: str
    figure_ids: str
    reported: float
    computed: float
    tolerance: float
    unit: str
    passed: bool
    detail: str
    difference: float = field(init=False)

    def __post_init__(self) -> None:
        self.difference = self.computed - self.reported

    def why(self) -> str:
        return (
            f"{self.check}: computed {_fmt(self.computed)} vs {_fmt(self.reported)} "
            f"reported (difference {_fmt(self.difference)}, tolerance "
            f"{_fmt(self.tolerance)} {self.unit})"
        )


def _agreement_checks(region, period, indicator, cands) -> list[Check]:
    """'sources agree' for the candidates of one quantity: one row per pair of candidates
    when there are at most PAIRWISE_MAX of them, else one row per candidate against the
    most precise one (the value of the group, were they all to agree)."""
    if len(cands) <= PAIRWISE_MAX:
        pairs = []
        for a, b in combinations(cands, 2):
            pairs.append((b, a) if _best([a, b]) is a else (a, b))  # b: the more precise
    else:
        best = _best(cands)
        pairs = [(c, best) for c in cands if c is not best]
    rows = []
    for a, b in pairs:
        ia, ib = a.interval, b.interval
        two_sided = not (a.bound or b.bound)
        tol = (ia.hi - ia.lo + ib.hi - ib.lo) / 2 if two_sided else math.nan
        rows.append(
            Check(
                region, period, "sources agree", _ids([a, b]),
                reported=a.value, computed=b.value, tolerance=tol,
                unit=INDICATORS[indicator].unit, passed=not (ia & ib).empty,
                detail=f"{a.describe()}; {b.describe()}",
            )
        )  # fmt: skip
    return rows


def identity_holds(reported: float, computed: float, tolerance: float) -> bool:
    """Whether a coverage identity holds: the computed value within ``tolerance`` of the
    reported one (the one rule of :func:`data_quality` and of the coverage rows)."""
    return abs(computed - reported) <= tolerance + 1e-9


def _workforce_checked_against(val: dict[str, float]) -> tuple[float | None, tuple[str, ...], str]:
    """The workforce the share identities divide by, the quantities it comes from and how a
    detail says it: as reported, else active + uncovered; else None, as a workforce from a
    percentage would make the percentage checks circular."""
    w = val.get("workforce")
    a, u = val.get("active_participants"), val.get("uncovered_workers")
    if w is not None:
        return w, ("workforce",), f"workforce {_fmt(w)} as reported"
    if a is not None and u is not None:
        return a + u, ("active_participants", "uncovered_workers"), (
            f"workforce {_fmt(a)} + {_fmt(u)} = {_fmt(a + u)}")
    return None, (), ""


def _identity_checks(
    region, period, val: dict[str, float], ids: dict[str, str], tol_pct: float, join=join_ids
) -> list[Check]:
    """The coverage identities computable from one choice of value per quantity: ``val``
    and ``ids`` give, per quantity, the value of the chosen group and its figure ids;
    ``join`` joins figure ids (:func:`join_ids`, or a memo of it)."""
    a, c = val.get("active_participants"), val.get("coverage_pct")
    u, p = val.get("uncovered_workers"), val.get("uncovered_pct")
    w, w_ids, w_text = _workforce_checked_against(val)
    rows = []

    def row(name, used, reported, computed, detail, tolerance=tol_pct, unit="percent"):
        rows.append(
            Check(
                region, period, name, join(*(ids[k] for k in dict.fromkeys(used))),
                reported=reported, computed=computed, tolerance=tolerance, unit=unit,
                passed=identity_holds(reported, computed, tolerance), detail=detail,
            )
        )  # fmt: skip

    def share(name, count, percent):  # 100 x count / workforce = percent
        n, s = val.get(count), val.get(percent)
        if w is not None and w > 0 and n is not None and s is not None:
            row(name, (count, *w_ids, percent), s, 100 * n / w,
                f"100 * {_fmt(n)} / {_fmt(w)} with {w_text}")

    if "workforce" in w_ids and a is not None and u is not None:
        # a count identity, judged in percent of the workforce
        row("active + uncovered = workforce",
            ("active_participants", "uncovered_workers", "workforce"), w, a + u,
            f"{_fmt(a)} + {_fmt(u)} = {_fmt(a + u)} vs {w_text}; "
            f"tolerance {_fmt(tol_pct)}% of the workforce",
            tolerance=tol_pct / 100 * w, unit="persons")
    share("active / workforce = coverage", "active_participants", "coverage_pct")
    share("uncovered / workforce = uncovered", "uncovered_workers", "uncovered_pct")
    if w is None and a is not None and c is not None:
        rows.append(_active_agrees_with_coverage(region, period, a, c, join(
            ids["active_participants"], ids["coverage_pct"])))
    if c is not None and p is not None:
        row("coverage + uncovered = 100", ("coverage_pct", "uncovered_pct"), 100.0, c + p,
            f"{_fmt(c)} + {_fmt(p)} = {_fmt(c + p)}")
    return rows


def _active_agrees_with_coverage(region, period, active: float, coverage_pct: float,
                                 ids: str) -> Check:
    """With no workforce to compare them with, a count and a share can still contradict
    each other: 0 active is 0%, and 2,7 juta active at '0 persen' (at most 0,5% as rounded)
    would take a workforce of at least 540 juta, more than Indonesia has."""
    upper = coverage_pct + _precision(coverage_pct)[0] / 2  # the share as written, rounded
    least = math.inf if upper <= 0 else 100 * active / upper
    if active == 0:
        passed, detail = coverage_pct == 0, (
            f"0 active participants with coverage {_fmt(coverage_pct)}%: 0 active is 0%")
        least = 0.0
    else:
        passed = coverage_pct > 0 and least <= WORKFORCE_CEILING
        detail = (f"{_fmt(active)} active at coverage below {_fmt(upper)}% imply at least "
                  f"{_fmt(least)} workers; no region has more than {_fmt(WORKFORCE_CEILING)}")
    return Check(region, period, "active agrees with coverage", ids, reported=least,
                 computed=WORKFORCE_CEILING, tolerance=0.0, unit="persons", passed=passed,
                 detail=detail)


def _plausibility_check(
    region, period, cand: Candidate, workforce: float, w_period: str, w_method: str, w_ids: str
) -> Check:
    return Check(
        region, period, "count <= workforce", join_ids(cand.figure_id, w_ids),
        reported=cand.value, computed=workforce, tolerance=0.0, unit="persons",
        passed=cand.value <= workforce,
        detail=f"{cand.describe()} vs the region's workforce {_fmt(workforce)} "
        f"({w_method}, {w_period})",
    )  # fmt: skip


# --- the whole pass ---------------------------------------------------------------------
# In the steps of METHODS["reconcile"]: (1) the candidates of each key and whether they
# agree, (2) the coverage identities, (3) plausibility against the workforce, (4) status.

Key = tuple[str, str, str]  # (region_code, indicator, period)
# the workforce of a region and year for the plausibility check: (workforce, method,
# period, figure ids)
Workforce = tuple[float, str, str, str]


@dataclass
class Decision:
    used: list[Candidate]
    set_aside: list[Candidate]
    reason: list[str]
    decided: bool = True  # False: the candidates disagree and nothing decides


def _disagree(cands: list[Candidate], why: str) -> str:
    """The reason of a conflict: the values that disagree and why nothing decides."""
    return f"values disagree ({_some((c.describe() for c in cands), '; ', 'figures')}) and {why}"


def _conflict(groups: list[list[Candidate]], why: str) -> Decision:
    """Groups of one quantity that still disagree: every figure in dispute, no value."""
    every = [c for g in groups for c in g]
    return Decision(every, [], [_disagree(every, why)], decided=False)


def _record(checks: dict[tuple, Check], rows: list[Check]) -> None:
    """Each check under its key in data_quality (region, period, check, figure ids)."""
    for r in rows:
        checks[(r.region_code, r.period, r.check, r.figure_ids)] = r


def _groups(cands: pd.DataFrame) -> dict[Key, list[Candidate]]:
    """(1) The candidates of each region, indicator and period.

    Grouped in plain Python (a pandas groupby costs ~0.1 ms per group); as groupby does,
    keys are sorted, each group keeps the figures' order and a missing key part drops it.
    """
    grouped: dict[Key, list[Candidate]] = {}
    keys = zip(cands["region_code"], cands["indicator"], cands["period"], strict=True)
    for key, cand in zip(keys, cands["candidate"], strict=True):
        if not any(pd.isna(part) for part in key):
            grouped.setdefault(key, []).append(cand)
    return dict(sorted(grouped.items()))


def _sources_agree(groups: dict[Key, list[Candidate]]) -> dict[tuple, Check]:
    """(1) 'sources agree' for the candidates of every key."""
    checks: dict[tuple, Check] = {}
    for (region, indicator, period), cs in groups.items():
        _record(checks, _agreement_checks(region, period, indicator, cs))
    return checks


@dataclass
class _Fits:
    """What checking every combination of groups found: per quantity, the groups in a
    combination that passes every check (``fits``) and the failed checks of each group
    (``failures``, by quantity and group); whether any identity could be checked at all."""

    fits: dict[str, set[int]]
    failures: dict[tuple[str, int], list[Check]] = field(default_factory=dict)
    any_checks: bool = False

    def add(self, picked: tuple[tuple[str, int], ...], rows: list[Check],
            clusters: dict[str, list[list[Candidate]]]) -> None:
        """The checks of one combination (``picked``: each quantity and its group)."""
        self.any_checks = self.any_checks or bool(rows)
        failed = [r for r in rows if not r.passed]
        for ind, i in picked:
            if not failed:
                self.fits[ind].add(i)
            elif len(clusters[ind]) > 1:  # reasons are only written for disagreeing groups
                self.failures.setdefault((ind, i), []).extend(failed)


def _check_combinations(region, period, clusters: dict[str, list[list[Candidate]]],
                        tol_pct: float, checks: dict) -> _Fits:
    """(2) The identities on every combination of one group per quantity."""
    names = list(clusters)
    # each group's value and ids, once (not once per combination it is in)
    values = {ind: [_best(g).value for g in clusters[ind]] for ind in names}
    id_texts = {ind: [_ids(g) for g in clusters[ind]] for ind in names}
    join = cache(join_ids)  # the same groups recur in combinations
    found = _Fits({ind: set() for ind in names})
    for choice in product(*(range(len(clusters[ind])) for ind in names)):
        picked = tuple(zip(names, choice, strict=True))
        rows = _identity_checks(
            region,
            period,
            {ind: values[ind][i] for ind, i in picked},
            {ind: id_texts[ind][i] for ind, i in picked},
            tol_pct,
            join,
        )
        for r in rows:  # a check shared by several combinations is one row
            checks.setdefault((r.region_code, r.period, r.check, r.figure_ids), r)
        found.add(picked, rows, clusters)
    return found


def _kept_by_identities(groups: list[list[Candidate]], keep: int,
                        failures: list[list[Check]]) -> Decision:
    """(2) The one group that fits every identity kept, the others set aside with the
    checks each breaks (``failures``, by group)."""
    kept, broken, aside = groups[keep], [], []
    for i, group in enumerate(groups):
        if i == keep:
            continue
        aside += group
        seen = dict.fromkeys(r.why() for r in failures[i])
        broken.append(
            f"{_some((c.describe() for c in group), ', ', 'figures')} "
            f"({_ids(group)}) breaks {_some(seen, '; ', 'failed checks')}"
        )
    reasons = [
        _some(broken, "; ", "groups of figures set aside"),
        f"{_best(kept).describe()} ({_ids(kept)}) fits every identity",
    ]
    return Decision(kept, aside, reasons)


def _decide(ind: str, groups: list[list[Candidate]], found: _Fits) -> Decision:
    """(2) A quantity's decision: its one group, the one group that fits, or a conflict."""
    if len(groups) == 1:
        return Decision(groups[0], [], [])
    fits = found.fits[ind]
    if found.any_checks and len(fits) == 1:
        return _kept_by_identities(groups, next(iter(fits)),
                                   [found.failures.get((ind, i), []) for i in range(len(groups))])
    if not found.any_checks:
        return _conflict(groups, "no other figure to check them against")
    if fits:
        return _conflict(groups, "more than one of them fits the identities")
    return _conflict(groups, "no combination of the figures fits the identities")


def _resolve_family(
    region, period, groups: dict[str, list[Candidate]], tol_pct: float, checks: dict
) -> dict[str, Decision]:
    """Choose among disagreeing coverage figures of one region and period by the identities.

    Every combination of one agreeing group per quantity is checked; a group is kept when
    it appears in a combination that passes every check and no other group of the same
    quantity does. When there are more than MAX_COMBINATIONS combinations none is checked
    and every quantity whose groups disagree is a conflict.
    """
    clusters = {ind: _clusters(c) for ind, c in groups.items()}
    n_combinations = math.prod(len(cl) for cl in clusters.values())
    if n_combinations > MAX_COMBINATIONS:
        return _too_many_combinations(clusters, n_combinations)
    found = _check_combinations(region, period, clusters, tol_pct, checks)
    return {ind: _decide(ind, cl, found) for ind, cl in clusters.items()}


def _too_many_combinations(
    clusters: dict[str, list[list[Candidate]]], n_combinations: int
) -> dict[str, Decision]:
    """Decisions without the identities: agreeing quantities kept, the others conflicts."""
    why = (f"the identities were not checked: {n_combinations:,} combinations of the "
           f"coverage figures' groups, more than the {MAX_COMBINATIONS:,} checked at most")
    return {ind: Decision(cl[0], [], []) if len(cl) == 1 else _conflict(cl, why)
            for ind, cl in clusters.items()}


def _coverage_families(groups: dict[Key, list[Candidate]]
                       ) -> dict[tuple[str, str], dict[str, list[Candidate]]]:
    """(2) The coverage quantities' candidates, by region and period."""
    families: dict[tuple[str, str], dict[str, list[Candidate]]] = {}
    for (region, indicator, period), cs in groups.items():
        if indicator in COVERAGE_FAMILY:
            families.setdefault((region, period), {})[indicator] = cs
    return families


def _by_identities(families: dict[tuple[str, str], dict[str, list[Candidate]]],
                   tol_pct: float, checks: dict) -> dict[Key, Decision]:
    """(2) The decision on every coverage quantity, per region and period."""
    decisions: dict[Key, Decision] = {}
    for (region, period), fam in families.items():
        for ind, d in _resolve_family(region, period, fam, tol_pct, checks).items():
            decisions[(region, ind, period)] = d
    return decisions


def _workforces(families: dict[tuple[str, str], dict[str, list[Candidate]]],
                decisions: dict[Key, Decision]) -> dict[tuple[str, str], Workforce]:
    """(3) The workforce of each region and year, from the coverage figures kept (as for
    ucj_data.coverage); of several periods in a year the largest, so that only what exceeds
    every estimate is set aside."""
    workforce: dict[tuple[str, str], Workforce] = {}
    for (region, period), fam in families.items():
        kept = {ind: decisions[(region, ind, period)] for ind in fam}
        val = {ind: _best(d.used).value for ind, d in kept.items() if d.decided}
        w, method = workforce_from(
            val.get("active_participants", math.nan),
            val.get("coverage_pct", math.nan),
            val.get("uncovered_workers", math.nan),
            val.get("uncovered_pct", math.nan),
            val.get("workforce", math.nan),
        )
        if method is None:
            continue
        ids = join_ids(*(_ids(kept[k].used) for k in WORKFORCE_INPUTS[method]))
        key = (region, period[:4])
        if key not in workforce or w > workforce[key][0]:
            workforce[key] = (w, method, period, ids)
    return workforce


def _above_workforce(key: Key, cs: list[Candidate], wf: Workforce | None,
                     checks: dict) -> tuple[list[Candidate], list[str]]:
    """(3) The counts of people above the region's workforce, and why each is set aside;
    every check recorded."""
    region, indicator, period = key
    if INDICATORS[indicator].unit != "persons" or wf is None:
        return [], []
    w, method, w_period, w_ids = wf
    aside, why = [], []
    for c in cs:
        r = _plausibility_check(region, period, c, w, w_period, method, w_ids)
        _record(checks, [r])
        if not r.passed:
            aside.append(c)
            why.append(f"{c.describe()} ({c.figure_id}) is more than the "
                       f"region's workforce {_fmt(w)} ({method}, {w_period})")
    return aside, why


def _plausible(key: Key, cs: list[Candidate], wf: Workforce | None,
               checks: dict) -> Decision:
    """(3) A quantity outside the coverage identities: the implausible set aside, then the
    rest agree or are a conflict."""
    aside, too_many = _above_workforce(key, cs, wf, checks)
    reasons = [_some(too_many, "; ", "figures more than the workforce")] if too_many else []
    aside_set = set(aside)
    kept = [c for c in cs if c not in aside_set]
    if not kept:  # nothing plausible is left: do not pretend to have resolved it
        return Decision(cs, [], reasons, decided=False)
    cl = _clusters(kept)
    if len(cl) == 1:
        return Decision(cl[0], aside, reasons)
    why = _disagree(kept, "no identity or plausibility check decides")
    return Decision(kept, aside, [*reasons, why], decided=False)


def _by_plausibility(groups: dict[Key, list[Candidate]],
                     workforce: dict[tuple[str, str], Workforce],
                     checks: dict) -> dict[Key, Decision]:
    """(3) The decision on every quantity outside the coverage identities."""
    return {key: _plausible(key, cs, workforce.get((key[0], key[2][:4])), checks)
            for key, cs in groups.items() if key[1] not in COVERAGE_FAMILY}


def _status(d: Decision) -> str:
    """(4) 'conflict', 'resolved' (some set aside), 'agreed' (several) or 'single'."""
    if not d.decided:
        return "conflict"
    if d.set_aside:
        return "resolved"
    return "agreed" if len(d.used) > 1 else "single"


def _reconciled_row(key: Key, d: Decision, cs: list[Candidate]) -> dict:
    """(4) The row of one key: a decided key's value is its most precise figure kept, with
    the interval that figure allows as written (its own, so it holds the value)."""
    region, indicator, period = key
    value = low = high = math.nan
    reason = list(d.reason)
    if d.decided:
        best = _best(d.used)
        value, iv = best.value, best.interval
        low, high = iv.lo, iv.hi if math.isfinite(iv.hi) else math.nan
        if all(c.bound for c in d.used):
            reason.append(f"the value kept is a bound: {best.describe()}")
    return {
        "region_code": region,
        "indicator": indicator,
        "period": period,
        "value": value,
        "value_low": low,
        "value_high": high,
        "status": _status(d),
        "n_sources": len({c.source_id for c in cs}),
        "figure_ids_used": _ids(d.used),
        "figure_ids_set_aside": _ids(d.set_aside) or None,
        "reason": "; ".join(reason) or None,
    }


def _tables(rows: list[dict], checks: dict[tuple, Check],
            regions: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The reconciled and data_quality tables, named and validated."""
    reconciled = named(pd.DataFrame(rows, columns=list(_table_fields("reconciled"))), regions)
    quality = named(pd.DataFrame(
        [vars(c) for c in checks.values()], columns=list(_table_fields("data_quality"))
    ), regions)
    quality = quality.sort_values(
        ["region_code", "period", "check", "figure_ids"], ignore_index=True
    )
    return (
        validated("reconciled", reconciled),
        validated("data_quality", quality),
    )


def _analyse(figures: pd.DataFrame, tol_pct: float,
             regions: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The steps of METHODS["reconcile"], one pass: both tables."""
    groups = _groups(_candidates(figures))
    checks = _sources_agree(groups)
    families = _coverage_families(groups)
    decisions = _by_identities(families, tol_pct, checks)
    decisions |= _by_plausibility(groups, _workforces(families, decisions), checks)
    rows = [_reconciled_row(key, d, groups[key]) for key, d in sorted(decisions.items())]
    return _tables(rows, checks, regions)


def _table_fields(name: str) -> tuple[str, ...]:
    return TABLES[name].fields


@with_method("reconcile")
def reconcile_with_checks(figures: pd.DataFrame | None = None, *,
                          regions: pd.DataFrame | None = None,
                          tolerance_pct: float = default("tolerance_pct")
                          ) -> dict[str, pd.DataFrame]:
    """Both tables of one reconciliation pass: ``{"reconciled": ..., "data_quality": ...}``.

    ``figures`` defaults to :func:`ucj_data.figures`; ``tolerance_pct`` is the tolerance of
    the coverage identities in percentage points. :func:`reconcile` and
    :func:`data_quality` return one table each; call this to have both from one pass.
    """
    tol = PARAMETERS["tolerance_pct"].check(tolerance_pct)
    reconciled, quality = _analyse(input_table("figures", figures), tol,
                                   input_table("regions", regions))
    return {"reconciled": reconciled, "data_quality": quality}


@with_method("reconcile")
def reconcile(figures: pd.DataFrame | None = None, *, regions: pd.DataFrame | None = None,
              tolerance_pct: float = default("tolerance_pct")) -> pd.DataFrame:
    """One value per region, indicator and period, reconciled across sources.

    ``figures`` defaults to :func:`ucj_data.figures`; ``tolerance_pct`` is the tolerance
    of the coverage identities in percentage points. Returns the ``reconciled`` table:
    value, status (single, agreed, resolved, conflict), the figure ids used and set aside
    and the reason. Every check behind it is in :func:`data_quality`.
    """
    return reconcile_with_checks(figures, regions=regions,
                                 tolerance_pct=tolerance_pct)["reconciled"]


@with_method("reconcile")
def data_quality(figures: pd.DataFrame | None = None, *,
                 regions: pd.DataFrame | None = None,
                 tolerance_pct: float = default("tolerance_pct")) -> pd.DataFrame:
    """Every consistency check made while reconciling, one row per check and candidate.

    Columns: the check, the figures it used, the reported and the computed value, their
    difference (computed - reported), the tolerance, the unit of these four, whether it
    passed, and how it was computed (``detail``). ``sources agree`` compares every pair
    of figures for one region, indicator and period when there are at most
    ``PAIRWISE_MAX`` (8) of them, and beyond that each figure with the most precise one
    (one row per figure, not per pair); the reported value is the less precise figure of
    the two and the computed one the more precise; the tolerance is half of both rounding
    steps (empty when a bound is involved: then the bound decides). The coverage
    identities have one row per combination of agreeing groups checked (none for a region
    and period with more than ``MAX_COMBINATIONS``). For ``count <= workforce`` the
    tolerance is 0 and the check passes when the difference (workforce - count) is at
    least 0.
    """
    return reconcile_with_checks(figures, regions=regions,
                                 tolerance_pct=tolerance_pct)["data_quality"]
