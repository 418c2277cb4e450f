"""Tests for ucj_data.coverage: workforce, uncovered workers and workers to the target.

Expected numbers are worked out by hand in the comments.
"""

from __future__ import annotations

import csv
import math
import shutil
from pathlib import Path

import pandas as pd
import pytest

import ucj_data
from tests.conftest import make_figures
from ucj_data.io.raw import ROOT


@pytest.fixture(scope="module")
def cov() -> pd.DataFrame:
    return ucj_data.coverage().set_index("region_code")


def test_serang(cov):
    r = cov.loc["3604"]
    assert r["period"] == "2025-12-09"
    assert r["active_participants"] == 400385
    assert r["coverage_pct"] == 50.87
    # workforce = 400,385 + 386,317 = 786,702
    assert r["workforce"] == 786702
    assert r["workforce_method"] == "active + uncovered"
    assert r["uncovered_workers"] == 386317
    # 0.995 * 786,702 = 786,702 - 3,933.51 = 782,768.49 -> 782,769; - 400,385 = 382,384
    assert r["target_pct"] == 99.5
    assert r["workers_to_target"] == 382384
    ids = set(r["figure_ids"].split(";"))
    assert {"kalimati-serang-active", "kalimati-serang-uncovered"} <= ids
    assert "msn-serang-active" not in ids  # set aside by reconcile


def test_banten_from_a_rounded_count_and_a_percentage(cov):
    r = cov.loc["36"]
    # 2,700,000 / 0.429: 0.429 * 6,293,706 = 2,699,999.874, rest 0.126 / 0.429 = 0.2937
    assert r["workforce"] == pytest.approx(6_293_706.2937, abs=1e-3)
    assert r["workforce_method"] == "active / coverage"
    # 6,293,706.2937 - 2,700,000
    assert r["uncovered_workers"] == pytest.approx(3_593_706.2937, abs=1e-3)
    # 0.995 * 6,293,706.2937 = 6,293,706.2937 - 31,468.5315 = 6,262,237.7622 -> 6,262,238
    # - 2,700,000 = 3,562,238
    assert r["workers_to_target"] == 3_562_238
    assert set(r["figure_ids"].split(";")) == {
        "banten-ucj-sosek-active",
        "banten-ucj-sosek-coverage",
    }


def test_regions_with_only_targets_have_no_row(cov):
    assert set(cov.index) == {"36", "3604"}  # not Lampung (18): targets only


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        (100, 386317),  # 786,702 - 400,385: everyone uncovered
        (50, 0),  # 0.5 * 786,702 = 393,351 < 400,385 already active: never below 0
        # 0.509 * 786,702 = 393,351 + 7,080.318 = 400,431.318 -> 400,432; - 400,385 = 47
        (50.9, 47),
    ],
)
def test_target_pct(target, expected):
    r = ucj_data.coverage(target_pct=target).set_index("region_code").loc["3604"]
    assert r["target_pct"] == target
    assert r["workers_to_target"] == expected


def test_latest_period_and_other_workforce_methods():
    figs = make_figures(
        ("old-a", "3604", "active_participants", "2024-06-30", "300.000"),
        ("old-w", "3604", "workforce", "2024-06-30", "700.000"),
        ("new-c", "3604", "coverage_pct", "2025-06-30", "60 persen"),
        ("new-u", "3604", "uncovered_workers", "2025-06-30", "300.000"),
        ("new-p", "3604", "uncovered_pct", "2025-06-30", "40 persen"),
    )
    r = ucj_data.coverage(reconciled=ucj_data.reconcile(figs)).iloc[0]
    # latest period 2025-06-30; workforce = 300,000 * 100 / 40 = 750,000
    assert r["period"] == "2025-06-30"
    assert r["workforce_method"] == "uncovered / uncovered_pct"
    assert r["workforce"] == 750_000
    # active = 60% of 750,000 = 450,000; 0.995 * 750,000 = 746,250 - 450,000 = 296,250
    assert r["active_participants"] == pytest.approx(450_000)
    assert r["workers_to_target"] == 296_250


def _append_csv(path: Path, row: dict) -> None:
    with path.open(newline="", encoding="utf-8") as f:
        header = next(csv.reader(f))
    with path.open("a", newline="", encoding="utf-8") as f:
        csv.DictWriter(f, fieldnames=header, lineterminator="\n").writerow(row)


def test_a_new_region_added_to_the_raw_data(tmp_path):
    shutil.copytree(ROOT / "data" / "raw", tmp_path / "data" / "raw")
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    text = (
        "Di Kota Cilegon sebanyak 123.456 pekerja aktif atau 61,73 persen dari "
        "200.000 pekerja telah terlindungi."
    )
    (tmp_path / "seeds" / "900_test_cilegon.txt").write_text(text, encoding="utf-8")
    raw = tmp_path / "data" / "raw"
    _append_csv(
        raw / "sources.csv",
        {"source_id": "test-cilegon", "file": "900_test_cilegon.txt", "language": "id"},
    )
    _append_csv(
        raw / "regions.csv",
        {"region_code": "3672", "name": "Kota Cilegon", "level": "city", "parent_code": "36"},
    )
    for fid, indicator, value_text in [
        ("test-cilegon-active", "active_participants", "123.456"),
        ("test-cilegon-coverage", "coverage_pct", "61,73 persen"),
        ("test-cilegon-workforce", "workforce", "200.000"),
    ]:
        _append_csv(
            raw / "figures.csv",
            {
                "figure_id": fid,
                "source_id": "test-cilegon",
                "region_code": "3672",
                "indicator": indicator,
                "period": "2025-10-01",
                "value_text": value_text,
                "quote": text,
            },
        )
    tables = ucj_data.load(tmp_path)
    reconciled = ucj_data.reconcile(tables.figures)
    r = ucj_data.coverage(reconciled=reconciled).set_index("region_code").loc["3672"]
    assert r["workforce_method"] == "reported"
    assert r["workforce"] == 200_000
    # uncovered = 200,000 - 123,456 = 76,544
    assert r["uncovered_workers"] == 76_544
    # 0.995 * 200,000 = 199,000 - 123,456 = 75,544
    assert r["workers_to_target"] == 75_544
    # 100 * 123,456 / 200,000 = 61.728% vs 61.73 reported: within 0.1 pp
    dq = ucj_data.data_quality(tables.figures)
    check = dq[(dq["region_code"] == "3672") & (dq["check"] == "active / workforce = coverage")]
    assert check["computed"].tolist() == [pytest.approx(61.728)]
    assert check["passed"].tolist() == [True]


@pytest.mark.parametrize("target", [0, -5, 100.01, math.nan, math.inf, "99.5", None, True])
def test_bad_target(target):
    with pytest.raises(ValueError, match="target_pct"):
        ucj_data.coverage(target_pct=target)


def test_bad_reconciled():
    with pytest.raises(ValueError, match="DataFrame"):
        ucj_data.coverage(reconciled=[1, 2])
    with pytest.raises(ValueError, match="lacks the column"):
        ucj_data.coverage(reconciled=pd.DataFrame({"region_code": ["36"]}))
