"""The tables: their columns (by field name), keys, descriptions and how each is made.

``TABLES`` is the registry the rest of the package walks: the schemas, the data package,
the README and the build (:mod:`ucj_data.pipeline`) all read it. A derived table names the
function that computes it and the tables it takes (``compute``, ``inputs``), so adding an
analysis means its fields, its entry here and its function.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from ucj_data.metadata.fields import FIELDS, FIELDS_BY_TABLE, Field
from ucj_data.metadata.gazetteer import REGIONS_ATTRIBUTION, REGIONS_LICENSES, REGIONS_SOURCES


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
    # key of ucj_data.metadata.methods.METHODS describing how the table is computed
    method: str | None = None
    # 'module:function' computing a derived table from the tables ``inputs`` (keyword
    # arguments of the same names); a function may return a dict of several tables
    compute: str | None = None
    inputs: tuple[str, ...] = ()
    # parameters the build passes to ``compute`` (the scenarios of the projection table)
    build_parameters: dict = field(default_factory=dict)
    # written to data/processed/ by the build (False: curation rules, a function's schema)
    published: bool = True
    # a table whose data comes from elsewhere: its licences and sources in datapackage.json
    # (Frictionless resource properties); empty: the package's own
    licenses: tuple[dict, ...] = ()
    sources: tuple[dict, ...] = ()
    # text columns held as pandas categoricals: few distinct values over many rows, so each
    # label is checked once per distinct value (written to files as plain text)
    categorical: tuple[str, ...] = ()

    @property
    def raw_fields(self) -> tuple[str, ...]:
        return tuple(f for f in self.fields if f not in self.derived)

    def field(self, name: str) -> Field:
        """The field ``name`` as this table means it: FIELDS with this table's overrides."""
        base = FIELDS[name]
        changes = FIELDS_BY_TABLE.get(self.name, {}).get(name, {})
        return replace(base, **changes,
                       required=base.required and name not in self.optional)


# The scenarios of the projection table the build writes: the default scenario (99.5% by
# 2045, linear, no growth, no churn) and a small grid around it.
PROJECTION_SCENARIOS = {
    "target_pct": 99.5,
    "target_year": [2029, 2045],
    # 1% a year: the sensitivity to a growing workforce that page 03 reports
    "workforce_growth": [0.0, 0.01],
    "churn": [0.0, 0.05],
    "path": ["linear", "official"],
}


def _ranged(*names: str) -> tuple[str, ...]:
    """Each quantity followed by its range: name, name_low, name_high (fields.ranged)."""
    return tuple(f"{n}{end}" for n in names for end in ("", "_low", "_high"))


# the tables read from data/raw/<name>.csv, in the order they are read
RAW_TABLES: tuple[str, ...] = ("sources", "regions", "region_aliases", "figures", "exclusions",
                               "contribution_rates", "rate_adjustments", "statistics")

