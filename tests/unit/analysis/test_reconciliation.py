"""ucj_data.analysis.reconciliation on small made-up figures: intervals, identities,
plausibility."""

from __future__ import annotations

import math

import pandas as pd
import pytest

import ucj_data
from tests.conftest import make_figures, row


def test_two_unrelated_values_conflict():
    figs = make_figures(
        ("a-vul", "3604", "vulnerable_enrolled", "2025", "100"),
        ("b-vul", "3604", "vulnerable_enrolled", "2025", "250"),
    )
    r = row(ucj_data.reconcile(figs), "3604", "vulnerable_enrolled", "2025")
    assert r["status"] == "conflict"
    assert math.isnan(r["value"])
    assert set(r["figure_ids_used"].split(";")) == {"a-vul", "b-vul"}
    assert pd.isna(r["figure_ids_set_aside"])
    assert "disagree" in r["reason"]


def test_rounded_value_agrees_with_the_precise_one():
    figs = make_figures(
        ("a", "3604", "active_participants", "2025-12-09", "461 ribu"),
        ("b", "3604", "active_participants", "2025-12-09", "461.234"),
    )
    r = row(ucj_data.reconcile(figs), "3604", "active_participants", "2025-12-09")
    # 461 ribu allows 460,500 to below 461,500, which holds 461,234
    assert (r["status"], r["value"]) == ("agreed", 461234)
    assert set(r["figure_ids_used"].split(";")) == {"a", "b"}


@pytest.mark.parametrize(
    ("text", "other", "status", "value"),
    [
        # '461 ribu' allows 460,500 up to, not including, 461,500 (which rounds to 462 ribu)
        ("461 ribu", "mencapai 460.500", "agreed", 460500),
        # 461.501, written to its ones digit, is exact and beyond 461,500
        ("461 ribu", "mencapai 461.501", "conflict", math.nan),
        # counts with no trailing zeros are exact; 50.87 allows 50.865 to below 50.875
        ("52.301", "52.302", "conflict", math.nan),
        ("50,87 persen", "50,88 persen", "conflict", math.nan),
        # 'mencapai' reads like a bare number: '461 ribu' allows 460,500 to below 461,500,
        # which holds 461,234 (the more precise value is kept)
        ("mencapai 461 ribu", "461.234", "agreed", 461234),
        # 'hampir 500 ribu' allows 475,000 (5% below) to below 500,000; '480.000' is rounded to
        # 10,000 (475,000 to below 485,000): they overlap; 480,000 has 2 significant digits
        ("hampir 500 ribu", "480.000", "agreed", 480000),
        # 470,123 < 475,000: more than 5% below
        ("hampir 500 ribu", "470.123", "conflict", math.nan),
        # 'kurang dari 500 ribu' allows anything below 500,000
        ("kurang dari 500 ribu", "499.999", "agreed", 499999),
        ("kurang dari 500 ribu", "500.001", "conflict", math.nan),
        ("kurang dari 500 ribu", "mencapai 500.001", "conflict", math.nan),
        # 'lebih dari 650 miliar' against exactly 650 miliar (written to the sen): not more
        ("lebih dari Rp650 miliar", "mencapai Rp650.000.000.000,00", "conflict", math.nan),
    ],
)
def test_qualifiers(text, other, status, value):
    indicator = "claims_paid_idr" if "Rp" in text else "active_participants"
    figs = make_figures(
        ("a", "3604", indicator, "2025", text), ("b", "3604", indicator, "2025", other)
    )
    r = row(ucj_data.reconcile(figs), "3604", indicator, "2025")
    assert r["status"] == status
    assert (math.isnan(r["value"]) and math.isnan(value)) or r["value"] == value


def test_reported_workforce_identity_and_tolerance():
    figs = make_figures(
        ("a", "3604", "active_participants", "2025", "600"),
        ("u", "3604", "uncovered_workers", "2025", "400"),
        ("w", "3604", "workforce", "2025", "1.010"),
    )
    dq = ucj_data.data_quality(figs)
    r = dq[dq["check"] == "active + uncovered = workforce"].iloc[0]
    # 600 + 400 = 1000 vs 1010 reported: 10 workers off; 0.1% of 1010 = 1.01 allowed
    assert (r["reported"], r["computed"], r["difference"]) == (1010, 1000, -10)
    assert r["tolerance"] == pytest.approx(1.01)
    assert not r["passed"]
    # with a tolerance of 1 percentage point, 1% of 1010 = 10.1 >= 10: passes
    dq = ucj_data.data_quality(figs, tolerance_pct=1)
    assert dq.loc[dq["check"] == "active + uncovered = workforce", "passed"].tolist() == [True]


