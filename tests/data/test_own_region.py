"""A researcher adds a source, a region and its figures the documented way (README, 'Adding
a source and its figures'): everything runs on the copy, and the new figures are cited by
their own source, whatever their ids look like. The ids and the region code are chosen so
that a researcher's own additions to the data never clash with them."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import matplotlib
import pytest

matplotlib.use("Agg")

import ucj_data  # noqa: E402
from tests.conftest import REPO, unused_region_code  # noqa: E402
from ucj_data.cli import main  # noqa: E402
from ucj_data.present import plots  # noqa: E402

TEXT = ("Di Kota Cilegon sebanyak 123.456 pekerja aktif atau 61,73 persen dari 200.000 "
        "pekerja telah terlindungi. Pemkot membiayai iuran 5.000 pekerja rentan.")


def append(path: Path, row: dict) -> None:
    with path.open(newline="", encoding="utf-8") as f:
        header = next(csv.reader(f))
    with path.open("a", newline="", encoding="utf-8") as f:
        csv.DictWriter(f, fieldnames=header, lineterminator="\n").writerow(row)


@pytest.fixture(scope="module")
def own(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("own")
    for part in ("data/raw", "seeds", "data/processed"):
        shutil.copytree(REPO / part, root / part)
    (root / "seeds" / "900_zztest.txt").write_text(TEXT, encoding="utf-8")
    raw = root / "data" / "raw"
    # figure ids that do not start with their source id: nothing may depend on that
    append(raw / "sources.csv", {"source_id": "zztest-src", "file": "900_zztest.txt",
                                 "outlet": "Warta Uji", "event_date": "2025-10-01",
                                 "language": "id"})
    code = unused_region_code(root)  # a code nobody has added yet
    (root / "code").write_text(code)
    append(raw / "regions.csv", {"region_code": code, "name": "Kota Cilegon",
                                 "level": "city", "parent_code": "36"})
    for fid, indicator, value_text in [("zztest-fig-active", "active_participants", "123.456"),
                                       ("zztest-fig-coverage", "coverage_pct", "61,73 persen"),
                                       ("zztest-fig-workforce", "workforce", "200.000"),
                                       ("zztest-fig-funded", "vulnerable_funded", "5.000")]:
        append(raw / "figures.csv", {"figure_id": fid, "source_id": "zztest-src",
                                     "region_code": code, "indicator": indicator,
                                     "period": "2025-10-01", "value_text": value_text,
                                     "quote": TEXT})
    # 'ucj-data check' then 'ucj-data build', as the README says
    assert main(["--root", str(root), "check"]) == 0
    assert main(["--root", str(root), "build"]) == 0
    return root


def test_the_new_region_is_in_every_table(own):
    tables = ucj_data.load(own)
    code = (own / "code").read_text()
    cov = ucj_data.coverage(tables.figures).set_index("region_code")
    # 0.995 x 200,000 = 199,000; 199,000 - 123,456 = 75,544 workers to the target
    assert cov.at[code, "workers_to_target"] == 75_544
    assert cov.at[code, "figure_ids"] == (
        "zztest-fig-active;zztest-fig-coverage;zztest-fig-workforce")
    cases = ucj_data.budget_cases(tables.figures, contribution_rates=tables.contribution_rates)
    funded = cases[(cases["region_code"] == code) & (cases["case_kind"] == "vulnerable_funded")]
    # 5,000 x Rp16,800 x 12 = Rp1,008,000,000 a year for JKK+JKM
    assert funded.loc[funded["package"] == "JKK+JKM", "yearly_cost_idr"].tolist() == [1.008e9]
    processed = (own / "data" / "processed" / "coverage.csv").read_text(encoding="utf-8")
    assert f"\n{code},Kota Cilegon,2025-10-01," in processed


def test_charts_cite_the_new_source_by_lookup(own):
    tables = ucj_data.load(own)
    cite = {"regions": tables.regions, "figures": tables.figures, "sources": tables.sources}
    cov = ucj_data.coverage(tables.figures)
    fig = plots.coverage_chart(cov, lang="en", **cite)
    note = " ".join(t.get_text() for t in fig.texts).replace("\n", " ")
    assert "Warta Uji" in note
    cases = ucj_data.budget_cases(tables.figures, contribution_rates=tables.contribution_rates)
    fig = plots.budget_chart(cases, lang="en", **cite)
    # one panel per case: the case labels are the panels' y tick labels
    ticks = " ".join(t.get_text().replace("\n", " ")
                     for ax in fig.axes for t in ax.get_yticklabels())
    assert "Kota Cilegon: vulnerable workers funded (1 Oct 2025)" in ticks
