"""Claim benefits: totals per recipient and per active participant, and single benefits."""

from __future__ import annotations

import math
import re

import numpy as np
import pandas as pd

from ucj_data.analysis.gaps import coverage_by_period
from ucj_data.analysis.labels import named
from ucj_data.analysis.ranges import range_of
from ucj_data.metadata.methods import with_method
from ucj_data.metadata.tables import TABLES
from ucj_data.pipeline import input_table
from ucj_data.provenance import join_ids
from ucj_data.validate.columns import require_columns
from ucj_data.validate.schemas import validated

__all__ = ["claim_benefits", "single_benefits"]

# Programmes a single benefit may comprise, as a curator's note names them.
_PROGRAMMES = re.compile(
    r"\b(?P<code>JKK|JKM|JHT|JP|JKP)\b"
    r"|\b(?P<scholarship>scholarships?(?: for (?P<n>\w+) (?:children|child))?)",
)


@with_method("per_capita")
def claim_benefits(
    figures: pd.DataFrame | None = None, reconciled: pd.DataFrame | None = None, *,
    regions: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Claim benefits paid per region and period, per recipient and per active participant.

    ``reconciled`` defaults to :func:`ucj_data.reconcile` of ``figures`` (by default the
    package's figures). One row per region and period with a reconciled claims_paid_idr or
    claim_recipients; a ratio is empty when a value it needs is missing or in conflict, or
    when its denominator is 0 (no recipients, no active participants). Returns the
    ``claim_benefits`` table. Raises ValueError naming the figures when claims above 0 were
    paid to 0 recipients (one of the figures is wrong).
    """
    reconciled = require_columns(
        input_table("reconciled", reconciled, figures=figures),
        ("region_code", "indicator", "period", "value", "figure_ids_used"), "reconciled",
        "for the claims, recipients and active participants of each region and period")
    key = ["region_code", "period"]
    rec = reconciled[reconciled["indicator"].isin(["claims_paid_idr", "claim_recipients"])]
    values = rec.pivot(index=key, columns="indicator", values="value").reindex(
        columns=["claims_paid_idr", "claim_recipients"]
    )
    ids = rec.pivot(index=key, columns="indicator", values="figure_ids_used").reindex(
        columns=["claims_paid_idr", "claim_recipients"]
    )
    # each value's interval as written (-inf/inf unbounded; NaN unknown: no such columns)
    box = {}
    for end, fill in (("value_low", -np.inf), ("value_high", np.inf)):
        box[end] = (rec.pivot(index=key, columns="indicator", values=end).reindex(
            columns=["claims_paid_idr", "claim_recipients"]).fillna(fill)
            if end in rec else values * np.nan)
    out = values.reset_index()
    for name in ("claims_paid_idr", "claim_recipients"):
        out[f"{name}_low"] = box["value_low"][name].to_numpy()
        out[f"{name}_high"] = box["value_high"][name].to_numpy()
    out["year"] = out["period"].str[:4]

    # active participants of the same region in the same year: its latest period that year
    active = coverage_by_period(reconciled)
    active = active[active["active_participants"].notna()].assign(
        year=lambda d: d["period"].str[:4]
    )
    active = (
        active.sort_values(key)
        .groupby(["region_code", "year"])
        .tail(1)[["region_code", "year", "active_participants", "active_participants_low",
                  "active_participants_high", "active_figure_ids"]]
        .rename(columns={"active_figure_ids": "active_ids"})
    )
    out = out.merge(active, on=["region_code", "year"], how="left")

    _refuse_paid_to_no_one(out, ids)
    # a ratio over 0 (no recipients, no active participants) is empty, not infinite: there
    # is no benefit per person where there is no person (0 / 0: nothing paid to no one)
    out["benefit_per_recipient_idr"] = (out["claims_paid_idr"]
                                        / out["claim_recipients"].where(lambda n: n > 0))
    out["benefit_per_active_participant_idr"] = (
        out["claims_paid_idr"] / out["active_participants"].where(lambda n: n > 0))
    # ranges: each ratio at the corners of its two inputs' intervals (ranges.range_of)
    for name, denominator in (("benefit_per_recipient_idr", "claim_recipients"),
                              ("benefit_per_active_participant_idr", "active_participants")):
        pairs = [
            range_of(lambda x, y: x / y, [
                _iv(r, "claims_paid_idr"), _iv(r, denominator)])
            for r in out.to_dict("records")
        ]
        out[f"{name}_low"] = [p[0] for p in pairs]
        out[f"{name}_high"] = [p[1] for p in pairs]
    # the active participants' figures count only where they were used
    used_active = out["benefit_per_active_participant_idr"].notna()
    out["figure_ids"] = [
        join_ids(*parts)
        for parts in zip(
            ids["claims_paid_idr"].to_numpy(),
            ids["claim_recipients"].to_numpy(),
            out["active_ids"].where(used_active).to_numpy(),
            strict=True,
        )
    ]
    out["claim_recipients"] = out["claim_recipients"].round().astype("Int64")
    out = named(out, input_table("regions", regions))[list(TABLES["claim_benefits"].fields)]
    return validated("claim_benefits", out)


def _refuse_paid_to_no_one(out: pd.DataFrame, ids: pd.DataFrame) -> None:
    """ValueError naming the figures when a region's claims paid are above 0 and its claim
    recipients 0: benefits were paid, so someone received them; one of the figures is
    wrong (in the build, a problem of data/raw/figures.csv)."""
    none = ((out["claim_recipients"] == 0) & (out["claims_paid_idr"] > 0)).to_numpy()
    if none.any():
        i = int(np.flatnonzero(none)[0])
        row = out.iloc[i]
        raise ValueError(
            f"claims paid of Rp{row['claims_paid_idr']:,.0f} to 0 claim recipients in region "
            f"{row['region_code']}, period {row['period']} (figures "
            f"{join_ids(ids['claims_paid_idr'].iloc[i], ids['claim_recipients'].iloc[i])}): "
            "a total paid needs at least one recipient; correct or flag one of the figures")


def _iv(row: dict, name: str) -> tuple[float, float]:
    """(low, high) of ``name`` in a row: NaN when the value or its range is unknown
    (an unbounded end is already -inf/inf); the active participants' empty high is
    unbounded."""
    if pd.isna(row[name]):
        return np.nan, np.nan
    lo, hi = row[f"{name}_low"], row[f"{name}_high"]
    if name == "active_participants" and pd.notna(lo) and pd.isna(hi):
        hi = np.inf
    return float(lo), float(hi)


# the counts a curator's note writes in words ('scholarship for two children')
_COUNT_WORDS = {w: n for n, w in enumerate(
    ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"])}


def _comprises(note) -> tuple[str | None, float]:
    """The programmes named in a note, as codes in the note's order ('JKM, JHT,
    beasiswa': beasiswa is the programme's own name, the same in every language), and the
    children its scholarship is for (NaN when none is counted)."""
    if not isinstance(note, str):
        return None, math.nan
    codes, children = [], math.nan
    for m in _PROGRAMMES.finditer(note):
        codes.append(m["code"] or "beasiswa")
        if m["n"]:
            word = m["n"].lower()
            children = float(word) if word.isdigit() else _COUNT_WORDS.get(word, math.nan)
    return ", ".join(dict.fromkeys(codes)) or None, children


@with_method("single_benefits")
def single_benefits(figures: pd.DataFrame | None = None, *,
                    regions: pd.DataFrame | None = None) -> pd.DataFrame:
    """Single benefits reported (indicator benefit_paid_idr), with what each comprises.

    ``figures`` defaults to :func:`ucj_data.figures`. Returns the ``single_benefits`` table.
    """
    figures = require_columns(
        input_table("figures", figures),
        ("figure_id", "region_code", "indicator", "period", "value", "quote", "note"),
        "figures", "for the single benefits and what each comprises")
    out = figures[figures["indicator"] == "benefit_paid_idr"].rename(
        columns={"value": "benefit_paid_idr"}
    )
    parts = out["note"].map(_comprises)
    out = out.assign(comprises=parts.map(lambda p: p[0]),
                     scholarship_children=pd.array(
                         [pd.NA if math.isnan(p[1]) else int(p[1]) for p in parts],
                         dtype="Int64"))
    out = named(out, input_table("regions", regions))
    out = out[list(TABLES["single_benefits"].fields)].reset_index(drop=True)
    return validated("single_benefits", out)

