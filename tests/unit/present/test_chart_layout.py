"""Charts lay out any data: made-up tables with awkward numbers (a value far above the
others, one near zero, a target already reached, a range wider than its bar, long names),
none of them the committed data, and no text of a chart may overlap another, the legend or
the y-axis, or leave the figure."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from tests.conftest import label_gaps, layout_problems  # noqa: E402
from ucj_data.present import plots  # noqa: E402

NAN = float("nan")
SOURCES = pd.DataFrame({"source_id": ["warta"], "outlet": ["Warta Nusantara Raya Sejahtera"],
                        "title": [None], "published": [None], "event_date": ["2025-10-01"]})
FIGURES = pd.DataFrame({"figure_id": ["w-a", "w-b", "w-c"], "source_id": ["warta"] * 3})
REGIONS = pd.DataFrame({"region_code": ["9901", "9902", "9903"],
                        "name": ["Kota Contoh Sangat Panjang Sekali", "Kabupaten Kecil",
                                 "Kabupaten Tengah"]})
CITE = {"figures": FIGURES, "sources": SOURCES, "regions": REGIONS}

# Rp12,2 juta per recipient beside Rp1,2 juta and Rp987 ribu: the tallest value label sits
# where a legend in the plot's corner used to be; a region with only one of the two values
CLAIMS = pd.DataFrame({
    "region_code": ["9901", "9902", "9903"], "period": ["2025", "2025", "2025-06"],
    "claims_paid_idr": [1.22e12, 9.87e8, NAN], "claim_recipients": [100_000, 1_000, None],
    "benefit_per_recipient_idr": [12_200_000.0, 987_000.0, NAN],
    "benefit_per_active_participant_idr": [1_200_000.0, 12_345.0, 123_400_000.0],
    "figure_ids": ["w-a", "w-b", "w-c"]})

# a trillion beside Rp1.234, and a range (error bar) much wider than its bar
BUDGET = pd.DataFrame({
    "case_id": ["big", "big", "tiny", "tiny", "wide", "wide"],
    "case_kind": ["uncovered", "uncovered", "vulnerable_funded", "vulnerable_funded",
                  "uncovered", "uncovered"],
    "region_code": ["9901", "9901", "9902", "9902", "9903", "9903"],
    "period": ["2025-10-01"] * 6, "package": ["JKK+JKM", "JKK+JKM+JHT"] * 3,
    "workers": [9_876_543.0, 9_876_543.0, 1.0, 1.0, 69_993.0, 69_993.0],
    "rate_idr_per_month": [16_800.0, 36_800.0] * 3, "months": [12] * 6,
    "yearly_cost_idr": [1.991e12, 4.361e12, 201_600.0, 441_600.0, 1.411e10, 3.091e10],
    "yearly_cost_idr_low": [NAN, NAN, NAN, NAN, 1.0e9, 2.2e9],
    "yearly_cost_idr_high": [NAN, NAN, NAN, NAN, 2.9e10, 6.4e10],
    "figure_ids": ["w-a", "w-a", "w-b", "w-b", "w-c", "w-c"]})

# coverage of 99,71% (the target reached), 0,01% and 50%: a gap label in a bar of nothing,
# and none where there is no gap
COVERAGE = pd.DataFrame({
    "region_code": ["9901", "9902", "9903"],
    "period": ["2025-10-01", "2025-10-01", "2025-06"],
    "active_participants": [1_234_567.0, 7.0, 50_000.0],
    "coverage_pct": [99.71, 0.01, 50.0],
    "workforce": [1_238_158.0, 70_000.0, 100_000.0],
    "workforce_method": ["reported", "reported", "active / coverage"],
    "uncovered_workers": [3_591.0, 69_993.0, 50_000.0],
    "target_pct": [99.5, 99.5, 99.5], "workers_to_target": [0, 69_643, 49_500],
    "figure_ids": ["w-a", "w-b", "w-c"]})


@pytest.fixture(scope="module", params=["id", "en"])
def charts(request):
    lang = request.param
    return lang, {
        "benefits": plots.benefits_chart(CLAIMS, lang=lang, **CITE),
        "budget": plots.budget_chart(BUDGET, lang=lang, **CITE),
        "coverage": plots.coverage_chart(COVERAGE, lang=lang, **CITE),
    }


def test_no_text_overlaps_another_the_legend_or_the_axes(charts):
    lang, made = charts
    for name, fig in made.items():
        assert not layout_problems(fig), (lang, name)


def test_the_values_are_labelled(charts):
    lang, made = charts
    labels = [t.get_text() for ax in made["benefits"].axes for t in ax.texts]
    # five bars: 12,2 juta, 987 ribu (shown in full), 1,2 juta, 12.345 and 123,4 juta
    assert len(labels) == 5
    assert ("Rp12,2 juta" if lang == "id" else "IDR 12.2 million") in labels


def test_each_cost_label_starts_just_past_its_bar_or_its_range(charts):
    _, made = charts
    gaps = label_gaps(made["budget"])
    assert len(gaps) == len(BUDGET)
    for label, gap in gaps:
        assert 0 <= gap < 25, (label, gap)
