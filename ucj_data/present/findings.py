"""The notebooks' findings, written from the tables: no number in them is typed by hand.

Each finding is one template per language (:data:`TEMPLATES`, ``'id'`` and ``'en'``), filled
in with numbers read from the public API (``ucj_data.coverage()``, ``project_enrolment``,
``claim_benefits``, ``budget_cases``, ``official_targets``, ``reconcile``, ``data_quality``,
``figures``, ...) and written by ``ucj_data.text.numbers`` and ``ucj_data.text.units`` in
the language's conventions (``786.702`` / ``786,702``). Rows are looked up by region code,
figure id, indicator or case kind, never by position, so adding a region or a figure does
not shift a finding. Workers to enrol are whole workers rounded up
(``ucj_data.text.units.whole_workers``), as in every table and chart. Words quoted from a
source (*461 ribu*, *sekitar 2,7 juta*) are its value_text, verbatim.

>>> from ucj_data.present.findings import render
>>> "382,384" in render("coverage_gaps", lang="en")
True

``render(name, lang, root=None)``: the finding as Markdown text, from the data folder
``root`` (default: the one ucj_data finds, ucj_data.io.raw.data_root()).
"""

from __future__ import annotations

from datetime import date
from functools import cached_property
from pathlib import Path

import pandas as pd
from babel.dates import format_date

import ucj_data
from ucj_data.parameters import PARAMETERS
from ucj_data.text.locales import locale_of
from ucj_data.text.numbers import format_number, format_pct, format_rupiah
from ucj_data.text.units import whole_workers

__all__ = ["FINDINGS", "TEMPLATES", "render", "render_all"]

#: The regions the findings tell the story of, by BPS code.
SERANG, BANTEN, LAMPUNG, INDONESIA = "3604", "36", "18", "00"
#: The scenarios the enrolment finding compares with the default (99,5% by 2045, no
#: growth, no churn): an earlier target year and a yearly churn.
EARLY_TARGET_YEAR = 2029
CHURN = 0.05

#: The findings, by name, with the notebook that shows each.
FINDINGS: dict[str, str] = {
    "sources": "01_sources_and_figures",
    "coverage_gaps": "02_coverage_gaps",
    "enrolment": "03_enrolment_projections",
    "claims_budgets": "04_claims_and_budgets",
    "denominators": "05_denominators_and_trends",
}

