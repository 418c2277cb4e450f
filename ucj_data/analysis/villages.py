"""The village standard and its money: the minimum workers a region's desa protect at
``workers_per_village`` each, their share of the gap to 99.5%, their yearly cost per
village against an average Dana Desa allocation (:func:`village_standard`), and a cost
split among funders (:func:`funding_mix`).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

import pandas as pd

from ucj_data.analysis.budgets import DEFAULT_PACKAGES, check_rates
from ucj_data.analysis.labels import named
from ucj_data.analysis.periods import STATISTIC_COLUMNS, month_scale, nearest
from ucj_data.metadata.methods import with_method
from ucj_data.metadata.tables import TABLES
from ucj_data.parameters import PARAMETERS, ParameterError, default
from ucj_data.pipeline import input_table
from ucj_data.provenance import join_ids
from ucj_data.text.numbers import format_number, needed_decimals
from ucj_data.text.units import whole_workers
from ucj_data.validate.columns import require_columns
from ucj_data.validate.schemas import validated

__all__ = ["funding_mix", "village_standard"]

TARGET_PCT = default("target_pct")  # the national target the gap is measured to
SHARES_TOLERANCE = 1e-9


def _latest(stats: pd.DataFrame, region: str, indicator: str) -> pd.Series | None:
    """The statistic of ``region`` and ``indicator`` with the latest period, or None."""
    rows = stats[(stats["region_code"] == region) & (stats["indicator"] == indicator)
                 & stats["value"].notna()]
    if rows.empty:
        return None
    return rows.loc[rows["period"].map(month_scale).sort_values(kind="stable").index[-1]]


def _latest_of_each(frame: pd.DataFrame, value: str) -> pd.DataFrame:
    """Each region's row of ``frame`` with the latest period and a ``value``, indexed by
    region (a tie: the later row), as :func:`_latest` picks it, in one pass: with every
    kabupaten/kota counted, one filter of the whole table per region would be slow."""
    rows = frame[frame[value].notna()]
    order = rows["period"].map(month_scale).sort_values(kind="stable").index
    return rows.loc[order].groupby("region_code", sort=False).tail(1).set_index("region_code")


def _village_fund(stats: pd.DataFrame, regions: pd.DataFrame) -> tuple[float, list[str]]:
    """Average Dana Desa per receiving desa: the country's latest village fund / its desa
    of the same year (the country found by its level), with the statistic ids."""
    country = regions.loc[regions["level"] == "country", "region_code"].tolist()
    for code in country:
        fund = _latest(stats, code, "village_fund_idr")
        if fund is None:
            continue
        desa = stats[(stats["region_code"] == code) & (stats["indicator"] == "villages")
                     & (stats["period"].str[:4] == fund["period"][:4])]
        if len(desa) and float(desa["value"].iloc[0]) > 0:
            row = desa.iloc[0]
            return (float(fund["value"]) / float(row["value"]),
                    [fund["statistic_id"], row["statistic_id"]])
    return math.nan, []


def village_cost(contribution_rates: pd.DataFrame | None = None, *,
                 workers_per_village: int = default("workers_per_village"),
                 package: str = "JKK+JKM") -> float:
    """The yearly cost in Rupiah of one village's standard: ``workers_per_village`` workers
    at the monthly rate of ``package`` (``contribution_rates``, default the data folder's),
    for 12 months. It needs no count of villages, so a worked example can always use it.

    >>> village_cost()  # 100 workers x Rp16.800 x 12
    20160000.0
    """
    per_village = PARAMETERS["workers_per_village"].check(workers_per_village)
    rates = check_rates(input_table("contribution_rates", contribution_rates))
    rows = rates.loc[rates["package"] == package, "rate_idr_per_month"]
    if rows.empty:
        raise ValueError(f"unknown package {package!r}; known: {', '.join(rates['package'])}")
    return per_village * float(rows.iloc[0]) * 12


def _row_of(frame: pd.DataFrame, region: str) -> pd.Series | None:
    """The row of ``region`` in a frame indexed by region, or None where it has none."""
    return frame.loc[region] if region in frame.index else None


def _package_costs(rates: pd.DataFrame, packages: Sequence[str],
                   per_village: int) -> dict[str, tuple[float, float]]:
    """Each package's monthly rate and yearly cost of one village's standard, worked out
    once: village_cost validates the rates at each call. An unknown package is an error."""
    unknown = [p for p in packages if p not in set(rates["package"])]
    if unknown:
        raise ValueError(f"unknown package {unknown[0]!r}; known: {', '.join(rates['package'])}")
    return {pkg: (float(rates.loc[rates["package"] == pkg, "rate_idr_per_month"].iloc[0]),
                  village_cost(rates, workers_per_village=per_village, package=pkg))
            for pkg in packages}


def _gap_to_target(stats: pd.DataFrame, last: pd.Series | None,
                   region: str) -> tuple[str | None, float, list, str | None]:
    """The workers ``region`` lacks to TARGET_PCT: (the period of its latest observation
    ``last``, the gap to the target of the nearest BPS employed persons, their statistic
    ids, the observation's figure ids); (None, nan, [], None) where the region has no
    observation or no employed persons to measure it against."""
    if last is None:
        return None, math.nan, [], None
    employed = nearest(stats, region, "employed_persons", last["period"])
    if employed is None:
        return None, math.nan, [], None
    gap = max(0, int(whole_workers(TARGET_PCT / 100 * float(employed["value"])
                                   - float(last["active_participants"]))))
    return (last["period"], gap, [employed["statistic_id"], last.get("statistic_ids")],
            join_ids(last.get("figure_ids")))


def _region_fields(region: str, desa: pd.Series, kelurahan: pd.Series | None,
                   per_village: int, period: str | None, gap: float) -> dict:
    """The fields of a region's rows that are the same for every package."""
    minimum = int(desa["value"]) * per_village
    return {
        "region_code": region, "villages": int(desa["value"]),
        "urban_villages": pd.NA if kelurahan is None else int(kelurahan["value"]),
        "workers_per_village": per_village, "minimum_workers": minimum,
        "period": period,
        "workers_to_target": pd.NA if math.isnan(gap) else int(gap),
        # no share of a gap that is unknown or already closed
        "minimum_share_of_gap": minimum / gap if gap and not math.isnan(gap) else math.nan,
    }


# the village_standard columns that hold counts, as nullable integers (a region may lack one)
COUNT_COLUMNS = ("villages", "urban_villages", "workers_per_village", "minimum_workers",
                 "workers_to_target")


@with_method("village_standard")
def village_standard(coverage_history: pd.DataFrame | None = None,
                     statistics: pd.DataFrame | None = None,
                     contribution_rates: pd.DataFrame | None = None, *,
                     regions: pd.DataFrame | None = None,
                     workers_per_village: int = default("workers_per_village"),
                     package: str | Sequence[str] = DEFAULT_PACKAGES) -> pd.DataFrame:
    """The village standard in each region with desa (a count of desa above 0 in
    ``statistics``, default :func:`ucj_data.statistics`): minimum workers, their share of
    the gap to 99.5% (from the latest observation of ``coverage_history``, default
    :func:`ucj_data.coverage_history`, and the nearest BPS employed persons) and, per
    ``package`` of ``contribution_rates``, the yearly cost of one village's standard against
    the average Dana Desa per village. Returns the ``village_standard`` table.
    """
    per_village = PARAMETERS["workers_per_village"].check(workers_per_village)
    packages = PARAMETERS["package"].values(package)
    stats = require_columns(input_table("statistics", statistics), STATISTIC_COLUMNS,
                            "statistics")
    history = require_columns(
        input_table("coverage_history", coverage_history, statistics=statistics),
        ("region_code", "period", "active_participants"), "coverage_history",
        "for the gap to the target each region's latest observation leaves")
    rates = check_rates(input_table("contribution_rates", contribution_rates))
    package_cost = _package_costs(rates, packages, per_village)
    regions = require_columns(input_table("regions", regions), ("region_code", "name", "level"),
                              "regions", "to find the country (by its level) and name regions")
    fund_per_village, fund_ids = _village_fund(stats, regions)
    latest = {name: _latest_of_each(stats[stats["indicator"] == name], "value")
              for name in ("villages", "urban_villages")}
    observed = _latest_of_each(history, "active_participants")
    # a region without desa (a kota of kelurahan only, counted 0) has no village standard
    with_desa = latest["villages"][latest["villages"]["value"] > 0]
    rows = []
    for region in sorted(with_desa.index):
        desa = with_desa.loc[region]
        kelurahan = _row_of(latest["urban_villages"], region)
        period, gap, gap_ids, figure_ids = _gap_to_target(stats, _row_of(observed, region),
                                                          region)
        fields = _region_fields(region, desa, kelurahan, per_village, period, gap)
        ids = [desa["statistic_id"], *([] if kelurahan is None else [kelurahan["statistic_id"]]),
               *gap_ids, *fund_ids]
        for pkg in packages:
            rate, cost = package_cost[pkg]
            rows.append({
                **fields,
                "package": pkg, "rate_idr_per_month": rate,
                "yearly_cost_per_village_idr": cost,
                "village_fund_per_village_idr": fund_per_village,
                "share_of_village_fund": cost / fund_per_village,
                "figure_ids": figure_ids, "statistic_ids": join_ids(*ids),
            })
    out = pd.DataFrame(rows, columns=list(TABLES["village_standard"].fields))
    for name in COUNT_COLUMNS:
        out[name] = pd.array(out[name], dtype="Int64")
    out = named(out, regions)
    return validated("village_standard", out)


@with_method("funding_mix")
def funding_mix(cost: float, shares: Mapping[str, float]) -> pd.DataFrame:
    """Split a yearly ``cost`` (Rupiah) among funders: ``shares`` maps each funder's name
    (APBD, Dana Desa, CSR, BAZNAS or any other) to its share, from 0 to 1; the shares must
    sum to 1. There are no default shares. Returns the ``funding_mix`` table.

    >>> funding_mix(20_160_000, {"APBD": 0.5, "Dana Desa": 0.5})["amount_idr"].tolist()
    [10080000.0, 10080000.0]
    """
    cost = PARAMETERS["cost"].check(cost)
    if not isinstance(shares, Mapping) or not shares:
        raise ParameterError("shares must map each funder's name to its share, such as "
                             f"{{'APBD': 0.5, 'Dana Desa': 0.5}}; got {shares!r}")
    for funder in shares:
        if not isinstance(funder, str) or not funder.strip():
            raise ParameterError(f"shares: a funder is named by text; got {funder!r}")
    # each share by the one rule of a number (numpy's of any width too), named by its funder
    values = {funder: PARAMETERS["share"].check(share, f"shares: the share of {funder!r}")
              for funder, share in shares.items()}
    total = math.fsum(values.values())
    if abs(total - 1) > SHARES_TOLERANCE:
        def listed(lang):
            return ", ".join(f"{k} {format_number(v, lang, needed_decimals(v, 4))}"
                             for k, v in shares.items())

        raise ParameterError(
            f"shares must sum to 1; they sum to {total!r} "
            f"({', '.join(f'{k} {v!r}' for k, v in shares.items())})",
            translations={"id": f"bagian pembiayaan harus berjumlah 1; jumlahnya "
                                f"{format_number(total, 'id', needed_decimals(total, 4))} "
                                f"({listed('id')})"})
    out = pd.DataFrame({"funder": list(values), "share": list(values.values())})
    out["amount_idr"] = cost * out["share"]
    return validated("funding_mix", out)
