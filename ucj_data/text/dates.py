"""Dates and periods as people write them, in each language: one rule for charts, tables
and the report."""

from __future__ import annotations

import datetime as dt

from babel.dates import format_date

from ucj_data.text.locales import locale_of
from ucj_data.text.numbers import MISSING, is_missing


def date_text(value, lang: str, month: str = "MMMM") -> str | None:
    """'2025-12-09' -> '9 Desember 2025' / '9 December 2025'; None when missing."""
    if is_missing(value):
        return None
    text = str(value).strip()
    try:
        day = dt.date.fromisoformat(text[:10])
    except ValueError:
        return text or None
    return format_date(day, f"d {month} y", locale=locale_of(lang))


def period_text(period, lang: str) -> str:
    """A period 'YYYY' as is, 'YYYY-MM' as a month ('Agu 2025'), 'YYYY-MM-DD' as a short
    date ('9 Des 2025'); an en dash when missing."""
    if is_missing(period):
        return MISSING
    text = str(period)
    if len(text) == 7 and text[4] == "-":
        try:
            month = dt.date(int(text[:4]), int(text[5:]), 1)
        except ValueError:
            return text
        return format_date(month, "MMM y", locale=locale_of(lang))
    return text if len(text) == 4 else (date_text(text, lang, month="MMM") or text)
