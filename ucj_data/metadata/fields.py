"""Every column of every table, defined once.

A :class:`Field` carries a column's name, type, unit, description and constraints. The
pandera schemas (:mod:`ucj_data.validate.schemas`), the data package
(:mod:`ucj_data.io.datapackage`) and
the README's data dictionary (:mod:`ucj_data.present.docs`) are all generated from these
definitions, so a column is described in exactly one place.

Types are Frictionless Data Package types (``string``, ``integer``, ``number``,
``boolean``, ``date``). Dates are kept as ISO 8601 text so that CSV and Parquet hold the
same bytes a person typed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ucj_data.metadata.gazetteer import UNCONFIRMED_PREFIX
from ucj_data.metadata.vocabularies import (
    ALIAS_KINDS,
    CODE_BASES,
    CONFIDENCE,
    COUNT_BASES,
    FLAGS,
    INDICATORS,
    LEVELS,
    PUBLISHERS,
    QUALIFIERS,
    UNITS,
)

ISO_DATE = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
# a BPS code (2 or 4 digits), or a provisional key: UNCONFIRMED_PREFIX and Kemendagri's digits
REGION_CODE = rf"^{UNCONFIRMED_PREFIX}?[0-9]{{2}}([0-9]{{2}})?$"
ISO_PERIOD = r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"


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
    calendar: bool = False  # a year or date that must exist in the calendar

    def __post_init__(self) -> None:
        if self.type not in {"string", "integer", "number", "boolean", "date"}:
            raise ValueError(f"field {self.name!r}: unknown type {self.type!r}")

    def matches(self, text: str) -> bool:
        """Whether ``text`` fits the field's pattern (any text when it has none)."""
        return self.pattern is None or re.fullmatch(self.pattern, text) is not None


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
          required=False, calendar=True,
          pattern=r"^[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2}[+-][0-9]{2}:[0-9]{2})?$"),
    Field("event_date", "date", "Date of the event the document reports, ISO 8601.",
          required=False, pattern=ISO_DATE, calendar=True),
    Field("place", "string", "Where the event took place, as the document says.",
          required=False),
    Field("language", "string", "Language of the document (ISO 639-1).",
          enum={"id": "Indonesian", "en": "English"}),
    Field("note", "string", "Curator's note: what was inferred and why.", required=False),
    # --- regions -----------------------------------------------------------------------
    Field("region_code", "string",
          "BPS region code as text ('00' for Indonesia as a whole); a region whose BPS code "
          "is not confirmed (code_basis 'bps_unconfirmed') is keyed by 'K' and the digits "
          "of its Kemendagri code.",
          pattern=REGION_CODE, example="3604"),
    Field("name", "string", "Official name of the region."),
    Field("region_name", "string",
          "Name of the region (data/raw/regions.csv), beside its code for reading; empty "
          "for a code the regions table lacks.", required=False),
    Field("level", "string", "Administrative level of the region.", enum=LEVELS),
    Field("parent_code", "string", "region_code of the enclosing region.",
          required=False, pattern=REGION_CODE),
    Field("kemendagri_code", "string",
          "The region's code in Kemendagri's numbering (the decree's form: '36' a province, "
          "'36.04' a kabupaten/kota); empty for Indonesia as a whole.",
          required=False, pattern=r"^[0-9]{2}(\.[0-9]{2})?$", example="36.04"),
    Field("code_basis", "string",
          "Where the region's BPS code (region_code) comes from; empty for a region added by "
          "hand with its BPS code.", required=False, enum=CODE_BASES),
    # --- region_aliases ----------------------------------------------------------------
    Field("alias", "string",
          "A short or common name a region is known by, as written (NTB, Sulsel, Solo); "
          "matched without regard to case.",
          pattern=r"^\S(.*\S)?$", example="Sulsel"),
    Field("alias_kind", "string", "What kind of name the alias is.", enum=ALIAS_KINDS),
    Field("ambiguity", "string",
          "Whether the alias names more than this region; empty: this region only.",
          required=False,
          enum={"shared": "the alias also names another region (on its own row, or as that "
                          "region's name without its level word): the context decides which"}),
    Field("alias_source", "string",
          "Address of a public page that uses the alias for the region (where it was "
          "checked).", pattern=r"^https?://\S+$"),
    # --- figures -----------------------------------------------------------------------
    Field("figure_id", "string", "Identifier of one figure as reported by one source.",
          unique=True, pattern=r"^[a-z0-9][a-z0-9-]*$", example="msn-serang-active"),
    Field("indicator", "string", "What the figure measures.",
          enum={k: v.description for k, v in INDICATORS.items()}),
    Field("period", "string",
          "Year (YYYY), month (YYYY-MM) or date (YYYY-MM-DD) the figure refers to, ISO 8601.",
          pattern=ISO_PERIOD, example="2025-12-09", calendar=True),
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
    # (also used here: workforce, coverage_pct, target_pct, figure_ids, defined below)
    Field("status", "string", "How the value was reached from the figures reported.",
          enum={"single": "one figure reported it",
                "agreed": "several figures reported it and all agree",
                "resolved": "figures disagreed; some were set aside by an identity or a "
                            "plausibility check (see reason)",
                "conflict": "figures disagree and nothing decides; value left empty"}),
    Field("n_sources", "integer",
          "Number of sources reporting the quantity (figures used or set aside).",
          minimum=1),
    Field("figure_ids_used", "string",
          "figure_id of each figure the value rests on (for a conflict: every figure left "
          "in dispute), joined with ';'.",
          pattern=r"^[a-z0-9][a-z0-9-]*(;[a-z0-9][a-z0-9-]*)*$",
          example="kalimati-serang-active"),
    Field("figure_ids_set_aside", "string",
          "figure_id of each figure set aside, joined with ';'.",
          required=False, pattern=r"^[a-z0-9][a-z0-9-]*(;[a-z0-9][a-z0-9-]*)*$",
          example="msn-serang-active;fokustv-serang-active"),
    Field("reason", "string",
          "Why figures were set aside, why they conflict, or that the value kept is a bound.",
          required=False),
    Field("check", "string", "The consistency check made.",
          enum={"sources agree": "two figures for the same quantity allow a common value",
                "active + uncovered = workforce":
                    "active_participants + uncovered_workers = workforce (reported)",
                "active / workforce = coverage":
                    "100 x active_participants / workforce = coverage_pct",
                "uncovered / workforce = uncovered":
                    "100 x uncovered_workers / workforce = uncovered_pct",
                "coverage + uncovered = 100": "coverage_pct + uncovered_pct = 100",
                "active agrees with coverage":
                    "without a workforce to check them against: 0 active participants go "
                    "with 0% coverage only, and active participants over coverage_pct (at "
                    "its rounding's upper end) imply a workforce no larger than Indonesia's",
                "count <= workforce":
                    "a count of people is at most the region's workforce that year"}),
    Field("reported", "number", "The reported value the check tests."),
    Field("computed", "number",
          "The value computed from the other figures (for 'sources agree': the more "
          "precise figure; for 'count <= workforce': the workforce)."),
    Field("difference", "number",
          "computed - reported, in the row's unit (percentage points for a percentage; for "
          "'count <= workforce': workforce - count, so a negative difference fails)."),
    Field("tolerance", "number",
          "Largest difference that passes, in the row's unit (percentage points for a "
          "percentage); empty when a bound "
          "('lebih dari', 'kurang dari', 'hampir', 'minimal') decides.", required=False,
          minimum=0),
    Field("passed", "boolean", "Whether the check passed."),
    Field("detail", "string", "How the check was computed, in words and numbers."),
    Field("active_participants", "number",
          "Active BPJS Ketenagakerjaan participants (peserta aktif).",
          unit="persons", minimum=0),
    Field("workforce_method", "string", "Which identity gave the workforce.",
          enum={"reported": "the workforce as reported",
                "active + uncovered": "active_participants + uncovered_workers",
                "active / coverage": "active_participants x 100 / coverage_pct "
                                     "(approximate when the figures are rounded)",
                "uncovered / uncovered_pct": "uncovered_workers x 100 / uncovered_pct",
                "statistic": "an official statistic of the region (see denominator, "
                             "denominator_period and statistic_ids)"}),
    Field("coverage_pct_written", "number",
          "coverage_pct as the source writes it, kept beside the share of the row's own "
          "counts (see coverage_check); empty when no source writes one.",
          unit="percent", minimum=0, maximum=100, required=False, example="50.87"),
    Field("coverage_check", "string",
          "Whether the written coverage_pct agrees with 100 x active_participants / "
          "workforce of the same row, within tolerance_pct (the rule of the coverage "
          "identities in data_quality); empty when the counts cannot check it (the "
          "workforce comes from the percentage itself, or is unknown).",
          required=False,
          enum={"agrees": "the written share agrees with the counts; coverage_pct is the "
                          "written share",
                "disagrees": "the written share contradicts the counts: coverage_pct is the "
                             "share of the counts, the written one is in "
                             "coverage_pct_written"}),
    Field("uncovered_workers", "number",
          "Workers not protected: as reported, else workforce - active_participants.",
          unit="persons", minimum=0),
    Field("workers_to_target", "integer",
          "Workers to enrol to reach target_pct: ceil(target_pct / 100 x workforce) - "
          "active_participants, at least 0.", unit="persons", minimum=0),
    Field("claims_paid_idr", "number", "Total claim benefits paid in the period.",
          unit="IDR", minimum=0),
    Field("claim_recipients", "integer",
          "Workers or heirs who received claim benefits in the period.",
          unit="persons", minimum=0),
    Field("benefit_per_recipient_idr", "number",
          "claims_paid_idr / claim_recipients.", unit="IDR", minimum=0),
    Field("benefit_per_active_participant_idr", "number",
          "claims_paid_idr / active participants of the region in the same year.",
          unit="IDR", minimum=0),
    Field("benefit_paid_idr", "number", "A single benefit paid to one worker or their heirs.",
          unit="IDR", minimum=0),
    Field("comprises", "string",
          "Programmes the benefit comprises, read from the figure's note, as their codes "
          "(JKK, JKM, JHT, JP, JKP; beasiswa, the scholarship for a worker's children).",
          required=False, example="JKM, JHT, beasiswa"),
    Field("scholarship_children", "integer",
          "Children the benefit's scholarship (beasiswa) is for, as the note counts them; "
          "empty when none is counted.", required=False, minimum=0, example="2"),
    # --- project_enrolment, official_targets, contribution_budget ------------------------
    # shared with ucj_data.coverage (defined once, here): target_pct, workforce,
    # coverage_pct, figure_ids
    Field("target_pct", "number",
          "Coverage target: active participants as a percent of the workforce.",
          unit="percent", minimum=0, maximum=100, example="99.5"),
    Field("workforce", "number",
          "All workers of the region (the coverage denominator); fractional when derived.",
          unit="persons", minimum=0),
    Field("coverage_pct", "number",
          "Active participants as a percent of the workforce.",
          unit="percent", minimum=0, maximum=100, example="50.87"),
    Field("figure_ids", "string",
          "figure_id of every figure the row is computed from, joined with ';'.",
          pattern=r"^[a-z0-9][a-z0-9-]*(;[a-z0-9][a-z0-9-]*)*$",
          example="kalimati-serang-active;kalimati-serang-uncovered"),
    Field("target_year", "integer", "Year by which target_pct is to be reached.",
          example="2045"),
    Field("workforce_growth", "number",
          "Yearly growth of the workforce as a fraction (0.01 = 1% a year; above -1).",
          unit="fraction", example="0.01"),
    Field("churn", "number",
          "Share of last year's covered workers who stop contributing during the year "
          "and must be replaced (0.05 = 5% a year).", unit="fraction", minimum=0, maximum=1,
          example="0.05"),
    Field("path", "string",
          "How coverage moves from the base year to the target. In a table with both paths a "
          "region has 'official' rows only where an official target bends its path, so "
          "summing the table never counts a region twice.",
          enum={"linear": "a straight line in the year from the base to target_pct",
                "official": "through the region's official coverage targets, then a "
                            "straight line to target_pct"}),
    Field("year", "integer", "Calendar year.", example="2026"),
    Field("base_year", "integer",
          "Year y0 of the base the projection starts from (year of its period).",
          example="2025"),
    Field("base_method", "string", "Where the projection's base C0, W0 comes from.",
          enum={"reported": "active participants and workforce of the region's coverage "
                            "row (ucj_data.coverage): its latest observation, a seed figure "
                            "or an official statistic",
                "official_target": "the region's first official target year: C0 = target "
                                   "active participants, W0 = C0 / target coverage"}),
    Field("target_status", "string", "Whether the row's region still has target_pct to reach.",
          enum={"to_reach": "coverage is below target_pct: workers are still to enrol",
                "reached": "coverage is at or above target_pct: none to enrol (a projection "
                           "holds coverage at its base level)",
                "target_year_passed": "target_year is not after the base year: nothing to "
                                      "project (one row at target_year, quantities empty)",
                "no_base": "no usable base: the workforce is unknown or 0, or the active "
                           "participants exceed it (see data_quality)",
                "no_denominator": "the region has no official statistic for the denominator "
                                  "asked for: quantities empty"}),
    Field("covered", "number",
          "Modelled covered workers (active participants) in the year, "
          "C(y) = W(y) p(y) / 100; fractional people are a model quantity.",
          unit="persons", minimum=0),
    Field("newly_covered", "number",
          "Covered workers beyond the base, C(y) - C0: workers enrolled since the base "
          "year who are still covered.", unit="persons"),
    Field("net_new", "number", "Change in covered workers over the year, C(y) - C(y-1).",
          unit="persons"),
    Field("lapsed", "number",
          "Participants who stop contributing during the year and must be replaced, "
          "churn x C(y-1).", unit="persons", minimum=0),
    Field("enrol_gross", "number",
          "Workers to enrol during the year, net_new + lapsed.", unit="persons"),
    Field("target_coverage_pct", "number",
          "Official coverage target for the year (figures of indicator "
          "target_coverage_pct).", unit="percent", minimum=0, maximum=100),
    Field("target_active_participants", "integer",
          "Official target number of active participants for the year.",
          unit="persons", minimum=0),
    Field("implied_workforce", "number",
          "Workforce implied by the official targets: target_active_participants / "
          "(target_coverage_pct / 100).", unit="persons", minimum=0),
    Field("additional_active", "integer",
          "Change in target active participants since the region's previous official "
          "target year.", unit="persons"),
    Field("additional_from_coverage", "number",
          "The part of additional_active from the higher target coverage, on the previous "
          "target's implied workforce: implied_workforce(prev) x (target_coverage_pct - "
          "target_coverage_pct(prev)) / 100.", unit="persons"),
    Field("additional_from_workforce", "number",
          "The part of additional_active from the larger workforce the target implies: "
          "target_coverage_pct / 100 x (implied_workforce - implied_workforce(prev)).",
          unit="persons"),
    Field("required_coverage_pct", "number",
          "Coverage on the straight line to target_pct at target_year from the region's "
          "latest observation (path_from 'observation'), else from its first official "
          "target.", unit="percent", minimum=0, maximum=100),
    Field("path_from", "string", "Where the straight line of required_coverage_pct starts.",
          enum={"observation": "the region's latest observed coverage (the coverage "
                               "table: base_period, base_coverage_pct)",
                "first_target": "the region's first official target: no observation "
                                "to start from, so targets are compared with targets"}),
    Field("base_period", "string", "Period of the observation the line starts from.",
          required=False, pattern=ISO_PERIOD, calendar=True),
    Field("base_coverage_pct", "number",
          "Coverage of that observation, 100 x active_participants / workforce.",
          unit="percent", minimum=0, maximum=100),
    Field("base_workforce", "number",
          "Workforce of that observation, the base the targets are measured against.",
          unit="persons", minimum=0),
    Field("observed_against_target", "string",
          "The observation against the target of its own year (empty for other years).",
          enum={"below": "observed coverage is below the target of its year",
                "at_or_above": "observed coverage has reached the target of its year"}),
    Field("package", "string",
          "Contribution package: programmes joined with '+' (JKK work accident, JKM death, "
          "JHT old age) or the name of a scheme.",
          pattern=r"^[A-Z]+(\+[A-Z]+)*$", example="JKK+JKM"),
    Field("components", "string", "Programmes the package pays for, joined with '+'.",
          pattern=r"^[A-Z]+(\+[A-Z]+)*$", example="JKK+JKM"),
    Field("rate_idr_per_month", "number", "Contribution per worker per month.",
          unit="IDR/month", minimum=0, example="16800"),
    Field("basis", "string", "How the rate is set and which income bracket is used."),
    Field("regulation", "string", "Regulations that set the rate."),
    Field("rate_source", "string", "Where the rate (or the package) was read."),
    Field("workers", "number", "Number of workers whose contributions are funded.",
          unit="persons", minimum=0),
    Field("adjustment_id", "string", "Identifier of a temporary adjustment of rates.",
          pattern=r"^[a-z0-9][a-z0-9-]*$", example="pp50-2025-other"),
    Field("programmes", "string",
          "Programmes whose rates the adjustment scales, joined with '+' (each a package "
          "of contribution_rates whose components are itself).", example="JKK+JKM"),
    Field("factor", "number",
          "What the adjusted programmes' rates are multiplied by while it is in force "
          "(0.5: half).", unit="fraction", minimum=0, maximum=1, example="0.5"),
    Field("payer", "string", "Who pays the contributions.",
          enum={"self": "the participant, as a self-paying non-wage worker (mandiri)",
                "apbd_apbn": "a regional or the national budget (APBD, APBN)"}),
    Field("sector", "string", "The participants' sector, where a rule depends on it.",
          enum={"transport": "transport (drivers, ojek and couriers among them)",
                "other": "every sector but transport"}),
    Field("valid_from", "string", "First month in force, YYYY-MM.",
          pattern=r"^\d{4}-(0[1-9]|1[0-2])$", example="2026-04"),
    Field("valid_to", "string", "Last month in force, YYYY-MM.",
          pattern=r"^\d{4}-(0[1-9]|1[0-2])$", example="2026-12"),
    Field("month", "string", "A calendar month, YYYY-MM.",
          pattern=r"^\d{4}-(0[1-9]|1[0-2])$", example="2026-04"),
    Field("full_rate_idr_per_month", "number",
          "The package's rate without any adjustment (contribution_rates).",
          unit="IDR/month", minimum=0, example="16800"),
    Field("adjusted_months", "integer",
          "Months of the year priced at an adjusted rate (rate_adjustments).", minimum=0,
          maximum=12, example="9"),
    Field("months", "integer", "Months of contributions funded in the year.",
          minimum=1, maximum=12, example="12"),
    Field("yearly_cost_idr", "number",
          "Cost of the contributions in the year: workers x rate_idr_per_month x months.",
          unit="IDR", minimum=0),
    Field("case_id", "string", "Identifier of a budget case.",
          pattern=r"^[a-z0-9][a-z0-9-]*$", example="3604-vulnerable-funded-2025-12-09"),
    Field("case_kind", "string", "Which workers a budget case funds.",
          enum={"vulnerable_funded": "the vulnerable workers a region reports funding "
                                     "(indicator vulnerable_funded)",
                "uncovered": "every uncovered worker of the region (ucj_data.coverage)"}),
    Field("workers_basis", "string", "Which workers the case funds, and where the number "
          "comes from."),
    # --- statistics (official statistics: data/raw/statistics.csv) ----------------------
    Field("statistic_id", "string", "Identifier of one official statistic as published.",
          unique=True, pattern=r"^[a-z0-9][a-z0-9-]*$", example="bps-36-employed-2025-08"),
    Field("named_as", "string",
          "The release's own words for the quantity, as written (such as 'potensi peserta', "
          "'penduduk bekerja', 'angkatan kerja'): two releases' workforces are only alike "
          "when they name the same thing (empty: the indicator's usual name).",
          required=False, example="potensi tenaga kerja"),
    Field("count_basis", "string",
          "Where the people counted are placed: by the employer's registration or by the "
          "worker's residence (empty: the release does not say).", required=False,
          enum=COUNT_BASES),
    Field("publisher", "string", "Who published the statistic.", enum=PUBLISHERS),
    Field("release", "string",
          "The publisher's release (title or number) as reported where it was read."),
    Field("release_date", "string",
          "When the release was published, ISO 8601 (YYYY-MM-DD; YYYY-MM or YYYY when only "
          "that is reported).", required=False, pattern=ISO_PERIOD, calendar=True,
          example="2025-11-05"),
    Field("read_at_url", "string",
          "Address of the page where the statistic was read (empty when none was recorded).",
          required=False, pattern=r"^https?://\S+$"),
    Field("read_at_outlet", "string",
          "Outlet or document where the statistic was read, as named there.",
          example="banten.idntimes.com"),
    Field("also_read_at", "string",
          "Other pages read that give the same value, each an address or an outlet and "
          "path, joined with '; ' (empty: none besides read_at_url).", required=False,
          example="tvrijakartanews.com/article/News/21209"),
    Field("confirmations", "integer",
          "Pages read that give the statistic's value: read_at_url, when recorded, and "
          "each of also_read_at (derived, never typed).", minimum=0),
    Field("confidence", "string",
          "How far the pages read confirm the statistic, from confirmations (derived, never "
          "typed): 2 or more H, 1 M, none U.", enum=CONFIDENCE),
    Field("statistic_ids", "string",
          "statistic_id of every official statistic the row uses, joined with ';'.",
          required=False, pattern=r"^[a-z0-9][a-z0-9-]*(;[a-z0-9][a-z0-9-]*)*$",
          example="bps-36-employed-2025-08"),
    # --- coverage against official denominators, denominators ------------------------
    Field("denominator", "string", "Which workforce the coverage is measured against.",
          enum={"reported": "the workforce the figures report or imply (ucj_data.coverage's "
                            "default)",
                "employed": "employed persons (penduduk bekerja, BPS Sakernas) of the "
                            "nearest period",
                "labour_force": "the labour force (angkatan kerja, BPS Sakernas) of the "
                                "nearest period"}),
    Field("denominator_period", "string",
          "Period of the workforce used (for 'reported': the row's own period), ISO 8601.",
          required=False, pattern=ISO_PERIOD, calendar=True),
    Field("implied_basis", "string", "How the figures imply a workforce.",
          enum={"active / coverage": "reported active participants / reported coverage_pct "
                                     "x 100",
                "target active / target coverage": "official target active participants / "
                                                   "official target coverage_pct x 100"}),
    Field("employed_persons", "number",
          "Employed persons (BPS) of the region at employed_period.",
          unit="persons", minimum=0),
    Field("employed_period", "string",
          "Period of employed_persons: the nearest to the row's period (ties: the earlier).",
          required=False, pattern=ISO_PERIOD),
    Field("labour_force", "number",
          "Labour force (BPS) of the region at labour_force_period.",
          unit="persons", minimum=0),
    Field("labour_force_period", "string",
          "Period of labour_force: the nearest to the row's period (ties: the earlier).",
          required=False, pattern=ISO_PERIOD),
    Field("implied_to_employed", "number",
          "implied_workforce / employed_persons (a fraction).", unit="fraction", minimum=0),
    Field("implied_to_labour_force", "number",
          "implied_workforce / labour_force (a fraction).", unit="fraction",
          minimum=0),
    # --- coverage_history, target_realism ----------------------------------------------
    Field("source_kind", "string", "Where an observation comes from.",
          enum={"seed": "a figure reported in a source document (reconciled; figure_ids)",
                "official": "an official statistic (statistic_ids)"}),
    Field("calendar_month", "integer",
          "Calendar month of the period (1-12; empty for a year): rows with the same month "
          "are comparable, December with December, where monthly counts dip.",
          minimum=1, maximum=12),
    Field("target_basis", "string", "How the target number of active participants is set.",
          enum={"count": "the official target count (indicator target_active_participants)",
                "coverage_pct x employed": "the official target coverage (indicator "
                                           "target_coverage_pct) x the region's latest "
                                           "employed persons"}),
    Field("latest_period", "string", "Period of the region's latest observation.",
          pattern=ISO_PERIOD),
    Field("latest_active", "number", "Active participants at latest_period.",
          unit="persons", minimum=0),
    Field("previous_period", "string",
          "Period of the region's observation before the latest.", required=False,
          pattern=ISO_PERIOD),
    Field("previous_active", "number", "Active participants at previous_period.",
          unit="persons", minimum=0),
    Field("needed_growth", "number",
          "Yearly growth of active participants the target needs from the latest "
          "observation to December of target_year (compound, a fraction: 0.1 = 10% a year).",
          unit="fraction", minimum=-1),
    Field("achieved_growth", "number",
          "Yearly growth of active participants between the previous and the latest "
          "observation (compound, a fraction).", unit="fraction", minimum=-1),
    Field("realism", "string", "The needed growth against the growth achieved.",
          enum={"on_track": "the growth needed is at most the growth achieved",
                "faster_than_achieved": "the target needs faster growth than achieved",
                "no_trend": "fewer than two observations: no growth achieved to compare",
                "not_comparable": "the earlier observations are of another publisher or "
                                  "kind (a news report against an official statistic): "
                                  "no growth is computed across them",
                "target_date_passed": "the latest observation is dated December of "
                                      "target_year or later"}),
    # --- village_standard, funding_mix --------------------------------------------------
    Field("villages", "integer", "Villages (desa) of the region (official statistic).",
          unit="villages", minimum=0),
    Field("urban_villages", "integer",
          "Urban villages (kelurahan) of the region, shown beside the desa; not counted in "
          "minimum_workers.", unit="villages", minimum=0),
    Field("workers_per_village", "integer",
          "Protected workers each village must reach (the village standard).",
          unit="workers/village", minimum=1, example="100"),
    Field("minimum_workers", "integer",
          "Workers the village standard protects at least: villages x workers_per_village.",
          unit="persons", minimum=0),
    Field("minimum_share_of_gap", "number",
          "minimum_workers / workers_to_target (a fraction).", unit="fraction", minimum=0),
    Field("yearly_cost_per_village_idr", "number",
          "Yearly contributions of one village's standard: workers_per_village x "
          "rate_idr_per_month x 12.", unit="IDR", minimum=0),
    Field("village_fund_per_village_idr", "number",
          "Average Dana Desa per village: the national village fund / the villages "
          "receiving it.", unit="IDR", minimum=0),
    Field("share_of_village_fund", "number",
          "yearly_cost_per_village_idr / village_fund_per_village_idr (a fraction).",
          unit="fraction", minimum=0),
    Field("funder", "string", "Who pays a part of a cost (any name given).",
          example="APBD"),
    Field("share", "number", "Part of the cost a funder pays (a fraction; the shares sum "
          "to 1).", unit="fraction", minimum=0, maximum=1),
    Field("amount_idr", "number", "The funder's part: cost x share.", unit="IDR", minimum=0),
    Field("kind", "string", "How the indicator's values behave.",
          enum={"count": "a whole number of people or units",
                "percent": "a share in percent, 0-100",
                "amount": "a sum of Rupiah",
                "rate": "Rupiah per unit of time",
                "case": "a single amount paid in one case (not one quantity per region)"}),
)


