"""Enrolment projections to a coverage target, and official target paths.

:func:`project_enrolment` turns a coverage table (one row per region: active participants
and workforce at a base period) into the workers to enrol each year to reach a coverage
target, for any grid of scenarios at once. :func:`official_targets` sets the official
targets found in the figures against the straight path to the national target.

The arithmetic lives in :func:`project_grid`: plain numpy on (scenario and year) x region
arrays, with no Python loop over scenarios, regions or years;
``benchmarks/bench_projection.py`` times it against such a loop.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

import numpy as np
import pandas as pd

from ucj_data.analysis.gaps import base_corners
from ucj_data.analysis.labels import named, region_names
from ucj_data.analysis.periods import TARGET_FIGURE_COLUMNS
from ucj_data.metadata.fields import ISO_PERIOD
from ucj_data.metadata.methods import with_method
from ucj_data.metadata.tables import TABLES
from ucj_data.parameters import PARAMETERS, default
from ucj_data.pipeline import input_table
from ucj_data.provenance import join_ids
from ucj_data.validate.columns import require_columns
from ucj_data.validate.schemas import schema, validated

# the scenario parameters, in the order of the projection table's columns
SCENARIO = ("target_pct", "target_year", "workforce_growth", "churn", "path")
BASE_COLUMNS = ("region_code", "period", "active_participants", "workforce")
TARGET_INDICATORS = ("target_coverage_pct", "target_active_participants")
QUANTITIES = (
    "workforce",
    "coverage_pct",
    "covered",
    "newly_covered",
    "net_new",
    "lapsed",
    "enrol_gross",
)
# the quantities with a range (<name>_low, <name>_high), and how many corners a base has
RANGED = ("covered", "enrol_gross")
RANGE_COLUMNS = tuple(f"{q}_{end}" for q in RANGED for end in ("low", "high"))
N_CORNERS = 4
# p0 = C0 / W0 x 100 with W0 = C0 / reported share may land a hair above a target equal to it
_TOLERANCE = 1e-9


# --------------------------------------------------------------------------------------------
# the arithmetic: numpy arrays, (scenario, year) x region
# --------------------------------------------------------------------------------------------


class Grid(NamedTuple):
    """Result of :func:`project_grid`: one row per scenario and year, one column per region.

    ``scenario`` and ``year`` (length N) say which scenario and year each row holds: the
    years y0+1 .. target_year of scenario 0, then of scenario 1, ... The quantities are
    (N, R) arrays. ``mask`` (N, R) is True where the year lies after the region's base
    year; it is None when every region has the same base year (every cell is valid).
    """

    scenario: np.ndarray
    year: np.ndarray
    mask: np.ndarray | None
    workforce: np.ndarray
    coverage_pct: np.ndarray
    covered: np.ndarray
    newly_covered: np.ndarray
    net_new: np.ndarray
    lapsed: np.ndarray
    enrol_gross: np.ndarray

    def values(self, name: str) -> np.ndarray:
        """Quantity ``name`` at every valid cell, by scenario, year, region."""
        array = getattr(self, name)
        return array.ravel() if self.mask is None else array[self.mask]

    def cells(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Scenario, year and region index of every valid cell, in the order of values()."""
        n, r = self.covered.shape
        rows, region = (
            (np.repeat(np.arange(n), r), np.tile(np.arange(r), n))
            if self.mask is None
            else np.nonzero(self.mask)
        )
        return self.scenario[rows], self.year[rows], region


