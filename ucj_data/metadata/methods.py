"""How each derived number is computed, written once.

Each text here is reused in the docstring of the function that implements it, in the
notebooks (``ucj_data.metadata.methods.METHODS[name]`` shown as Markdown) and in the table's
description in ``datapackage.json`` (via ``Table.method``).
"""

from __future__ import annotations

import inspect

METHODS: dict[str, str] = {}

# --- reconcile, data_quality, coverage, claim_benefits (ucj_data.reconcile, .coverage, .claims)
METHODS["reconcile"] = (
    "Figures for the same region, indicator and period are candidates for one value (single"
    " case amounts, indicator benefit_paid_idr, are not reconciled). (1) What a figure "
    "allows: a number as written may be rounded at its last non-zero digit, so it allows "
    "every value within half that step, rounding half up ('461 ribu': 460,500 to below "
    "461,500; '50,87 persen': 50.865 to below 50.875; '400.385': 400,385); 'sekitar' "
    "(about) and 'mencapai' (reached) read the same; 'lebih "
    "dari' (more than) any larger value; 'kurang dari' (less than) any smaller one; "
    "'hampir' (almost) a value a little below, assumed at most 5% below; 'minimal' and "
    "'paling sedikit' (at least) the value or any larger one. The last digit "
    "written sets the step: the last non-zero digit of a whole number, the last decimal "
    "after the comma, zeros included ('5,80 juta': to 10,000); a number of whole units "
    "(people, Rupiah) written to its ones digit or beyond ('Rp 42.000.000,00') is exact. Two"
    " figures agree when they allow a common value; figures that all agree form one group, "
    "whose value is its most precise figure (most significant digits, a value before a "
    "bound). (2) Coverage identities, per region and period: active + uncovered = "
    "workforce; 100 x active / workforce = coverage_pct; 100 x uncovered / workforce = "
    "uncovered_pct; coverage_pct + uncovered_pct = 100; and, with no workforce reported or "
    "derived, 'active agrees with coverage': 0 active participants go with 0% only, and "
    "100 x active / coverage_pct (taken at the upper end of its rounding) may not exceed "
    "Indonesia's workforce (a ceiling of 200 million, above any BPS count of the country's "
    "employed persons). A workforce not reported is derived"
    " as active + uncovered (a workforce from a percentage would make the percentage checks"
    " circular). Percentages must match within tolerance_pct percentage points (default "
    "0.1); the count identity within tolerance_pct percent of the workforce, the same 0.1 "
    "pp. Every combination of one group per quantity is checked, if there are at most "
    "10,000 combinations for the region and period (beyond that none is checked and every "
    "quantity whose groups disagree is a conflict); when the groups of a "
    "quantity disagree and exactly one of them appears in a combination that passes every "
    "check, the others are set aside (status 'resolved'). (3) Plausibility: a count of "
    "people (other than the coverage quantities) larger than the region's workforce in the "
    "same year (reported or derived, as for ucj_data.coverage: reported, active + "
    "uncovered, active / coverage, uncovered / uncovered_pct; the largest of the year's "
    "periods) is set aside. (4) Status: 'single' for one figure, 'agreed' for several that "
    "all agree, 'resolved' when some were set aside, 'conflict' when groups still disagree "
    "(or every figure was implausible): the value is left empty and every figure in dispute"
    " is listed, never silently chosen. Every check, passed or failed, is a row of "
    "data_quality with its numbers; 'sources agree' compares every pair of figures for one "
    "region, indicator and period when there are at most 8, and beyond that each figure "
    "with the most precise one (one row per figure, not per pair). A reason names at most "
    "10 figures, groups or failed checks and says how many more (every figure is in "
    "figure_ids_used or figure_ids_set_aside, every check in data_quality)."
)
METHODS["coverage"] = (
    "Per region, the latest period (ISO text order; a year sorts before its dates) with a "
    "reconciled active_participants or coverage_pct. workforce: as reported, else active + "
    "uncovered, else active x 100 / coverage_pct, else uncovered x 100 / uncovered_pct "
    "(counts summed before a count divided by a percentage; workforce_method says which). A"
    " workforce from a percentage is approximate: the rounding of both figures carries over "
    "to it (a count 'sekitar' X juta over a percentage written to one decimal spans the "
    "range their rounding allows). Missing active participants = "
    "coverage_pct / 100 x workforce; missing coverage_pct = 100 x active / workforce; "
    "missing uncovered_workers = workforce - active. workers_to_target = ceil(target_pct / "
    "100 x workforce - active), at least 0: the smallest whole number of workers that "
    "reaches the target (the product is rounded to 6 decimals first so that float noise "
    "does not add a worker); target_status 'to_reach' when it is above 0, 'reached' when it "
    "is 0, 'no_base' when the workforce is unknown. Regions with only targets have no row. "
    "Conflicting values (status 'conflict') count as missing."
)
# --- official statistics: denominators, coverage_history, target_realism (analysis.official)
NEAREST = (
    "The nearest period: each period is placed on a month scale (YYYY-MM-DD at its month, "
    "YYYY at the middle of the year) and the statistic whose period is closest is taken; "
    "of two equally close, the earlier."
)
METHODS["coverage"] += (
    " Denominator: 'reported' (the default) is the workforce above. 'employed' or "
    "'labour_force' measures the same active participants against the BPS statistic "
    "(data/raw/statistics.csv, indicator employed_persons or labour_force) of the same region "
    "whose period is nearest to the row's period. " + NEAREST + " Then workforce = the "
    "statistic, coverage_pct = 100 x active / workforce, uncovered = workforce - active, "
    "workforce_method 'statistic', and denominator_period and statistic_ids name it; a "
    "region without that statistic keeps its row with empty quantities and target_status "
    "'no_denominator'. The answers differ because the reports' base (BPJS's own count of "
    "workers) is neither employed persons nor the labour force."
)
METHODS["denominators"] = (
    "Per region and period, the workforce each pair of figures implies: reported active "
    "participants / reported coverage_pct x 100 (implied_basis 'active / coverage', where the "
    "workforce is not reported) and official target active participants / official target "
    "coverage_pct x 100 (implied_basis 'target active / target coverage', as official_targets). "
    "Beside it the BPS employed persons and labour force of the same region at the period "
    "nearest to the row's (a target year counts as its middle). " + NEAREST + " The ratios "
    "implied / employed and implied / labour force show how far the reports' base is from "
    "each official count; empty where the region has no such statistic."
)
METHODS["coverage_history"] = (
    "Active participants per region and period from two kinds of source: 'seed', the "
    "reconciled active participants of the figures (as reported, or derived from coverage "
    "and workforce as for ucj_data.coverage; figure_ids), and 'official', the statistics of "
    "indicator active_participants (statistic_ids). Both are kept when they share a period; "
    "neither replaces the other. calendar_month marks the month: monthly active counts dip "
    "where employers pay for the year at once (non-ASN government workers) and lapse until "
    "they renew, so compare a December with a December; other months show a point of the "
    "year, not a trend."
)
METHODS["target_realism"] = (
    "For each official target year of a region: the target count of active participants "
    "(target_active_participants; else target_coverage_pct / 100 x the region's BPS "
    "employed persons nearest to the latest observation, rounded up), the region's latest "
    "observation in coverage_history (the latest period; on a tie the official statistic) "
    "and the one before it. needed_growth = (target / latest)^(1 / t) - 1 with t the years "
    "from the latest period to December of the target year (the month a year-end count is "
    "dated); achieved_growth = (latest / previous)^(1 / s) - 1 with s the years "
    "between "
    "the two observations (periods on a month scale, a year at its middle): both compound "
    "yearly rates. realism 'on_track' when needed <= achieved, 'faster_than_achieved' "
    "otherwise, 'no_trend' with fewer than two observations, 'target_date_passed' when the "
    "latest observation is dated December of the target year or later. Two observations of "
    "different months mix the yearly dip of monthly counts into the trend (see "
    "coverage_history)."
)
METHODS["per_capita"] = (
    "benefit_per_recipient_idr = claims_paid_idr / claim_recipients of the same region and "
    "period; benefit_per_active_participant_idr = claims_paid_idr / active participants of "
    "the region in the same year (its latest period in that year with active participants, "
    "as reported or derived for ucj_data.coverage). Values are reconciled values "
    "(ucj_data.reconcile); a 'lebih dari' bound kept as the value would make these lower "
    "bounds. Recipients are people paid in the period, active participants those covered at"
    " its end, so the second ratio spreads the year's claims over today's participants; it "
    "is not a per-participant probability or an average benefit."
)
METHODS["single_benefits"] = (
    "Figures of indicator benefit_paid_idr: one amount paid in one case, not summed or "
    "reconciled. comprises lists the programmes named in the figure's note as codes (JKK, "
    "JKM, JHT, JP, JKP, and beasiswa for a scholarship, with the number of children in "
    "scholarship_children), in the order the note names "
    "them; empty when the note names none."
)