# Quantities with a range: each has <name>_low and <name>_high beside it, made from its
# field by ranged() (so the pair is defined once, here).
RANGED: tuple[str, ...] = (
    "value", "active_participants", "coverage_pct", "workforce", "uncovered_workers",
    "workers_to_target", "benefit_per_recipient_idr", "benefit_per_active_participant_idr",
    "workers", "yearly_cost_idr", "covered", "enrol_gross",
)


def ranged(field: Field) -> tuple[Field, Field]:
    """The ``<name>_low`` and ``<name>_high`` fields of a quantity: the least and the most
    its value can be given how the figures it rests on were written
    (:func:`ucj_data.text.intervals.written_interval`), each formula evaluated at every
    corner of its primary inputs' intervals; empty where nothing bounds it on that side
    ('lebih dari') or the value is empty."""
    how = ("given how the figures it rests on were written (rounded at the last non-zero "
           "digit, 'sekitar' and 'mencapai' alike; 'lebih dari' no upper bound; "
           "'hampir' up to 5% below), computed at every corner of the primary inputs' "
           "ranges")
    return tuple(
        Field(f"{field.name}_{end}", field.type,
              f"{word} {field.name} can be {how}; empty when nothing bounds it {side}.",
              unit=field.unit, required=False, minimum=field.minimum)
        for end, word, side in (("low", "Least", "below"), ("high", "Most", "above"))
    )