TABLES: dict[str, Table] = {
    t.name: t
    for t in (
        Table("sources", "One row per source document in seeds/.",
              ("source_id", "file", "outlet", "title", "published", "event_date", "place",
               "language", "note"),
              primary_key=("source_id",)),
        Table("regions",
              "Indonesia, its provinces and kabupaten/kota with their official names "
              "(Kemendagri), keyed by BPS code, with the Kemendagri code beside it. "
              + REGIONS_ATTRIBUTION,
              ("region_code", "name", "level", "parent_code", "kemendagri_code",
               "code_basis"),
              primary_key=("region_code",),
              foreign_keys=(("parent_code", "regions", "region_code"),),
              licenses=REGIONS_LICENSES, sources=REGIONS_SOURCES),
        Table("region_aliases",
              "Short names and common forms of regions (abbreviations such as NTB or Sulsel, "
              "names in common use such as Solo, former names), each with the page where it "
              "was checked: for readers and for matching region names in texts.",
              ("alias", "region_code", "alias_kind", "ambiguity", "alias_source", "note"),
              primary_key=("alias", "region_code"),
              foreign_keys=(("region_code", "regions", "region_code"),)),
        Table("indicators", "The indicator vocabulary of figures.",
              ("indicator", "unit", "kind", "description"),
              primary_key=("indicator",)),
        Table("figures",
              "One row per figure per source, with the number parsed from the text.",
              ("figure_id", "source_id", "region_code", "indicator", "period", "value_text",
               "value", "value_low", "value_high", "unit", "qualifier", "flag", "quote",
               "note"),
              primary_key=("figure_id",),
              foreign_keys=(("source_id", "sources", "source_id"),
                            ("region_code", "regions", "region_code"),
                            ("indicator", "indicators", "indicator")),
              derived=("value", "value_low", "value_high", "unit", "qualifier")),
        Table("statistics",
              "One row per official statistic (BPS, BPJS Ketenagakerjaan, ministries) with "
              "its citation: publisher, release and where it was read.",
              ("statistic_id", "region_code", "indicator", "period", "value_text", "value",
               "value_low", "value_high", "unit", "qualifier", "named_as", "count_basis",
               "publisher", "release", "release_date", "read_at_url", "read_at_outlet",
               "also_read_at", "confirmations", "confidence", "note"),
              primary_key=("statistic_id",),
              foreign_keys=(("region_code", "regions", "region_code"),
                            ("indicator", "indicators", "indicator")),
              derived=("value", "value_low", "value_high", "unit", "qualifier",
                       "confirmations", "confidence")),
        Table("exclusions",
              "Rules for numeric tokens of the seeds that are not figures (dates, ages, ...).",
              ("rule_id", "file", "pattern", "explanation"),
              primary_key=("rule_id",), optional=("file",), published=False),
        # --- reconcile, data_quality, coverage, claim_benefits -----------------------------
        Table("reconciled",
              "One value per region, indicator and period, reconciled across sources "
              "(single case amounts, benefit_paid_idr, are not reconciled: see "
              "single_benefits).",
              ("region_code", "region_name", "indicator", "period", "value", "value_low",
               "value_high", "status", "n_sources",
               "figure_ids_used", "figure_ids_set_aside", "reason"),
              primary_key=("region_code", "indicator", "period"),
              foreign_keys=(("region_code", "regions", "region_code"),
                            ("indicator", "indicators", "indicator")),
              optional=("value",), method="reconcile",
              compute="ucj_data.analysis.reconciliation:reconcile_with_checks",
              inputs=("regions", "figures"),
        ),
        Table("data_quality",
              "Every consistency check made while reconciling, with its numbers: one row "
              "per check and candidate figure.",
              ("region_code", "region_name", "period", "check", "figure_ids", "reported",
               "computed",
               "difference", "tolerance", "unit", "passed", "detail"),
              primary_key=("region_code", "period", "check", "figure_ids"),
              foreign_keys=(("region_code", "regions", "region_code"),),
              method="reconcile",
              compute="ucj_data.analysis.reconciliation:reconcile_with_checks",
              inputs=("regions", "figures"),
        ),
        Table("coverage",
              "Coverage of each region at its latest period with coverage data, with the "
              "workforce and the workers still to enrol to reach the target.",
              ("region_code", "region_name", "period",
               *_ranged("active_participants", "coverage_pct", "workforce"),
               "workforce_method", "coverage_pct_written", "coverage_check",
               *_ranged("uncovered_workers"), "target_pct",
               *_ranged("workers_to_target"), "target_status", "source_kind", "figure_ids",
               "denominator", "denominator_period", "statistic_ids"),
              primary_key=("region_code",),
              foreign_keys=(("region_code", "regions", "region_code"),),
              optional=("active_participants", "coverage_pct", "workforce",
                        "workforce_method", "uncovered_workers", "workers_to_target",
                        "figure_ids", "coverage_pct_written", "coverage_check"),
              method="coverage",
              compute="ucj_data.analysis.gaps:coverage", inputs=("regions", "figures",
              "reconciled", "statistics"),
        ),
        Table("claim_benefits",
              "Claim benefits paid per region and period, per recipient and per active "
              "participant.",
              ("region_code", "region_name", "period", "claims_paid_idr", "claim_recipients",
               *_ranged("benefit_per_recipient_idr", "benefit_per_active_participant_idr"),
               "figure_ids"),
              primary_key=("region_code", "period"),
              foreign_keys=(("region_code", "regions", "region_code"),),
              optional=("claims_paid_idr", "claim_recipients", "benefit_per_recipient_idr",
                        "benefit_per_active_participant_idr"),
              method="per_capita",
              compute="ucj_data.analysis.claims:claim_benefits",
              inputs=("regions", "figures", "reconciled"),
        ),
        Table("single_benefits",
              "Single benefits paid in one case (indicator benefit_paid_idr), with what "
              "each comprises.",
              ("figure_id", "region_code", "region_name", "period", "benefit_paid_idr", "comprises",
               "scholarship_children", "quote"),
              primary_key=("figure_id",),
              foreign_keys=(("region_code", "regions", "region_code"),),
              method="single_benefits",
              compute="ucj_data.analysis.claims:single_benefits", inputs=("regions", "figures"),
        ),
        # --- project_enrolment, official_targets, contribution_budget --------------------
        Table("projection",
              "Workers to enrol each year to reach a coverage target, per scenario and "
              "region: the default scenario (99.5% by 2045, linear, no growth, no churn) "
              "and a small grid (target_year 2029 or 2045, workforce_growth 0 or 0.01, "
              "churn 0 or 0.05, path linear or official).",
              ("target_pct", "target_year", "workforce_growth", "churn", "path",
               "region_code", "region_name", "year", "base_year", "base_method", "target_status",
               "workforce",
               "coverage_pct", *_ranged("covered"), "newly_covered", "net_new", "lapsed",
               *_ranged("enrol_gross"), "figure_ids", "statistic_ids"),
              primary_key=("target_pct", "target_year", "workforce_growth", "churn", "path",
                           "region_code", "year"),
              foreign_keys=(("region_code", "regions", "region_code"),),
              # a user's own base may have no figure ids; a row without a year to project
              # (target_status) has no quantities
              optional=("figure_ids", "workforce", "coverage_pct", "covered", "newly_covered",
                        "net_new", "lapsed", "enrol_gross"),
              method="projection",
              compute="ucj_data.analysis.projections:project_enrolment",
              inputs=("regions", "figures", "coverage"),
              categorical=("path", "region_code", "region_name", "base_method", "target_status",
                           "figure_ids", "statistic_ids"),
              build_parameters=PROJECTION_SCENARIOS,
        ),
        Table("official_targets",
              "Official coverage targets by region and year against the linear path to "
              "the national target.",
              ("region_code", "region_name", "year", "target_coverage_pct",
               "target_active_participants",
               "implied_workforce", "additional_active", "additional_from_coverage",
               "additional_from_workforce", "target_pct", "target_year", "path_from",
               "base_period", "base_coverage_pct", "base_workforce",
               "required_coverage_pct", "observed_against_target", "figure_ids",
               "statistic_ids"),
              primary_key=("region_code", "year"),
              foreign_keys=(("region_code", "regions", "region_code"),),
              optional=("target_coverage_pct", "target_active_participants",
                        "implied_workforce", "additional_active", "additional_from_coverage",
                        "additional_from_workforce", "required_coverage_pct", "path_from",
                        "base_period", "base_coverage_pct", "base_workforce",
                        "observed_against_target"),
              method="official_targets",
              compute="ucj_data.analysis.projections:official_targets", inputs=("regions",
              "figures", "coverage"),
        ),
        Table("denominators",
              "The workforce each pair of figures implies (active / coverage, target active / "
              "target coverage) beside the nearest BPS employed persons and labour force.",
              ("region_code", "region_name", "period", "implied_basis", "implied_workforce",
               "employed_persons", "employed_period", "labour_force", "labour_force_period",
               "implied_to_employed", "implied_to_labour_force", "figure_ids",
               "statistic_ids"),
              primary_key=("region_code", "period", "implied_basis"),
              foreign_keys=(("region_code", "regions", "region_code"),),
              optional=("employed_persons", "labour_force", "implied_to_employed",
                        "implied_to_labour_force"),
              method="denominators",
              compute="ucj_data.analysis.official:denominators",
              inputs=("regions", "figures", "reconciled", "official_targets", "statistics"),
        ),
        Table("coverage_history",
              "Active participants per region and period: the seed figures and the official "
              "statistics as one series.",
              ("region_code", "region_name", "period", "calendar_month", "source_kind",
               "publisher", "confidence", "active_participants", "figure_ids",
               "statistic_ids"),
              primary_key=("region_code", "period", "source_kind"),
              foreign_keys=(("region_code", "regions", "region_code"),),
              optional=("figure_ids", "publisher", "confidence"),
              method="coverage_history",
              compute="ucj_data.analysis.official:coverage_history",
              inputs=("regions", "reconciled", "statistics"),
        ),
        Table("target_realism",
              "For each official target: the yearly growth of active participants it needs "
              "from the latest observation, against the growth achieved between the two "
              "latest observations.",
              ("region_code", "region_name", "target_year", "target_basis",
               "target_active_participants", "latest_period", "latest_active", "publisher",
               "previous_period", "previous_active", "needed_growth", "achieved_growth",
               "realism", "figure_ids", "statistic_ids"),
              primary_key=("region_code", "target_year"),
              foreign_keys=(("region_code", "regions", "region_code"),),
              optional=("previous_active", "needed_growth", "achieved_growth", "publisher"),
              method="target_realism",
              compute="ucj_data.analysis.official:target_realism",
              inputs=("regions", "figures", "coverage_history", "statistics"),
        ),
        Table("contribution_rates",
              "Monthly contribution per worker of each programme and package for non-wage "
              "workers, at the lowest income bracket.",
              ("package", "components", "rate_idr_per_month", "basis", "regulation",
               "rate_source"),
              primary_key=("package",)),
        Table("rate_adjustments",
              "Temporary adjustments of contribution rates: which programmes, by what "
              "factor, for whom and in which months.",
              ("adjustment_id", "programmes", "factor", "payer", "sector", "valid_from",
               "valid_to", "regulation", "rate_source"),
              primary_key=("adjustment_id",)),
        Table("rates_in_force",
              "The monthly rate of each package in force in each month an adjustment "
              "touches, for each payer and sector.",
              ("package", "components", "payer", "sector", "month", "full_rate_idr_per_month",
               "rate_idr_per_month", "adjustment_id", "regulation"),
              primary_key=("package", "payer", "sector", "month"),
              foreign_keys=(("package", "contribution_rates", "package"),),
              optional=("adjustment_id",),
              method="budget",
              compute="ucj_data.analysis.budgets:rates_in_force",
              inputs=("contribution_rates", "rate_adjustments"),
        ),
        Table("contribution_budget",
              "Yearly cost of funding contributions for a number of workers "
              "(ucj_data.contribution_budget; the caller's id columns come first).",
              ("package", "components", "payer", "rate_idr_per_month", "workers", "months",
               "adjusted_months", "yearly_cost_idr", "regulation", "rate_source"),
              primary_key=(),
              foreign_keys=(("package", "contribution_rates", "package"),),
              method="budget", published=False),
        Table("village_standard",
              "The village standard per region and package: the minimum workers its desa "
              "protect, their share of the gap to 99.5%, and their yearly cost per village "
              "against an average Dana Desa allocation.",
              ("region_code", "region_name", "villages", "urban_villages",
               "workers_per_village", "minimum_workers", "period", "workers_to_target",
               "minimum_share_of_gap", "package", "rate_idr_per_month",
               "yearly_cost_per_village_idr", "village_fund_per_village_idr",
               "share_of_village_fund", "figure_ids", "statistic_ids"),
              primary_key=("region_code", "package"),
              foreign_keys=(("region_code", "regions", "region_code"),
                            ("package", "contribution_rates", "package")),
              optional=("urban_villages", "period", "workers_to_target", "figure_ids",
                        "minimum_share_of_gap", "village_fund_per_village_idr",
                        "share_of_village_fund"),
              method="village_standard",
              compute="ucj_data.analysis.villages:village_standard",
              inputs=("regions", "coverage_history", "statistics", "contribution_rates"),
        ),
        Table("funding_mix",
              "A yearly cost split among named funders (ucj_data.funding_mix).",
              ("funder", "share", "amount_idr"),
              primary_key=("funder",), method="funding_mix", published=False),
        Table("budget_cases",
              "Yearly cost of funding contributions in reported cases: vulnerable workers "
              "a region funds, and all uncovered workers of a region, for each package.",
              ("case_id", "case_kind", "region_code", "region_name", "period", "workers_basis",
               "figure_ids", "statistic_ids",
               "package",
               "components", "payer", "rate_idr_per_month", *_ranged("workers"), "months",
               *_ranged("yearly_cost_idr"), "regulation", "rate_source"),
              primary_key=("case_id", "package"),
              optional=("figure_ids",),
              foreign_keys=(("region_code", "regions", "region_code"),
                            ("package", "contribution_rates", "package")),
              method="budget",
              compute="ucj_data.analysis.budgets:budget_cases",
              inputs=("regions", "figures", "coverage", "contribution_rates"),
        ),
    )
}