def _official_pct(p0, y0, target, t_year, official_year, official_pct, scenario, year):
    """Coverage on straight lines through (y0, p0), the official targets and (T, target).

    p0, y0: (R,); target, t_year: (S,); official_*: (R, K); scenario, year: the rows
    (M,) to fill. Returns (M, R). Only called for the scenarios that follow official
    targets and the regions that have some.
    """
    n_s, n_r = target.shape[0], p0.shape[0]
    base_year = y0[None, :, None].astype(float)
    t_col = t_year[:, None, None].astype(float)
    ox = np.broadcast_to(official_year[None], (n_s, *official_year.shape))
    op = np.broadcast_to(official_pct[None], ox.shape)
    inside = (ox > base_year) & (ox < t_col)  # NaN compares False
    # unused knots move onto the final knot; sorting puts them after the used ones
    ox = np.where(inside, ox, t_col)
    op = np.where(inside, op, target[:, None, None])
    order = np.argsort(ox, axis=-1, kind="stable")
    shape = (n_s, n_r, 1)
    kx = np.concatenate(
        [
            np.broadcast_to(base_year, shape),
            np.take_along_axis(ox, order, axis=-1),
            np.broadcast_to(t_col, shape),
        ],
        axis=-1,
    )[scenario]  # (M, R, K+2)
    kp = np.concatenate(
        [
            np.broadcast_to(p0[None, :, None], shape),
            np.take_along_axis(op, order, axis=-1),
            np.broadcast_to(target[:, None, None], shape),
        ],
        axis=-1,
    )[scenario]
    # segment i holds the years in (kx[i], kx[i+1]]
    y = year[:, None, None].astype(float)
    seg = np.clip((kx < y).sum(axis=-1, keepdims=True) - 1, 0, kx.shape[-1] - 2)
    xa, xb = (np.take_along_axis(kx, i, axis=-1) for i in (seg, seg + 1))
    pa, pb = (np.take_along_axis(kp, i, axis=-1) for i in (seg, seg + 1))
    span = np.where(xb > xa, xb - xa, 1.0)  # zero only in padding
    return (pa + (pb - pa) * np.clip((y - xa) / span, 0.0, 1.0))[..., 0]


def project_grid(
    c0,
    w0,
    y0,
    target_pct,
    target_year,
    workforce_growth,
    churn,
    official_year=None,
    official_pct=None,
    official=None,
) -> Grid:
    """Project every scenario for every region at once (see METHODS['projection']).

    ``c0``, ``w0``, ``y0``: per region (length R). ``target_pct``, ``target_year``,
    ``workforce_growth``, ``churn``: per scenario (length S). ``official_year`` and
    ``official_pct``: (R, K) official targets per region, NaN where a region has fewer
    than K; ``official``: per scenario, whether it follows them (path 'official').
    Parameters are not checked here: :func:`project_enrolment` does that.

    Layout: one row per (scenario, year) with the years of each scenario only up to its
    own target_year (no padding when all regions share a base year), one column per
    region, so every quantity is a few whole-array operations over contiguous rows and
    flattening is free. Terms that depend on the row alone (growth factor, share of the
    way to the target) are computed per row first.
    """
    c0, w0 = np.asarray(c0, dtype=float), np.asarray(w0, dtype=float)
    y0 = np.asarray(y0, dtype=int)
    target, growth, churn = (
        np.asarray(a, dtype=float) for a in (target_pct, workforce_growth, churn)
    )
    t_year = np.asarray(target_year, dtype=int)
    n_s = target.shape[0]
    first = y0.min()
    uniform = bool((y0 == first).all())
    # rows: the years first+1 .. target_year of each scenario, scenario after scenario (none
    # for a target year not after every base year)
    n_years = np.maximum(t_year - first, 0)
    scenario = np.repeat(np.arange(n_s), n_years)
    start = np.cumsum(n_years) - n_years  # first row of each scenario
    year = first + 1 + np.arange(scenario.size) - start[scenario]
    if scenario.size == 0:
        empty = np.empty((0, y0.size))
        return Grid(scenario, year, None if uniform else empty.astype(bool),
                    *([empty] * len(QUANTITIES)))
    # years since the base year: (N, 1), or (N, R) when base years differ
    dy = (year - first)[:, None] if uniform else year[:, None] - y0[None, :]
    way = np.clip(dy / (t_year[scenario][:, None] - (first if uniform else y0)), 0.0, 1.0)
    steps = np.arange(min(dy.min(), 0), dy.max() + 1)
    factor = ((1 + growth)[:, None] ** steps)[scenario[:, None], dy - steps[0]]

    p0 = c0 / w0 * 100
    pct = target[scenario][:, None] - p0
    pct *= way
    pct += p0
    # a region already at or above the target keeps its coverage: it has none to reach
    reached = p0[None, :] >= target[scenario][:, None] * (1 - _TOLERANCE)
    if official is not None and official_year is not None and np.shape(official_year)[1]:
        rows = np.flatnonzero(np.asarray(official, dtype=bool)[scenario])
        cols = np.flatnonzero(np.isfinite(np.asarray(official_year, dtype=float)).any(axis=1))
        if rows.size and cols.size:
            pct[np.ix_(rows, cols)] = _official_pct(
                p0[cols],
                y0[cols],
                target,
                t_year,
                np.asarray(official_year, dtype=float)[cols],
                np.asarray(official_pct, dtype=float)[cols],
                scenario[rows],
                year[rows],
            )
    if reached.any():
        pct = np.where(reached, p0[None, :], pct)
    workforce = factor * w0
    covered = workforce * pct
    covered /= 100
    # C(y - 1), with C(y0) = C0 itself rather than W0 p0 / 100 recomputed
    previous = np.empty_like(covered)
    previous[1:] = covered[:-1]
    previous[0] = np.nan
    if uniform:
        previous[start[n_years > 0]] = c0
    else:
        previous = np.where(dy == 1, c0, previous)
    net_new = covered - previous
    lapsed = previous * churn[scenario][:, None]
    return Grid(
        scenario,
        year,
        None if uniform else dy >= 1,
        workforce,
        pct,
        covered,
        covered - c0,
        net_new,
        lapsed,
        net_new + lapsed,
    )


