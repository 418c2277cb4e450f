"""Reading the published tables back: ``data/processed/<name>.csv``, each column typed.

The CSV files hold plain text, so a reader that guesses types turns the region code
``'00'`` (Indonesia) into the number 0 and ``'3604'`` into 3604. :func:`processed` reads
every column as its field says (``ucj_data.metadata.tables.TABLES[name].field(col).type``):
codes, periods and dates as text, counts as nullable integers, amounts as floats. Only
an empty cell is missing (a text such as ``NA`` stays text).

Without ucj_data, plain pandas keeps the codes as text with::

    pd.read_csv("data/processed/coverage.csv",
                dtype={"region_code": str, "parent_code": str, "period": str})

(or ``dtype=str`` for every column as text).
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from ucj_data.io.raw import DataRoot, cannot_read, locate
from ucj_data.metadata.tables import TABLES
from ucj_data.validate.problems import SetupError
from ucj_data.validate.schemas import PANDAS_DTYPES

# the columns plain pandas would read as numbers although they are codes (see above)
CODE_COLUMNS = ("region_code", "parent_code", "period")


def published_names() -> list[str]:
    """The tables the build writes to data/processed/, in registry order."""
    return [name for name, table in TABLES.items() if table.published]


def dtypes(name: str, columns: list[str] | None = None) -> dict[str, str]:
    """The pandas dtype of each column of table ``name`` (of ``columns``, when given:
    a column the table does not define is read as text)."""
    table = TABLES[name]
    columns = list(table.fields) if columns is None else columns
    return {c: PANDAS_DTYPES[table.field(c).type] if c in table.fields else "str"
            for c in columns}


def processed(name: str, root: DataRoot | Path | str | None = None) -> pd.DataFrame:
    """The published table ``name`` read from ``<root>/data/processed/<name>.csv``, every
    column typed as its field says (codes such as region_code '00' kept as text).

    ``root``: the data folder; None finds it as every function does (UCJ_DATA_ROOT, the
    checkout ucj_data runs from, the data installed with it). Raises ValueError for a
    name that is not a published table, and SetupError (saying where it looked and why
    there) when the file is missing: run ``ucj-data build`` first.
    """
    names = published_names()
    if name not in names:
        raise ValueError(f"no published table {name!r}; the tables of data/processed/ are: "
                         f"{', '.join(names)}")
    where = locate(root)
    path = where.path / "data" / "processed" / f"{name}.csv"
    try:
        header = pd.read_csv(path, nrows=0).columns.tolist()
        return pd.read_csv(path, dtype=dtypes(name, header), keep_default_na=False,
                           na_values=[""])
    except FileNotFoundError:
        raise SetupError(f"no table {name}: {path} does not exist ({where.looked_in(path)}); "
                         f"write data/processed/ with `ucj-data build --root {where.path}`"
                         ) from None
    except pd.errors.EmptyDataError:
        raise SetupError(f"{path} is empty; write data/processed/ again with "
                         f"`ucj-data build --root {where.path}`") from None
    except OSError as err:
        raise cannot_read(path, err) from None
