"""The languages the package writes in, and their babel locales: defined once."""

from __future__ import annotations

LOCALES: dict[str, str] = {"id": "id_ID", "en": "en_US"}
LANGS: tuple[str, ...] = tuple(LOCALES)


def locale_of(lang: str) -> str:
    """The babel locale of ``lang`` ('id' or 'en'); ValueError for any other."""
    try:
        return LOCALES[lang]
    except (KeyError, TypeError):
        raise ValueError(f"unsupported lang {lang!r}; expected one of {list(LANGS)}") from None