def _table_order(grid: Grid) -> np.ndarray:
    """Positions of grid.values() in table order: by scenario, region, year.

    With one base year the grid is (scenario, year) rows by region columns, so the order
    is arithmetic; otherwise a stable sort of the valid cells by scenario and region.
    """
    n_rows, n_regions = grid.covered.shape
    if grid.mask is not None:
        s, _, r = grid.cells()
        return np.argsort(s * n_regions + r, kind="stable")
    starts = np.flatnonzero(np.r_[True, grid.scenario[1:] != grid.scenario[:-1]])
    lengths = np.diff(np.r_[starts, n_rows])
    region = np.arange(n_regions)
    return np.concatenate([
        ((start + np.arange(length))[None, :] * n_regions + region[:, None]).ravel()
        for start, length in zip(starts, lengths, strict=True)
    ])


# --------------------------------------------------------------------------------------------
# official targets
# --------------------------------------------------------------------------------------------


def _observed_bases(coverage: pd.DataFrame) -> pd.DataFrame:
    """Per region of a coverage table with active participants and a workforce: the
    period, its year, the coverage 100 x active / workforce and the workforce, and the
    statistic ids behind it."""
    cov = require_columns(coverage, BASE_COLUMNS, "coverage")
    cov = cov.dropna(subset=["active_participants", "workforce"])
    cov = cov[cov["workforce"].astype(float) > 0]
    return pd.DataFrame({
        "period": cov["period"].astype(str).to_numpy(),
        "year": cov["period"].astype(str).str[:4].astype(int).to_numpy(),
        "coverage": (100 * cov["active_participants"].astype(float)
                     / cov["workforce"].astype(float)).to_numpy(),
        "workforce": cov["workforce"].astype(float).to_numpy(),
        "statistic_ids": (cov["statistic_ids"] if "statistic_ids" in cov
                          else pd.Series(None, index=cov.index)).to_numpy(),
    }, index=pd.Index(cov["region_code"].astype(str).to_numpy(), name="region_code"))


def _target_figures(figures: pd.DataFrame) -> pd.DataFrame:
    """One row per region and year with official targets: pct, active, figure_ids."""
    require_columns(figures, TARGET_FIGURE_COLUMNS, "figures", "for the official targets")
    rows = figures[figures["indicator"].isin(TARGET_INDICATORS)]
    rows = rows.assign(year=rows["period"].str[:4].astype(int))
    values = rows.groupby(["region_code", "year", "indicator"])["value"].nunique()
    if (values > 1).any():
        region, year, indicator = values[values > 1].index[0]
        raise ValueError(
            f"figures disagree on the official {indicator} of region {region} "
            f"in {year}; keep one value per region and year"
        )
    wide = rows.pivot_table(
        index=["region_code", "year"], columns="indicator", values="value", aggfunc="first"
    )
    # float even when no figure has a target (an empty pivot has no numeric type)
    wide = wide.reindex(columns=list(TARGET_INDICATORS)).rename_axis(columns=None).astype(float)
    wide["figure_ids"] = rows.groupby(["region_code", "year"])["figure_id"].agg(join_ids)
    # the ids of the percentages alone: the official path uses only those
    pct = rows[rows["indicator"] == "target_coverage_pct"]
    # what each target as written allows (figures made by hand may lack the bounds)
    for end in ("value_low", "value_high"):
        for indicator in TARGET_INDICATORS:
            wanted = rows[rows["indicator"] == indicator]
            bound = (wanted.groupby(["region_code", "year"])[end].first()
                     if end in wanted else pd.Series(dtype=float))
            wide[f"{indicator}_{end[6:]}"] = bound.reindex(wide.index).astype(float)
    wide["pct_figure_ids"] = pct.groupby(["region_code", "year"])["figure_id"].agg(join_ids)
    return wide.reset_index().sort_values(["region_code", "year"], ignore_index=True)


