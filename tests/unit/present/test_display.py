"""Tables formatted for reading, by the unit of each field."""

from __future__ import annotations

import pandas as pd

from ucj_data.present.display import readable


def test_units_decide_the_format():
    frame = pd.DataFrame({"workforce": [786_702.0], "coverage_pct": [50.87],
                          "yearly_cost_idr": [4_280_774_400.0], "region_code": ["3604"],
                          "churn": [0.05]})
    out = readable(frame)
    # persons with thousands dots; percent with a decimal comma; Rupiah as written in Indonesia
    assert out.loc[0, "workforce"] == "786.702"
    assert out.loc[0, "coverage_pct"] == "50,87%"
    assert out.loc[0, "yearly_cost_idr"] == "Rp4.280.774.400"
    # fields without a unit are left alone
    assert out.loc[0, "region_code"] == "3604" and out.loc[0, "churn"] == 0.05
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
