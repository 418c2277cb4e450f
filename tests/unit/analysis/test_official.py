"""ucj_data.analysis.official and periods (denominators, coverage_history, target_realism,
coverage against official denominators) on small made-up tables."""

from __future__ import annotations

import math

import pandas as pd
import pytest

import ucj_data
from tests.conftest import NO_STATISTICS, make_figures
from ucj_data.analysis.periods import month_scale, nearest

REGIONS = pd.DataFrame({"region_code": ["00", "36", "3604", "18"],
                        "name": ["Indonesia", "Banten", "Kabupaten Serang", "Lampung"],
                        "level": ["country", "province", "regency", "province"],
                        "parent_code": [None, "00", "36", "00"]})


def make_statistics(*rows: tuple[str, str, str, str, float]) -> pd.DataFrame:
    """A statistics frame from (statistic_id, region_code, indicator, period, value)."""
    return pd.DataFrame(rows, columns=["statistic_id", "region_code", "indicator", "period",
                                       "value"])


STATS = make_statistics(
    ("emp-2024-08", "36", "employed_persons", "2024-08", 5_800_000.0),
    ("emp-2025-08", "36", "employed_persons", "2025-08", 5_760_000.0),
    ("lf-2025-08", "36", "labour_force", "2025-08", 6_170_000.0),
    ("act-2023-12", "36", "active_participants", "2023-12", 2_631_601.0),
)
FIGURES = make_figures(
    ("b-active", "36", "active_participants", "2025-11-03", "sekitar 2,7 juta"),
    ("b-cov", "36", "coverage_pct", "2025-11-03", "42,9 persen"),
    ("s-active", "3604", "active_participants", "2025-12-09", "400.385"),
    ("s-uncov", "3604", "uncovered_workers", "2025-12-09", "386.317"),
)


def test_month_scale_puts_a_year_at_its_middle_and_a_day_at_its_month():
    assert month_scale("2025-08") == 2025 * 12 + 7
    assert month_scale("2025-11-03") == month_scale("2025-11")
    assert month_scale("2025") == 2025 * 12 + 5.5


def test_nearest_takes_the_closest_period_and_on_a_tie_the_earlier():
    stats = make_statistics(("feb", "36", "employed_persons", "2025-02", 1.0),
                            ("aug", "36", "employed_persons", "2025-08", 2.0))
    assert nearest(stats, "36", "employed_persons", "2025-07")["statistic_id"] == "aug"
    # May is three months from February and from August: the earlier wins
    assert nearest(stats, "36", "employed_persons", "2025-05")["statistic_id"] == "feb"
    # a year sits at its middle, 2025-06/07: nearer August (1.5 months) than February
    assert nearest(stats, "36", "employed_persons", "2025")["statistic_id"] == "aug"
    assert nearest(stats, "18", "employed_persons", "2025") is None


def test_reported_denominator_names_itself_and_its_period():
    cov = ucj_data.coverage(FIGURES, statistics=NO_STATISTICS,
                            regions=REGIONS).set_index("region_code")
    assert (cov["denominator"] == "reported").all()
    assert (cov["denominator_period"] == cov["period"]).all()
    assert cov["statistic_ids"].isna().all()
    # 2,7 juta / 42,9% = 6.293.706,29...
    assert cov.at["36", "workforce"] == pytest.approx(2_700_000 / 0.429)


def test_employed_denominator_uses_the_nearest_statistic():
    cov = ucj_data.coverage(FIGURES, statistics=STATS, regions=REGIONS,
                            denominator="employed").set_index("region_code")
    b = cov.loc["36"]
    # 2025-11-03 is 3 months after 2025-08 and 15 after 2024-08
    assert b["denominator_period"] == "2025-08"
    assert b["statistic_ids"] == "emp-2025-08"
    assert b["workforce_method"] == "statistic"
    assert b["workforce"] == 5_760_000
    # 100 x 2.700.000 / 5.760.000 = 46,875%
    assert b["coverage_pct"] == pytest.approx(46.875)
    # 'sekitar 2,7 juta' allows 2.650.000 to 2.750.000: 46,007% to 47,743%
    assert b["coverage_pct_low"] == pytest.approx(100 * 2_650_000 / 5_760_000)
    assert b["coverage_pct_high"] == pytest.approx(100 * 2_750_000 / 5_760_000)
    # ceil(0,995 x 5.760.000 - 2.700.000) = 5.731.200 - 2.700.000 = 3.031.200
    assert b["workers_to_target"] == 3_031_200
    assert b["uncovered_workers"] == pytest.approx(3_060_000)
    # only the active figure is used: the reported coverage is not
    assert b["figure_ids"] == "b-active"


