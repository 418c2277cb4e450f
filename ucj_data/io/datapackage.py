"""Writing data/processed/: CSV and Parquet per table and a Frictionless ``datapackage.json``.

This is the output edge of the pipeline. Writing is deterministic (same inputs, same
bytes) and atomic: everything is written to a temporary folder beside the target, which
replaces the target only when every file is complete.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path

import pandas as pd

from ucj_data.metadata.fields import Field
from ucj_data.metadata.tables import TABLES

PACKAGE = {
    "$schema": "https://datapackage.org/profiles/2.0/datapackage.json",
    "name": "ucj-data",
    "title": "Universal Coverage Jamsostek: traceable figures and analyses",
    "description": (
        "Figures on BPJS Ketenagakerjaan coverage reported in Indonesian news sources, "
        "each with a verbatim quote, and the analyses derived from them. Every table is "
        "also written as Parquet beside its CSV (same name, .parquet)."
    ),
    "licenses": [{"name": "CC-BY-4.0", "path": "https://creativecommons.org/licenses/by/4.0/",
                  "title": "Creative Commons Attribution 4.0"}],
}


def field_descriptor(f: Field) -> dict:
    """Frictionless field descriptor of a field definition."""
    out: dict = {"name": f.name, "type": f.type, "description": f.description}
    if f.unit:
        out["unit"] = f.unit  # custom property: the physical unit of the column
    constraints: dict = {}
    if f.required:
        constraints["required"] = True
    if f.unique:
        constraints["unique"] = True
    if f.minimum is not None:
        constraints["minimum"] = f.minimum
    if f.maximum is not None:
        constraints["maximum"] = f.maximum
    if f.pattern is not None and f.type == "string":  # Frictionless types dates itself
        constraints["pattern"] = f.pattern.removeprefix("^").removesuffix("$")
    if f.enum is not None:
        constraints["enum"] = list(f.enum)
    if constraints:
        out["constraints"] = constraints
    return out


def resource_descriptor(name: str) -> dict:
    from ucj_data.metadata.methods import METHODS

    table = TABLES[name]
    schema: dict = {
        "fields": [field_descriptor(table.field(n)) for n in table.fields],
        "primaryKey": list(table.primary_key),
    }
    if table.foreign_keys:
        schema["foreignKeys"] = [
            {"fields": [f], "reference": {"resource": t, "fields": [rf]}}
            for f, t, rf in table.foreign_keys
        ]
    return {"name": name, "type": "table", "path": f"{name}.csv", "scheme": "file",
            "format": "csv", "mediatype": "text/csv", "encoding": "utf-8",
            "description": table.description
            + (f"\n\nMethod: {METHODS[table.method]}" if table.method else ""),
            "schema": schema}


def package_descriptor(names: list[str]) -> dict:
    """The data package descriptor for the tables ``names``, from the field definitions."""
    return {**PACKAGE, "resources": [resource_descriptor(n) for n in names]}


def to_csv_bytes(frame: pd.DataFrame) -> bytes:
    # 15 significant digits print 50.87 as 50.87 and 650459000000.0 as 650459000000
    return frame.to_csv(index=False, lineterminator="\n", float_format="%.15g").encode()


def write(tables: dict[str, pd.DataFrame], dest: Path) -> None:
    """Write ``tables`` and ``datapackage.json`` to ``dest``, replacing it atomically."""
    dest = Path(dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{dest.name}-", dir=dest.parent))
    try:
        for name, frame in tables.items():
            # categoricals are a way to hold text in memory; the files hold plain text
            frame = frame[list(TABLES[name].fields)].astype(
                {c: "str" for c in TABLES[name].categorical})
            (tmp / f"{name}.csv").write_bytes(to_csv_bytes(frame))
            frame.to_parquet(tmp / f"{name}.parquet", index=False)
        text = json.dumps(package_descriptor(list(tables)), indent=2, ensure_ascii=False) + "\n"
        (tmp / "datapackage.json").write_text(text, encoding="utf-8")
        old = dest.with_name(f".{dest.name}-old")
        if old.exists():
            shutil.rmtree(old)
        if dest.exists():
            dest.rename(old)
        tmp.rename(dest)
        shutil.rmtree(old, ignore_errors=True)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
