"""The committed tables: parsed as written, with their units and quotes."""

from __future__ import annotations

import pandas as pd

import ucj_data
from ucj_data.metadata.tables import TABLES
from ucj_data.metadata.vocabularies import INDICATORS
from ucj_data.pipeline import outputs


def test_every_output_is_a_defined_table_with_exactly_its_columns():
    for name, frame in outputs(ucj_data.load()).items():
        assert name in TABLES, name
        assert list(frame.columns) == list(TABLES[name].fields), name


def test_every_indicator_in_figures_is_defined_and_documented():
    used = set(ucj_data.figures()["indicator"])
    assert used <= set(INDICATORS)
    assert all(INDICATORS[i].description for i in used)


def by_id(frame: pd.DataFrame) -> pd.DataFrame:
    return frame.set_index("figure_id")


def test_serang_figures_are_parsed_as_written():
    f = by_id(ucj_data.figures())
    # '400.385' -> 400 385 people; '461 ribu' -> 461 x 1000; kept side by side
    assert f.at["kalimati-serang-active", "value"] == 400_385
    assert f.at["msn-serang-active", "value"] == 461_000
    assert f.at["msn-serang-active", "flag"] == "disagrees"
    # 'Rp650,459 miliar' = 650,459 x 10^9 = 650 459 000 000
    assert f.at["msn-serang-claims", "value"] == 650_459_000_000
    assert f.at["msn-serang-claims", "unit"] == "IDR"
    # 'lebih dari Rp650 miliar': a lower bound, 650 x 10^9
    assert f.at["fokustv-serang-claims", "qualifier"] == "lebih dari"
    assert f.at["fokustv-serang-claims", "value"] == 650_000_000_000
    # '21.234' against '21.234.000': both kept, the second flagged
    assert f.at["kalimati-serang-vulnerable", "value"] == 21_234
    assert f.at["fokustv-serang-vulnerable", "value"] == 21_234_000
    assert f.at["fokustv-serang-vulnerable", "flag"] == "implausible"


def test_doubtful_unit_is_kept_as_written():
    f = by_id(ucj_data.figures())
    row = f.loc["banten-ucj-sosek-sertakan"]
    # 'sekitar Rp6.800 per hari' stays per day, flagged, not "corrected" to per month
    assert (row["value"], row["unit"], row["qualifier"], row["flag"]) == (
        6800, "IDR/day", "sekitar", "doubtful_unit")


def test_percentages_and_counts_have_their_units():
    f = ucj_data.figures()
    pct = f[f["indicator"].str.endswith("_pct")]
    assert set(pct["unit"]) == {"percent"}
    assert pct["value"].between(0, 100).all()
    counts = f[f["indicator"].isin(["active_participants", "uncovered_workers",
                                    "claim_recipients", "vulnerable_enrolled"])]
    assert set(counts["unit"]) == {"persons"}
    assert (counts["value"] % 1 == 0).all()


def test_every_figure_quote_is_verbatim_in_its_seed():
    t = ucj_data.load()
    seed = dict(zip(t.sources["source_id"], t.sources["file"].map(t.seeds), strict=True))
    for row in t.figures.itertuples():
        assert row.quote in seed[row.source_id], row.figure_id
        assert row.value_text in row.quote, row.figure_id


def test_sources_leave_unstated_fields_empty():
    s = ucj_data.sources().set_index("source_id")
    # the Kalimati dateline says '9 Desember' without a year: no event_date is guessed
    assert pd.isna(s.at["kalimati-serang", "event_date"])
    # the Banten page names no outlet
    assert pd.isna(s.at["banten-ucj-sosek", "outlet"])
    assert s.at["msn-serang", "event_date"] == "2025-12-09"


def test_regions_carry_bps_codes_as_text():
    r = ucj_data.regions().set_index("region_code")
    assert r.at["3604", "name"] == "Kabupaten Serang"
    assert r.at["3604", "parent_code"] == "36"
    assert r.at["1871", "level"] == "city"
    assert r.at["00", "level"] == "country"


def test_loaded_tables_cannot_be_changed_from_outside():
    first = ucj_data.load()
    first.figures.loc[:, "value"] = -1.0
    first.seeds.clear()
    mine = ucj_data.figures()
    mine.loc[:, "value_text"] = "changed"
    again = ucj_data.load()
    assert (again.figures["value"] >= 0).all()
    assert again.seeds and not (again.figures["value_text"] == "changed").any()
