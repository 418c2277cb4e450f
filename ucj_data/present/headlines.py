"""Each region's headline numbers, for the report's index: one card per region.

A card holds what a reader asks first, each from the table that computes it: coverage and
the workers still needed to reach the target, with their range (ucj_data.coverage), the
latest count of active participants (ucj_data.coverage_history), the
same participants against BPS employed persons (``coverage(denominator="employed")``), what
claims paid per recipient (ucj_data.claim_benefits) and the yearly cost of each budget
case (ucj_data.budget_cases). Regions are found through the tables' region_code column;
a region appears when any of the tables has a row for it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd


@dataclass(frozen=True)
class Card:
    region_code: str
    region_name: str
    coverage: pd.Series | None  # the region's row of coverage
    claims: pd.Series | None  # its latest row of claim_benefits with a per-recipient value
    budgets: list[pd.Series] = field(default_factory=list)  # its rows of budget_cases
    employed: pd.Series | None = None  # its row of coverage against BPS employed persons
    latest: pd.Series | None = None  # its latest row of coverage_history


def region_cards(coverage: pd.DataFrame, claim_benefits: pd.DataFrame,
                 budget_cases: pd.DataFrame, employed: pd.DataFrame | None = None,
                 history: pd.DataFrame | None = None) -> list[Card]:
    """One :class:`Card` per region that has a row in any of the three tables, in region
    code order (a province before its regencies: '36' < '3604'). ``employed``: coverage
    against BPS employed persons (``coverage(denominator="employed")``), shown beside the
    reported coverage where the region has the statistic; ``history``: coverage_history,
    whose latest observation a card shows (so a region with only official statistics or
    targets, such as a province reported by BPJS, has a card too)."""
    tables = [t for t in (coverage, claim_benefits, budget_cases, history) if t is not None]
    names: dict[str, str] = {}
    for table in tables:
        for code, name in zip(table["region_code"], table["region_name"], strict=True):
            names.setdefault(str(code), str(name))
    claims = claim_benefits.dropna(subset=["benefit_per_recipient_idr"])
    cards = []
    for code in sorted(names):
        cov = coverage[coverage["region_code"].astype(str) == code]
        paid = claims[claims["region_code"].astype(str) == code].sort_values("period")
        cases = budget_cases[budget_cases["region_code"].astype(str) == code]
        against = (employed[(employed["region_code"].astype(str) == code)
                            & employed["coverage_pct"].notna()]
                   if employed is not None else coverage.iloc[0:0])
        seen = (history[history["region_code"].astype(str) == code].sort_values("period")
                if history is not None else coverage.iloc[0:0])
        cards.append(Card(
            region_code=code, region_name=names[code],
            latest=seen.iloc[-1] if len(seen) else None,
            employed=against.iloc[-1] if len(against) else None,
            coverage=cov.iloc[-1] if len(cov) else None,
            claims=paid.iloc[-1] if len(paid) else None,
            budgets=[row for _, row in cases.sort_values(["case_kind", "yearly_cost_idr"])
                     .iterrows()],
        ))
    return cards


def latest_date(sources: pd.DataFrame) -> str | None:
    """The latest date a source reports (its event date or publication date), as ISO
    text, or None when no source has one."""
    dates = pd.concat([sources["event_date"], sources["published"]]).dropna().astype(str)
    return max((d[:10] for d in dates), default=None)