@with_method("official_targets")
def official_targets(
    figures: pd.DataFrame | None = None, coverage: pd.DataFrame | None = None, *,
    regions: pd.DataFrame | None = None, target_pct: float = default("target_pct"),
    target_year: int = default("target_year")
) -> pd.DataFrame:
    """Official coverage targets by region and year, against the linear path to a target.

    ``figures`` defaults to the package's figures (:func:`ucj_data.figures`); the default
    target, 99.5% by 2045 (end of RPJPN 2025-2045), is the figure banten-ucj-sosek-target.
    Returns the ``official_targets`` table, one row per region and year with a figure of
    indicator target_coverage_pct or target_active_participants. The straight line of
    required_coverage_pct starts at the region's observation in ``coverage`` (default
    :func:`ucj_data.coverage` of ``figures``) where it has one with a workforce, so a
    target is set against what was observed, not against another target.
    """
    target_pct = PARAMETERS["target_pct"].check(target_pct)
    target_year = PARAMETERS["target_year"].check(target_year)
    out = _target_figures(input_table("figures", figures))
    pct = out["target_coverage_pct"]
    active = out["target_active_participants"]
    out["implied_workforce"] = active / (pct / 100)
    out["additional_active"] = active.groupby(out["region_code"]).diff()
    # the change splits exactly into more coverage of the old workforce and the same
    # coverage of the workforce added: C1 - C0 = W0 (p1 - p0) / 100 + p1 / 100 (W1 - W0)
    previous = out.groupby("region_code")[["implied_workforce", "target_coverage_pct"]].shift()
    out["additional_from_coverage"] = (previous["implied_workforce"]
                                       * (pct - previous["target_coverage_pct"]) / 100)
    out["additional_from_workforce"] = (pct / 100 * (out["implied_workforce"]
                                                     - previous["implied_workforce"]))
    has_pct = out.dropna(subset=["target_coverage_pct"])
    first = has_pct.groupby("region_code")[["year", "target_coverage_pct"]].first()
    base = _observed_bases(input_table("coverage", coverage, figures=figures))
    observed = out["region_code"].isin(base.index)
    at = base.reindex(out["region_code"])
    out["path_from"] = np.where(observed, "observation",
                                np.where(out["region_code"].isin(first.index), "first_target",
                                         None))
    out["base_period"] = at["period"].to_numpy()
    out["base_coverage_pct"] = at["coverage"].to_numpy()
    out["base_workforce"] = at["workforce"].to_numpy()
    out["statistic_ids"] = at["statistic_ids"].to_numpy()
    y1 = pd.Series(np.where(observed, at["year"].to_numpy(dtype=float),
                            out["region_code"].map(first["year"]).astype(float)),
                   index=out.index)
    p1 = pd.Series(np.where(observed, at["coverage"].to_numpy(dtype=float),
                            out["region_code"].map(first["target_coverage_pct"]).astype(float)),
                   index=out.index)
    same_year = observed & (out["year"] == y1) & out["target_coverage_pct"].notna()
    out["observed_against_target"] = np.where(
        same_year, np.where(p1 >= out["target_coverage_pct"], "at_or_above", "below"), None)
    span = np.where(target_year > y1, target_year - y1, 1.0)
    on_line = p1 + (target_pct - p1) * (out["year"] - y1) / span
    out["required_coverage_pct"] = np.where(out["year"] >= target_year, target_pct, on_line)
    out["required_coverage_pct"] = out["required_coverage_pct"].where(p1.notna())
    out["target_pct"] = float(target_pct)
    out["target_year"] = int(target_year)
    out = named(out, input_table("regions", regions))
    out = out[list(schema("official_targets", processed=True).columns)]
    return validated("official_targets", out)


# --------------------------------------------------------------------------------------------
# project_enrolment: parameters, base, table
# --------------------------------------------------------------------------------------------


