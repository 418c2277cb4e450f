"""Small made-up tables to write as a package: the tests of writing need none of the data."""

from __future__ import annotations

import pandas as pd

from ucj_data.metadata.tables import TABLES


def made_up_tables(version: int = 1) -> dict[str, pd.DataFrame]:
    """Two tables of two rows; each ``version`` gives other values (so other files)."""
    return {name: pd.DataFrame({field: [f"{field}-{version}-{row}" for row in (1, 2)]
                                for field in TABLES[name].fields})
            for name in ("sources", "regions")}
