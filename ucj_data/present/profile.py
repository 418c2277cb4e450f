"""The region profile: the project's questions answered for one region, as far as the data
goes (notebooks/06_region_profile.ipynb, one page per region in the report).

Each section is a table, a chart and a finding about one region: its sources and figures,
coverage and the gap on each base, the enrolment path to the target, its official targets,
claims per recipient, budget cases, denominators, the series of active participants and
the village standard. Where the data holds nothing for a section, the section says so in
one line (:func:`ucj_data.present.findings.lacks`) instead of failing. Every table comes
from the same data folder (``root``; None finds it: UCJ_DATA_ROOT, the checkout, the
package's data), so a researcher's folder profiles its own regions.

>>> from ucj_data.present import profile
>>> codes = profile.profile_regions()
>>> profile.chosen(None) == codes[0]
True
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pandas as pd

from ucj_data.parameters import PARAMETERS
from ucj_data.present import findings
from ucj_data.present.findings import Workspace, rows_of

__all__ = ["OVERVIEW", "SECTIONS", "chart", "charts", "chosen", "finding", "heading", "overview",
           "profile_regions",
           "table"]

#: Statistics that only count villages or their funds: on their own they do not make a
#: region worth a profile (every province has them).

_WORKSPACES: dict[str, Workspace] = {}


def workspace(root: Path | str | None = None) -> Workspace:
    """One workspace per data folder and state of its inputs (the tables are memoised by
    ucj_data.pipeline.derive; this keeps the computations made from them)."""
    from ucj_data.io.memo import input_stamp
    from ucj_data.io.raw import locate

    where = locate(root).path.resolve()
    key = f"{where}:{input_stamp(where)}"
    if key not in _WORKSPACES:
        _WORKSPACES.clear()
        _WORKSPACES[key] = Workspace(where)
    return _WORKSPACES[key]


def profile_regions(root: Path | str | None = None) -> list[str]:
    """The codes of the regions with a profile: every region with figures from the sources
    or official statistics other than village counts, in the regions table's order."""
    return workspace(root).profiled()


def of_profiled(frame: pd.DataFrame, root: Path | str | None = None) -> pd.DataFrame:
    """The rows of ``frame`` about regions with a profile (:func:`profile_regions`): a
    table over every kabupaten/kota (village counts) shown in a notebook keeps the
    regions the data says more about; the whole table is in data/processed/."""
    return frame[frame["region_code"].isin(profile_regions(root))].reset_index(drop=True)


def chosen(region: str | None, root: Path | str | None = None) -> str:
    """The region a profile is about: ``region`` (a code), or with None the first region
    with a profile. ValueError naming the codes that have one when ``region`` is unknown."""
    codes = profile_regions(root)
    if region is None:
        if not codes:
            raise ValueError("the data holds no region with figures or statistics; add "
                             "figures to data/raw/figures.csv (docs/guide.md: 'Adding a "
                             "source and its figures')")
        return codes[0]
    known = set(workspace(root).table("regions")["region_code"])
    if str(region) not in known:
        raise ValueError(f"unknown region {region!r}: not in data/raw/regions.csv; regions "
                         f"with a profile: {', '.join(codes) or 'none'}")
    return str(region)


def heading(region: str, lang: str = "en", root: Path | str | None = None) -> str:
    """The profile's title line, naming the region and its level, as Markdown."""
    from ucj_data.metadata.labels import value_label

    PARAMETERS["lang"].check(lang)
    ws = workspace(root)
    regions = ws.table("regions")
    row = regions[regions["region_code"] == region]
    level = value_label("level", row["level"].iloc[0], lang) if len(row) else ""
    level = level[:1].upper() + level[1:]
    title = {"en": "Region profile", "id": "Profil wilayah"}[lang]
    return f"# {title}: {ws.name(region)}\n\n{level} · BPS {region}"


# --- the tables -----------------------------------------------------------------------