def _reported_base(base: pd.DataFrame) -> pd.DataFrame:
    """Regions of a coverage-like table with both active participants and workforce."""
    require_columns(base, BASE_COLUMNS, "coverage")
    frame = base.assign(
        figure_ids=base["figure_ids"] if "figure_ids" in base.columns else pd.NA,
        statistic_ids=base["statistic_ids"] if "statistic_ids" in base.columns else pd.NA,
        region_code=base["region_code"].astype(str),
    )
    frame = frame.dropna(subset=["period", "active_participants", "workforce"])
    dup = frame["region_code"].duplicated()
    if dup.any():
        raise ValueError(
            f"coverage has more than one row for region "
            f"{frame.loc[dup, 'region_code'].iloc[0]}; keep one per region"
        )
    c0, w0 = (pd.to_numeric(frame[c], errors="coerce").astype(float)
              for c in ("active_participants", "workforce"))
    period = frame["period"].astype(str)
    odd = c0.isna() | w0.isna() | ~period.str.fullmatch(ISO_PERIOD.strip("^$"))
    if odd.any():
        row = frame[odd].iloc[0]
        raise ValueError(
            f"coverage of region {row['region_code']}: need numbers of active_participants "
            f"and workforce and a period 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'; got "
            f"{row['active_participants']!r}, {row['workforce']!r} and {row['period']!r}"
        )
    # (C0, W0) at the corners of the primary inputs behind each row (gaps.base_corners),
    # padded to N_CORNERS by repeating the first; NaN where the ranges are unknown
    has_ranges = all(f"{q}_{e}" in frame for q in ("active_participants", "workforce")
                     for e in ("low", "high"))
    corner_c = np.full((len(frame), N_CORNERS), np.nan)
    corner_w = np.full((len(frame), N_CORNERS), np.nan)
    if has_ranges:
        for i, row in enumerate(frame.to_dict("records")):
            pairs = base_corners(row)
            pairs = pairs + [pairs[0]] * (N_CORNERS - len(pairs))
            corner_c[i], corner_w[i] = zip(*pairs[:N_CORNERS], strict=True)
    return pd.DataFrame(
        {
            "region_code": frame["region_code"].to_numpy(),
            "c0": c0.to_numpy(),
            "w0": w0.to_numpy(),
            "y0": period.str[:4].astype(int).to_numpy(),
            "base_method": "reported",
            "figure_ids": frame["figure_ids"].to_numpy(),
            "statistic_ids": frame["statistic_ids"].to_numpy(),
            **{f"c0_{k}": corner_c[:, k] for k in range(N_CORNERS)},
            **{f"w0_{k}": corner_w[:, k] for k in range(N_CORNERS)},
        }
    )


def _official_base(targets: pd.DataFrame) -> pd.DataFrame:
    """Base from each region's first official year with both a percentage and a count."""
    both = targets.dropna(subset=list(TARGET_INDICATORS))
    both = both[both["target_coverage_pct"] > 0].groupby("region_code").first().reset_index()
    c0 = both["target_active_participants"].astype(float)
    pct = both["target_coverage_pct"].astype(float)
    # the base's corners: the count and the percentage at each end of what they allow as
    # written (38,39% allows 38,385 to 38,395); a bound not known is the value itself
    ends = {name: [both.get(f"{name}_{e}", pd.Series(np.nan, index=both.index))
                   .astype(float).fillna(value) for e in ("low", "high")]
            for name, value in (("target_active_participants", c0),
                                ("target_coverage_pct", pct))}
    corners = [(c, c / (p / 100)) for c in ends["target_active_participants"]
               for p in ends["target_coverage_pct"]]
    return pd.DataFrame(
        {
            "region_code": both["region_code"],
            "c0": c0,
            "w0": c0 / (pct / 100),
            "y0": both["year"].astype(int),
            "base_method": "official_target",
            "figure_ids": both["figure_ids"],
            "statistic_ids": pd.NA,
            **{f"c0_{k}": corners[k][0] for k in range(N_CORNERS)},
            **{f"w0_{k}": corners[k][1] for k in range(N_CORNERS)},
        }
    )


def _bases(
    base: pd.DataFrame, targets: pd.DataFrame | None, wanted: list[str] | None, official: bool
) -> pd.DataFrame:
    """The regions to project: region_code, c0, w0, y0, base_method, figure_ids."""
    reported = _reported_base(base)
    bases = reported
    if targets is not None:
        extra = _official_base(targets)
        extra = extra[~extra["region_code"].isin(reported["region_code"])]
        if wanted is not None or official:
            bases = pd.concat([reported, extra], ignore_index=True)
    if wanted is not None:
        unknown = [r for r in wanted if r not in set(bases["region_code"])]
        if unknown:
            raise ValueError(
                f"unknown region code {unknown[0]!r}: no active participants and workforce "
                f"in the coverage table and no official targets (known: "
                f"{', '.join(sorted(bases['region_code']))})"
            )
        bases = bases.set_index("region_code").loc[wanted].reset_index()
    return bases.reset_index(drop=True)


