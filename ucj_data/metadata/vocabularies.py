"""Vocabularies used by data/raw/: indicators, units, flags, region levels, qualifiers.

Adding an indicator means adding one line to :data:`INDICATORS`; the schemas, the data
package and the README's data dictionary pick it up from here.
"""

from __future__ import annotations

import math
from typing import NamedTuple

from ucj_data.text.intervals import Written
from ucj_data.text.numbers import QUALIFIERS  # noqa: F401  (re-exported vocabulary)


class Indicator(NamedTuple):
    name: str
    unit: str  # one of UNITS
    kind: str  # count | percent | amount | rate | case
    description: str


UNITS: dict[str, str] = {
    "persons": "number of people",
    "percent": "percent (0-100)",
    "IDR": "Indonesian Rupiah",
    "IDR/day": "Rupiah per day",
    "IDR/month": "Rupiah per month",
    "IDR/year": "Rupiah per year",
    "IDR/period": "Rupiah per day, month or year: each figure's unit says which, as written",
    "workers/village": "protected workers per village",
    "villages": "number of villages (desa or kelurahan)",
}

# Which units parse_number may return for an indicator of each kind. A count is written
# as a bare number ('400.385'), an amount with 'Rp', a rate with 'Rp ... per hari'.
PARSED_UNITS: dict[str, frozenset[str]] = {
    "count": frozenset({"number"}),
    "percent": frozenset({"percent"}),
    "amount": frozenset({"IDR"}),
    "case": frozenset({"IDR"}),
    "rate": frozenset({"IDR/day", "IDR/month", "IDR/year"}),
}

# the most a figure of each kind can be: a percent is a share of a whole (UNITS["percent"])
KIND_CEILING: dict[str, float] = {"percent": 100.0}


#: Kinds of indicator whose values are whole units (people, villages, Rupiah): a number of
#: them written to its ones digit is exact (ucj_data.text.intervals.written_interval).
WHOLE_UNIT_KINDS: frozenset[str] = frozenset({"count", "amount", "case", "rate"})


def within_kind(written: Written, kind: str) -> Written:
    """``written`` (:func:`ucj_data.text.intervals.written_interval`) without the values a
    figure of ``kind`` cannot take: '100 persen' read as rounded to the hundreds allows 50
    to below 150, but a coverage above 100% is impossible, so it allows 50 to 100 (and a
    workforce derived from it is never below the active participants)."""
    ceiling = KIND_CEILING.get(kind, math.inf)
    if written.low <= ceiling < written.high:
        return written._replace(high=ceiling, high_open=False)
    return written


INDICATORS: dict[str, Indicator] = {
    i.name: i
    for i in (
        Indicator("active_participants", "persons", "count",
                  "Active BPJS Ketenagakerjaan participants (peserta aktif)."),
        Indicator("coverage_pct", "percent", "percent",
                  "Active participants as a share of all workers (capaian UCJ)."),
        Indicator("uncovered_workers", "persons", "count",
                  "Workers not protected by BPJS Ketenagakerjaan (belum terlindungi)."),
        Indicator("uncovered_pct", "percent", "percent",
                  "Unprotected workers as a share of all workers."),
        Indicator("workforce", "persons", "count",
                  "All workers of the region (total pekerja), the coverage denominator."),
        Indicator("claims_paid_idr", "IDR", "amount",
                  "Total claim benefits paid to participants in the period (manfaat klaim)."),
        Indicator("claim_recipients", "persons", "count",
                  "Workers or heirs who received claim benefits in the period."),
        Indicator("vulnerable_enrolled", "persons", "count",
                  "Vulnerable workers (pekerja rentan) registered for protection."),
        Indicator("vulnerable_funded", "persons", "count",
                  "Vulnerable workers whose contributions the regional government funds."),
        Indicator("target_coverage_pct", "percent", "percent",
                  "Official coverage target for the period."),
        Indicator("target_active_participants", "persons", "count",
                  "Official target number of active participants for the period."),
        Indicator("benefit_paid_idr", "IDR", "case",
                  "A single benefit paid to one worker or their heirs (santunan)."),
        Indicator("contribution_idr", "IDR/period", "rate",
                  "Contribution (iuran) per worker, per the unit written in the source."),
        Indicator("target_workers_per_village", "workers/village", "count",
                  "Minimum number of protected workers per village (ekosistem desa)."),
        # --- official statistics (data/raw/statistics.csv) ---------------------------
        Indicator("employed_persons", "persons", "count",
                  "Employed persons (penduduk bekerja), BPS Sakernas."),
        Indicator("labour_force", "persons", "count",
                  "Labour force (angkatan kerja): employed and unemployed, BPS Sakernas."),
        Indicator("registered_participants", "persons", "count",
                  "Registered BPJS Ketenagakerjaan participants, active and inactive "
                  "(peserta terdaftar)."),
        Indicator("villages", "villages", "count",
                  "Villages (desa) of the region; for Indonesia as a whole, the desa "
                  "receiving Dana Desa (each row's note says which)."),
        Indicator("urban_villages", "villages", "count",
                  "Urban villages (kelurahan) of the region: administrative units without "
                  "Dana Desa."),
        Indicator("village_fund_idr", "IDR", "amount",
                  "Village funds (Dana Desa) allocated in the year."),
    )
}

