"""The findings: what the tables say about a region, in words, with no number typed by hand.

The sentences live in ``findings.yml`` beside this module, both languages side by side
(as OWID's ``.meta.yml``), with conditions on the values of the region's rows. This module
only fetches those rows: one function per finding (:data:`FETCH`) returns, for one region,
the tables its sentences read (name -> DataFrame). A placeholder ``{table.column}`` is
written by the rule of the column's field (:func:`ucj_data.present.display.show`: people
with thousands separators, percentages, Rupiah, coded values in words, workers to enrol
rounded up to whole workers), so a number in a finding reads as it does in every table.

>>> from ucj_data.present.findings import render
>>> text = render("coverage", lang="en")
>>> "more active participants" in text
True

``render(name, lang, root=None, region=None)``: the finding as Markdown, one paragraph per
region that has rows for it (or only ``region``); ``regions_of(name, root)`` lists them.
"""

from __future__ import annotations

import string
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from pathlib import Path
from types import SimpleNamespace

import pandas as pd
import yaml

import ucj_data
from ucj_data.analysis.official import series_of
from ucj_data.parameters import PARAMETERS, default
from ucj_data.text.numbers import is_missing

__all__ = ["FINDINGS", "EARLY_TARGET_YEAR", "CHURN", "lacks", "regions_of", "render",
           "render_all"]

#: The scenarios the enrolment finding sets beside the default path (the parameters'
#: defaults: 99,5% by 2045, no growth, no churn): an earlier target year and a yearly churn.
EARLY_TARGET_YEAR = 2029
CHURN = 0.05
TARGET_YEAR = default("target_year")


@cache
def texts() -> dict:
    """The findings' texts, as ``findings.yml`` defines them."""
    return yaml.safe_load(files("ucj_data.present").joinpath("findings.yml")
                          .read_text(encoding="utf-8"))


#: The findings, by name, with the notebook that shows each.
FINDINGS: dict[str, str] = {name: spec["notebook"] for name, spec in texts().items()}


class Workspace:
    """The tables of one data folder (``root``; None finds it), each derived once for the
    state of its inputs (:func:`ucj_data.pipeline.derive`), and the computations the
    findings and the region profile make from them."""

    def __init__(self, root: Path | str | None = None):
        self.root = root
        self._kept: dict = {}

    def table(self, name: str) -> pd.DataFrame:
        from ucj_data.pipeline import derive

        if name not in self._kept:
            self._kept[name] = derive(name, root=self.root)
        return self._kept[name]

    def coverage_against(self, denominator: str) -> pd.DataFrame:
        key = ("coverage", denominator)
        if key not in self._kept:
            self._kept[key] = ucj_data.coverage(
                self.table("figures"), self.table("reconciled"), self.table("statistics"),
                regions=self.table("regions"), denominator=denominator)
        return self._kept[key]

    def projection(self, region_code: str, **scenario) -> pd.DataFrame:
        """``project_enrolment`` for one region (both paths when it has official targets);
        empty when the region has no base to start from."""
        if region_code not in self.projected_regions():
            return pd.DataFrame()
        key = ("projection", region_code, repr(sorted(scenario.items())))
        if key not in self._kept:  # the table, the chart and the finding share one grid
            self._kept[key] = ucj_data.project_enrolment(
                self.table("figures"), self.table("coverage"), regions=self.table("regions"),
                region_codes=[region_code], **scenario)
        return self._kept[key].copy()

    def enrolment_scenarios(self, region_code: str) -> pd.DataFrame:
        """The projection the enrolment finding and the region profile read: the default
        target year and EARLY_TARGET_YEAR, each without churn and with CHURN."""
        return self.projection(region_code, target_year=[EARLY_TARGET_YEAR, TARGET_YEAR],
                               churn=[0, CHURN])

    def projected_regions(self) -> list[str]:
        """The regions a projection can start from: coverage to reach, or official targets."""
        if "projected" not in self._kept:
            cov = self.table("coverage")
            to_reach = cov.loc[cov["target_status"] == "to_reach", "region_code"]
            targets = self.table("official_targets")
            # a base needs a target with both a percentage and a count (projections.py)
            targets = targets.loc[targets["target_active_participants"].notna()
                                  & (targets["target_coverage_pct"] > 0), "region_code"]
            self._kept["projected"] = _in_region_order(
                self.table("regions"), set(to_reach) | set(targets))
        return self._kept["projected"]

    def profiled(self) -> list[str]:
        """The regions with figures from the sources or official statistics other than
        counts of villages (which every region has), in the regions table's order: the
        regions a profile, and a finding over all regions, are about."""
        if "profiled" not in self._kept:
            stats = self.table("statistics")
            codes = set(self.table("figures")["region_code"].dropna())
            codes |= set(stats.loc[~stats["indicator"].isin(VILLAGE_ONLY), "region_code"])
            self._kept["profiled"] = _in_region_order(self.table("regions"), codes)
        return self._kept["profiled"]

    def name(self, region_code: str) -> str:
        rows = self.table("regions")
        rows = rows[rows["region_code"] == region_code]
        return str(rows["name"].iloc[0]) if len(rows) else region_code

    def regions_in(self, about: str | list[str]) -> list[str]:
        """The regions that have rows in the table ``about`` (or in any of a list), in the
        regions table's order."""
        codes: set[str] = set()
        for name in [about] if isinstance(about, str) else about:
            if name == "projection":
                codes |= set(self.projected_regions())
                continue
            frame = self.table(name)
            if name == "claim_benefits":  # recipients without claims say nothing yet
                frame = frame[frame["claims_paid_idr"].notna()]
            codes |= set(frame["region_code"])
        return _in_region_order(self.table("regions"), codes)