# One template per finding and language; {names} are filled with formatted numbers and
# names, and optional sentences (empty when the data does not support them).
TEMPLATES: dict[str, dict[str, str]] = {
    "sources": {
        "en": (
            "{n_reports} reports of the same event on {event_date} disagree on {serang}'s "
            "active participants: {set_aside} against {kept}. Only {kept_text} fits the "
            "other figures: {active} active + {uncovered} uncovered = {workforce} workers, "
            "and {active} / {workforce} = {good_pct}, within {tolerance} point of the "
            "reported {reported_pct}. With {rejected_text} the same arithmetic gives "
            "{bad_pct}, {bad_diff} points off, so it is set aside.{vulnerable} The claims "
            "total agrees across all {n_claims} reports: {claims} satisfies {bound_outlet}'s "
            "{bound_text}.{doubtful}"
        ),
        "id": (
            "{n_reports} laporan tentang acara yang sama pada {event_date} berbeda soal "
            "peserta aktif {serang}: {set_aside} lawan {kept}. Hanya {kept_text} yang cocok "
            "dengan angka lain: {active} aktif + {uncovered} belum terlindungi = {workforce} "
            "pekerja, dan {active} / {workforce} = {good_pct}, dalam {tolerance} poin dari "
            "{reported_pct} yang dilaporkan. Dengan {rejected_text} hitungan yang sama "
            "menghasilkan {bad_pct}, selisih {bad_diff} poin, sehingga angka itu "
            "dikesampingkan.{vulnerable} Total klaim sama di semua {n_claims} laporan: "
            "{claims} memenuhi {bound_text} dari {bound_outlet}.{doubtful}"
        ),
    },
    "coverage_gaps": {
        "en": (
            "{serang} protects {active} of the {workforce} workers in BPJS "
            "Ketenagakerjaan's own base (active + uncovered participants as reported, not a "
            "BPS count of the employed) ({reported_pct} as reported; {computed_pct} "
            "computed). Reaching {target} means **{gap} more active participants**: {target} "
            "of {workforce} is {needed}; minus {active}, rounded up to whole workers, that "
            "is {gap} (one worker fewer would leave coverage at {short_pct}, short of the "
            "target).{banten}{no_row}"
        ),
        "id": (
            "{serang} melindungi {active} dari {workforce} pekerja dalam basis data BPJS "
            "Ketenagakerjaan sendiri (peserta aktif + belum terlindungi seperti dilaporkan, "
            "bukan hitungan penduduk bekerja BPS) ({reported_pct} seperti dilaporkan; "
            "{computed_pct} dihitung). Mencapai {target} berarti **{gap} peserta aktif "
            "lagi**: {target} dari {workforce} adalah {needed}; dikurangi {active} dan "
            "dibulatkan ke atas menjadi pekerja utuh, hasilnya {gap} (satu pekerja lebih "
            "sedikit membuat cakupan {short_pct}, di bawah target).{banten}{no_row}"
        ),
    },
    "enrolment": {
        "en": (
            "To reach {target} by {year} from {active} active participants among "
            "{workforce} workers (BPJS Ketenagakerjaan's base), {serang} must add **{gap} "
            "covered workers in {n_years} years, {per_year} a year** on the straight path. "
            "Pulling the target forward to {early_year} makes it {ratio} times the pace: "
            "{per_year_early} a year.{churn}{official}"
        ),
        "id": (
            "Untuk mencapai {target} pada {year} dari {active} peserta aktif di antara "
            "{workforce} pekerja (basis data BPJS Ketenagakerjaan), {serang} harus menambah "
            "**{gap} pekerja terlindungi dalam {n_years} tahun, {per_year} per tahun** pada "
            "jalur lurus. Memajukan target ke {early_year} membuat lajunya {ratio} kali: "
            "{per_year_early} per tahun.{churn}{official}"
        ),
    },
    "denominators": {
        "en": (
            "{banten}'s {active_text} active participants at {pct_text} imply a base of "
            "**{implied} workers**. BPS counted {employed} employed persons in {employed_at} "
            "and a labour force of {labour} in {labour_at}: against employed persons the same "
            "{active} active participants are **{cov_employed}**, against the labour force "
            "{cov_labour}. {lampung}'s official targets ({t1_pct} = {t1}, {t2_pct} = {t2}) "
            "imply bases of {b1} and {b2} workers, {r1} and {r2} of the {l_employed} employed "
            "persons BPS counted in {l_employed_at}.{realism} The village standard of "
            "{per_village} workers per desa over {lampung}'s {desa} desa is **{minimum} "
            "workers**, {share_gap} of the {gap} workers still to cover to {target}. Funding "
            "one village's standard at {package} costs {per_village} × {rate} × 12 = **{cost} a"
            " year**, {share_fund} of an average Dana Desa allocation ({fund} over {n_desa} "
            "desa: {per_desa})."
        ),
        "id": (
            "Laporan {banten} tentang {active_text} peserta aktif pada {pct_text} menyiratkan "
            "basis **{implied} pekerja**. BPS mencatat {employed} penduduk bekerja pada "
            "{employed_at} dan angkatan kerja {labour} pada {labour_at}: terhadap penduduk "
            "bekerja, {active} peserta aktif yang sama adalah **{cov_employed}**, terhadap "
            "angkatan kerja {cov_labour}. Target resmi {lampung} ({t1_pct} = {t1}, {t2_pct} = "
            "{t2}) menyiratkan basis {b1} dan {b2} pekerja, {r1} dan {r2} dari {l_employed} "
            "penduduk bekerja yang dicatat BPS pada {l_employed_at}.{realism} Standar desa "
            "{per_village} pekerja per desa di {desa} desa {lampung} berarti **{minimum} "
            "pekerja**, {share_gap} dari {gap} pekerja yang masih harus dilindungi untuk "
            "mencapai {target}. Mendanai standar satu desa dengan paket {package} memerlukan "
            "{per_village} × {rate} × 12 = **{cost} per tahun**, {share_fund} dari rata-rata "
            "alokasi Dana Desa ({fund} untuk {n_desa} desa: {per_desa})."
        ),
    },
    "claims_budgets": {
        "en": (
            "In {year}, up to the event of {event_date} (year to date, as the sources say "
            "*sepanjang tahun ini*), BPJS Ketenagakerjaan paid **{claims}** in claims in "
            "{serang} to {recipients} workers: **{per_recipient} per recipient**, or "
            "{per_active} per active participant.{single} Funding JKK and JKM for {serang}'s "
            "{vulnerable} vulnerable workers costs {vulnerable} × {rate} × {months} = "
            "**{cost} a year** ({cost_jht} with JHT); covering all {uncovered} uncovered "
            "workers the same way would cost {cost_uncovered} a year{banten}."
        ),
        "id": (
            "Pada {year}, hingga acara {event_date} (sejak awal tahun, seperti ditulis "
            "sumber: *sepanjang tahun ini*), BPJS Ketenagakerjaan membayar **{claims}** klaim "
            "di {serang} kepada {recipients} pekerja: **{per_recipient} per penerima**, atau "
            "{per_active} per peserta aktif.{single} Membiayai JKK dan JKM bagi {vulnerable} "
            "pekerja rentan {serang} menelan {vulnerable} × {rate} × {months} = **{cost} per "
            "tahun** ({cost_jht} dengan JHT); membiayai semua {uncovered} pekerja belum "
            "terlindungi dengan cara yang sama menelan {cost_uncovered} per tahun{banten}."
        ),
    },
}

