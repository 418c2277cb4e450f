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
from ucj_data.parameters import PARAMETERS
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


def _identity_checks(
    region, period, val: dict[str, float], ids: dict[str, str], tol_pct: float, join=join_ids
) -> list[Check]:
    """The coverage identities computable from one choice of value per quantity: ``val``
    and ``ids`` give, per quantity, the value of the chosen group and its figure ids;
    ``join`` joins figure ids (:func:`join_ids`, or a memo of it)."""
    a, c = val.get("active_participants"), val.get("coverage_pct")
    u, p = val.get("uncovered_workers"), val.get("uncovered_pct")
    w = val.get("workforce")
    rows = []

    def pct_row(name, used, reported, computed, detail):
        rows.append(
            Check(
                region, period, name, join(*(ids[k] for k in used)),
                reported=reported, computed=computed, tolerance=tol_pct, unit="percent",
                passed=identity_holds(reported, computed, tol_pct), detail=detail,
            )
        )  # fmt: skip

    if w is not None:
        w_ids, w_text = ("workforce",), f"workforce {_fmt(w)} as reported"
        if a is not None and u is not None:
            # a count identity, judged in percent of the workforce
            tol = tol_pct / 100 * w
            used = ("active_participants", "uncovered_workers", "workforce")
            rows.append(
                Check(
                    region, period, "active + uncovered = workforce",
                    join(*(ids[k] for k in used)),
                    reported=w, computed=a + u, tolerance=tol, unit="persons",
                    passed=identity_holds(w, a + u, tol),
                    detail=f"{_fmt(a)} + {_fmt(u)} = {_fmt(a + u)} vs {w_text}; "
                    f"tolerance {_fmt(tol_pct)}% of the workforce",
                )
            )  # fmt: skip
    elif a is not None and u is not None:
        w, w_ids = a + u, ("active_participants", "uncovered_workers")
        w_text = f"workforce {_fmt(a)} + {_fmt(u)} = {_fmt(w)}"
    else:
        w = None  # a workforce from a percentage would make the percentage checks circular
    if w is not None and w > 0:
        if a is not None and c is not None:
            used = tuple(dict.fromkeys(("active_participants", *w_ids, "coverage_pct")))
            pct_row(
                "active / workforce = coverage",
                used,
                c,
                100 * a / w,
                f"100 * {_fmt(a)} / {_fmt(w)} with {w_text}",
            )
        if u is not None and p is not None:
            used = tuple(dict.fromkeys(("uncovered_workers", *w_ids, "uncovered_pct")))
            pct_row(
                "uncovered / workforce = uncovered",
                used,
                p,
                100 * u / w,
                f"100 * {_fmt(u)} / {_fmt(w)} with {w_text}",
            )
    if w is None and a is not None and c is not None:
        rows.append(_active_agrees_with_coverage(region, period, a, c, join(
            ids["active_participants"], ids["coverage_pct"])))
    if c is not None and p is not None:
        pct_row(
            "coverage + uncovered = 100",
            ("coverage_pct", "uncovered_pct"),
            100.0,
            c + p,
            f"{_fmt(c)} + {_fmt(p)} = {_fmt(c + p)}",
        )
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