# statistics every region has (counts of villages, village funds): they alone give no profile
VILLAGE_ONLY = frozenset({"villages", "urban_villages", "village_fund_idr"})


def _in_region_order(regions: pd.DataFrame, codes: set[str]) -> list[str]:
    ordered = [c for c in regions["region_code"] if c in codes]
    return ordered + sorted(codes - set(ordered))


def rows_of(frame: pd.DataFrame, region_code: str) -> pd.DataFrame:
    return frame[frame["region_code"] == region_code].reset_index(drop=True)


# --- the rows each finding reads, for one region ---------------------------------------

def _sources(ws: Workspace, code: str) -> dict[str, pd.DataFrame]:
    figures = rows_of(ws.table("figures"), code)
    reconciled = rows_of(ws.table("reconciled"), code)
    quality = rows_of(ws.table("data_quality"), code)
    counts = pd.DataFrame({"n_figures": [len(figures)],
                           "n_sources": [figures["source_id"].nunique()]})
    return {
        "counts": counts,
        "set_aside": reconciled[reconciled["figure_ids_set_aside"].notna()],
        "flagged": figures.loc[figures["flag"].notna(), ["figure_id", "value_text", "flag"]],
        # a disagreement between sources is told by set_aside, with what was kept
        "failed": quality[~quality["passed"].astype(bool)
                          & (quality["check"] != "sources agree")],
    }


def _coverage(ws: Workspace, code: str) -> dict[str, pd.DataFrame]:
    out = {"coverage": rows_of(ws.table("coverage"), code)}
    for denominator in ("employed", "labour_force"):
        rows = rows_of(ws.coverage_against(denominator), code)
        out[denominator] = rows[rows["target_status"] == "to_reach"]
    return out


def _path_summary(grid: pd.DataFrame) -> pd.DataFrame:
    """One row per scenario: the path's totals over its years (and how many years)."""
    keys = ["target_pct", "target_year", "churn", "base_year"]
    out = grid.groupby(keys, as_index=False)[["net_new", "enrol_gross"]].sum()
    out["years"] = grid.groupby(keys)["year"].count().to_numpy()
    return out


def _enrolment(ws: Workspace, code: str) -> dict[str, pd.DataFrame]:
    grid = ws.enrolment_scenarios(code)
    if grid.empty:
        return {}
    grid = grid[grid["path"] == "linear"]

    def scenario(target_year: int, churn: float) -> pd.DataFrame:
        return grid[(grid["target_year"] == target_year) & (grid["churn"] == churn)]

    default = scenario(TARGET_YEAR, 0)
    early = scenario(EARLY_TARGET_YEAR, 0)
    return {"path": _path_summary(default), "first": default.head(1),
            "early": _path_summary(early), "early_first": early.head(1),
            "churn": _path_summary(scenario(TARGET_YEAR, CHURN))}


