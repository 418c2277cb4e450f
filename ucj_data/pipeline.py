"""The build: walk the table registry, derive every table once, write data/processed/.

:data:`ucj_data.metadata.tables.TABLES` says how each derived table is made (``compute``
and ``inputs``). :func:`outputs` walks it in order, each function validating the table it
returns; :func:`derive` computes one table the same way from whatever tables a caller
gives, which is how the analysis functions fill in the inputs left out (the package's
own data by default).
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from pathlib import Path

import pandas as pd

from ucj_data.io import datapackage
from ucj_data.io.inputs import LOADED, Tables, load
from ucj_data.io.memo import Memo, input_stamp
from ucj_data.io.raw import locate
from ucj_data.metadata.tables import RAW_TABLES, TABLES, Table
from ucj_data.validate.columns import require_columns
from ucj_data.validate.problems import Problem, RawDataError


def compute_function(table: Table):
    module, name = table.compute.split(":")
    return getattr(importlib.import_module(module), name)


def _pick(result, name: str) -> pd.DataFrame:
    """A function's result for table ``name``: the table, or its entry in a dict of tables."""
    return result[name] if isinstance(result, Mapping) else result


def derive(name: str, given: Mapping[str, pd.DataFrame | None] | None = None,
           root: Path | str | None = None) -> pd.DataFrame:
    """Table ``name`` computed from the tables ``given`` (name -> frame or None).

    A table read from data/raw/ comes from :func:`ucj_data.load` (a copy). A derived table
    is computed by its registry entry; each input it takes is passed on from ``given``, so
    an input left out is derived in turn from what was given (``coverage`` of a
    researcher's own figures reconciles those figures, not the package's).

    With nothing given, the table is the data folder's own (``root``; None finds it), every
    input it takes derived from that same folder: it is computed once for each state of
    the folder's inputs (as :func:`ucj_data.load` reads them once) and a copy returned, so
    the analyses, findings and notebooks that each need the reconciled figures do not
    reconcile them again.
    """
    given = dict(given or {})
    if given.get(name) is not None:
        return given[name]
    table = TABLES[name]
    if table.compute is None:
        return getattr(load(root), name)
    if any(frame is not None for frame in given.values()):
        return _pick(compute_function(table)(**{i: given.get(i) for i in table.inputs}), name)
    where = locate(root)

    def own() -> pd.DataFrame:
        inputs = {i: derive(i, root=where) for i in table.inputs}
        return _pick(compute_function(table)(**inputs), name)

    stamp = input_stamp(where.path.resolve())
    return DERIVED.get(None if stamp is None else (stamp, name), own).copy()


# tables derived from a data folder's own inputs, by their content and the table's name
DERIVED: Memo[pd.DataFrame] = Memo(64)
# every output of check(), by the content of the inputs
CHECKED: Memo[dict[str, pd.DataFrame]] = Memo(4)


def forget() -> None:
    """Drop every table kept for a data folder's inputs (the next call computes anew)."""
    for memo in (LOADED, DERIVED, CHECKED):
        memo.clear()


def input_table(name: str, frame, **given) -> pd.DataFrame:
    """``frame`` when the caller passed a DataFrame for input ``name``; the table derived
    from the other inputs ``given`` (see :func:`derive`) when it is None."""
    if frame is None:
        return derive(name, given)
    return require_columns(frame, (), name)


def outputs(tables: Tables) -> dict[str, pd.DataFrame]:
    """Every table written to data/processed/, in registry order, each computed once."""
    done: dict[str, pd.DataFrame] = {name: getattr(tables, name) for name in Tables._fields
                                     if name != "seeds"}
    results: dict[str, object] = {}  # compute -> result: one call for several tables
    for table in TABLES.values():
        if table.compute is None:
            continue
        if table.compute not in results:
            args = {i: done[i] for i in table.inputs}
            try:
                results[table.compute] = compute_function(table)(**args,
                                                                 **table.build_parameters)
            except ValueError as err:  # valid rows that together cannot give this table
                raise RawDataError([Problem(
                    ", ".join(f"data/raw/{name}.csv" for name in raw_inputs(table.name)),
                    None, None, repr(str(err)),
                    f"data from which the {table.name} table can be computed")]) from err
        done[table.name] = _pick(results[table.compute], table.name)
    return {t.name: done[t.name] for t in TABLES.values() if t.published}


def raw_inputs(name: str) -> list[str]:
    """The tables of data/raw/ that table ``name`` is computed from, in registry order."""
    table = TABLES[name]
    if table.compute is None:
        return [name] if name in RAW_TABLES else []
    found = {raw for i in table.inputs for raw in raw_inputs(i)}
    return [t for t in RAW_TABLES if t in found]


def check(root: Path | str | None = None) -> dict[str, pd.DataFrame]:
    """Validate data/raw/ and derive every output (each validated by its own schema).

    ``root``: the data folder; None finds it (UCJ_DATA_ROOT, the checkout, the packaged
    data: :func:`ucj_data.io.raw.locate`). The outputs are computed once for each state
    of the folder's inputs (:mod:`ucj_data.io.memo`); each call returns copies."""
    where = locate(root)
    kept = CHECKED.get(input_stamp(where.path.resolve()), lambda: outputs(load(where)))
    return {name: frame.copy() for name, frame in kept.items()}


def identity_problems(outputs: Mapping[str, pd.DataFrame]) -> list[Problem]:
    """The coverage rows whose written share contradicts their own counts
    (``coverage_check`` 'disagrees'), one problem each: ``ucj-data check`` prints them as
    warnings, ``check --strict`` as errors."""
    cov = outputs["coverage"]
    found = []
    for r in cov[cov["coverage_check"] == "disagrees"].itertuples(index=False):
        official = r.source_kind == "official"
        ids = r.statistic_ids if official else r.figure_ids
        found.append(Problem(
            f"data/raw/{'statistics' if official else 'figures'}.csv", None, "value_text",
            f"a coverage of {r.coverage_pct_written:g}% for region {r.region_code} "
            f"({r.period}; {ids}) while its own counts give {r.coverage_pct:.2f}% "
            f"(100 x {r.active_participants:g} / {r.workforce:g}, workforce "
            f"{r.workforce_method})",
            "a written share that agrees with the counts; the coverage table uses the "
            "counts' share and keeps the written one in coverage_pct_written"))
    return found


def build(root: Path | str | None = None, dest: Path | str | None = None) -> Path:
    """Validate and write data/processed/ of ``root`` (or ``dest``); nothing is written on
    error. ``root`` None finds the data folder as :func:`check` does."""
    where = locate(root)  # found once: the tables and the folder written come from it
    dest = Path(dest) if dest is not None else where.path / "data" / "processed"
    datapackage.write(check(where), dest)
    return dest