def _official_knots(bases: pd.DataFrame, targets: pd.DataFrame | None):
    """Official target years and percentages per region, (R, K) with NaN padding, and the
    ids of their figures by region."""
    if targets is None:
        return None, None, pd.Series(dtype=str)
    pct = targets.dropna(subset=["target_coverage_pct"])
    pct = pct[pct["region_code"].isin(bases["region_code"])]
    rank = pct.groupby("region_code").cumcount().to_numpy()
    row = pd.Series(bases.index, index=bases["region_code"]).loc[pct["region_code"]].to_numpy()
    k = int(rank.max()) + 1 if len(pct) else 0
    years = np.full((len(bases), k), np.nan)
    pcts = np.full((len(bases), k), np.nan)
    years[row, rank] = pct["year"].to_numpy()
    pcts[row, rank] = pct["target_coverage_pct"].to_numpy()
    return years, pcts, pct.groupby("region_code")["pct_figure_ids"].agg(join_ids)


@with_method("projection")
def project_enrolment(
    figures: pd.DataFrame | None = None,
    coverage: pd.DataFrame | None = None,
    *,
    regions: pd.DataFrame | None = None,
    target_pct: float | Sequence[float] = default("target_pct"),
    target_year: int | Sequence[int] = default("target_year"),
    workforce_growth: float | Sequence[float] = default("workforce_growth"),
    churn: float | Sequence[float] = default("churn"),
    path: str | Sequence[str] = default("path"),
    region_codes: str | Sequence[str] | None = None,
) -> pd.DataFrame:
    """Workers to enrol each year for a region's coverage to reach a target.

    Parameters: ``target_pct`` (percent, default 99.5), ``target_year`` (default 2045, the
    end of RPJPN 2025-2045), ``workforce_growth`` g (a fraction a year, above -1; default
    0), ``churn`` (a fraction a year in [0, 1); default 0) and ``path`` ('linear' or
    'official') each take one value or a list: every combination comes back in one long
    table (the ``projection`` table), one row per scenario, region and year.

    ``coverage``: a coverage-like table with one row per region and the columns
    region_code, period ('YYYY', 'YYYY-MM' or 'YYYY-MM-DD'), active_participants, workforce (and
    figure_ids); default :func:`ucj_data.coverage` of ``figures``. Its rows lacking active
    participants or workforce are left out. ``figures`` (default: the package's figures)
    supply the official targets, used by path 'official' and as the base of a region the
    base table lacks (Lampung, base_method 'official_target'); such a region is projected
    when named in ``region_codes`` or, by default, when a path is 'official'.
    ``region_codes``: the regions to project (default every region of the base).
    ``regions``: the regions table, for region_name (default the package's).

    With both paths asked for, a region without official targets has 'linear' rows only:
    its 'official' path would repeat them, and a sum over all rows would count it twice.

    Raises ParameterError on a parameter outside its definition (ucj_data.parameters) and
    ValueError on a region code with neither base nor official targets; a region already
    at the target or a target year not after its base is reported in target_status.
    """
    lists = [PARAMETERS[name].values(value) for name, value in zip(
        SCENARIO, (target_pct, target_year, workforce_growth, churn, path), strict=True)]
    path = lists[SCENARIO.index("path")]
    wanted = None if region_codes is None else PARAMETERS["region_codes"].values(region_codes)
    coverage = input_table("coverage", coverage, figures=figures)
    targets = None
    if "official" in path or wanted is not None:  # only then are official targets needed
        targets = _target_figures(input_table("figures", figures))
    bases = _bases(coverage, targets, wanted, "official" in path)
    if bases.empty:  # nothing to project: an empty table, not an error
        return validated("projection", pd.DataFrame(columns=list(TABLES["projection"].fields)))
    # a base is usable when 0 <= C0 <= W0 and W0 > 0; others get one 'no_base' row each
    usable = ((bases["w0"] > 0) & (bases["c0"] >= 0) & (bases["c0"] <= bases["w0"])).to_numpy()
    kept = bases[usable].reset_index(drop=True)
    official_year, official_pct, official_ids = _official_knots(kept, targets)
    scen = _scenarios(lists)

    def run(c0, w0):
        return project_grid(
            c0,
            w0,
            kept["y0"],
            scen["target_pct"],
            scen["target_year"],
            scen["workforce_growth"],
            scen["churn"],
            official_year,
            official_pct,
            scen["path"] == "official",
        )

    grid = run(kept["c0"], kept["w0"]) if len(kept) else None
    rows = _projected_rows(grid, kept, scen, np.flatnonzero(usable),
                           _corner_ranges(run, kept, grid))
    rows = _unprojected_rows(rows, bases, scen, usable)
    if "linear" in path and "official" in path:  # no 'official' copy of a 'linear' path
        bends = _official_bends(official_year, kept, scen, np.flatnonzero(usable), len(bases))
        keep = (scen["path"][rows["s"]] != "official") | bends[rows["s"], rows["r"]]
        if not keep.all():
            rows = {k: v[keep] for k, v in rows.items()}
    out = _projection_frame(rows, bases, scen, _path_ids(bases, official_ids),
                            region_names(input_table("regions", regions)))
    # inplace: the frame is new, so pandera need not copy a million rows first
    return validated("projection", out, inplace=True)


