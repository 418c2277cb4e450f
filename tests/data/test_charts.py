"""Charts of the committed data: defaults read the package's figures and sources."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import pytest  # noqa: E402

from ucj_data.present import plots  # noqa: E402


def test_source_note_defaults_to_the_package_figures_and_sources():
    # committed data: msn-serang-active is a figure of msn-serang, outlet MSN, event date
    # 2025-12-09
    assert plots.source_note("msn-serang-active") == "Sumber: MSN (9 Desember 2025)"


def test_sources_chart_marks_the_value_kept_and_the_ones_set_aside():
    import ucj_data

    fig = plots.sources_chart(ucj_data.figures(), ucj_data.reconcile(), "3604",
                              "active_participants", regions=ucj_data.regions())
    ax = fig.axes[0]
    labels = [t.get_text() for t in ax.get_yticklabels()]
    # one bar per source, labelled with the figure as written
    assert labels == ["MSN: \u2018mencapai 461 ribu\u2019", "Kalimati.id: \u2018400.385\u2019",
                      "FOKUSTV.COM: \u2018461 ribu\u2019"]
    widths = sorted(p.get_width() for p in ax.patches)
    assert widths == [400_385, 461_000, 461_000]
    # the kept bar is the house blue, the two set aside are hatched
    hatched = [p.get_width() for p in ax.patches if p.get_hatch()]
    assert sorted(hatched) == [461_000, 461_000]
    assert "orang" in ax.get_xlabel()
    assert "400.385" in fig.alt_text and "MSN" in fig.alt_text
    note = [t.get_text() for t in fig.texts if "Sumber" in t.get_text()]
    assert note and "Kalimati.id" in note[0]


def test_target_path_starts_at_an_official_base():
    # Lampung's projection starts from its 2025 official target (38,39%), so the line is
    # drawn from (2025, 38.39) rather than from the first projected year 2026
    import ucj_data

    proj = ucj_data.project_enrolment(path="official", region_codes=["18"])
    fig = plots.target_path_chart(proj, ucj_data.official_targets(), "18")
    line = fig.axes[0].get_lines()[0]
    assert line.get_xdata()[0] == 2025
    assert line.get_ydata()[0] == pytest.approx(38.39)
    assert line.get_xdata()[1] == 2026