def test_labour_force_denominator():
    b = ucj_data.coverage(FIGURES, statistics=STATS, regions=REGIONS,
                          denominator="labour_force").set_index("region_code").loc["36"]
    assert b["statistic_ids"] == "lf-2025-08"
    # 100 x 2.700.000 / 6.170.000 = 43,7601...%
    assert b["coverage_pct"] == pytest.approx(100 * 2.7 / 6.17)


def test_a_region_without_the_statistic_keeps_its_row_empty():
    s = ucj_data.coverage(FIGURES, statistics=STATS, regions=REGIONS,
                          denominator="employed").set_index("region_code").loc["3604"]
    assert s["target_status"] == "no_denominator"
    assert s["active_participants"] == 400_385
    assert math.isnan(s["coverage_pct"]) and math.isnan(s["workforce"])
    assert pd.isna(s["workers_to_target"]) and pd.isna(s["denominator_period"])


def test_bad_denominator_is_a_parameter_error():
    with pytest.raises(ucj_data.ParameterError,
                       match="^denominator must be one of reported, employed, labour_force; "
                             "got 'workforce'$"):
        ucj_data.coverage(FIGURES, denominator="workforce")


def test_denominators_beside_the_nearest_bps_counts():
    figs = pd.concat([FIGURES, make_figures(
        ("l-t", "18", "target_coverage_pct", "2025", "38,39%"),
        ("l-a", "18", "target_active_participants", "2025", "1.149.447"))],
        ignore_index=True)
    stats = pd.concat([STATS, make_statistics(
        ("l-emp", "18", "employed_persons", "2025-08", 4_853_380.0))], ignore_index=True)
    out = ucj_data.denominators(figs, statistics=stats, regions=REGIONS)
    out = out.set_index(["region_code", "implied_basis"])
    b = out.loc[("36", "active / coverage")]
    assert b["implied_workforce"] == pytest.approx(2_700_000 / 0.429)  # 6.293.706,29
    assert b["employed_period"] == "2025-08" and b["labour_force_period"] == "2025-08"
    # 6.293.706,29 / 5.760.000 = 1,09266
    assert b["implied_to_employed"] == pytest.approx(2_700_000 / 0.429 / 5_760_000)
    assert b["statistic_ids"] == "emp-2025-08;lf-2025-08"
    lam = out.loc[("18", "target active / target coverage")]
    # 1.149.447 / 0,3839 = 2.994.131,28
    assert lam["implied_workforce"] == pytest.approx(2_994_131.28, abs=0.01)
    assert math.isnan(lam["labour_force"]) and pd.isna(lam["labour_force_period"])
    assert lam["figure_ids"] == "l-a;l-t"
    # Serang's workforce is reported as active + uncovered: it implies nothing
    assert "3604" not in out.index.get_level_values(0)


def test_coverage_history_keeps_both_kinds_of_source():
    out = ucj_data.coverage_history(FIGURES, statistics=STATS, regions=REGIONS)
    banten = out[out["region_code"] == "36"]
    assert banten["period"].tolist() == ["2023-12", "2025-11-03"]
    assert banten["source_kind"].tolist() == ["official", "seed"]
    assert banten["calendar_month"].tolist() == [12, 11]
    assert banten["statistic_ids"].tolist()[0] == "act-2023-12"
    assert banten["figure_ids"].tolist()[1] == "b-active"
    assert banten["region_name"].eq("Banten").all()