# --- project_enrolment, official_targets, contribution_budget (analysis.projections, .budgets)
METHODS["projection"] = (
    "Base year y0 = the year of the region's base period; C0 = its active participants and "
    "W0 = its workforce. Workforce W(y) = W0 (1 + g)^(y - y0) with yearly growth g "
    "(workforce_growth). Coverage p(y) starts at p0 = C0 / W0 x 100 (computed from C0 and "
    "W0, not the reported rounded percentage, so that C(y0) = C0 exactly) and reaches "
    "target_pct at target_year: on a straight line in the year (path 'linear'), or (path "
    "'official') on straight lines through the region's official coverage targets (figures "
    "of indicator target_coverage_pct for years after y0 and before target_year) and then to "
    "target_pct; a region without official targets follows the linear path. Covered workers "
    "C(y) = W(y) p(y) / 100; net_new(y) = C(y) - C(y-1); lapsed(y) = churn x C(y-1), "
    "participants who stop contributing during the year and must be replaced; "
    "enrol_gross(y) = net_new(y) + lapsed(y); newly_covered(y) = C(y) - C0. Rows are the "
    "years y0+1 .. target_year, so net_new sums to C(target_year) - C0, the gap between "
    "target_pct of the final workforce and C0, and enrol_gross to that gap plus the lapsed. "
    "A region's base is its latest observation (ucj_data.coverage: a seed figure or an "
    "official statistic); a target is never a base while an observation exists. "
    "A region with official targets but no observed coverage takes its base from "
    "its first official target year: C0 = target active participants, W0 = C0 / (target "
    "coverage / 100) (base_method 'official_target'). Where the official targets give both "
    "a percentage and a count, the path follows the percentage; the counts imply a workforce "
    "that grows differently from g. People are kept as floats (a fractional worker is a "
    "model quantity); round only to display. target_status: 'to_reach' on the path above; "
    "'reached' when p0 is already at or above target_pct, so coverage stays at p0 (only a "
    "growing workforce and churn need enrolments); 'target_year_passed' when target_year is "
    "not after y0, and 'no_base' when W0 is 0 or C0 is negative or above W0: one row at "
    "target_year with empty quantities, so the scenario is reported, not dropped. When a "
    "table holds both paths, a region whose official targets do not bend its path (none "
    "after y0 and before target_year) has 'linear' rows only: its 'official' rows would "
    "repeat them, and a sum over the table would count the region twice."
)
METHODS["official_targets"] = (
    "Official targets are the figures of indicators target_coverage_pct and "
    "target_active_participants, by region and year. implied_workforce = "
    "target_active_participants / (target_coverage_pct / 100); additional_active = the "
    "change in target active participants since the region's previous official target "
    "year, split exactly into additional_from_coverage (the previous implied workforce at "
    "the higher coverage) and additional_from_workforce (the new coverage of the workforce "
    "added); both compare targets, so neither assumes the earlier target was reached. "
    "required_coverage_pct is the coverage on the straight line to target_pct at "
    "target_year (target_pct from target_year on) from the region's latest observation "
    "with a workforce (ucj_data.coverage: base_period, base_coverage_pct = 100 x active / "
    "workforce, base_workforce; path_from 'observation'), else, with no observation, from "
    "its first official target (path_from 'first_target': targets compared with targets, "
    "which says nothing about progress). observed_against_target compares the observation "
    "with the target of its own year ('below', 'at_or_above'). A target's implied workforce "
    "and the observation's base_workforce are both kept: where they differ, the targets "
    "were set on another base."
)
METHODS["budget"] = (
    "yearly_cost_idr = workers x rate_idr_per_month x months, with the package's monthly "
    "contribution per worker from data/raw/contribution_rates.csv (non-wage workers at the "
    "lowest income bracket: JKK 1% of income, minimum Rp10,000; JKM Rp6,800; JHT 2% of "
    "income, Rp20,000; a package's rate is the sum of its programmes' rates) and months = "
    "the months funded in the year (12: the whole year). Cases: the vulnerable workers a "
    "region reports funding (indicator vulnerable_funded) and all uncovered workers of a "
    "region (workforce - active participants, ucj_data.coverage). For a projection, the "
    "workers funded in year y are newly_covered(y) = C(y) - C0, every worker enrolled "
    "since the base year who is still covered (a worker enrolled to replace a lapsed one "
    "takes over that place, so replacements add no cost). Workers are whole workers: a "
    "fraction (a projection's, or a count derived from a percentage) is rounded up. "
    "Rates in force: data/raw/rate_adjustments.csv scales programmes' rates for a payer and "
    "a sector in given months (PP 50/2025 halves JKK and JKM for self-paying non-wage "
    "participants, January 2026 to March 2027 in transport and April to December 2026 "
    "elsewhere, and excludes those whose contributions the APBN or APBD pays); the "
    "rates_in_force table gives every package's rate by month, payer and sector, and "
    "contribution_budget(..., year=, payer=, sector=) prices each month at the rate in "
    "force. The cases above are funded by a regional budget (payer apbd_apbn): the full "
    "rate. Contributions only: rates are "
    "today's Rupiah amounts (no inflation, no income growth) and administration costs are "
    "left out."
)

