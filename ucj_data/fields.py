"""Every column of every table, defined once.

A :class:`Field` carries a column's name, type, unit, description and constraints. The
pandera schemas (:mod:`ucj_data.schemas`), the data package (:mod:`ucj_data.package`) and
the README's data dictionary (:mod:`ucj_data.docs`) are all generated from these
definitions, so a column is described in exactly one place.

Types are Frictionless Data Package types (``string``, ``integer``, ``number``,
``boolean``, ``date``). Dates are kept as ISO 8601 text so that CSV and Parquet hold the
same bytes a person typed.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ucj_data.indicators import FLAGS, INDICATORS, LEVELS, QUALIFIERS, UNITS

ISO_DATE = r"^\d{4}-\d{2}-\d{2}$"
ISO_PERIOD = r"^\d{4}(-\d{2}-\d{2})?$"


@dataclass(frozen=True)
class Field:
    """One column: its meaning and the rules every value must follow."""

    name: str
    type: str
    description: str
    unit: str | None = None
    required: bool = True
    unique: bool = False
    minimum: float | None = None
    maximum: float | None = None
    pattern: str | None = None
    enum: dict[str, str] | None = None  # allowed value -> its meaning
    example: str | None = None

    def __post_init__(self) -> None:
        if self.type not in {"string", "integer", "number", "boolean", "date"}:
            raise ValueError(f"field {self.name!r}: unknown type {self.type!r}")


def _fields(*defs: Field) -> dict[str, Field]:
    return {f.name: f for f in defs}


FIELDS: dict[str, Field] = _fields(
    # --- sources -----------------------------------------------------------------------
    Field("source_id", "string", "Short identifier of a source document.",
          pattern=r"^[a-z0-9][a-z0-9-]*$", example="msn-serang"),
    Field("file", "string", "File name of the verbatim source text in seeds/.",
          pattern=r"^[^/\\]+\.txt$", example="000_aefaba3afc6a141e.txt"),
    Field("outlet", "string", "News outlet as named in the document.", required=False),
    Field("title", "string", "Headline as printed in the document.", required=False),
    Field("published", "string",
          "Publication time as printed, ISO 8601 (date, or date and time with offset).",
          required=False, pattern=r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}[+-]\d{2}:\d{2})?$"),
    Field("event_date", "date", "Date of the event the document reports, ISO 8601.",
          required=False, pattern=ISO_DATE),
    Field("place", "string", "Where the event took place, as the document says.",
          required=False),
    Field("language", "string", "Language of the document (ISO 639-1).",
          enum={"id": "Indonesian", "en": "English"}),
    Field("note", "string", "Curator's note: what was inferred and why.", required=False),
    # --- regions -----------------------------------------------------------------------
    Field("region_code", "string",
          "BPS region code as text ('00' for Indonesia as a whole).",
          pattern=r"^\d{2}(\d{2})?$", example="3604"),
    Field("name", "string", "Official name of the region."),
    Field("level", "string", "Administrative level of the region.", enum=LEVELS),
    Field("parent_code", "string", "region_code of the enclosing region.",
          required=False, pattern=r"^\d{2}(\d{2})?$"),
    # --- figures -----------------------------------------------------------------------
    Field("figure_id", "string", "Identifier of one figure as reported by one source.",
          unique=True, pattern=r"^[a-z0-9][a-z0-9-]*$", example="msn-serang-active"),
    Field("indicator", "string", "What the figure measures.",
          enum={k: v.description for k, v in INDICATORS.items()}),
    Field("period", "string",
          "Year (YYYY) or date (YYYY-MM-DD) the figure refers to, ISO 8601.",
          pattern=ISO_PERIOD, example="2025-12-09"),
    Field("value_text", "string", "The number exactly as written in the source.",
          example="461 ribu"),
    Field("quote", "string", "A verbatim span of the source that contains value_text."),
    Field("flag", "string", "Curator's flag on a doubtful figure, kept as written.",
          required=False, enum=FLAGS),
    Field("value", "number", "Number parsed from value_text (see ucj_data.parse_number).",
          minimum=0),
    Field("unit", "string", "Unit parsed from value_text.", enum=UNITS),
    Field("qualifier", "string", "Qualifier written before the number, if any.",
          required=False, enum=QUALIFIERS),
    # --- indicators --------------------------------------------------------------------
    Field("description", "string", "What the indicator means."),
    # --- exclusions (numeric tokens of the seeds that are not figures) ---------------
    Field("rule_id", "string", "Identifier of an exclusion rule.",
          unique=True, pattern=r"^[a-z0-9][a-z0-9-]*$", example="date-slash"),
    Field("pattern", "string",
          "Python regular expression; numbers inside its matches are not figures."),
    Field("explanation", "string", "What the rule's matches are and why they are no figures."),
    # --- reconcile, data_quality, coverage, claim_benefits (ucj_data.reconcile etc.) --
    # --- project_enrolment, official_targets, contribution_budget ------------------------
    Field("kind", "string", "How the indicator's values behave.",
          enum={"count": "a whole number of people or units",
                "percent": "a share in percent, 0-100",
                "amount": "a sum of Rupiah",
                "rate": "Rupiah per unit of time",
                "case": "a single amount paid in one case (not one quantity per region)"}),
)


@dataclass(frozen=True)
class Table:
    """A table: its columns (by field name), keys and description."""

    name: str
    description: str
    fields: tuple[str, ...]
    primary_key: tuple[str, ...]
    foreign_keys: tuple[tuple[str, str, str], ...] = ()  # (field, table, field)
    # columns present only in the processed table (derived at build time)
    derived: tuple[str, ...] = field(default=())
    # fields that may be empty in this table although required elsewhere
    optional: tuple[str, ...] = field(default=())
    # key of ucj_data.methods.METHODS describing how the table is computed
    method: str | None = None

    @property
    def raw_fields(self) -> tuple[str, ...]:
        return tuple(f for f in self.fields if f not in self.derived)


TABLES: dict[str, Table] = {
    t.name: t
    for t in (
        Table("sources", "One row per source document in seeds/.",
              ("source_id", "file", "outlet", "title", "published", "event_date", "place",
               "language", "note"),
              primary_key=("source_id",)),
        Table("regions", "Regions with their BPS codes.",
              ("region_code", "name", "level", "parent_code"),
              primary_key=("region_code",),
              foreign_keys=(("parent_code", "regions", "region_code"),)),
        Table("indicators", "The indicator vocabulary of figures.",
              ("indicator", "unit", "kind", "description"),
              primary_key=("indicator",)),
        Table("figures",
              "One row per figure per source, with the number parsed from the text.",
              ("figure_id", "source_id", "region_code", "indicator", "period", "value_text",
               "value", "unit", "qualifier", "flag", "quote", "note"),
              primary_key=("figure_id",),
              foreign_keys=(("source_id", "sources", "source_id"),
                            ("region_code", "regions", "region_code"),
                            ("indicator", "indicators", "indicator")),
              derived=("value", "unit", "qualifier")),
        Table("exclusions",
              "Rules for numeric tokens of the seeds that are not figures (dates, ages, ...).",
              ("rule_id", "file", "pattern", "explanation"),
              primary_key=("rule_id",), optional=("file",)),
    )
}
