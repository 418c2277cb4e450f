"""What funding contributions costs: workers x monthly rate x months, by package.

Rates are data (data/raw/contribution_rates.csv, table ``contribution_rates``), not
constants: :func:`contribution_rates` returns them, :func:`contribution_budget` prices any
number of workers with them, :func:`budget_cases` prices the cases the figures report.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

import numpy as np
import pandas as pd
import pandera.pandas as pa

from ucj_data.analysis.labels import named
from ucj_data.metadata.methods import with_method
from ucj_data.metadata.tables import TABLES
from ucj_data.parameters import PARAMETERS
from ucj_data.pipeline import input_table
from ucj_data.provenance import join_ids
from ucj_data.text.units import whole_workers
from ucj_data.validate.columns import require_columns
from ucj_data.validate.schemas import package_rate_is_sum, validated

DEFAULT_PACKAGES = ("JKK+JKM", "JKK+JKM+JHT")
_RATE_COLUMNS = ("package", "components", "rate_idr_per_month", "regulation", "rate_source")
_BUDGET_COLUMNS = TABLES["contribution_budget"].fields


def contribution_rates(root: Path | str | None = None) -> pd.DataFrame:
    """Validated contribution rates per package (data/raw/contribution_rates.csv); ``root``
    None finds the data folder (UCJ_DATA_ROOT, the checkout, the packaged data)."""
    from ucj_data.io.inputs import load

    return load(root).contribution_rates


def rate_adjustments(root: Path | str | None = None) -> pd.DataFrame:
    """Validated temporary adjustments of rates (data/raw/rate_adjustments.csv)."""
    from ucj_data.io.inputs import load

    return load(root).rate_adjustments


def _months(start: str, end: str) -> list[str]:
    """Every month from ``start`` to ``end`` (YYYY-MM), both included."""
    return [p.strftime("%Y-%m") for p in pd.period_range(start, end, freq="M")]


def _adjustments_in_force(adjustments: pd.DataFrame, programmes: pd.Index, payer: str,
                          sector: str, month: str) -> dict[str, pd.Series]:
    """Each programme's adjustment in force in ``month`` for ``payer`` and ``sector`` (at
    most one per programme); ValueError for a programme contribution_rates does not list
    or two adjustments of one programme at once."""
    found = adjustments[(adjustments["payer"] == payer) & (adjustments["sector"] == sector)
                        & (adjustments["valid_from"] <= month)
                        & (adjustments["valid_to"] >= month)]
    by_programme: dict[str, pd.Series] = {}
    for _, a in found.iterrows():
        for programme in a["programmes"].split("+"):
            if programme not in programmes:
                raise ValueError(f"rate adjustment {a['adjustment_id']} names programme "
                                 f"{programme!r}, which contribution_rates does not list "
                                 f"as a programme (known: {', '.join(programmes)})")
            if programme in by_programme:
                raise ValueError(f"rate adjustments {by_programme[programme]['adjustment_id']}"
                                 f" and {a['adjustment_id']} both adjust {programme} in "
                                 f"{month} for {payer}, {sector}")
            by_programme[programme] = a
    return by_programme


def _package_in_force(package, single: pd.Series, in_force: dict[str, pd.Series]) -> dict:
    """One package's rate with the adjustments ``in_force``: the sum of its programmes'
    rates, each times its adjustment's factor; the full rate where none applies (or a
    programme of the package is not listed on its own)."""
    parts = package.components.split("+")
    applied = [in_force[p] for p in parts if p in in_force]
    full = float(package.rate_idr_per_month)
    row = {"package": package.package, "components": package.components,
           "full_rate_idr_per_month": full, "rate_idr_per_month": full,
           "adjustment_id": None, "regulation": package.regulation}
    if applied and all(p in single.index for p in parts):
        row["rate_idr_per_month"] = sum(
            single[p] * (float(in_force[p]["factor"]) if p in in_force else 1.0)
            for p in parts)
        row["adjustment_id"] = join_ids(*(a["adjustment_id"] for a in applied))
        row["regulation"] = "; ".join(dict.fromkeys(
            [package.regulation, *(a["regulation"] for a in applied)]))
    return row


def _month_rates(rates: pd.DataFrame, adjustments: pd.DataFrame, payer: str, sector: str,
                 month: str) -> pd.DataFrame:
    """package, components, full_rate_idr_per_month, rate_idr_per_month, adjustment_id
    and regulation of every package in ``month`` for ``payer`` and ``sector``."""
    single = rates[rates["package"] == rates["components"]].set_index("package")
    single = single["rate_idr_per_month"].astype(float)
    in_force = _adjustments_in_force(adjustments, single.index, payer, sector, month)
    return pd.DataFrame([_package_in_force(r, single, in_force)
                         for r in rates.itertuples(index=False)])


@with_method("budget")
def rates_in_force(contribution_rates: pd.DataFrame | None = None,
                   rate_adjustments: pd.DataFrame | None = None) -> pd.DataFrame:
    """The monthly rate of every package, payer and sector in each month from the first
    month an adjustment starts to the last it ends (``rates_in_force`` table): the full
    rate where no adjustment names the payer, the sector and the month (so a budget paid
    from the APBD or APBN keeps the full rate while PP 50/2025 halves a self-paying
    participant's JKK and JKM)."""
    rates = check_rates(input_table("contribution_rates", contribution_rates))
    adjustments = input_table("rate_adjustments", rate_adjustments)
    columns = list(TABLES["rates_in_force"].fields)
    if adjustments.empty:
        return validated("rates_in_force", pd.DataFrame(columns=columns))
    records = adjustments.to_dict("records")
    # months with the same adjustments in force have the same rates: priced once each
    priced: dict[tuple, pd.DataFrame] = {}
    frames = []
    for month in _months(adjustments["valid_from"].min(), adjustments["valid_to"].max()):
        for payer in TABLES["rate_adjustments"].field("payer").enum:
            for sector in TABLES["rate_adjustments"].field("sector").enum:
                key = tuple(a["adjustment_id"] for a in records
                            if a["payer"] == payer and a["sector"] == sector
                            and a["valid_from"] <= month <= a["valid_to"])
                if key not in priced:
                    priced[key] = _month_rates(rates, adjustments, payer, sector, month)
                frames.append(priced[key].assign(payer=payer, sector=sector, month=month))
    return validated("rates_in_force", pd.concat(frames, ignore_index=True)[columns])


def check_rates(rates: pd.DataFrame) -> pd.DataFrame:
    """A rates table with the columns a budget needs, in which a package's rate is the sum
    of its programmes' rates (:func:`ucj_data.validate.schemas.package_rate_is_sum`, the
    rule data/raw/contribution_rates.csv is checked by)."""
    require_columns(rates, _RATE_COLUMNS + ("basis",), "contribution_rates")
    try:
        return validated("contribution_rates", rates)
    except pa.errors.SchemaError as err:
        off = ~package_rate_is_sum(rates)
        if err.check is not None and getattr(err.check, "name", None) == "package_rate_is_sum":
            row = rates[off].iloc[0]
            raise ValueError(
                f"contribution rate of package {row['package']} is "
                f"{row['rate_idr_per_month']:g} a month, but its programmes "
                f"{row['components']} add up to something else: a package's rate is the sum "
                f"of its programmes' rates") from None
        raise ValueError(f"rates do not fit the contribution_rates table: {err}") from None


def _workers_frame(workers, column: str) -> pd.DataFrame:
    """``workers`` as a frame: identifier columns first, then ``workers``."""
    if isinstance(workers, pd.DataFrame):
        if column not in workers.columns:
            raise ValueError(
                f"workers has no column {column!r}; name the column of worker counts with column="
            )
        ids = workers.drop(columns=[column]).reset_index(drop=True)
        clash = [c for c in ids.columns if c in _BUDGET_COLUMNS]
        if clash:
            raise ValueError(f"workers has columns that the budget adds: {', '.join(clash)}")
        return ids.assign(workers=workers[column].to_numpy())
    if isinstance(workers, pd.Series):
        frame = workers.rename("workers")
        return (
            frame.reset_index()
            if any(n is not None for n in frame.index.names)
            else frame.reset_index(drop=True).to_frame()
        )
    if isinstance(workers, Iterable) and not isinstance(workers, str):
        return pd.DataFrame({"workers": list(workers)})
    return pd.DataFrame({"workers": [workers]})


def _priced(frame: pd.DataFrame, rates: pd.DataFrame, packages: list[str],
            months: int) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(identifier columns, budget columns) of every row of ``frame`` with every package:
    rows outer, packages inner. Not validated: the callers validate their own table."""
    rates = check_rates(rates)
    unknown = [p for p in packages if p not in set(rates["package"])]
    if unknown:
        raise ValueError(f"unknown package {unknown[0]!r}; known: {', '.join(rates['package'])}")
    # each value as given: text such as '21.234' is refused, not read as 21.234 workers
    bad = ~frame["workers"].map(PARAMETERS["workers"].valid).astype(bool)
    if bad.any():
        raise PARAMETERS["workers"].error(frame["workers"][bad].tolist()[0])
    # read by the rule too, so that a narrow numpy float counts as it does given alone
    counts = pd.Series(whole_workers(frame["workers"].map(PARAMETERS["workers"].convert)
                                     .astype(float)), index=frame.index)
    chosen = rates.set_index("package").loc[packages].reset_index()
    rows = np.repeat(np.arange(len(frame)), len(chosen))
    pkg = np.tile(np.arange(len(chosen)), len(frame))
    ids = frame.drop(columns=["workers"]).iloc[rows].reset_index(drop=True)
    table = chosen.iloc[pkg][list(_RATE_COLUMNS)].reset_index(drop=True)
    table["workers"] = counts.to_numpy()[rows]
    table["months"] = months
    table["payer"] = "apbd_apbn"
    table["adjusted_months"] = 0
    table["yearly_cost_idr"] = table["workers"] * table["rate_idr_per_month"] * months
    return ids, table[list(_BUDGET_COLUMNS)]


def _in_force(table: pd.DataFrame, rates: pd.DataFrame, adjustments: pd.DataFrame,
              payer: str, sector: str, year: int) -> pd.DataFrame:
    """``table`` (of :func:`_priced`) priced month by month, January to its ``months``-th
    month of ``year``, at the rate in force for ``payer`` and ``sector`` in each."""
    months = int(table["months"].iloc[0]) if len(table) else 12
    priced = [_month_rates(rates, adjustments, payer, sector, f"{year}-{m:02d}")
              .set_index("package") for m in range(1, months + 1)]
    per_worker = sum(p["rate_idr_per_month"] for p in priced)
    adjusted = sum(p["adjustment_id"].notna().astype(int) for p in priced)
    regulation = {pkg: "; ".join(dict.fromkeys(p.at[pkg, "regulation"] for p in priced))
                  for pkg in priced[0].index} if priced else {}
    return table.assign(
        payer=payer,
        adjusted_months=table["package"].map(adjusted).astype(int),
        yearly_cost_idr=table["workers"] * table["package"].map(per_worker),
        regulation=table["package"].map(regulation))


@with_method("budget")
def contribution_budget(
    workers,
    contribution_rates: pd.DataFrame | None = None,
    *,
    package: str | Sequence[str] = "JKK+JKM",
    months: int = 12,
    column: str = "workers",
    payer: str = "apbd_apbn",
    sector: str = "other",
    year: int | None = None,
    rate_adjustments: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Yearly cost of funding the contributions of ``workers`` at a package's monthly rate.

    ``workers``: a number, a list or array, a Series (a named index becomes an identifier
    column) or a DataFrame whose column ``column`` holds the numbers of workers; every
    other column of the DataFrame is carried through as an identifier, in front. For a
    projection pass ``contribution_budget(project_enrolment(...), column="newly_covered")``.
    ``contribution_rates``: default the package's data/raw/contribution_rates.csv.
    ``package``: a package of the rates or a list of them (one row per input row and
    package). ``months``: months funded in the year, 1-12.

    Returns the caller's identifier columns and the ``contribution_budget`` columns
    (package, components, rate_idr_per_month, workers, months, yearly_cost_idr,
    regulation, rate_source); the latter are validated by its schema. Raises ValueError
    on negative or missing workers (a projection with a shrinking workforce can have
    negative newly_covered: clip them first if that is meant), an unknown package or
    months outside 1-12.

    ``year``: price the months January to ``months`` of that year each at the rate in
    force (``rate_adjustments``, default data/raw/rate_adjustments.csv) for ``payer``
    ('apbd_apbn', the default: a regional or the national budget pays; or 'self') and
    ``sector`` ('other' or 'transport'); ``adjusted_months`` counts the months at an
    adjusted rate. Without ``year`` every month is at the full rate.
    """
    packages = PARAMETERS["package"].values(package)
    months = PARAMETERS["months"].check(months)
    payer = PARAMETERS["payer"].check(payer)
    sector = PARAMETERS["sector"].check(sector)
    rates = input_table("contribution_rates", contribution_rates)
    ids, table = _priced(_workers_frame(workers, column), rates, packages, months)
    table = table.assign(payer=payer)
    if year is not None:
        table = _in_force(table, check_rates(rates),
                          input_table("rate_adjustments", rate_adjustments), payer, sector,
                          PARAMETERS["year"].check(year))
    table = validated("contribution_budget", table)
    return pd.concat([ids, table], axis=1)


@with_method("budget")
def budget_cases(
    figures: pd.DataFrame | None = None,
    coverage: pd.DataFrame | None = None,
    contribution_rates: pd.DataFrame | None = None,
    *,
    regions: pd.DataFrame | None = None,
    package: str | Sequence[str] = DEFAULT_PACKAGES,
) -> pd.DataFrame:
    """Cost of the reported cases, for each ``package``.

    Cases (``case_kind``): ``vulnerable_funded``, every unflagged figure of indicator
    vulnerable_funded (the vulnerable workers a region funds); ``uncovered``, the uncovered
    workers of every region of ``coverage`` (default :func:`ucj_data.coverage` of
    ``figures``). Returns the ``budget_cases`` table.
    """
    packages = PARAMETERS["package"].values(package)
    # figures as given: coverage of the data folder's own figures is computed once
    coverage = input_table("coverage", coverage, figures=figures)
    figures = require_columns(
        input_table("figures", figures),
        ("figure_id", "region_code", "indicator", "period", "value", "flag"), "figures",
        "for the vulnerable workers funded")
    coverage = require_columns(
        coverage, ("region_code", "period", "workforce_method", "uncovered_workers",
                   "figure_ids"), "coverage", "for the uncovered workers of each region")
    rates = input_table("contribution_rates", contribution_rates)
    funded = figures[(figures["indicator"] == "vulnerable_funded") & figures["flag"].isna()]
    for end in ("value_low", "value_high"):  # figures made by hand: ranges unknown
        if end not in funded:
            funded = funded.assign(**{end: np.nan})
    funded = funded.groupby(["region_code", "period", "value"], as_index=False,
                            dropna=False).agg(
        figure_ids=("figure_id", join_ids),
        # the figures give one value: its range is what every one of them allows
        value_low=("value_low", "max"), value_high=("value_high", "min"),
    ).dropna(subset=["region_code", "period", "value"])
    dup = funded.duplicated(["region_code", "period"])
    if dup.any():
        raise ValueError(
            f"figures disagree on the vulnerable workers funded in region "
            f"{funded.loc[dup, 'region_code'].iloc[0]}; flag all but one"
        )
    funded_cases = pd.DataFrame({
        "case_id": funded["region_code"] + "-vulnerable-funded-" + funded["period"],
        "case_kind": "vulnerable_funded",
        "region_code": funded["region_code"],
        "period": funded["period"],
        "workers_basis": "vulnerable workers whose contributions the regional government "
        "funds, as reported (indicator vulnerable_funded)",
        "figure_ids": funded["figure_ids"],
        "statistic_ids": None,
        "workers": funded["value"],
        "workers_low": funded["value_low"],
        "workers_high": funded["value_high"],
    })
    open_ = coverage.dropna(subset=["uncovered_workers"])
    uncovered_cases = pd.DataFrame({
        "case_id": open_["region_code"] + "-uncovered-" + open_["period"],
        "case_kind": "uncovered",
        "region_code": open_["region_code"],
        "period": open_["period"],
        "workers_basis": "all uncovered workers of the region: workforce - active "
        "participants (ucj_data.coverage; workforce_method "
        + open_["workforce_method"].astype(str)
        + ")",
        "figure_ids": open_["figure_ids"],
        # a region whose latest observation is an official statistic
        "statistic_ids": open_.get("statistic_ids"),
        "workers": open_["uncovered_workers"],
        "workers_low": open_.get("uncovered_workers_low", np.nan),
        "workers_high": open_.get("uncovered_workers_high", np.nan),
    })
    cases = pd.concat([funded_cases, uncovered_cases], ignore_index=True)
    ids, table = _priced(cases, rates, packages, 12)
    # the cost is monotone in the workers (rate and months exact): its range is the
    # workers' range priced
    for end in ("low", "high"):
        ids[f"workers_{end}"] = whole_workers(ids[f"workers_{end}"].astype(float))
        table[f"yearly_cost_idr_{end}"] = (ids[f"workers_{end}"]
                                           * table["rate_idr_per_month"] * table["months"])
    out = named(pd.concat([ids, table], axis=1), input_table("regions", regions))
    out = out[list(TABLES["budget_cases"].fields)]
    return validated("budget_cases", out)