METHODS["village_standard"] = (
    "minimum_workers = villages x workers_per_village (default 100, the standard a source "
    "quotes as '1 Desa minimal 100 Pekerja'). Only desa count: the standard is set for desa, and "
    "kelurahan are urban administrative units without Dana Desa or a village government of "
    "their own; urban_villages shows the kelurahan beside them. workers_to_target = "
    "ceil(99.5 / 100 x employed persons - active participants), with the region's latest "
    "observation in coverage_history and the BPS employed persons nearest to its period, "
    "at least 0; minimum_share_of_gap = minimum_workers / workers_to_target. "
    "yearly_cost_per_village_idr = workers_per_village x rate_idr_per_month x 12 for each "
    "package of data/raw/contribution_rates.csv; village_fund_per_village_idr = the "
    "national Dana Desa of the latest year / the desa receiving it that year (both official"
    " statistics of Indonesia as a whole, found by the regions' level 'country'); "
    "share_of_village_fund = the yearly cost / that average (villages receive different "
    "amounts: the average is a yardstick, not a village's allocation)."
)
METHODS["funding_mix"] = (
    "amount_idr = cost x share for each named funder. The shares are given by the caller, "
    "each from 0 to 1, and must sum to 1 (within 1e-9); there are no default shares."
)

# How every derived quantity gets its range, written once and appended to the methods of
# the tables that carry <name>_low / <name>_high columns.
RANGES = (
    " Ranges (`<name>_low`, `<name>_high`): each written figure allows what its wording allows "
    "(ucj_data.text.intervals: rounded half up at its last written digit, 'sekitar' and "
    "'mencapai' alike; a count or amount written to its ones digit exact; 'lebih dari' no "
    "upper bound; "
    "'kurang dari' from 0; 'hampir' up to 5% below; 'minimal' no upper bound). A derived "
    "quantity's bounds come from "
    "evaluating its formula at every corner of its primary inputs' ranges and taking the "
    "least and the most: exact, as every formula here is monotone in each input, and a "
    "quantity that uses an input twice (workers to the target, A x (target / p - 1)) is not "
    "widened as if the two were independent. Bounds of workers to enrol are rounded up to "
    "whole workers; an empty bound means nothing bounds it on that side."
)
for _name in ("coverage", "per_capita", "budget", "projection"):
    METHODS[_name] += RANGES
METHODS["projection"] += (
    " The projection runs once per corner of its base's primary inputs and keeps the least "
    "and the most per year; a base taken from official targets has the corners of its "
    "count and percentage as written ('38,39%' allows 38.385 to 38.395)."
)
METHODS["reconcile"] += " A count written to its ones digit is exact (tolerance 0)."


def with_method(name: str):
    """Decorator: end the function's docstring with ``Method: METHODS[name]``.

    The text is appended, not formatted in, so nothing breaks under ``python -OO``, where
    docstrings are None and stay None.
    """
    text = METHODS[name]

    def decorate(fn):
        if fn.__doc__ is not None:
            fn.__doc__ = f"{inspect.cleandoc(fn.__doc__)}\n\nMethod: {text}"
        return fn

    return decorate
