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
    table["yearly_cost_idr"] = table["workers"] * table["rate_idr_per_month"] * months
    return ids, table[list(_BUDGET_COLUMNS)]


@with_method("budget")
def contribution_budget(
    workers,
    contribution_rates: pd.DataFrame | None = None,
    *,
    package: str | Sequence[str] = "JKK+JKM",
    months: int = 12,
    column: str = "workers",
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
    """
    packages = PARAMETERS["package"].values(package)
    months = PARAMETERS["months"].check(months)
    rates = input_table("contribution_rates", contribution_rates)
    ids, table = _priced(_workers_frame(workers, column), rates, packages, months)
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
