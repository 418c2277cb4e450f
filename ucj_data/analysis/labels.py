"""Names beside codes: every analysis table carries region_name next to region_code."""

from __future__ import annotations

import pandas as pd

from ucj_data.validate.columns import require_columns


def region_names(regions: pd.DataFrame) -> dict[str, str]:
    """region_code -> name, from a regions table (data/raw/regions.csv)."""
    require_columns(regions, ("region_code", "name"), "regions",
                    "to name each region beside its code")
    return dict(zip(regions["region_code"].astype(str), regions["name"], strict=True))


def named(frame: pd.DataFrame, regions: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with its region_name column filled from ``regions`` by region_code; a code
    the regions table lacks (a researcher's own figures) gets no name."""
    names = region_names(regions)
    return frame.assign(region_name=frame["region_code"].map(names))