def _targets(ws: Workspace, code: str) -> dict[str, pd.DataFrame]:
    targets = rows_of(ws.table("official_targets"), code)
    return {"targets": targets, "additions": targets[targets["additional_active"].notna()]}


def _claims(ws: Workspace, code: str) -> dict[str, pd.DataFrame]:
    from ucj_data.provenance import reported_until

    claims = rows_of(ws.table("claim_benefits"), code)
    claims = claims[claims["claims_paid_idr"].notna()].head(1).copy()
    # a year reported before it ended is year to date: up to the sources' latest date
    claims["reported_until"] = [
        reported_until(p, ids, ws.table("figures"), ws.table("sources"))
        for p, ids in zip(claims["period"], claims["figure_ids"], strict=True)]
    return {"claims": claims, "single": rows_of(ws.table("single_benefits"), code)}


def _budget(ws: Workspace, code: str) -> dict[str, pd.DataFrame]:
    return {"cases": rows_of(ws.table("budget_cases"), code)}


def _denominators(ws: Workspace, code: str) -> dict[str, pd.DataFrame]:
    return {"bases": rows_of(ws.table("denominators"), code)}


def _trends(ws: Workspace, code: str) -> dict[str, pd.DataFrame]:
    # the series in time order; periods are ISO text, so text order is time order
    history = rows_of(ws.table("coverage_history"), code).sort_values(
        ["period", "source_kind"], kind="stable")
    history = history[history["active_participants"].notna()]
    series = (pd.DataFrame({"observations": [len(history)],
                            "series_count": [series_of(history).nunique()]})
              if len(history) else history)
    return {"series": series, "first": history.head(1), "latest": history.tail(1),
            "realism": rows_of(ws.table("target_realism"), code)}


def _villages(ws: Workspace, code: str) -> dict[str, pd.DataFrame]:
    rows = rows_of(ws.table("village_standard"), code)
    return {"standard": rows.head(1), "packages": rows}


#: One function per finding of findings.yml: the region's rows its sentences read.
FETCH: dict[str, Callable[[Workspace, str], dict[str, pd.DataFrame]]] = {
    "sources": _sources, "coverage": _coverage, "enrolment": _enrolment, "targets": _targets,
    "claims": _claims,
    "budget": _budget, "denominators": _denominators, "trends": _trends,
    "villages": _villages,
}


# --- writing -------------------------------------------------------------------------

@dataclass
class _Rows:
    """One table of a finding: its stored values and the same values as text."""

    raw: pd.DataFrame
    text: pd.DataFrame


def _written(frame: pd.DataFrame, lang: str) -> _Rows:
    from ucj_data.present.display import show

    frame = frame.reset_index(drop=True)
    if frame.empty:
        return _Rows(frame, frame)
    text = show(frame, lang).frame
    text.columns = frame.columns  # the labels back to the column names, by position
    return _Rows(frame, text)


def _holds(condition: dict, rows: dict[str, _Rows], at: dict[str, int]) -> bool:
    """Whether every ``key: wanted`` of a sentence's ``when`` holds for the row at ``at``."""
    return all(_wanted(wanted, *_value_at(key, rows, at)) for key, wanted in condition.items())


def _value_at(key: str, rows: dict[str, _Rows], at: dict[str, int]) -> tuple[bool, object]:
    """Whether ``key`` (a table, or ``table.column``) has a value at the row ``at`` names
    (the first by default), and that value (None for a table)."""
    name, _, column = key.partition(".")
    table = rows.get(name)
    if table is None or table.raw.empty:
        return False, None
    if not column:
        return True, None
    if column not in table.raw.columns:
        raise KeyError(f"findings.yml: {name!r} has no column {column!r}")
    value = table.raw[column].iloc[at.get(name, 0)]
    return not is_missing(value), value