# Optional sentences and words, per language.
PARTS: dict[str, dict[str, str]] = {
    "en": {
        "versus_item": "{texts} ({outlets})",
        "vulnerable": (
            " {outlet}'s {text} vulnerable workers is more than {region}'s {workforce} "
            "workers (the article itself doubts it) and is set aside for the {value} of the "
            "other {n} reports."
        ),
        "doubtful": (
            " {region}'s {text} is kept as written and flagged: {jkm} a month is the JKM "
            "contribution and SERTAKAN funds JKK+JKM at {sertakan} a month, so either the "
            "unit (*per hari*) or the amount is a slip; neither reading is chosen."
        ),
        "banten": (
            " {region} reports {pct_text}, {active_text} active participants; its workforce "
            "is not reported, so it is derived as {active} / {pct} ≈ {workforce}, and "
            "**about {gap} more workers** are needed. That figure is approximate: the "
            "rounding of {active_text} and {pct_text} alone spans {workforce_lo} to "
            "{workforce_hi} workers, so {gap_lo} to {gap_hi} more."
        ),
        "no_row": " {region} reports targets, not coverage, so it has no row here (see the "
        "enrolment projections).",
        "churn_more": (
            " Churn matters more than the deadline over a long horizon: if {churn} of "
            "participants stop contributing each year, gross enrolment to {year} rises from "
            "{gross} to {gross_churn}."
        ),
        "churn": (
            " If {churn} of participants stop contributing each year, gross enrolment to "
            "{year} rises from {gross} to {gross_churn}."
        ),
        "official": (
            " {region}'s official targets ({targets}) put the later target **{additional} "
            "active workers** above the earlier one, {span} on, a target above a target "
            "rather than a reported count: {from_coverage} from the higher coverage of the "
            "earlier target's implied workforce and {from_workforce} from the larger "
            "workforce the later target implies ({w1} against {w0} workers). Its coverage "
            "is {side} the straight line from {y0} to {target} in {year}, which needs "
            "{only}{required} in {y1}."
        ),
        "target_item": "{pct} in {year}",
        "one_year": "one year",
        "years": "{n} years",
        "ahead": "ahead of",
        "behind": "behind",
        "only": "only ",
        "single": (
            " Of the single benefits reported in {parent}, only the JKM death benefit of "
            "{jkm} is a fixed statutory amount; the {package} combines {comprises} in a split "
            "the article does not give. Both are attributed to {city} by inference from the "
            "branch that handed them over."
        ),
        "banten_cost": ", and {region}'s roughly {uncovered} uncovered workers about {cost}",
        "and": " and ",
        "a_scholarship": "a scholarship",
        "million": "{x} million",
        "realism": (
            " {region} had {previous} active participants in {previous_at} and {latest} in "
            "{latest_at}, {achieved} a year; its {year} target of {target} needs {needed} a "
            "year from there."
        ),
        "range": "{lo}–{hi}",
    },
    "id": {
        "versus_item": "{texts} ({outlets})",
        "vulnerable": (
            " Angka {text} pekerja rentan dari {outlet} lebih besar dari {workforce} "
            "pekerja {region} (artikelnya sendiri meragukannya) dan dikesampingkan untuk "
            "{value} dari {n} laporan lainnya."
        ),
        "doubtful": (
            " Angka {text} dari {region} disimpan seperti tertulis dan ditandai: {jkm} sebulan "
            "adalah iuran JKM dan SERTAKAN membiayai JKK+JKM {sertakan} sebulan, jadi satuan "
            "(*per hari*) atau jumlahnya keliru; tidak ada yang dipilih."
        ),
        "banten": (
            " {region} melaporkan {pct_text}, {active_text} peserta aktif; jumlah pekerjanya "
            "tidak dilaporkan, sehingga diturunkan sebagai {active} / {pct} ≈ {workforce}, "
            "dan **sekitar {gap} pekerja lagi** diperlukan. Angka itu perkiraan: pembulatan "
            "{active_text} dan {pct_text} saja mencakup {workforce_lo} sampai {workforce_hi} "
            "pekerja, jadi {gap_lo} sampai {gap_hi} lagi."
        ),
        "no_row": " {region} melaporkan target, bukan cakupan, sehingga tidak ada barisnya "
        "di sini (lihat proyeksi pendaftaran).",
        "churn_more": (
            " Churn lebih berpengaruh daripada tenggat dalam jangka panjang: bila {churn} "
            "peserta berhenti membayar iuran setiap tahun, pendaftaran bruto sampai {year} "
            "naik dari {gross} menjadi {gross_churn}."
        ),
        "churn": (
            " Bila {churn} peserta berhenti membayar iuran setiap tahun, pendaftaran bruto "
            "sampai {year} naik dari {gross} menjadi {gross_churn}."
        ),
        "official": (
            " Target resmi {region} ({targets}) menempatkan target yang kemudian **{additional} "
            "peserta aktif** di atas target sebelumnya, {span} kemudian, target di atas "
            "target dan bukan jumlah yang dilaporkan: {from_coverage} dari cakupan yang lebih "
            "tinggi atas jumlah pekerja yang tersirat dalam target sebelumnya dan "
            "{from_workforce} dari jumlah pekerja yang lebih besar yang tersirat dalam target "
            "kemudian ({w1} dibanding {w0} pekerja). Cakupannya {side} garis lurus dari {y0} "
            "ke {target} pada {year}, yang {only}memerlukan {required} pada {y1}."
        ),
        "target_item": "{pct} pada {year}",
        "one_year": "satu tahun",
        "years": "{n} tahun",
        "ahead": "di depan",
        "behind": "di belakang",
        "only": "hanya ",
        "single": (
            " Dari santunan tunggal yang dilaporkan di {parent}, hanya santunan kematian JKM "
            "sebesar {jkm} yang jumlahnya tetap menurut peraturan; {package} menggabungkan "
            "{comprises} dengan pembagian yang tidak disebut artikel. Keduanya dikaitkan "
            "dengan {city} berdasarkan kantor cabang yang menyerahkannya (inferensi)."
        ),
        "banten_cost": ", dan sekitar {uncovered} pekerja belum terlindungi di {region} "
        "sekitar {cost}",
        "and": " dan ",
        "a_scholarship": "beasiswa",
        "million": "{x} juta",
        "realism": (
            " {region} memiliki {previous} peserta aktif pada {previous_at} dan {latest} "
            "pada {latest_at}, {achieved} per tahun; target {year} sebesar {target} "
            "memerlukan {needed} per tahun dari titik itu."
        ),
        "range": "{lo}–{hi}",
    },
}

