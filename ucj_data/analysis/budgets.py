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

from ucj_data.io.raw import ROOT
from ucj_data.metadata.methods import METHODS
from ucj_data.validate.schemas import schema

DEFAULT_PACKAGES = ("JKK+JKM", "JKK+JKM+JHT")
_RATE_COLUMNS = ("package", "components", "rate_idr_per_month", "regulation", "rate_source")


def contribution_rates(root: Path | str = ROOT) -> pd.DataFrame:
    """Validated contribution rates per package (data/raw/contribution_rates.csv)."""
    from ucj_data.io.tables import load

    return load(root).contribution_rates.copy()


def check_rates(rates: pd.DataFrame) -> pd.DataFrame:
    """Validate a rates table; a package's rate must be the sum of its programmes' rates.

    A programme is a package whose components are itself (JKK, JKM, JHT). A package whose
    programmes are not all listed on their own is taken as written.
    """
    try:
        rates = schema("contribution_rates", processed=True).validate(rates)
    except pa.errors.SchemaError as err:
        raise ValueError(f"rates do not fit the contribution_rates table: {err}") from None
    single = rates[rates["package"] == rates["components"]].set_index("package")
    parts = rates["components"].str.split("+")
    known = parts.map(lambda p: all(c in single.index for c in p))
    expected = parts[known].map(lambda p: single.loc[p, "rate_idr_per_month"].sum())
    off = ~np.isclose(rates.loc[known, "rate_idr_per_month"], expected)
    if off.any():
        row = rates.loc[known][off].iloc[0]
        raise ValueError(
            f"contribution rate of package {row['package']} is {row['rate_idr_per_month']:g} "
            f"a month, but its programmes {row['components']} add up to "
            f"{expected[off].iloc[0]:g}"
        )
    return rates


def _workers_frame(workers, column: str) -> pd.DataFrame:
    """``workers`` as a frame: identifier columns first, then ``workers``."""
    if isinstance(workers, pd.DataFrame):
        if column not in workers.columns:
            raise ValueError(
                f"workers has no column {column!r}; name the column of worker counts with column="
            )
        ids = workers.drop(columns=[column]).reset_index(drop=True)
        clash = [
            c for c in ids.columns if c in _RATE_COLUMNS + ("workers", "months", "yearly_cost_idr")
        ]
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


def contribution_budget(
    workers,
    package: str | Sequence[str] = "JKK+JKM",
    rates: pd.DataFrame | None = None,
    *,
    months: int = 12,
    column: str = "workers",
) -> pd.DataFrame:
    """Yearly cost of funding the contributions of ``workers`` at a package's monthly rate.

    {method}

    ``workers``: a number, a list or array, a Series (a named index becomes an identifier
    column) or a DataFrame whose column ``column`` holds the numbers of workers; every
    other column of the DataFrame is carried through as an identifier, in front. For a
    projection pass ``contribution_budget(project_enrolment(...), column="newly_covered")``.
    ``package``: a package of ``rates`` or a list of them (one row per input row and
    package). ``rates``: default the package's data/raw/contribution_rates.csv.
    ``months``: months funded in the year, 1-12.

    Returns the caller's identifier columns and the ``contribution_budget`` columns
    (package, components, rate_idr_per_month, workers, months, yearly_cost_idr,
    regulation, rate_source); the latter are validated by its schema. Raises ValueError
    on negative or missing workers (a projection with a shrinking workforce can have
    negative newly_covered: clip them first if that is meant), an unknown package or
    months outside 1-12.
    """
    rates = check_rates(contribution_rates() if rates is None else rates)
    packages = [package] if isinstance(package, str) else list(dict.fromkeys(package))
    if not packages:
        raise ValueError("package needs at least one package name")
    unknown = [p for p in packages if p not in set(rates["package"])]
    if unknown:
        raise ValueError(f"unknown package {unknown[0]!r}; known: {', '.join(rates['package'])}")
    if (
        isinstance(months, bool)
        or not isinstance(months, int | np.integer)
        or not 1 <= months <= 12
    ):
        raise ValueError(f"months must be a whole number of months in 1..12; got {months!r}")
    frame = _workers_frame(workers, column)
    counts = pd.to_numeric(frame["workers"], errors="coerce").astype(float)
    bad = counts.isna() | (counts < 0) | ~np.isfinite(counts)
    if bad.any():
        value = frame["workers"][bad].tolist()[0]  # a Python value reads better
        raise ValueError(f"workers must be a number of workers, 0 or more; got {value!r}")

    # every input row with every package: rows outer, packages inner
    chosen = rates.set_index("package").loc[packages].reset_index()
    rows = np.repeat(np.arange(len(frame)), len(chosen))
    pkg = np.tile(np.arange(len(chosen)), len(frame))
    ids = frame.drop(columns=["workers"]).iloc[rows].reset_index(drop=True)
    table = chosen.iloc[pkg][list(_RATE_COLUMNS)].reset_index(drop=True)
    table["workers"] = counts.to_numpy()[rows]
    table["months"] = months
    table["yearly_cost_idr"] = table["workers"] * table["rate_idr_per_month"] * months
    core = schema("contribution_budget", processed=True)
    table = core.validate(table[list(core.columns)])
    return pd.concat([ids, table], axis=1)