def _wanted(wanted, exists: bool, value) -> bool:
    """Whether a value (``exists``: it is there) is as ``wanted``: present, absent,
    {not: a value} (absent or anything else), or equal to a value (compared as text)."""
    if wanted == "present":
        return exists
    if wanted == "absent":
        return not exists
    if isinstance(wanted, dict):
        return not (exists and str(value) == str(wanted["not"]))
    return exists and str(value) == str(wanted)


def _sentence(template: str, region: str, rows: dict[str, _Rows],
              at: dict[str, int]) -> str | None:
    """``template`` filled in, or None when a value it needs is missing."""
    values: dict[str, object] = {"region": region}
    for _, field, _, _ in string.Formatter().parse(template):
        if not field or field == "region":
            continue
        name, _, column = field.partition(".")
        table = rows.get(name)
        if table is None or table.raw.empty:
            return None
        if column not in table.raw.columns:
            raise KeyError(f"findings.yml: {name!r} has no column {column!r} ({template!r})")
        i = at.get(name, 0)
        if is_missing(table.raw[column].iloc[i]):
            return None
        values.setdefault(name, SimpleNamespace())
        setattr(values[name], column, table.text[column].iloc[i])
    return template.format(**values)


def lacks(name: str, region: str, lang: str) -> str:
    """The line that says the data holds nothing for finding ``name`` about ``region``."""
    what = texts()[name]["lacks"][lang]
    return {"en": f"The data holds no {what} for {region}.",
            "id": f"Data tidak memuat {what} untuk {region}."}[lang]


def _paragraph(name: str, code: str, lang: str, ws: Workspace) -> str:
    region = ws.name(code)
    rows = {n: _written(f, lang) for n, f in FETCH[name](ws, code).items()}
    out = []
    for spec in texts()[name]["sentences"]:
        each = spec.get("each")
        positions = range(len(rows[each].raw)) if each in rows else [0] if not each else []
        for i in positions:
            at = {each: i} if each else {}
            if _holds(spec.get("when", {}), rows, at):
                text = _sentence(spec[lang], region, rows, at)
                if text:
                    out.append(text)
    return " ".join(out) if out else lacks(name, region, lang)


def _known(name: str) -> None:
    if name not in FETCH:
        raise ValueError(f"unknown finding {name!r}; expected one of {list(FETCH)}")


def regions_of(name: str, root: Path | str | None = None,
               workspace: Workspace | None = None) -> list[str]:
    """The codes of the regions finding ``name`` is about: rows in its table, among the
    regions with more than village counts (:meth:`Workspace.profiled`); a finding on the
    hundreds of regions known only by their villages belongs in a national table."""
    _known(name)
    ws = workspace or Workspace(root)
    profiled = set(ws.profiled())
    return [c for c in ws.regions_in(texts()[name]["about"]) if c in profiled]


def render(name: str, lang: str = "en", root: Path | str | None = None,
           region: str | None = None, *, workspace: Workspace | None = None) -> str:
    """Finding ``name`` (one of :data:`FINDINGS`) as Markdown, in ``lang``, from the data
    folder ``root`` (None finds it): one paragraph per region it is about, or only for
    ``region`` (a code; a region without rows gets the one line saying so)."""
    PARAMETERS["lang"].check(lang)
    _known(name)
    ws = workspace or Workspace(root)
    codes = [region] if region is not None else regions_of(name, workspace=ws)
    if not codes:
        what = texts()[name]["lacks"][lang]
        return {"en": f"The data holds no {what} for any region.",
                "id": f"Data tidak memuat {what} untuk wilayah mana pun."}[lang]
    return "\n\n".join(_paragraph(name, code, lang, ws) for code in codes)


def render_all(lang: str = "en", root: Path | str | None = None) -> dict[str, str]:
    """Every finding, by name, from one reading of the data folder ``root``."""
    ws = Workspace(root)
    return {name: render(name, lang, workspace=ws) for name in FINDINGS}


def markdown(name: str, lang: str = "en", root: Path | str | None = None,
             region: str | None = None):
    """The finding as an IPython ``Markdown`` object, for a notebook cell."""
    from IPython.display import Markdown

    return Markdown(render(name, lang, root, region))

