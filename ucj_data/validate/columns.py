"""The one check of a frame handed to a function: is it a DataFrame with the columns needed."""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

# tables that a caller may mean to choose rows of by code
_CODES_INSTEAD = {"regions": "to choose regions by their codes, pass region_codes=[...]"}


def require_columns(frame, columns: Iterable[str], name: str,
                    purpose: str | None = None) -> pd.DataFrame:
    """``frame`` when it is a DataFrame holding every one of ``columns``; else a ValueError
    that names the input, what it lacks, what they are for (``purpose``, such as 'to name
    each region beside its code') and what it has: a user's table missing a column fails
    here, not with a bare KeyError deep inside an analysis."""
    if not isinstance(frame, pd.DataFrame):
        hint = _CODES_INSTEAD.get(name) if isinstance(frame, list | tuple | str) else None
        raise ValueError(f"{name} must be a pandas DataFrame, got {type(frame).__name__}"
                         + (f"; {hint}" if hint else ""))
    lacking = [c for c in columns if c not in frame.columns]
    if lacking:
        raise ValueError(
            f"{name} lacks the column(s) {', '.join(lacking)}"
            + (f", needed {purpose}" if purpose else "") + "; it has "
            f"{', '.join(map(str, frame.columns)) or 'none'}"
        )
    return frame