def test_every_candidate_implausible_is_a_conflict():
    figs = make_figures(
        ("a", "3604", "active_participants", "2025", "600"),
        ("u", "3604", "uncovered_workers", "2025", "400"),
        ("v", "3604", "vulnerable_enrolled", "2025", "5.000"),
    )
    r = row(ucj_data.reconcile(figs), "3604", "vulnerable_enrolled", "2025")
    # 5,000 > 600 + 400 = 1,000 workers, and nothing else is left
    assert r["status"] == "conflict"
    assert r["figure_ids_used"] == "v"


@pytest.mark.parametrize("tolerance", [-0.1, 100, math.nan, math.inf, "0.1", True, None])
def test_bad_tolerance(tolerance):
    with pytest.raises(ValueError, match="tolerance_pct"):
        ucj_data.reconcile(make_figures(), tolerance_pct=tolerance)
    with pytest.raises(ValueError, match="tolerance_pct"):
        ucj_data.data_quality(make_figures(), tolerance_pct=tolerance)


def test_bad_figures():
    with pytest.raises(ValueError, match="lacks the column"):
        ucj_data.reconcile(pd.DataFrame({"figure_id": ["a"]}))
    with pytest.raises(ValueError, match="DataFrame"):
        ucj_data.reconcile("figures.csv")


# --- many figures for one key: the rules that keep reconcile linear -------------------


def coverage_family(active_texts: list[str], **others: str) -> pd.DataFrame:
    """Many active_participants figures for 3604, 2025, with one figure of each of
    ``others`` (indicator -> text): by default 386.317 uncovered of 786.702 workers and
    50,89 persen coverage, which only an active count of about 400.385 fits."""
    others = {
        "uncovered_workers": "386.317",
        "workforce": "786.702",
        "coverage_pct": "50,89 persen",
        **others,
    }
    rows = [
        (f"a{i:02d}", "3604", "active_participants", "2025", t) for i, t in enumerate(active_texts)
    ]
    rows += [(ind.split("_")[0], "3604", ind, "2025", t) for ind, t in others.items()]
    return make_figures(*rows)


# 29 exact counts (6 significant digits each), far from 400,385 and from each other
WRONG = [f"{v:,}".replace(",", ".") for v in range(300_001, 300_001 + 29 * 2_002, 2_002)]


def agree_rows(dq: pd.DataFrame) -> pd.DataFrame:
    return dq[dq["check"] == "sources agree"]


def test_thirty_figures_one_fits_the_identities_is_resolved():
    figs = coverage_family([*WRONG[:14], "400.385", *WRONG[14:]])
    out = ucj_data.reconcile_with_checks(figs)
    r = row(out["reconciled"], "3604", "active_participants", "2025")
    assert (r["status"], r["value"]) == ("resolved", 400_385)
    assert r["figure_ids_used"] == "a14"
    assert len(r["figure_ids_set_aside"].split(";")) == 29
    # the reason lists 10 of the 29 groups set aside, then says how many more
    assert "and 19 more groups of figures set aside" in r["reason"]
    assert "'400.385' = 400,385 (a14) fits every identity" in r["reason"]
    # 30 > PAIRWISE_MAX candidates: 'sources agree' compares each with the most precise
    # one (all have 6 significant digits: the first, a00), 29 rows instead of 435 pairs
    agree = agree_rows(out["data_quality"])
    assert len(agree) == 29
    assert all("a00" in ids.split(";") for ids in agree["figure_ids"])
    assert not agree["passed"].any()
    # the identities: one row per combination checked, here one per active group
    dq = out["data_quality"]
    assert (dq["check"] == "active + uncovered = workforce").sum() == 30


def test_many_disagreeing_figures_are_a_conflict():
    figs = make_figures(
        *[(f"v{i:02d}", "3604", "vulnerable_enrolled", "2025", t) for i, t in enumerate(WRONG)]
    )
    out = ucj_data.reconcile_with_checks(figs)
    r = row(out["reconciled"], "3604", "vulnerable_enrolled", "2025")
    assert r["status"] == "conflict"
    assert math.isnan(r["value"])
    assert len(r["figure_ids_used"].split(";")) == 29  # every figure named, none dropped
    assert "and 19 more figures" in r["reason"]
    agree = agree_rows(out["data_quality"])
    assert len(agree) == 28 and not agree["passed"].any()


def test_many_coverage_figures_none_or_two_fitting_are_a_conflict():
    r = row(ucj_data.reconcile(coverage_family(WRONG)), "3604", "active_participants", "2025")
    assert r["status"] == "conflict"
    assert "no combination of the figures fits the identities" in r["reason"]
    # 400.385 and 400.386 both fit (tolerance 0.1% of the workforce): nothing decides
    figs = coverage_family([*WRONG, "400.385", "400.386"])
    r = row(ucj_data.reconcile(figs), "3604", "active_participants", "2025")
    assert r["status"] == "conflict"
    assert "more than one of them fits the identities" in r["reason"]


