"""``ucj-data check`` warns about a row that contradicts itself; ``--strict`` refuses it."""

from __future__ import annotations

from tests.conftest import edit_rows, tree_digest, unused_region_code
from ucj_data.cli import main
from ucj_data.present import findings


def _contradicting_region(project) -> str:
    """A made-up regency with BPS counts of 935.079 active of 1.873.899 workers and a
    written coverage of 50,88% (the counts give 49,90%)."""
    code = unused_region_code(project)
    edit_rows(project / "data" / "raw" / "regions.csv", lambda rows: [*rows, dict(
        rows[0], region_code=code, name="Kabupaten Uji", level="regency", parent_code="36")])

    def add(rows):
        base = dict(rows[0], region_code=code, period="2025-06", release_date="2025-07-01",
                    publisher="BPS", release="made-up release")
        return [*rows, *(dict(base, statistic_id=f"uji-{name}", indicator=indicator,
                              value_text=text)
                         for name, indicator, text in (
                             ("active", "active_participants", "935.079"),
                             ("workforce", "workforce", "1.873.899"),
                             ("coverage", "coverage_pct", "50,88%")))]

    edit_rows(project / "data" / "raw" / "statistics.csv", add)
    return code


def test_check_warns_and_strict_fails_on_a_share_its_counts_contradict(project, capsys):
    code = _contradicting_region(project)
    before = tree_digest(project / "data" / "processed")
    assert main(["check", "--root", str(project)]) == 0
    err = capsys.readouterr().err
    # 100 x 935.079 / 1.873.899 = 49,90%, not the 50,88% written
    assert f"warning: data/raw/statistics.csv: column 'value_text': got a coverage of " \
           f"50.88% for region {code} (2025-06; uji-active;uji-coverage;uji-workforce) " \
           f"while its own counts give 49.90%" in err, err
    assert main(["check", "--strict", "--root", str(project)]) != 0
    err = capsys.readouterr().err
    assert "49.90%" in err and "warning" not in err, err
    assert tree_digest(project / "data" / "processed") == before
    # the finding says so, with both shares
    text = findings.render("coverage", "en", root=project, region=code)
    assert "writes a coverage of 50.88%, which its own counts contradict: they give " \
           "49.90%" in text, text


def test_check_has_no_warning_when_every_row_agrees_with_itself(project, capsys):
    # the same made-up region with a share that its counts give: 100 x 1.000 / 4.000 = 25%
    code = _contradicting_region(project)
    edit_rows(project / "data" / "raw" / "statistics.csv", lambda rows: [
        dict(r, value_text="25%") if r["statistic_id"] == "uji-coverage" else
        dict(r, value_text="4.000") if r["statistic_id"] == "uji-workforce" else
        dict(r, value_text="1.000") if r["statistic_id"] == "uji-active" else r
        for r in rows])
    assert main(["check", "--strict", "--root", str(project)]) == 0
    assert code not in capsys.readouterr().err