FLAGS: dict[str, str] = {
    "disagrees": "disagrees with another source reporting the same quantity",
    "implausible": "magnitude implausible for the region (likely a misprint)",
    "doubtful_unit": "the unit as written is probably wrong; kept as written",
}

LEVELS: dict[str, str] = {
    "country": "Indonesia",
    "province": "provinsi",
    "regency": "kabupaten",
    "city": "kota",
}
# where a region's BPS code comes from (data/raw/regions.csv, column code_basis)
CODE_BASES: dict[str, str] = {
    "national": "Indonesia as a whole: '00', BPS's code for the country; Kemendagri numbers "
                "no country",
    "bps_equals_kemendagri": "BPS's code (bridging 2020) equals Kemendagri's without the dot",
    "bps_differs": "BPS's code (bridging 2020) differs from Kemendagri's: the two numberings "
                   "order the kabupaten/kota of a province differently",
    "bps_before_split": "a region of Papua or Papua Barat: BPS's code as the 2020 bridging "
                        "gives it, before the 2022 split of both provinces; not rechecked "
                        "against a BPS list of after the split",
    "bps_unconfirmed": "no BPS code confirmed (a province formed in 2022, or a kabupaten/kota "
                       "that moved to one, which the 2020 bridging predates): region_code is "
                       "'K' and the Kemendagri code's digits until a BPS source is recorded",
}
# what kind of name an alias of a region is (data/raw/region_aliases.csv, column alias_kind)
ALIAS_KINDS: dict[str, str] = {
    "abbreviation": "a shortening of the official name: an acronym or clipped form (NTB, "
                    "Sulsel, Tangsel) or the name without its longer words (DKI Jakarta, "
                    "Jakarta Pusat)",
    "common": "a name in common use that is not formed from the official one (Solo for "
              "Kota Surakarta)",
    "former": "a former official name, or its abbreviation (Nanggroe Aceh Darussalam, NAD)",
}
# the years a figure's period or a date may name; target years run to the same end
FIRST_YEAR_OF_DATA, LAST_YEAR = 1900, 2100

# digits of a BPS code at each level ('00' is the country as a whole)
CODE_LENGTH: dict[str, int] = {"country": 2, "province": 2, "regency": 4, "city": 4}

# Indicators whose figures may refer to a period after their source was published: targets.
AHEAD: frozenset[str] = frozenset(
    {"target_coverage_pct", "target_active_participants", "target_workers_per_village"})

# Indicators used as reported, one value per region and year (official targets) or period
# (workers funded), not reconciled: their unflagged figures must agree.
ONE_VALUE_PER: dict[str, str] = {
    "target_coverage_pct": "year",
    "target_active_participants": "year",
    "vulnerable_funded": "period",
}

# No region has more workers than Indonesia: 146,54 juta employed (BPS Sakernas, August
# 2025, shared/reference/official-statistics.md); the ceiling leaves room above that.
WORKFORCE_CEILING = 2e8

# Plausible ceilings per unit: a figure above one is a misprint to fix or flag. Indonesia
# has about 280 million people and a GDP of about Rp2 x 10^16 a year.
CEILINGS: dict[str, float] = {
    "persons": 1e9,
    "IDR": 1e16,
    "IDR/day": 1e9,
    "IDR/month": 1e10,
    "IDR/year": 1e11,
    "workers/village": 1e6,
    "villages": 1e6,
}

# Who publishes an official statistic (data/raw/statistics.csv).
PUBLISHERS: dict[str, str] = {
    "BPS": "Badan Pusat Statistik (Statistics Indonesia), national or provincial office",
    "BPJS Ketenagakerjaan": "the social security agency for workers",
    "Kemnaker": "Ministry of Manpower (Satu Data Ketenagakerjaan)",
    "Kemenkeu": "Ministry of Finance",
    "DJPb": "Directorate General of Treasury, Ministry of Finance",
    "Kemendagri": "Ministry of Home Affairs (region and village codes)",
    "Pemda": "a regional government (Pemprov, Pemkab, Pemkot) reporting its own figures",
}

# Where a count places its people. Kemnaker's Satu Data counts active participants where
# the employer is registered (a head office in Jakarta counts its staff in the provinces
# as Jakarta's); BPS's Sakernas and the NIK-based UCJ figures count where people live.
COUNT_BASES: dict[str, str] = {
    "employer_location": "where the employer is registered",
    "residence": "where the worker lives (NIK, or BPS's household survey)",
}

# How far the pages read confirm an official statistic, from the count of pages that were
# read and give its value (ucj_data.provenance.with_confirmations); never typed.
CONFIDENCE: dict[str, str] = {
    "H": "two or more pages read give the value",
    "M": "one page read gives the value",
    "U": "no page read gives the value as written: unconfirmed, and no verdict rests on it",
}