@dataclass
class Decision:
    used: list[Candidate]
    set_aside: list[Candidate]
    reason: list[str]
    decided: bool = True  # False: the candidates disagree and nothing decides


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
    names = list(clusters)
    n_combinations = math.prod(len(clusters[ind]) for ind in names)
    if n_combinations > MAX_COMBINATIONS:
        return _too_many_combinations(clusters, n_combinations)
    # each group's value and ids, once (not once per combination it is in)
    values = {ind: [_best(g).value for g in clusters[ind]] for ind in names}
    id_texts = {ind: [_ids(g) for g in clusters[ind]] for ind in names}
    joined: dict[tuple[str, ...], str | None] = {}  # the same groups recur in combinations

    def join(*texts: str) -> str | None:
        if texts not in joined:
            joined[texts] = join_ids(*texts)
        return joined[texts]

    fits: dict[str, set[int]] = {ind: set() for ind in names}
    failures: dict[tuple[str, int], list[Check]] = {}
    any_checks = False
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
        any_checks = any_checks or bool(rows)
        for r in rows:
            checks.setdefault((r.region_code, r.period, r.check, r.figure_ids), r)
        failed = [r for r in rows if not r.passed]
        for ind, i in picked:
            if not failed:
                fits[ind].add(i)
            elif len(clusters[ind]) > 1:  # reasons are only written for disagreeing groups
                failures.setdefault((ind, i), []).extend(failed)
    out = {}
    for ind in names:
        cl = clusters[ind]
        if len(cl) == 1:
            out[ind] = Decision(cl[0], [], [])
        elif any_checks and len(fits[ind]) == 1:
            keep = next(iter(fits[ind]))
            kept, broken, aside = cl[keep], [], []
            for i, group in enumerate(cl):
                if i == keep:
                    continue
                aside += group
                seen = dict.fromkeys(r.why() for r in failures.get((ind, i), []))
                broken.append(
                    f"{_some((c.describe() for c in group), ', ', 'figures')} "
                    f"({_ids(group)}) breaks {_some(seen, '; ', 'failed checks')}"
                )
            reasons = [
                _some(broken, "; ", "groups of figures set aside"),
                f"{_best(kept).describe()} ({_ids(kept)}) fits every identity",
            ]
            out[ind] = Decision(kept, aside, reasons)
        else:
            why = (
                "no combination of the figures fits the identities"
                if any_checks and not fits[ind]
                else "more than one of them fits the identities"
                if any_checks
                else "no other figure to check them against"
            )
            every = [c for g in cl for c in g]
            texts = _some((c.describe() for c in every), "; ", "figures")
            out[ind] = Decision(every, [], [f"values disagree ({texts}) and {why}"], decided=False)
    return out


def _too_many_combinations(
    clusters: dict[str, list[list[Candidate]]], n_combinations: int
) -> dict[str, Decision]:
    """Decisions without the identities: agreeing quantities kept, the others conflicts."""
    out = {}
    for ind, cl in clusters.items():
        if len(cl) == 1:
            out[ind] = Decision(cl[0], [], [])
            continue
        every = [c for g in cl for c in g]
        texts = _some((c.describe() for c in every), "; ", "figures")
        out[ind] = Decision(
            every,
            [],
            [
                f"values disagree ({texts}) and the identities were not checked: "
                f"{n_combinations:,} combinations of the coverage figures' groups, more "
                f"than the {MAX_COMBINATIONS:,} checked at most"
            ],
            decided=False,
        )
    return out