def test_target_realism_against_the_growth_achieved():
    history = pd.DataFrame({
        "region_code": ["18", "18"], "period": ["2023-12", "2025-12"],
        "source_kind": ["official", "official"], "active_participants": [100.0, 121.0],
        "figure_ids": [None, None], "statistic_ids": ["a", "b"]})
    figs = make_figures(("t-27", "18", "target_active_participants", "2027", "140"),
                        ("t-30", "18", "target_active_participants", "2030", "1.000"),
                        ("t-25", "18", "target_active_participants", "2025", "200"))
    out = ucj_data.target_realism(figs, history, statistics=STATS, regions=REGIONS)
    out = out.set_index("target_year")
    # 100 -> 121 in two years: (1,21)^(1/2) - 1 = 10% a year
    assert out["achieved_growth"].tolist() == pytest.approx([0.1] * 3)
    # 121 -> 140 from 2025-12 to 2027-12: (140 / 121)^(1/2) - 1 = 7,56% a year
    assert out.at[2027, "needed_growth"] == pytest.approx((140 / 121) ** 0.5 - 1)
    assert out.at[2027, "realism"] == "on_track"
    # 121 -> 1.000 in five years: (1000 / 121)^(1/5) - 1 = 52,6% a year
    assert out.at[2030, "needed_growth"] == pytest.approx((1000 / 121) ** 0.2 - 1)
    assert out.at[2030, "realism"] == "faster_than_achieved"
    assert out.at[2025, "realism"] == "target_date_passed"
    assert out.at[2030, "statistic_ids"] == "a;b"
    assert out.at[2030, "previous_period"] == "2023-12"


def test_a_percentage_target_counts_on_employed_persons():
    history = pd.DataFrame({
        "region_code": ["36"], "period": ["2025-08"], "source_kind": ["official"],
        "active_participants": [2_000_000.0], "figure_ids": [None], "statistic_ids": ["x"]})
    figs = make_figures(("t", "36", "target_coverage_pct", "2045", "99,5 persen"))
    r = ucj_data.target_realism(figs, history, statistics=STATS, regions=REGIONS).iloc[0]
    assert r["target_basis"] == "coverage_pct x employed"
    # 0,995 x 5.760.000 = 5.731.200
    assert r["target_active_participants"] == 5_731_200
    assert r["realism"] == "no_trend"
    assert r["statistic_ids"] == "emp-2025-08;x"


def test_a_trend_is_read_only_within_one_publisher_and_never_from_an_unconfirmed_count():
    # BPS counts 100 (2023-12) and 121 (2025-12); Kemnaker's 500 (2024-12) is another base,
    # and BPS's own 300 of 2025-06 was never confirmed
    history = pd.DataFrame({
        "region_code": ["18"] * 4, "period": ["2023-12", "2024-12", "2025-06", "2025-12"],
        "source_kind": ["official"] * 4, "publisher": ["BPS", "Kemnaker", "BPS", "BPS"],
        "confidence": ["M", "H", "U", "M"], "active_participants": [100.0, 500.0, 300, 121],
        "figure_ids": [None] * 4, "statistic_ids": ["a", "q", "u", "b"]})
    figs = make_figures(("t", "18", "target_active_participants", "2027", "140"))
    r = ucj_data.target_realism(figs, history, statistics=STATS, regions=REGIONS).iloc[0]
    # BPS alone: 100 -> 121 in two years, (1,21)^(1/2) - 1 = 10% a year
    assert r["previous_period"] == "2023-12" and r["achieved_growth"] == pytest.approx(0.1)
    assert r["publisher"] == "BPS" and r["realism"] == "on_track"
    # with BPS's earlier count gone, Kemnaker's is the only earlier one: no growth across publishers
    r = ucj_data.target_realism(figs, history[history["statistic_ids"] != "a"],
                                statistics=STATS, regions=REGIONS).iloc[0]
    assert r["realism"] == "not_comparable" and math.isnan(r["achieved_growth"])