#: The sections whose table is the region's rows of one table: (table, the columns a reader
#: needs; the rest is in the downloads).
ROWS_SHOWN = {
    "sources": ("figures", ["figure_id", "indicator", "period", "value_text", "value",
                            "flag"]),
    "targets": ("official_targets", ["year", "target_coverage_pct",
                                     "target_active_participants", "implied_workforce",
                                     "additional_active", "required_coverage_pct"]),
    "budget": ("budget_cases", ["case_kind", "period", "package", "workers",
                                "rate_idr_per_month", "months", "yearly_cost_idr"]),
    "denominators": ("denominators", ["period", "implied_basis", "implied_workforce",
                                      "employed_persons", "employed_period",
                                      "implied_to_employed", "labour_force",
                                      "implied_to_labour_force"]),
    "trends": ("coverage_history", ["period", "source_kind", "active_participants"]),
    "villages": ("village_standard", ["villages", "urban_villages", "minimum_workers",
                                      "workers_to_target", "minimum_share_of_gap", "package",
                                      "yearly_cost_per_village_idr",
                                      "share_of_village_fund"]),
}


def _rows_shown(section: str):
    name, columns = ROWS_SHOWN[section]
    return lambda ws, code: rows_of(ws.table(name), code)[columns]


def _coverage(ws: Workspace, code: str) -> pd.DataFrame:
    columns = ["denominator", "period", "active_participants", "workforce",
               "workforce_method", "coverage_pct", "workers_to_target"]
    bases = [rows_of(ws.coverage_against(d), code)[columns]
             for d in ("reported", "employed", "labour_force")]
    # a base the data holds no count for is left out (its finding says what is there)
    bases = [b[b["workforce"].notna()] for b in bases]
    bases = [b for b in bases if not b.empty]
    return pd.concat(bases, ignore_index=True) if bases else pd.DataFrame()


def _enrolment(ws: Workspace, code: str) -> pd.DataFrame:
    grid = ws.enrolment_scenarios(code)
    if grid.empty:
        return grid
    grid = grid[grid["path"] == "linear"]
    keys = ["target_year", "churn", "base_year", "base_method"]
    return grid.groupby(keys, as_index=False)[["net_new", "lapsed", "enrol_gross"]].sum()


def _claims(ws: Workspace, code: str) -> pd.DataFrame:
    rows = rows_of(ws.table("claim_benefits"), code)
    return rows.loc[rows["claims_paid_idr"].notna(),
                    ["period", "claims_paid_idr", "claim_recipients",
                     "benefit_per_recipient_idr", "benefit_per_active_participant_idr"]]


# --- the charts -----------------------------------------------------------------------

def _sources_chart(ws: Workspace, code: str, lang: str):
    from ucj_data.present import plots

    rec = rows_of(ws.table("reconciled"), code)
    disputed = rec[rec["n_sources"] > 1]
    if disputed.empty:
        return None
    row = disputed.iloc[0]
    return plots.sources_chart(ws.table("figures"), ws.table("reconciled"), code,
                               row["indicator"], period=row["period"],
                               regions=ws.table("regions"), sources=ws.table("sources"),
                               lang=lang)


def _common(ws: Workspace, lang: str) -> dict:
    return {"regions": ws.table("regions"), "sources": ws.table("sources"),
            "figures": ws.table("figures"), "lang": lang}


#: The charts that set regions side by side (a region's own, or every region's in a
#: thematic notebook): section -> (table, the column a row needs to be drawn, chart name).
SIDE_BY_SIDE = {"coverage": ("coverage", "coverage_pct", "coverage_chart"),
                "claims": ("claim_benefits", "claims_paid_idr", "benefits_chart"),
                "budget": ("budget_cases", "yearly_cost_idr", "budget_chart")}


def _side_by_side(ws: Workspace, section: str, lang: str, code: str | None = None):
    """The section's side-by-side chart of ``code`` (None: every region), or None when no
    row has what it draws."""
    from ucj_data.present import plots

    name, needed, chart = SIDE_BY_SIDE[section]
    rows = ws.table(name) if code is None else rows_of(ws.table(name), code)
    rows = rows[rows[needed].notna()]
    return getattr(plots, chart)(rows, **_common(ws, lang)) if len(rows) else None


def _one_region(section: str):
    return lambda ws, code, lang: _side_by_side(ws, section, lang, code)


def _enrolment_chart(ws: Workspace, code: str, lang: str):
    from ucj_data.present import plots

    grid = ws.enrolment_scenarios(code)
    if grid.empty:
        return None
    # the default target year, without and with churn; the earlier year is in the table
    # (and half the panels is half the drawing of the profile's costliest chart)
    shown = grid[(grid["path"] == "linear") & (grid["target_year"] == grid["target_year"].max())]
    return plots.enrolment_chart(shown, code, **_common(ws, lang))