_NUMBER_WORDS = {
    "en": ["", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten"],
    "id": ["", "Satu", "Dua", "Tiga", "Empat", "Lima", "Enam", "Tujuh", "Delapan",
           "Sembilan", "Sepuluh"],
}
_COUNT_WORDS_ID = {"one": "satu", "two": "dua", "three": "tiga", "four": "empat",
                   "five": "lima"}


class _Tables:
    """The tables of one data folder, each computed once for the state of its inputs
    (:func:`ucj_data.pipeline.derive`) when first asked for."""

    def __init__(self, root: Path | str | None = None):
        self.root = root

    def _own(self, name: str) -> pd.DataFrame:
        from ucj_data.pipeline import derive

        return derive(name, root=self.root)

    @cached_property
    def figures(self) -> pd.DataFrame:
        return self._own("figures")

    @cached_property
    def regions(self) -> pd.DataFrame:
        return self._own("regions")

    @cached_property
    def sources(self) -> pd.DataFrame:
        return self._own("sources")

    @cached_property
    def rates(self) -> pd.DataFrame:
        return self._own("contribution_rates")

    @cached_property
    def reconciled(self) -> pd.DataFrame:
        return self._own("reconciled")

    @cached_property
    def quality(self) -> pd.DataFrame:
        return self._own("data_quality")

    @cached_property
    def coverage(self) -> pd.DataFrame:
        return self._own("coverage")

    @cached_property
    def targets(self) -> pd.DataFrame:
        return self._own("official_targets")

    @cached_property
    def claims(self) -> pd.DataFrame:
        return self._own("claim_benefits")

    @cached_property
    def single(self) -> pd.DataFrame:
        return self._own("single_benefits")

    @cached_property
    def cases(self) -> pd.DataFrame:
        return self._own("budget_cases")

    @cached_property
    def statistics(self) -> pd.DataFrame:
        return self._own("statistics")

    def coverage_against(self, denominator: str) -> pd.DataFrame:
        return ucj_data.coverage(self.figures, self.reconciled, self.statistics,
                                 regions=self.regions, denominator=denominator)

    @cached_property
    def denominators(self) -> pd.DataFrame:
        return self._own("denominators")

    @cached_property
    def history(self) -> pd.DataFrame:
        return self._own("coverage_history")

    @cached_property
    def realism(self) -> pd.DataFrame:
        return self._own("target_realism")

    @cached_property
    def villages(self) -> pd.DataFrame:
        return self._own("village_standard")

    def projection(self, region_code: str, **scenario) -> pd.DataFrame:
        return ucj_data.project_enrolment(self.figures, self.coverage, regions=self.regions,
                                          region_codes=[region_code], **scenario)

    # --- look-ups: by key, never by position
    def name(self, region_code: str) -> str:
        rows = self.regions[self.regions["region_code"] == region_code]
        return str(rows["name"].iloc[0]) if len(rows) else region_code

    def figure(self, figure_id: str) -> pd.Series:
        return _one(self.figures, figure_id=figure_id)

    def outlet(self, source_id: str) -> str:
        row = _one(self.sources, source_id=source_id)
        return source_id if pd.isna(row["outlet"]) else str(row["outlet"])

    def rate(self, package: str) -> float:
        return float(_one(self.rates, package=package)["rate_idr_per_month"])

    def coverage_row(self, region_code: str) -> pd.Series:
        return _one(self.coverage, region_code=region_code)


def _one(frame: pd.DataFrame, **keys) -> pd.Series:
    """The one row of ``frame`` whose columns equal ``keys``; LookupError otherwise."""
    mask = pd.Series(True, index=frame.index)
    for column, value in keys.items():
        mask &= frame[column].astype(str) == str(value)
    rows = frame[mask]
    if len(rows) != 1:
        raise LookupError(f"expected one row with {keys}, found {len(rows)}")
    return rows.iloc[0]


def _ids(text) -> list[str]:
    return [] if pd.isna(text) or not str(text) else str(text).split(";")


class _Writer:
    """Numbers and words in one language's conventions."""

    def __init__(self, lang: str):
        self.lang = lang
        self.parts = PARTS[lang]

    def n(self, value, decimals: int = 0) -> str:
        return format_number(value, lang=self.lang, decimals=decimals)

    def workers(self, value) -> str:
        """Workers to enrol: whole workers, rounded up (the one rule)."""
        return self.n(whole_workers(float(value)))

    def pct(self, value, decimals: int = 2) -> str:
        return format_pct(value, lang=self.lang, decimals=decimals)

    def pct_short(self, value) -> str:
        """A percentage with as few decimals as needed, at most 2 (99,5%; 50,87%)."""
        for decimals in range(2):
            if abs(round(float(value), decimals) - float(value)) < 1e-9:
                return self.pct(value, decimals)
        return self.pct(value, 2)

    def millions(self, value, decimals: int = 2) -> str:
        return self.parts["million"].format(x=self.n(float(value) / 1e6, decimals))

    def rupiah(self, value, decimals: int = 1) -> str:
        return format_rupiah(value, lang=self.lang, decimals=decimals)

    def date(self, iso: str) -> str:
        return format_date(date.fromisoformat(iso), "d MMMM y", locale=locale_of(self.lang))

    def count_word(self, n: int) -> str:
        words = _NUMBER_WORDS[self.lang]
        return words[n] if 0 < n < len(words) else self.n(n)

    def quoted(self, text: str) -> str:
        """Words of a source, verbatim."""
        return f"*{text}*"

    def listing(self, items: list[str]) -> str:
        if len(items) <= 1:
            return "".join(items)
        return ", ".join(items[:-1]) + self.parts["and"] + items[-1]

    def part(self, key: str, **values) -> str:
        return self.parts[key].format(**values)


def _rounding(value: float) -> tuple[float, float]:
    """The values a figure as written allows when it may be rounded at its last non-zero
    digit (ucj_data.metadata.methods.METHODS['reconcile']): half a step either way."""
    from decimal import Decimal

    exponent = Decimal(repr(float(value))).normalize().as_tuple().exponent
    half = float(Decimal(1).scaleb(exponent)) / 2
    return value - half, value + half


# --------------------------------------------------------------------------------------------
# The values of each finding
# --------------------------------------------------------------------------------------------


def _sources(t: _Tables, w: _Writer) -> dict[str, str]:
    rec = _one(t.reconciled, region_code=SERANG, indicator="active_participants",
               period=t.coverage_row(SERANG)["period"])
    kept_ids, aside_ids = _ids(rec["figure_ids_used"]), _ids(rec["figure_ids_set_aside"])

    def versus(ids: list[str]) -> str:
        rows = [t.figure(i) for i in ids]
        texts = list(dict.fromkeys(w.quoted(r["value_text"]) for r in rows))
        outlets = list(dict.fromkeys(t.outlet(r["source_id"]) for r in rows))
        return w.part("versus_item", texts=" / ".join(texts), outlets=", ".join(outlets))

    kept_fig = t.figure(kept_ids[0])
    aside_fig = t.figure(aside_ids[0])
    sources = {t.figure(i)["source_id"] for i in kept_ids + aside_ids}
    events = {str(_one(t.sources, source_id=s)["event_date"]) for s in sources}
    events.discard("nan")
    cov = t.coverage_row(SERANG)
    checks = t.quality[(t.quality["region_code"] == SERANG)
                       & (t.quality["check"] == "active / workforce = coverage")]
    good = checks[checks["figure_ids"].map(lambda ids: kept_ids[0] in _ids(ids))
                  & checks["passed"]].iloc[0]
    bad = checks[checks["figure_ids"].map(lambda ids: aside_ids[0] in _ids(ids))
                 & ~checks["passed"]].iloc[0]
    values = {
        "n_reports": w.count_word(len(sources)),
        "event_date": w.date(sorted(events)[0] if events else str(rec["period"])),
        "serang": t.name(SERANG),
        "set_aside": versus(aside_ids),
        "kept": versus(kept_ids),
        "kept_text": w.quoted(kept_fig["value_text"]),
        "rejected_text": w.quoted(aside_fig["value_text"]),
        "active": w.n(cov["active_participants"]),
        "uncovered": w.n(cov["uncovered_workers"]),
        "workforce": w.n(cov["workforce"]),
        "good_pct": w.pct(good["computed"]),
        "reported_pct": w.pct_short(good["reported"]),
        "tolerance": w.n(good["tolerance"], 1),
        "bad_pct": w.pct(bad["computed"]),
        "bad_diff": w.n(abs(bad["difference"]), 1),
    }
    # the implausible vulnerable-workers figure, set aside for the others
    vul = t.reconciled[(t.reconciled["region_code"] == SERANG)
                       & (t.reconciled["indicator"] == "vulnerable_enrolled")]
    values["vulnerable"] = ""
    if len(vul) == 1 and _ids(vul.iloc[0]["figure_ids_set_aside"]):
        odd = t.figure(_ids(vul.iloc[0]["figure_ids_set_aside"])[0])
        values["vulnerable"] = w.part(
            "vulnerable", outlet=t.outlet(odd["source_id"]), text=w.quoted(odd["value_text"]),
            region=t.name(SERANG), workforce=w.n(cov["workforce"]),
            value=w.n(vul.iloc[0]["value"]),
            n=w.count_word(len(_ids(vul.iloc[0]["figure_ids_used"]))).lower())
    claims = _one(t.reconciled, region_code=SERANG, indicator="claims_paid_idr",
                  period=_one(t.claims[t.claims["claims_paid_idr"].notna()],
                              region_code=SERANG)["period"])
    claim_ids = _ids(claims["figure_ids_used"])
    bound = next((t.figure(i) for i in claim_ids if t.figure(i)["qualifier"] == "lebih dari"),
                 t.figure(claim_ids[0]))
    values.update(
        n_claims=w.count_word(len(claim_ids)).lower(),
        claims=w.rupiah(claims["value"], decimals=3),
        bound_outlet=t.outlet(bound["source_id"]),
        bound_text=w.quoted(bound["value_text"]),
    )
    doubtful = t.figures[(t.figures["region_code"] == BANTEN)
                         & (t.figures["flag"] == "doubtful_unit")]
    values["doubtful"] = "".join(
        w.part("doubtful", region=t.name(BANTEN), text=w.quoted(row["value_text"]),
               jkm=w.rupiah(t.rate("JKM")), sertakan=w.rupiah(t.rate("SERTAKAN")))
        for _, row in doubtful.iterrows())
    return values


def _banten_ranges(cov: pd.Series, target_pct: float) -> tuple[float, float, float, float]:
    """(workforce low, high, workers to target low, high) of a workforce derived as
    active / coverage: the columns of coverage when it has them, else the rounding of
    both figures carried over (a larger count over a smaller percentage is the most)."""
    if "workforce_low" in cov.index and "workforce_high" in cov.index \
            and pd.notna(cov["workforce_low"]):
        lo, hi = float(cov["workforce_low"]), float(cov["workforce_high"])
        if "workers_to_target_low" in cov.index and pd.notna(cov["workers_to_target_low"]):
            return lo, hi, float(cov["workers_to_target_low"]), \
                float(cov["workers_to_target_high"])
        active = float(cov["active_participants"])
        return lo, hi, whole_workers(target_pct / 100 * lo - active), \
            whole_workers(target_pct / 100 * hi - active)
    a_lo, a_hi = _rounding(float(cov["active_participants"]))
    p_lo, p_hi = _rounding(float(cov["coverage_pct"]))
    return (a_lo * 100 / p_hi, a_hi * 100 / p_lo,
            whole_workers(a_lo * (target_pct / p_hi - 1)),
            whole_workers(a_hi * (target_pct / p_lo - 1)))


def _exactly(pct: float, count: float, minus: float = 0.0) -> float:
    """pct % of count, less ``minus``, computed in decimal as by hand (0,995 x 786.385 -
    400.385 = 382.068,075, where floats give 382.068,07499...: shown rounded, it must be
    the hand's 382.068,08)."""
    from decimal import Decimal

    def exact(x: float) -> Decimal:
        return Decimal(repr(float(x)))

    return float(exact(pct) * exact(count) / 100 - exact(minus))


def _coverage_gaps(t: _Tables, w: _Writer) -> dict[str, str]:
    cov = t.coverage_row(SERANG)
    target = float(cov["target_pct"])
    active, workforce = float(cov["active_participants"]), float(cov["workforce"])
    gap = int(cov["workers_to_target"])
    reported = _one(t.reconciled, region_code=SERANG, indicator="coverage_pct",
                    period=cov["period"])["value"]
    values = {
        "serang": t.name(SERANG),
        "active": w.n(active),
        "workforce": w.n(workforce),
        "reported_pct": w.pct_short(reported),
        "computed_pct": w.pct(100 * active / workforce),
        "target": w.pct_short(target),
        "gap": w.n(gap),
        "needed": w.n(_exactly(target, workforce), 2),
        "short_pct": w.pct(100 * (active + gap - 1) / workforce, 5),
        "banten": "",
        "no_row": "",
    }
    banten = t.coverage[t.coverage["region_code"] == BANTEN]
    if len(banten) == 1 and banten.iloc[0]["workforce_method"] == "active / coverage":
        row = banten.iloc[0]
        ids = _ids(row["figure_ids"])
        figs = t.figures[t.figures["figure_id"].isin(ids)]
        active_fig = figs[figs["indicator"] == "active_participants"].iloc[0]
        pct_fig = figs[figs["indicator"] == "coverage_pct"].iloc[0]
        wf_lo, wf_hi, gap_lo, gap_hi = _banten_ranges(row, float(row["target_pct"]))
        values["banten"] = w.part(
            "banten", region=t.name(BANTEN), pct_text=w.quoted(pct_fig["value_text"]),
            active_text=w.quoted(active_fig["value_text"]),
            active=w.millions(row["active_participants"], 1),
            pct=w.pct_short(row["coverage_pct"]), workforce=w.millions(row["workforce"]),
            gap=w.millions(row["workers_to_target"]), workforce_lo=w.millions(wf_lo),
            workforce_hi=w.millions(wf_hi), gap_lo=w.millions(gap_lo),
            gap_hi=w.millions(gap_hi))
    with_targets = set(t.targets["region_code"].astype(str)) - {INDONESIA}
    if LAMPUNG in with_targets and LAMPUNG not in set(t.coverage["region_code"].astype(str)):
        values["no_row"] = w.part("no_row", region=t.name(LAMPUNG))
    return values


def _per_year(w: _Writer, values: pd.Series) -> str:
    """Workers a year, rounded up; a range when the years differ."""
    whole = sorted({whole_workers(float(v)) for v in values})
    if len(whole) == 1:
        return w.n(whole[0])
    return w.part("range", lo=w.n(whole[0]), hi=w.n(whole[-1]))


def _enrolment(t: _Tables, w: _Writer) -> dict[str, str]:
    cov = t.coverage_row(SERANG)
    grid = t.projection(SERANG, target_year=[EARLY_TARGET_YEAR, 2045], churn=[0, CHURN])
    grid = grid[grid["target_status"] == "to_reach"]
    year = int(grid["target_year"].max())

    def rows(target_year: int, churn: float) -> pd.DataFrame:
        return grid[(grid["target_year"] == target_year) & (grid["churn"] == churn)]

    default, early = rows(year, 0), rows(EARLY_TARGET_YEAR, 0)
    ratio = float(early["net_new"].mean()) / float(default["net_new"].mean())
    gross, gross_churn = default["enrol_gross"].sum(), rows(year, CHURN)["enrol_gross"].sum()
    deadline_effect = abs(early["enrol_gross"].sum() - gross)
    values = {
        "target": w.pct_short(float(default["target_pct"].iloc[0])),
        "year": str(year),
        "active": w.n(cov["active_participants"]),
        "workforce": w.n(cov["workforce"]),
        "serang": t.name(SERANG),
        "gap": w.workers(default["net_new"].sum()),
        "n_years": w.n(len(default)),
        "per_year": _per_year(w, default["net_new"]),
        "early_year": str(EARLY_TARGET_YEAR),
        "ratio": w.n(ratio, 0 if abs(ratio - round(ratio)) < 0.05 else 1),
        "per_year_early": _per_year(w, early["net_new"]),
        "churn": w.part(
            "churn_more" if gross_churn - gross > deadline_effect else "churn",
            churn=w.pct_short(CHURN * 100), year=str(year), gross=w.workers(gross),
            gross_churn=w.workers(gross_churn)),
        "official": "",
    }
    targets = t.targets[(t.targets["region_code"] == LAMPUNG)
                        & t.targets["target_coverage_pct"].notna()].sort_values("year")
    if len(targets) >= 2:
        first, last = targets.iloc[0], targets.iloc[-1]
        ahead = float(last["target_coverage_pct"]) > float(last["required_coverage_pct"])
        span = int(last["year"]) - int(first["year"])
        values["official"] = w.part(
            "official", region=t.name(LAMPUNG),
            targets=", ".join(w.part("target_item", pct=w.pct_short(r["target_coverage_pct"]),
                                     year=str(int(r["year"]))) for _, r in targets.iterrows()),
            additional=w.n(last["additional_active"]),
            from_coverage=w.n(last["additional_from_coverage"]),
            from_workforce=w.n(last["additional_from_workforce"]),
            w0=w.n(first["implied_workforce"]), w1=w.n(last["implied_workforce"]),
            span=w.part("one_year") if span == 1 else w.part("years", n=w.n(span)),
            side=w.part("ahead" if ahead else "behind"), y0=str(int(first["year"])),
            target=w.pct_short(float(last["target_pct"])), year=str(int(last["target_year"])),
            only=w.part("only") if ahead else "", required=w.pct(last["required_coverage_pct"]),
            y1=str(int(last["year"])))
    return values


def _comprises(w: _Writer, text: str) -> str:
    items = [item.strip() for item in str(text).split(",")]
    out = []
    for item in items:
        if item.startswith("scholarship"):
            words = item.split()
            count = words[2] if len(words) > 2 else ""
            if w.lang == "id":
                item = f"{w.part('a_scholarship')} {_COUNT_WORDS_ID.get(count, count)} anak"
            else:
                item = f"{w.part('a_scholarship')} {' '.join(words[1:])}"
        out.append(item)
    return w.listing(out)


def _claims_budgets(t: _Tables, w: _Writer) -> dict[str, str]:
    claim = _one(t.claims[t.claims["claims_paid_idr"].notna()], region_code=SERANG)
    claim_figs = t.figures[t.figures["figure_id"].isin(_ids(claim["figure_ids"]))]
    events = sorted(str(d) for d in t.sources[t.sources["source_id"].isin(
        claim_figs["source_id"])]["event_date"].dropna())
    values = {
        "year": str(claim["period"])[:4],
        "event_date": w.date(events[-1]) if events else str(claim["period"]),
        "claims": w.rupiah(claim["claims_paid_idr"], decimals=3),
        "serang": t.name(SERANG),
        "recipients": w.n(claim["claim_recipients"]),
        "per_recipient": w.rupiah(claim["benefit_per_recipient_idr"]),
        "per_active": w.rupiah(claim["benefit_per_active_participant_idr"]),
        "single": "",
    }
    single = t.single
    jkm = single[single["comprises"] == "JKM"]
    package = single[single["comprises"].notna() & (single["comprises"] != "JKM")]
    if len(jkm) and len(package):
        city = str(jkm.iloc[0]["region_code"])
        parent = _one(t.regions, region_code=city)["parent_code"]
        values["single"] = w.part(
            "single", parent=t.name(str(parent)), jkm=w.rupiah(jkm.iloc[0]["benefit_paid_idr"]),
            package=w.rupiah(package.iloc[0]["benefit_paid_idr"]),
            comprises=_comprises(w, package.iloc[0]["comprises"]), city=t.name(city))
    cases = t.cases

    def case(region: str, kind: str, package: str) -> pd.Series:
        return _one(cases, region_code=region, case_kind=kind, package=package)

    vul = case(SERANG, "vulnerable_funded", "JKK+JKM")
    unc = case(SERANG, "uncovered", "JKK+JKM")
    values.update(
        vulnerable=w.n(vul["workers"]),
        rate=w.rupiah(vul["rate_idr_per_month"]),
        months=w.n(vul["months"]),
        cost=w.rupiah(vul["yearly_cost_idr"], decimals=2),
        cost_jht=w.rupiah(case(SERANG, "vulnerable_funded", "JKK+JKM+JHT")["yearly_cost_idr"],
                          decimals=2),
        uncovered=w.n(unc["workers"]),
        cost_uncovered=w.rupiah(unc["yearly_cost_idr"]),
        banten="",
    )
    banten = cases[(cases["region_code"] == BANTEN) & (cases["case_kind"] == "uncovered")
                   & (cases["package"] == "JKK+JKM")]
    if len(banten) == 1:
        values["banten"] = w.part("banten_cost", region=t.name(BANTEN),
                                  uncovered=w.millions(banten.iloc[0]["workers"], 1),
                                  cost=w.rupiah(banten.iloc[0]["yearly_cost_idr"]))
    return values


def _month(w: _Writer, period: str) -> str:
    """A period as people write it: 'August 2025' / 'Agustus 2025' (a year as itself)."""
    if len(period) < 7:
        return period
    day = date(int(period[:4]), int(period[5:7]), 1)
    return format_date(day, "MMMM y", locale=locale_of(w.lang))


def _denominators(t: _Tables, w: _Writer) -> dict[str, str]:
    banten = _one(t.coverage, region_code=BANTEN)
    ids = _ids(banten["figure_ids"])
    figs = t.figures[t.figures["figure_id"].isin(ids)]
    active_fig = figs[figs["indicator"] == "active_participants"].iloc[0]
    pct_fig = figs[figs["indicator"] == "coverage_pct"].iloc[0]
    employed = _one(t.coverage_against("employed"), region_code=BANTEN)
    labour = _one(t.coverage_against("labour_force"), region_code=BANTEN)
    lam = t.denominators[(t.denominators["region_code"] == LAMPUNG)
                         & (t.denominators["implied_basis"]
                            == "target active / target coverage")].sort_values("period")
    first, second = lam.iloc[0], lam.iloc[1]
    targets = t.targets[t.targets["region_code"] == LAMPUNG].set_index("year")
    village = _one(t.villages, region_code=LAMPUNG, package="JKK+JKM")
    desa = t.statistics[(t.statistics["indicator"] == "villages")
                        & (t.statistics["region_code"] == INDONESIA)]
    fund = t.statistics[(t.statistics["indicator"] == "village_fund_idr")
                        & (t.statistics["region_code"] == INDONESIA)]
    values = {
        "banten": t.name(BANTEN), "lampung": t.name(LAMPUNG),
        "active_text": w.quoted(active_fig["value_text"]),
        "pct_text": w.quoted(pct_fig["value_text"]),
        "implied": w.millions(banten["workforce"]),
        "employed": w.millions(employed["workforce"]),
        "employed_at": _month(w, employed["denominator_period"]),
        "labour": w.millions(labour["workforce"]),
        "labour_at": _month(w, labour["denominator_period"]),
        "active": w.millions(employed["active_participants"], 1),
        "cov_employed": w.pct(employed["coverage_pct"], 1),
        "cov_labour": w.pct(labour["coverage_pct"], 1),
        "t1_pct": w.pct_short(targets.at[int(first["period"]), "target_coverage_pct"]),
        "t1": w.n(targets.at[int(first["period"]), "target_active_participants"]),
        "t2_pct": w.pct_short(targets.at[int(second["period"]), "target_coverage_pct"]),
        "t2": w.n(targets.at[int(second["period"]), "target_active_participants"]),
        "b1": w.millions(first["implied_workforce"]),
        "b2": w.millions(second["implied_workforce"]),
        "r1": w.pct(100 * first["implied_to_employed"], 0),
        "r2": w.pct(100 * second["implied_to_employed"], 0),
        "l_employed": w.millions(first["employed_persons"]),
        "l_employed_at": _month(w, first["employed_period"]),
        "realism": "",
        "per_village": w.n(village["workers_per_village"]),
        "desa": w.n(village["villages"]),
        "minimum": w.n(village["minimum_workers"]),
        "share_gap": w.pct(100 * village["minimum_share_of_gap"], 1),
        "gap": w.millions(village["workers_to_target"]),
        "target": w.pct_short(99.5),
        "package": str(village["package"]),
        "rate": w.rupiah(village["rate_idr_per_month"], 0),
        "cost": w.rupiah(village["yearly_cost_per_village_idr"], 2),
        "share_fund": w.pct(100 * village["share_of_village_fund"], 1),
        "fund": w.rupiah(fund["value"].iloc[0], 0),
        "n_desa": w.n(desa["value"].iloc[0]),
        "per_desa": w.rupiah(village["village_fund_per_village_idr"], 1),
    }
    realism = t.realism[(t.realism["region_code"] == LAMPUNG)
                        & t.realism["achieved_growth"].notna()].sort_values("target_year")
    if len(realism):
        r = realism.iloc[-1]
        values["realism"] = w.part(
            "realism", region=t.name(LAMPUNG), previous=w.n(r["previous_active"]),
            previous_at=_month(w, r["previous_period"]), latest=w.n(r["latest_active"]),
            latest_at=_month(w, r["latest_period"]), achieved=w.pct(100 * r["achieved_growth"], 1),
            year=int(r["target_year"]), target=w.n(r["target_active_participants"]),
            needed=w.pct(100 * r["needed_growth"], 1))
    return values


_VALUES = {
    "sources": _sources,
    "coverage_gaps": _coverage_gaps,
    "enrolment": _enrolment,
    "claims_budgets": _claims_budgets,
    "denominators": _denominators,
}


def render(name: str, lang: str = "en", root: Path | str | None = None,
           *, tables: _Tables | None = None) -> str:
    """The finding ``name`` (one of :data:`FINDINGS`) as Markdown, in ``lang``, from the
    data folder ``root`` (default: the one ucj_data finds)."""
    PARAMETERS["lang"].check(lang)
    if name not in TEMPLATES:
        raise ValueError(f"unknown finding {name!r}; expected one of {list(FINDINGS)}")
    tables = tables if tables is not None else _Tables(root)
    return TEMPLATES[name][lang].format(**_VALUES[name](tables, _Writer(lang)))


def render_all(lang: str = "en", root: Path | str | None = None) -> dict[str, str]:
    """Every finding, by name, from one reading of the data folder ``root``."""
    tables = _Tables(root)
    return {name: render(name, lang, tables=tables) for name in FINDINGS}


def markdown(name: str, lang: str = "en", root: Path | str | None = None):
    """The finding as an IPython ``Markdown`` object, for a notebook cell."""
    from IPython.display import Markdown

    return Markdown(render(name, lang, root))


assert all(set(TEMPLATES[name]) == set(PARTS) for name in TEMPLATES)