def _scenarios(lists: list[list]) -> dict[str, np.ndarray]:
    """Every combination of the parameters' values, in their order (the first varies
    slowest), as one array per parameter, without a Python loop."""
    index = [i.ravel() for i in np.meshgrid(*[np.arange(len(v)) for v in lists], indexing="ij")]
    return {
        name: np.asarray(values, dtype=object if name == "path" else None)[i]
        for name, values, i in zip(SCENARIO, lists, index, strict=True)
    }


def _path_ids(bases: pd.DataFrame, official_ids: pd.Series) -> np.ndarray:
    """The figure ids of each region's rows on the linear path, then on the official path
    (those of its base and of its official targets); only the few regions with official
    targets differ."""
    linear_ids = bases["figure_ids"].to_numpy(dtype=object)
    extra_ids = bases["region_code"].map(official_ids).to_numpy(dtype=object)
    official_path_ids = linear_ids.copy()
    for i in np.flatnonzero(pd.notna(extra_ids)):
        official_path_ids[i] = join_ids(linear_ids[i], extra_ids[i])
    return np.concatenate([linear_ids, official_path_ids])


def _projection_frame(rows: dict[str, np.ndarray], bases: pd.DataFrame, scen: dict,
                      path_ids: np.ndarray, names: dict[str, str]) -> pd.DataFrame:
    """The projection table of ``rows`` (s: scenario, r: region of ``bases``); its text
    columns are categoricals built from codes: no Python object per row."""
    n = len(bases)
    name_codes, name_labels = pd.factorize(bases["region_code"].map(names))
    id_codes, id_labels = pd.factorize(path_ids)
    stat_codes, stat_labels = pd.factorize(bases["statistic_ids"].to_numpy(dtype=object))
    on_official = (scen["path"] == "official").astype(int)
    method_codes, methods = pd.factorize(bases["base_method"])
    path_codes, paths = pd.factorize(scen["path"])
    status_codes, statuses = pd.factorize(pd.Index(list(TARGET_STATUS)))
    s, r = rows["s"], rows["r"]
    return pd.DataFrame(
        {
            **{name: scen[name][s] for name in SCENARIO if name != "path"},
            "path": pd.Categorical.from_codes(path_codes[s], paths),
            "region_code": pd.Categorical.from_codes(r, bases["region_code"]),
            "region_name": pd.Categorical.from_codes(name_codes[r], name_labels),
            "year": rows["year"],
            "base_year": bases["y0"].to_numpy()[r],
            "base_method": pd.Categorical.from_codes(method_codes[r], methods),
            "target_status": pd.Categorical.from_codes(status_codes[rows["status"]], statuses),
            **{name: rows[name] for name in (*QUANTITIES, *RANGE_COLUMNS)},
            "figure_ids": pd.Categorical.from_codes(id_codes[on_official[s] * n + r], id_labels),
            # a base observed in an official statistic names it
            "statistic_ids": pd.Categorical.from_codes(stat_codes[r], stat_labels),
        }
    )[list(TABLES["projection"].fields)]


def _official_bends(official_year, kept: pd.DataFrame, scen: dict, position: np.ndarray,
                    n_regions: int) -> np.ndarray:
    """(scenario, region): whether the official path differs from the linear one, that is
    whether the region has an official target after its base year and before the
    scenario's target year. Regions are numbered as in the bases (``position`` maps the
    usable ones, the rows of ``official_year``, to them)."""
    bends = np.zeros((len(scen["target_year"]), n_regions), dtype=bool)
    if official_year is None or not np.shape(official_year)[1]:
        return bends
    knots = np.asarray(official_year, dtype=float)[None, :, :]  # NaN compares False
    y0 = kept["y0"].to_numpy(dtype=float)[None, :, None]
    t_year = scen["target_year"].astype(float)[:, None, None]
    bends[:, position] = ((knots > y0) & (knots < t_year)).any(axis=-1)
    return bends