def budget_cases(
    figures: pd.DataFrame | None = None,
    base: pd.DataFrame | None = None,
    rates: pd.DataFrame | None = None,
    packages: Sequence[str] = DEFAULT_PACKAGES,
) -> pd.DataFrame:
    """Cost of the reported cases, for each of ``packages``.

    {method}

    Cases: (a) every unflagged figure of indicator vulnerable_funded (the vulnerable
    workers a region funds; case_id '<region>-vulnerable-funded-<period>'); (b) the
    uncovered workers of every region of ``base`` (default :func:`ucj_data.coverage`;
    case_id '<region>-uncovered-<period>'). Returns the ``budget_cases`` table.
    """
    if figures is None:
        from ucj_data.io.tables import figures as load_figures

        figures = load_figures()
    if base is None:
        from ucj_data.analysis.gaps import coverage

        base = coverage()
    funded = figures[(figures["indicator"] == "vulnerable_funded") & figures["flag"].isna()]
    funded = funded.groupby(["region_code", "period", "value"], as_index=False).agg(
        figure_ids=("figure_id", lambda ids: ";".join(sorted(ids)))
    )
    dup = funded.duplicated(["region_code", "period"])
    if dup.any():
        raise ValueError(
            f"figures disagree on the vulnerable workers funded in region "
            f"{funded.loc[dup, 'region_code'].iloc[0]}; flag all but one"
        )
    cases_a = pd.DataFrame(
        {
            "case_id": funded["region_code"] + "-vulnerable-funded-" + funded["period"],
            "workers_basis": "vulnerable workers whose contributions the regional government "
            "funds, as reported (indicator vulnerable_funded)",
            "region_code": funded["region_code"],
            "figure_ids": funded["figure_ids"],
            "workers": funded["value"],
        }
    )
    open_ = base.dropna(subset=["uncovered_workers"])
    cases_b = pd.DataFrame(
        {
            "case_id": open_["region_code"] + "-uncovered-" + open_["period"],
            "workers_basis": "all uncovered workers of the region: workforce - active "
            "participants (ucj_data.coverage; workforce_method "
            + open_["workforce_method"].astype(str)
            + ")",
            "region_code": open_["region_code"],
            "figure_ids": open_["figure_ids"],
            "workers": open_["uncovered_workers"],
        }
    )
    cases = pd.concat([cases_a, cases_b], ignore_index=True)
    out = contribution_budget(cases, list(packages), rates)
    return schema("budget_cases", processed=True).validate(out)


contribution_budget.__doc__ = contribution_budget.__doc__.format(method=METHODS["budget"])
budget_cases.__doc__ = budget_cases.__doc__.format(method=METHODS["budget"])
