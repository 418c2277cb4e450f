"""ucj_data.analysis.claims on small made-up figures."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

import ucj_data
from tests.conftest import make_figures


@pytest.fixture(scope="module")
def claims() -> pd.DataFrame:
    return ucj_data.claim_benefits().set_index(["region_code", "period"])


def test_active_participants_of_the_same_year_only():
    figs = make_figures(
        ("c24", "3604", "claims_paid_idr", "2024", "Rp1 miliar"),
        ("r24", "3604", "claim_recipients", "2024", "400"),
        ("c25", "3604", "claims_paid_idr", "2025", "Rp3 miliar"),
        ("a25-jun", "3604", "active_participants", "2025-06-30", "1.000"),
        ("a25-dec", "3604", "active_participants", "2025-12-31", "1.200"),
    )
    out = ucj_data.claim_benefits(figures=figs).set_index("period")
    # 2024: 1,000,000,000 / 400 = 2,500,000 per recipient; no active participants in 2024
    assert out.loc["2024", "benefit_per_recipient_idr"] == 2_500_000
    assert math.isnan(out.loc["2024", "benefit_per_active_participant_idr"])
    # 2025: the latest active count of 2025 (1,200): 3,000,000,000 / 1,200 = 2,500,000
    assert out.loc["2025", "benefit_per_active_participant_idr"] == 2_500_000
    assert math.isnan(out.loc["2025", "benefit_per_recipient_idr"])
    # every id once, sorted (ucj_data.provenance.join_ids)
    assert out.loc["2025", "figure_ids"] == "a25-dec;c25"


def test_single_benefits_from_own_figures():
    figs = make_figures(("x", "3604", "benefit_paid_idr", "2025-01-02", "Rp 10.000.000"))
    figs["note"] = ["Paid from JKK, then JP; JKK again."]
    figs["quote"] = ["santunan Rp 10.000.000"]
    out = ucj_data.single_benefits(figs)
    assert out["comprises"].tolist() == ["JKK, JP"]  # in order, once each
    assert out["scholarship_children"].isna().all()


def test_a_scholarship_is_a_code_and_its_children_a_number():
    figs = make_figures(("x", "3604", "benefit_paid_idr", "2025-01-02", "Rp 10.000.000"),
                        ("y", "3604", "benefit_paid_idr", "2025-01-03", "Rp 5.000.000"))
    figs["note"] = ["JKM with a scholarship for three children.", "JHT and scholarships for 4 "
                    "children."]
    figs["quote"] = ["santunan Rp 10.000.000", "santunan Rp 5.000.000"]
    out = ucj_data.single_benefits(figs)
    # no English words in the table: 'beasiswa' is the programme's own name
    assert out["comprises"].tolist() == ["JKM, beasiswa", "JHT, beasiswa"]
    assert out["scholarship_children"].tolist() == [3, 4]


def test_bad_parameters():
    with pytest.raises(ValueError, match="DataFrame"):
        ucj_data.claim_benefits(reconciled="reconciled.csv")
    with pytest.raises(ValueError, match="DataFrame"):
        ucj_data.claim_benefits(figures={"a": 1})
    with pytest.raises(ValueError, match="DataFrame"):
        ucj_data.single_benefits(figures=[])


def test_no_recipients_give_no_benefit_per_recipient_not_an_infinite_one():
    figs = make_figures(
        ("r", "3604", "claim_recipients", "2025", "0"),
        ("c24", "3604", "claims_paid_idr", "2024", "Rp1 miliar"),
        ("r24", "3604", "claim_recipients", "2024", "400"),
        ("a24", "3604", "active_participants", "2024", "0"),
    )
    out = ucj_data.claim_benefits(figures=figs).set_index("period")
    # 2025: 0 recipients and no claims figure: no benefit per recipient
    assert out.loc["2025", "claim_recipients"] == 0
    assert math.isnan(out.loc["2025", "benefit_per_recipient_idr"])
    # 2024: 1.000.000.000 / 400 = 2.500.000 per recipient; per active participant:
    # 1.000.000.000 / 0 active would be inf, so it is empty, and its range too
    assert out.loc["2024", "benefit_per_recipient_idr"] == 2_500_000
    for column in ("benefit_per_active_participant_idr", "benefit_per_active_participant_idr_low",
                   "benefit_per_active_participant_idr_high"):
        assert math.isnan(out.loc["2024", column]), column
    numbers = out.select_dtypes("number").to_numpy(dtype=float)
    assert not np.isinf(numbers).any()


def test_claims_paid_to_no_one_are_refused_naming_the_figures():
    figs = make_figures(("c", "3604", "claims_paid_idr", "2025", "Rp1 miliar"),
                        ("r", "3604", "claim_recipients", "2025", "0"))
    with pytest.raises(ValueError, match=r"claims paid of Rp1,000,000,000 to 0 claim recipients "
                       r"in region 3604, period 2025 \(figures c;r\)"):
        ucj_data.claim_benefits(figures=figs)


def test_a_zero_recipients_figure_is_a_data_problem_at_check_time(project, capsys):
    from tests.conftest import edit_rows
    from ucj_data.cli import main

    # every Serang source says the 2025 claims went to 52.301 workers: make it 0 in the
    # figures (value and quote) and in the seed texts the quotes come from
    for seed in (project / "seeds").glob("*.txt"):
        seed.write_text(seed.read_text(encoding="utf-8").replace("52.301", "0"),
                        encoding="utf-8")
    edit_rows(project / "data" / "raw" / "figures.csv",
              lambda rows: [{k: (v or "").replace("52.301", "0") for k, v in row.items()}
                            for row in rows])
    assert main(["--root", str(project), "check"]) not in (0, 4)  # a data problem, no crash
    err = capsys.readouterr().err
    assert "data/raw/figures.csv" in err and "to 0 claim recipients in region 3604" in err
    assert "msn-serang-recipients" in err  # the figure is named