# why a (scenario, region) has the rows it has: the projection's target_status values
TARGET_STATUS = ("to_reach", "reached", "target_year_passed", "no_base")


def _corner_ranges(run, kept: pd.DataFrame, grid: Grid | None) -> dict[str, np.ndarray]:
    """covered and enrol_gross at their least and most over the corners of each region's
    base (the grid run once per corner, min and max per cell; the projection is monotone
    in C0 and W0 given the path), in the order of ``grid.values``; NaN where a corner is
    unknown or unbounded."""
    if grid is None:
        return {}
    lows: dict[str, np.ndarray] = {}
    highs: dict[str, np.ndarray] = {}
    columns = [(kept[f"c0_{k}"].to_numpy(), kept[f"w0_{k}"].to_numpy())
               for k in range(N_CORNERS)]
    known = np.isfinite(np.stack([c for pair in columns for c in pair])).all(axis=0)
    if not known.any():  # no base with a range: skip the grids
        nan = np.full(grid.values("covered").shape, np.nan)
        return {name: nan for name in RANGE_COLUMNS}
    seen = set()
    with np.errstate(all="ignore"):
        for c0, w0 in columns:
            key = (c0.tobytes(), w0.tobytes())
            if key in seen:  # a corner repeated to pad the bases with fewer corners
                continue
            seen.add(key)
            corner = run(c0, w0)
            for name in RANGED:
                v = corner.values(name)
                lows[name] = v if name not in lows else np.minimum(lows[name], v)
                highs[name] = v if name not in highs else np.maximum(highs[name], v)
    out = {}
    for name in RANGED:
        for end, arr in (("low", lows[name]), ("high", highs[name])):
            out[f"{name}_{end}"] = np.where(np.isfinite(arr), arr, np.nan)
    return out


def _projected_rows(grid: Grid | None, kept: pd.DataFrame, scen: dict,
                    position: np.ndarray, ranges: dict | None = None) -> dict[str, np.ndarray]:
    """The grid's cells in table order, as columns: s, r (position of the region in the
    bases), year, status (index into TARGET_STATUS), the quantities and their ranges."""
    if grid is None:
        empty = np.empty(0)
        return {"s": empty.astype(int), "r": empty.astype(int), "year": empty.astype(int),
                "status": empty.astype(int),
                **{q: empty for q in (*QUANTITIES, *RANGE_COLUMNS)}}
    order = _table_order(grid)
    s, year, r = (a[order] for a in grid.cells())
    p0 = (kept["c0"] / kept["w0"] * 100).to_numpy()
    reached = p0[r] >= scen["target_pct"][s] * (1 - _TOLERANCE)
    return {"s": s, "r": position[r], "year": year, "status": reached.astype(int),
            **{name: grid.values(name)[order] for name in QUANTITIES},
            **{name: (ranges[name] if ranges else np.full(order.shape, np.nan))[order]
               for name in RANGE_COLUMNS}}


def _unprojected_rows(rows: dict[str, np.ndarray], bases: pd.DataFrame, scen: dict,
                      usable: np.ndarray) -> dict[str, np.ndarray]:
    """``rows`` with one row, at the target year and with empty quantities, for each
    scenario and region that has no year to project: a target year not after the base
    year ('target_year_passed'), or a base that cannot be projected ('no_base')."""
    n_s, y0 = len(scen["target_year"]), bases["y0"].to_numpy()
    s, r = (a.ravel() for a in np.meshgrid(np.arange(n_s), np.arange(len(bases)),
                                           indexing="ij"))
    passed = scen["target_year"][s] <= y0[r]
    missing = ~usable[r] | passed
    if not missing.any():
        return rows
    status = np.where(usable[r], TARGET_STATUS.index("target_year_passed"),
                      TARGET_STATUS.index("no_base"))[missing]
    s, r = s[missing], r[missing]
    extra = {"s": s, "r": r, "year": scen["target_year"][s].astype(int), "status": status,
             **{q: np.full(len(s), np.nan) for q in (*QUANTITIES, *RANGE_COLUMNS)}}
    both = {k: np.concatenate([rows[k], extra[k]]) for k in rows}
    order = np.lexsort((both["year"], both["r"], both["s"]))  # table order
    return {k: v[order] for k, v in both.items()}
