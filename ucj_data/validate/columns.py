"""The one check of a frame handed to a function: is it a DataFrame with the columns needed."""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd


def require_columns(frame, columns: Iterable[str], name: str) -> pd.DataFrame:
    """``frame`` when it is a DataFrame holding every one of ``columns``; else a ValueError
    that names the input, what it lacks and what it has."""
    if not isinstance(frame, pd.DataFrame):
        raise ValueError(f"{name} must be a pandas DataFrame, got {type(frame).__name__}")
    lacking = [c for c in columns if c not in frame.columns]
    if lacking:
        raise ValueError(
            f"{name} lacks the column(s) {', '.join(lacking)}; it has "
            f"{', '.join(map(str, frame.columns)) or 'none'}"
        )
    return frame