FIELDS.update({f.name: f for name in RANGED for f in ranged(FIELDS[name])})


# Where a table means something more specific by a field than FIELDS says, its own
# description or rules (as PUDL's FIELD_METADATA_BY_RESOURCE): table -> field -> changes.
# Table.field() applies them; schemas, datapackage.json and the README read them there.
FIELDS_BY_TABLE: dict[str, dict[str, dict]] = {
    "exclusions": {
        "file": {"description": "Seed file the rule applies to; empty: every seed."},
    },
    "indicators": {
        "unit": {"description": "Unit of the indicator's values."},
    },
    "reconciled": {
        "value": {"description": "The value kept for the quantity, in the indicator's unit: "
                                 "the most precise figure of the group used (see status); "
                                 "empty for a conflict."},
    },
    "data_quality": {
        "unit": {"description": "Unit of reported, computed, difference and tolerance."},
        "figure_ids": {"description": "figure_id of every figure the check uses, joined "
                                      "with ';'."},
    },
    "coverage": {
        "period": {"description": "The region's latest period with a reconciled "
                                  "active_participants or coverage_pct (ISO 8601)."},
    },
    "statistics": {
        "period": {"description": "Reference period of the statistic, ISO 8601 (BPS Sakernas "
                                  "August 2025: 2025-08)."},
        "value_text": {"description": "The number exactly as published (as reported where it "
                                      "was read)."},
        "note": {"description": "Curator's note: what the statistic counts, and what a check "
                                "of it found (confirmed by a page, or not found)."},
    },
    "denominators": {
        "period": {"description": "Period of the figures that imply the workforce (a target's "
                                  "year for official targets), ISO 8601."},
        "implied_workforce": {"description": "Workforce the figures imply (see basis)."},
    },
    "village_standard": {
        "workers_to_target": {"description": "Workers to enrol to reach 99.5% coverage: "
                                             "ceil(0.995 x employed_persons - latest active "
                                             "participants), at least 0."},
        "period": {"description": "Period of the latest active participants the gap starts "
                                  "from, ISO 8601."},
    },
    "budget_cases": {
        "period": {"description": "Period of the figures the case rests on (ISO 8601)."},
    },
    "projection": {
        "workforce": {"description": "Modelled workforce in the year, W(y) = W0 (1 + g)^(y - "
                                     "y0); fractional people are a model quantity."},
        "coverage_pct": {"description": "Modelled coverage in the year, p(y), on the "
                                        "scenario's path to target_pct."},
    },
}
