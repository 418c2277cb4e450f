"""Tables formatted for reading, by the unit of each field."""

from __future__ import annotations

import pandas as pd

from ucj_data.present.display import readable, show


def test_units_decide_the_format():
    frame = pd.DataFrame({"workforce": [786_702.0], "coverage_pct": [50.87],
                          "yearly_cost_idr": [4_280_774_400.0], "region_code": ["3604"],
                          "churn": [0.05], "months": [12]})
    out = readable(frame)
    # persons with thousands dots; percent with a decimal comma; Rupiah as written in Indonesia
    assert out.loc[0, "workforce"] == "786.702"
    assert out.loc[0, "coverage_pct"] == "50,87%"
    assert out.loc[0, "yearly_cost_idr"] == "Rp4.280.774.400"
    # a fraction as a percentage: 0,05 churn is 5% a year
    assert out.loc[0, "churn"] == "5%"
    # fields without a unit are left alone
    assert out.loc[0, "region_code"] == "3604" and out.loc[0, "months"] == 12
    # the input is not changed
    assert frame.loc[0, "workforce"] == 786_702.0


def test_english_and_compact():
    frame = pd.DataFrame({"claims_paid_idr": [650_459_000_000.0], "workers": [21_234.0]})
    out = readable(frame, lang="en", compact=True)
    assert out.loc[0, "claims_paid_idr"] == "IDR 650.5 billion"
    assert out.loc[0, "workers"] == "21,234"


def test_percentages_take_as_few_decimals_as_they_need():
    # one rule for tables and charts (ucj_data.text.units): 42.9 is written as reported,
    # not padded to 42,90; 50.8943 is rounded to two decimals, half up: 50,89
    frame = pd.DataFrame({"coverage_pct": [42.9, 50.8943, 99.5, 100.0]})
    assert readable(frame)["coverage_pct"].tolist() == ["42,9%", "50,89%", "99,5%", "100%"]


def test_workers_to_enrol_are_rounded_up_once_by_the_rule_of_units():
    # ucj_data.text.units.WORKERS_TO_ENROL: whole workers, rounded up (whole_workers);
    # 382.383,49 workers do not reach the target, 382.384 do; float noise adds none
    frame = pd.DataFrame({"net_new": [382_383.49, 95_595.0000000001, float("nan")],
                          "enrol_gross": [19_119.17, 1.0, 2.5],
                          "covered": [19_119.17, 1.0, 2.5]})
    out = readable(frame)
    assert out["net_new"].tolist() == ["382.384", "95.595", "–"]
    assert out["enrol_gross"].tolist() == ["19.120", "1", "3"]
    # other counts of people keep the usual rounding (half up)
    assert out["covered"].tolist() == ["19.119", "1", "3"]


def test_the_fields_that_count_workers_to_enrol_are_named_once():
    from ucj_data.text.units import WORKERS_TO_ENROL, counts_workers_to_enrol

    assert {"net_new", "enrol_gross", "newly_covered", "workers_to_target",
            "lapsed"} == WORKERS_TO_ENROL
    assert counts_workers_to_enrol("enrol_gross_low")
    assert counts_workers_to_enrol("lapsed") and not counts_workers_to_enrol("workforce")


def test_show_writes_every_value_for_readers_in_one_language():
    from ucj_data.present.display import show

    frame = pd.DataFrame({"region_name": ["Kabupaten Serang", "Banten"],
                          "value": [461_000.0, 50.87], "unit": ["persons", "percent"],
                          "passed": [True, False], "figure_ids": ["a;b", None],
                          "ratio": [0.05, 1e-7]})
    en = show(frame, "en").frame
    # headers are the fields' labels; each value by the unit of its own row; no 4.61e+05
    assert list(en.columns)[:2] == ["Region", "Value"]
    assert en.iloc[:, 1].tolist() == ["461,000", "50.87%"]
    assert en.iloc[:, 3].tolist() == ["yes", "no"]
    assert en.iloc[:, 4].tolist() == ["a; b", "–"]  # id lists can wrap; missing: a dash
    # a number of no field: at most two decimals, never 1e-07
    assert en.iloc[:, 5].tolist() == ["0.05", "0"]
    id_ = show(frame, "id").frame
    assert id_.iloc[:, 1].tolist() == ["461.000", "50,87%"] and id_.iloc[0, 3] == "ya"
    assert list(id_.columns)[0] == "Wilayah"


def test_show_has_no_index_and_escapes_html():
    from ucj_data.present.display import show

    table = show(pd.DataFrame({"note": ["<b>x</b> " * 5, "ok"]}, index=[7, 9]), "en")
    html = table._repr_html_()
    assert "&lt;b&gt;" in html and "<b>" not in html
    assert ">7<" not in html and ">9<" not in html  # the index is left out
    assert '<td class="short">ok</td>' in html  # short values stay on one line
    assert repr(table).splitlines()[0].strip() == "Curator's note"


def test_a_missing_nullable_integer_is_written_as_a_missing_float():
    frame = pd.DataFrame({"workers_to_target": pd.array([1, None], dtype="Int64"),
                          "coverage_pct": [1.5, float("nan")]})
    out = readable(frame)
    assert out["workers_to_target"].tolist()[1] == out["coverage_pct"].tolist()[1]


def test_show_writes_years_without_digit_grouping():
    from ucj_data.present.display import show

    frame = pd.DataFrame({"year": [2026], "target_year": [2045], "workers": [2045.0]})
    # a year is 2045 in both languages; a count of 2045 workers is grouped
    assert show(frame, "id").frame.iloc[0].tolist() == ["2026", "2045", "2.045"]
    assert show(frame, "en").frame.iloc[0].tolist() == ["2026", "2045", "2,045"]


def test_a_difference_of_percentages_is_in_percentage_points():
    from ucj_data.present.display import show

    # 54,41% computed - 50,87% reported = 3,54 points, not 3,54%; a count's stays a count
    frame = pd.DataFrame({"reported": [50.87, 461_000.0], "computed": [54.41, 400_385.0],
                          "difference": [3.54, -60_615.0], "tolerance": [0.1, 500.0],
                          "unit": ["percent", "persons"]})
    en, id_ = show(frame, "en").frame, show(frame, "id").frame
    assert en.iloc[:, 0].tolist() == ["50.87%", "461,000"]
    assert en.iloc[:, 2].tolist() == ["3.54 pp", "-60,615"]
    assert en.iloc[:, 3].tolist() == ["0.1 pp", "500"]
    assert id_.iloc[:, 2].tolist() == ["3,54 poin", "-60.615"]



def test_an_indonesian_table_leaves_the_curators_english_notes_out():
    frame = pd.DataFrame({"figure_id": ["a"], "note": ["Kept as written and flagged."],
                          "release": ["Active participants, as reported"]})
    english, indonesian = show(frame, "en").frame, show(frame, "id").frame
    # English keeps the note and the release description; Indonesian shows the id alone
    assert english.iloc[0].tolist() == ["a", "Kept as written and flagged.",
                                        "Active participants, as reported"]
    assert indonesian.iloc[0].tolist() == ["a"]