def _analyse(figures: pd.DataFrame, tol_pct: float,
             regions: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    cands = _candidates(figures)
    # grouped in plain Python (a pandas groupby costs ~0.1 ms per group); as groupby does,
    # keys are sorted, each group keeps the figures' order and a missing key part drops it
    grouped: dict[tuple[str, str, str], list[Candidate]] = {}
    keys = zip(cands["region_code"], cands["indicator"], cands["period"], strict=True)
    for key, cand in zip(keys, cands["candidate"], strict=True):
        if not any(pd.isna(part) for part in key):
            grouped.setdefault(key, []).append(cand)
    groups = dict(sorted(grouped.items()))
    checks: dict[tuple, Check] = {}
    for (region, indicator, period), cs in groups.items():
        for r in _agreement_checks(region, period, indicator, cs):
            checks[(region, period, r.check, r.figure_ids)] = r

    decisions: dict[tuple[str, str, str], Decision] = {}
    # 1. the coverage identities, per region and period
    family_keys: dict[tuple[str, str], dict[str, list[Candidate]]] = {}
    for (region, indicator, period), cs in groups.items():
        if indicator in COVERAGE_FAMILY:
            family_keys.setdefault((region, period), {})[indicator] = cs
    for (region, period), fam in family_keys.items():
        for ind, d in _resolve_family(region, period, fam, tol_pct, checks).items():
            decisions[(region, ind, period)] = d

    # 2. the workforce of each region and year, from the coverage figures kept
    workforce: dict[tuple[str, str], tuple[float, str, str, str]] = {}
    for (region, period), fam in family_keys.items():
        val = {
            ind: _best(decisions[(region, ind, period)].used).value
            for ind in fam
            if decisions[(region, ind, period)].decided
        }
        w, method = workforce_from(
            val.get("active_participants", math.nan),
            val.get("coverage_pct", math.nan),
            val.get("uncovered_workers", math.nan),
            val.get("uncovered_pct", math.nan),
            val.get("workforce", math.nan),
        )
        if method is None:
            continue
        ids = join_ids(*(_ids(decisions[(region, k, period)].used)
                         for k in WORKFORCE_INPUTS[method]))
        key = (region, period[:4])
        if key not in workforce or w > workforce[key][0]:  # the largest: set aside only
            workforce[key] = (w, method, period, ids)  # what exceeds every estimate

    # 3. plausibility of other counts of people, then agreement of what is left
    for (region, indicator, period), cs in groups.items():
        if indicator in COVERAGE_FAMILY:
            continue
        aside, too_many = [], []
        wf = workforce.get((region, period[:4]))
        if INDICATORS[indicator].unit == "persons" and wf is not None:
            w, method, w_period, w_ids = wf
            for c in cs:
                r = _plausibility_check(region, period, c, w, w_period, method, w_ids)
                checks[(region, period, r.check, r.figure_ids)] = r
                if not r.passed:
                    aside.append(c)
                    too_many.append(
                        f"{c.describe()} ({c.figure_id}) is more than the "
                        f"region's workforce {_fmt(w)} ({method}, {w_period})"
                    )
        reasons = [_some(too_many, "; ", "figures more than the workforce")] if too_many else []
        aside_set = set(aside)
        kept = [c for c in cs if c not in aside_set]
        if not kept:  # nothing plausible is left: do not pretend to have resolved it
            decisions[(region, indicator, period)] = Decision(cs, [], reasons, decided=False)
            continue
        cl = _clusters(kept)
        if len(cl) == 1:
            decisions[(region, indicator, period)] = Decision(cl[0], aside, reasons)
        else:
            reasons.append(
                f"values disagree ({_some((c.describe() for c in kept), '; ', 'figures')}) "
                f"and no identity or plausibility check decides"
            )
            decisions[(region, indicator, period)] = Decision(kept, aside, reasons, decided=False)

    rows = []
    for (region, indicator, period), d in sorted(decisions.items()):
        cs = groups[(region, indicator, period)]
        low = high = math.nan
        if not d.decided:
            status, value = "conflict", math.nan
        else:
            status = ("resolved" if d.set_aside else "agreed" if len(d.used) > 1
                      else "single")
            value = _best(d.used).value
            # what the figure kept allows as written (its own interval, so it holds value)
            iv = _best(d.used).interval
            low, high = iv.lo, iv.hi if math.isfinite(iv.hi) else math.nan
        reason = list(d.reason)
        if d.decided and all(c.bound for c in d.used):
            reason.append(f"the value kept is a bound: {_best(d.used).describe()}")
        rows.append(
            {
                "region_code": region,
                "indicator": indicator,
                "period": period,
                "value": value,
                "value_low": low,
                "value_high": high,
                "status": status,
                "n_sources": len({c.source_id for c in cs}),
                "figure_ids_used": _ids(d.used),
                "figure_ids_set_aside": _ids(d.set_aside) or None,
                "reason": "; ".join(reason) or None,
            }
        )
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


def _table_fields(name: str) -> tuple[str, ...]:
    return TABLES[name].fields


@with_method("reconcile")
def reconcile_with_checks(figures: pd.DataFrame | None = None, *,
                          regions: pd.DataFrame | None = None,
                          tolerance_pct: float = 0.1) -> dict[str, pd.DataFrame]:
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
              tolerance_pct: float = 0.1) -> pd.DataFrame:
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
                 tolerance_pct: float = 0.1) -> pd.DataFrame:
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
