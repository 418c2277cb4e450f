"""Column headers for readers, in Indonesian and English, one per field.

A table shown to a reader (a notebook, a report) replaces the field names of
:data:`ucj_data.metadata.fields.FIELDS` with these short labels; the unit is part of the
label where the field has one (``(Rp)``, ``(%)``). The ``<name>_low`` / ``<name>_high``
range columns get their base field's label with ", low" / ", high" (", batas bawah" /
", batas atas") appended by :func:`field_label`.
"""

from __future__ import annotations

LANGUAGES: tuple[str, ...] = ("id", "en")

FIELD_LABELS: dict[str, dict[str, str]] = {
    # --- sources -----------------------------------------------------------------------
    "source_id": {"en": "Source ID", "id": "ID sumber"},
    "file": {"en": "Source file", "id": "Berkas sumber"},
    "outlet": {"en": "News outlet", "id": "Media"},
    "title": {"en": "Headline", "id": "Judul berita"},
    "published": {"en": "Published", "id": "Waktu terbit"},
    "event_date": {"en": "Event date", "id": "Tanggal kegiatan"},
    "place": {"en": "Place", "id": "Tempat"},
    "language": {"en": "Language", "id": "Bahasa"},
    "note": {"en": "Curator's note", "id": "Catatan kurator"},
    # --- regions -----------------------------------------------------------------------
    "region_code": {"en": "Region code", "id": "Kode wilayah"},
    "name": {"en": "Region name", "id": "Nama wilayah"},
    "region_name": {"en": "Region", "id": "Wilayah"},
    "level": {"en": "Administrative level", "id": "Tingkat wilayah"},
    "parent_code": {"en": "Parent region code", "id": "Kode wilayah induk"},
    # --- figures -----------------------------------------------------------------------
    "figure_id": {"en": "Figure ID", "id": "ID angka"},
    "indicator": {"en": "Indicator", "id": "Indikator"},
    "period": {"en": "Period", "id": "Periode"},
    "value_text": {"en": "Value as written", "id": "Angka sesuai sumber"},
    "quote": {"en": "Quote", "id": "Kutipan"},
    "flag": {"en": "Flag", "id": "Penanda"},
    "value": {"en": "Value", "id": "Nilai"},
    "unit": {"en": "Unit", "id": "Satuan"},
    "qualifier": {"en": "Qualifier", "id": "Keterangan angka"},
    # --- indicators --------------------------------------------------------------------
    "description": {"en": "Description", "id": "Uraian"},
    # --- exclusions --------------------------------------------------------------------
    "rule_id": {"en": "Rule ID", "id": "ID aturan"},
    "pattern": {"en": "Pattern", "id": "Pola"},
    "explanation": {"en": "Explanation", "id": "Penjelasan"},
    # --- reconcile, data_quality -------------------------------------------------------
    "status": {"en": "Status", "id": "Status"},
    "n_sources": {"en": "Number of sources", "id": "Jumlah sumber"},
    "figure_ids_used": {"en": "Figures used", "id": "Angka yang dipakai"},
    "figure_ids_set_aside": {"en": "Figures set aside", "id": "Angka yang dikesampingkan"},
    "reason": {"en": "Reason", "id": "Alasan"},
    "check": {"en": "Check", "id": "Pemeriksaan"},
    "reported": {"en": "Reported value", "id": "Nilai dilaporkan"},
    "computed": {"en": "Computed value", "id": "Nilai hasil hitung"},
    "difference": {"en": "Difference", "id": "Selisih"},
    "tolerance": {"en": "Tolerance", "id": "Toleransi"},
    "passed": {"en": "Passed", "id": "Lolos"},
    "detail": {"en": "Detail", "id": "Rincian"},
    # --- coverage, claims --------------------------------------------------------------
    "active_participants": {"en": "Active participants", "id": "Peserta aktif"},
    "workforce_method": {"en": "Workforce derived from", "id": "Dasar jumlah pekerja"},
    "uncovered_workers": {"en": "Uncovered workers", "id": "Pekerja belum terlindungi"},
    "workers_to_target": {"en": "Workers to reach target",
                          "id": "Pekerja untuk mencapai target"},
    "claims_paid_idr": {"en": "Claims paid (Rp)", "id": "Klaim dibayarkan (Rp)"},
    "claim_recipients": {"en": "Claim recipients", "id": "Penerima klaim"},
    "benefit_per_recipient_idr": {"en": "Benefit per recipient (Rp)",
                                  "id": "Manfaat per penerima (Rp)"},
    "benefit_per_active_participant_idr": {"en": "Benefit per active participant (Rp)",
                                           "id": "Manfaat per peserta aktif (Rp)"},
    "benefit_paid_idr": {"en": "Benefit paid (Rp)", "id": "Manfaat dibayarkan (Rp)"},
    "comprises": {"en": "Programmes included", "id": "Program yang dicakup"},
    # --- projections, official targets --------------------------------------------------
    "target_pct": {"en": "Coverage target (%)", "id": "Target cakupan (%)"},
    "workforce": {"en": "Workforce", "id": "Jumlah pekerja"},
    "coverage_pct": {"en": "Coverage (%)", "id": "Cakupan kepesertaan (%)"},
    "figure_ids": {"en": "Source figures", "id": "Angka sumber"},
    "target_year": {"en": "Target year", "id": "Tahun target"},
    "workforce_growth": {"en": "Yearly workforce growth",
                         "id": "Pertumbuhan pekerja per tahun"},
    "churn": {"en": "Yearly churn", "id": "Tingkat peserta berhenti per tahun"},
    "path": {"en": "Path", "id": "Lintasan"},
    "year": {"en": "Year", "id": "Tahun"},
    "base_year": {"en": "Base year", "id": "Tahun dasar"},
    "base_method": {"en": "Base taken from", "id": "Sumber nilai dasar"},
    "target_status": {"en": "Target status", "id": "Status target"},
    "covered": {"en": "Covered workers", "id": "Pekerja terlindungi"},
    "newly_covered": {"en": "Newly covered since base year",
                      "id": "Tambahan terlindungi sejak tahun dasar"},
    "net_new": {"en": "Net change in year", "id": "Perubahan bersih setahun"},
    "lapsed": {"en": "Lapsed participants", "id": "Peserta berhenti"},
    "enrol_gross": {"en": "Workers to enrol", "id": "Pekerja yang perlu didaftarkan"},
    "target_coverage_pct": {"en": "Official coverage target (%)",
                            "id": "Target cakupan resmi (%)"},
    "target_active_participants": {"en": "Official participant target",
                                   "id": "Target peserta aktif resmi"},
    "implied_workforce": {"en": "Workforce implied by targets",
                          "id": "Jumlah pekerja menurut target"},
    "additional_active": {"en": "Additional active participants",
                          "id": "Tambahan peserta aktif"},
    "additional_from_coverage": {"en": "Added by higher coverage",
                                 "id": "Tambahan dari kenaikan cakupan"},
    "additional_from_workforce": {"en": "Added by larger workforce",
                                  "id": "Tambahan dari pertambahan pekerja"},
    "required_coverage_pct": {"en": "Required coverage (%)", "id": "Cakupan yang diperlukan (%)"},
    # --- contribution budgets ----------------------------------------------------------
    "package": {"en": "Contribution package", "id": "Paket iuran"},
    "components": {"en": "Programmes", "id": "Program"},
    "rate_idr_per_month": {"en": "Monthly contribution (Rp)", "id": "Iuran per bulan (Rp)"},
    "basis": {"en": "Rate basis", "id": "Dasar penetapan iuran"},
    "regulation": {"en": "Regulation", "id": "Peraturan"},
    "rate_source": {"en": "Rate source", "id": "Sumber besaran iuran"},
    "workers": {"en": "Workers funded", "id": "Pekerja yang dibiayai"},
    "months": {"en": "Months funded", "id": "Bulan dibiayai"},
    "yearly_cost_idr": {"en": "Yearly cost (Rp)", "id": "Biaya per tahun (Rp)"},
    "case_id": {"en": "Case ID", "id": "ID kasus"},
    "case_kind": {"en": "Case type", "id": "Jenis kasus"},
    "workers_basis": {"en": "Workers basis", "id": "Dasar jumlah pekerja dibiayai"},
    "kind": {"en": "Value type", "id": "Jenis nilai"},
}

# what field_label appends to a base field's label for its range columns
RANGE_ENDS: dict[str, dict[str, str]] = {
    "low": {"en": "low", "id": "batas bawah"},
    "high": {"en": "high", "id": "batas atas"},
}


def field_label(name: str, lang: str) -> str:
    """The column header of field ``name`` in ``lang`` ('id' or 'en').

    ``<base>_low`` / ``<base>_high`` get the base field's label with ", low" / ", high"
    (", batas bawah" / ", batas atas"); a name that is not a field comes back unchanged,
    so a column a researcher added still shows.
    """
    if lang not in LANGUAGES:
        raise ValueError(f"lang must be one of {', '.join(map(repr, LANGUAGES))}, "
                         f"not {lang!r}")
    if name in FIELD_LABELS:
        return FIELD_LABELS[name][lang]
    base, _, end = name.rpartition("_")
    if end in RANGE_ENDS and base in FIELD_LABELS:
        return f"{FIELD_LABELS[base][lang]}, {RANGE_ENDS[end][lang]}"
    return name