def test_many_agreeing_figures():
    figs = make_figures(
        *[(f"r{i:02d}", "3604", "active_participants", "2025", "461 ribu") for i in range(20)],
        ("p", "3604", "active_participants", "2025", "461.234"),
    )
    out = ucj_data.reconcile_with_checks(figs)
    r = row(out["reconciled"], "3604", "active_participants", "2025")
    assert (r["status"], r["value"]) == ("agreed", 461_234)
    agree = agree_rows(out["data_quality"])
    # each rounded figure against the precise one: it is the computed value, they reported
    assert len(agree) == 20 and agree["passed"].all()
    assert (agree["computed"] == 461_234).all() and (agree["reported"] == 461_000).all()


@pytest.mark.parametrize(("n", "rows"), [(2, 1), (8, 28), (9, 8)])
def test_sources_agree_pairs_up_to_pairwise_max(n, rows):
    from ucj_data.analysis.reconciliation import PAIRWISE_MAX

    assert PAIRWISE_MAX == 8
    figs = make_figures(
        *[(f"v{i}", "3604", "vulnerable_enrolled", "2025", t) for i, t in enumerate(WRONG[:n])]
    )
    assert len(agree_rows(ucj_data.data_quality(figs))) == rows


def test_too_many_combinations_are_not_checked(monkeypatch):
    import ucj_data.analysis.reconciliation as module

    # 3 active groups x 2 coverage groups = 6 combinations, more than the bound of 4
    monkeypatch.setattr(module, "MAX_COMBINATIONS", 4)
    figs = coverage_family(["400.385", *WRONG[:2]], coverage_pct="50,89 persen")
    figs = pd.concat(
        [figs, make_figures(("c2", "3604", "coverage_pct", "2025", "40 persen"))], ignore_index=True
    )
    out = ucj_data.reconcile_with_checks(figs)
    for ind in ("active_participants", "coverage_pct"):
        r = row(out["reconciled"], "3604", ind, "2025")
        assert r["status"] == "conflict"
        assert "the identities were not checked: 6 combinations" in r["reason"]
        assert "more than the 4 checked at most" in r["reason"]
    assert row(out["reconciled"], "3604", "workforce", "2025")["status"] == "single"
    assert set(out["data_quality"]["check"]) == {"sources agree"}
    # within the bound, the same figures are resolved by the identities
    monkeypatch.setattr(module, "MAX_COMBINATIONS", 6)
    r = row(ucj_data.reconcile(figs), "3604", "active_participants", "2025")
    assert (r["status"], r["value"]) == ("resolved", 400_385)


def test_method_text_states_the_bounds():
    from ucj_data.analysis import reconciliation as module
    from ucj_data.metadata.methods import METHODS

    text = METHODS["reconcile"]
    assert f"at most {module.PAIRWISE_MAX}, and beyond that each figure" in text
    assert f"at most {module.MAX_COMBINATIONS:,} combinations" in text
    assert f"names at most {module.REASON_ITEMS} figures" in text


def test_a_count_and_a_share_that_contradict_each_other_are_a_conflict():
    # '0 persen' is at most 0.5% as rounded: 2 700 000 active would need at least
    # 2 700 000 x 100 / 0.5 = 540 000 000 workers, more than Indonesia's 146.54 million
    figs = make_figures(("a", "36", "active_participants", "2025", "2,7 juta"),
                        ("c", "36", "coverage_pct", "2025", "0 persen"),
                        ("c2", "36", "coverage_pct", "2025", "42,9 persen"))
    dq = ucj_data.data_quality(figs)
    checks = dq[dq["check"] == "active agrees with coverage"].set_index("figure_ids")
    assert checks.at["a;c", "reported"] == pytest.approx(540_000_000)
    assert not checks.at["a;c", "passed"]
    # with 42,9 persen (at most 42.95%): 2 700 000 x 100 / 42.95 = 6 286 379.5 workers
    assert checks.at["a;c2", "passed"]
    row = ucj_data.reconcile(figs).set_index("indicator").loc["coverage_pct"]
    # only 42,9 persen fits: the 0 persen figure is set aside, with the check named
    assert row["status"] == "resolved" and row["figure_ids_set_aside"] == "c"
    assert "active agrees with coverage" in row["reason"]


def test_zero_active_goes_with_zero_coverage_only():
    figs = make_figures(("a", "36", "active_participants", "2025", "0"),
                        ("c", "36", "coverage_pct", "2025", "12 persen"))
    dq = ucj_data.data_quality(figs)
    assert dq.loc[dq["check"] == "active agrees with coverage", "passed"].tolist() == [False]