def _targets_chart(ws: Workspace, code: str, lang: str):
    from ucj_data.present import plots

    targets = ws.table("official_targets")
    if code not in set(targets.loc[targets["target_active_participants"].notna(),
                                   "region_code"]):
        return None
    paths = ws.projection(code, path=["linear", "official"])
    return plots.target_path_chart(paths, targets, code, **_common(ws, lang))


def _trends_chart(ws: Workspace, code: str, lang: str):
    from ucj_data.present import plots

    history = ws.table("coverage_history")
    if history[history["region_code"] == code].empty:
        return None
    return plots.history_chart(history, ws.table("target_realism"), code,
                               statistics=ws.table("statistics"), **_common(ws, lang))


Table = Callable[[Workspace, str], pd.DataFrame]
Chart = Callable[[Workspace, str, str], object]

#: The profile's sections, in order: (its table, its chart or None). Each has the finding
#: of the same name (ucj_data/present/findings.yml).
SECTIONS: dict[str, tuple[Table, Chart | None]] = {
    "sources": (_rows_shown("sources"), _sources_chart),
    "coverage": (_coverage, _one_region("coverage")),
    "enrolment": (_enrolment, _enrolment_chart),
    "targets": (_rows_shown("targets"), _targets_chart),
    "claims": (_claims, _one_region("claims")),
    "budget": (_rows_shown("budget"), _one_region("budget")),
    "denominators": (_rows_shown("denominators"), None),
    "trends": (_rows_shown("trends"), _trends_chart),
    "villages": (_rows_shown("villages"), None),
}


def _section(section: str) -> tuple[Table, Chart | None]:
    if section not in SECTIONS:
        raise ValueError(f"unknown section {section!r}; expected one of {list(SECTIONS)}")
    return SECTIONS[section]


def _lacks(section: str, region: str, lang: str, ws: Workspace):
    from IPython.display import Markdown

    return Markdown(findings.lacks(section, ws.name(region), lang))


def table(section: str, region: str, lang: str = "en", root: Path | str | None = None):
    """The section's table for ``region`` as readers see it (ReadableTable), or the line
    saying the data holds nothing for it (Markdown)."""
    from ucj_data.present.display import show

    PARAMETERS["lang"].check(lang)
    ws = workspace(root)
    frame = _section(section)[0](ws, region)
    return _lacks(section, region, lang, ws) if frame.empty else show(frame, lang)


def chart(section: str, region: str, lang: str = "en", root: Path | str | None = None):
    """The section's chart for ``region`` (a matplotlib Figure), or None when the section
    has none or the data does not hold what it draws (the table's line says so)."""
    PARAMETERS["lang"].check(lang)
    draw = _section(section)[1]
    return None if draw is None else draw(workspace(root), region, lang)


def finding(section: str, region: str, lang: str = "en", root: Path | str | None = None):
    """The section's finding for ``region``, as Markdown; empty when it would only repeat
    the line of a section whose table the data holds nothing for (said once is enough)."""
    from IPython.display import Markdown

    ws = workspace(root)
    text = findings.render(section, lang, region=region, workspace=ws)
    if text == findings.lacks(section, ws.name(region), lang) and _section(section)[0](
            ws, region).empty:
        return Markdown("")
    return Markdown(text)


def charts(section: str, lang: str = "en", root: Path | str | None = None) -> None:
    """Show the section's chart of every region that has one, in the regions table's
    order (a thematic notebook's charts: no region is named in its code)."""
    from IPython.display import display

    PARAMETERS["lang"].check(lang)
    ws = workspace(root)
    for code in findings.regions_of(section, workspace=ws):
        figure = chart(section, code, lang, root)
        if figure is not None:
            display(figure)


#: The sections with a chart that sets every region side by side.
OVERVIEW = tuple(SIDE_BY_SIDE)


def overview(section: str, lang: str = "en", root: Path | str | None = None):
    """The chart that sets every region of the section side by side (a Figure), or the line
    saying that no region has data for it (Markdown): a thematic notebook's chart."""
    from IPython.display import Markdown


    PARAMETERS["lang"].check(lang)
    if section not in OVERVIEW:
        raise ValueError(f"no overview chart for {section!r}; expected one of {OVERVIEW}")
    ws = workspace(root)
    drawn = _side_by_side(ws, section, lang)
    return drawn if drawn is not None else Markdown(findings.render(section, lang,
                                                                    workspace=ws))
