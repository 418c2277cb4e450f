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
    "kemendagri_code": {"en": "Kemendagri code", "id": "Kode Kemendagri"},
    "code_basis": {"en": "Basis of the BPS code", "id": "Dasar kode BPS"},
    # --- region_aliases ----------------------------------------------------------------
    "alias": {"en": "Alias", "id": "Sebutan lain"},
    "alias_kind": {"en": "Kind of alias", "id": "Jenis sebutan"},
    "ambiguity": {"en": "Also names another region", "id": "Juga menyebut wilayah lain"},
    "alias_source": {"en": "Checked at", "id": "Diperiksa di"},
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
    "coverage_pct_written": {"en": "Coverage as written (%)",
                             "id": "Cakupan sebagaimana tertulis (%)"},
    "coverage_check": {"en": "Written coverage against the counts",
                       "id": "Cakupan tertulis terhadap jumlah"},
    "uncovered_workers": {"en": "Uncovered workers", "id": "Pekerja belum terlindungi"},
    "workers_to_target": {"en": "Workers to reach target",
                          "id": "Pekerja untuk mencapai target"},
    "claims_paid_idr": {"en": "Claims paid (IDR)", "id": "Klaim dibayarkan (Rp)"},
    "claim_recipients": {"en": "Claim recipients", "id": "Penerima klaim"},
    "benefit_per_recipient_idr": {"en": "Benefit per recipient (IDR)",
                                  "id": "Manfaat per penerima (Rp)"},
    "benefit_per_active_participant_idr": {"en": "Benefit per active participant (IDR)",
                                           "id": "Manfaat per peserta aktif (Rp)"},
    "benefit_paid_idr": {"en": "Benefit paid (IDR)", "id": "Manfaat dibayarkan (Rp)"},
    "comprises": {"en": "Programmes included", "id": "Program yang dicakup"},
    "scholarship_children": {"en": "Scholarship for (children)",
                             "id": "Beasiswa untuk (anak)"},
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
    "rate_idr_per_month": {"en": "Monthly contribution (IDR)", "id": "Iuran per bulan (Rp)"},
    "basis": {"en": "Rate basis", "id": "Dasar penetapan iuran"},
    "regulation": {"en": "Regulation", "id": "Peraturan"},
    "rate_source": {"en": "Rate source", "id": "Sumber besaran iuran"},
    "workers": {"en": "Workers funded", "id": "Pekerja yang dibiayai"},
    "months": {"en": "Months funded", "id": "Bulan dibiayai"},
    "adjustment_id": {"en": "Rate adjustment", "id": "Penyesuaian iuran"},
    "path_from": {"en": "Straight path from", "id": "Jalur lurus dari"},
    "base_period": {"en": "Observed in", "id": "Periode pengamatan"},
    "base_coverage_pct": {"en": "Observed coverage (%)", "id": "Cakupan teramati (%)"},
    "base_workforce": {"en": "Observed base (workers)", "id": "Basis pengamatan (pekerja)"},
    "observed_against_target": {"en": "Observation against its year's target",
                                "id": "Pengamatan terhadap target tahunnya"},
    "programmes": {"en": "Programmes adjusted", "id": "Program yang disesuaikan"},
    "factor": {"en": "Factor", "id": "Faktor"},
    "payer": {"en": "Paid by", "id": "Dibayar oleh"},
    "sector": {"en": "Sector", "id": "Sektor"},
    "valid_from": {"en": "In force from", "id": "Berlaku mulai"},
    "valid_to": {"en": "In force to", "id": "Berlaku sampai"},
    "month": {"en": "Month", "id": "Bulan"},
    "full_rate_idr_per_month": {"en": "Full rate (IDR/month)", "id": "Iuran penuh (Rp/bulan)"},
    "adjusted_months": {"en": "Months at an adjusted rate",
                        "id": "Bulan dengan iuran disesuaikan"},
    "yearly_cost_idr": {"en": "Yearly cost (IDR)", "id": "Biaya per tahun (Rp)"},
    "case_id": {"en": "Case ID", "id": "ID kasus"},
    "case_kind": {"en": "Case type", "id": "Jenis kasus"},
    "workers_basis": {"en": "Workers basis", "id": "Dasar jumlah pekerja dibiayai"},
    "kind": {"en": "Value type", "id": "Jenis nilai"},
    # --- official statistics -----------------------------------------------------------
    "statistic_id": {"en": "Statistic ID", "id": "ID statistik"},
    "publisher": {"en": "Publisher", "id": "Penerbit"},
    "named_as": {"en": "Named in the release", "id": "Sebutan dalam rilis"},
    "count_basis": {"en": "Counted by", "id": "Dihitung menurut"},
    "release": {"en": "Release", "id": "Publikasi"},
    "release_date": {"en": "Release date", "id": "Tanggal rilis"},
    "read_at_url": {"en": "Read at (address)", "id": "Alamat laman sumber baca"},
    "read_at_outlet": {"en": "Read at (outlet)", "id": "Media sumber baca"},
    "confidence": {"en": "Confidence", "id": "Tingkat keyakinan"},
    "also_read_at": {"en": "Also read at", "id": "Juga dibaca di"},
    "confirmations": {"en": "Pages confirming", "id": "Halaman yang mengonfirmasi"},
    "statistic_ids": {"en": "Official statistics used", "id": "Statistik resmi yang dipakai"},
    # --- denominators ------------------------------------------------------------------
    "denominator": {"en": "Denominator", "id": "Penyebut"},
    "denominator_period": {"en": "Denominator period", "id": "Periode penyebut"},
    "implied_basis": {"en": "Implied by", "id": "Dasar perhitungan tersirat"},
    "employed_persons": {"en": "Employed persons (BPS)", "id": "Penduduk bekerja (BPS)"},
    "employed_period": {"en": "Employed persons period",
                        "id": "Periode penduduk bekerja"},
    "labour_force": {"en": "Labour force (BPS)", "id": "Angkatan kerja (BPS)"},
    "labour_force_period": {"en": "Labour force period", "id": "Periode angkatan kerja"},
    "implied_to_employed": {"en": "Implied / employed persons",
                            "id": "Tersirat / penduduk bekerja"},
    "implied_to_labour_force": {"en": "Implied / labour force",
                                "id": "Tersirat / angkatan kerja"},
    # --- coverage history, target realism ----------------------------------------------
    "source_kind": {"en": "Source type", "id": "Jenis sumber"},
    "calendar_month": {"en": "Calendar month", "id": "Bulan kalender"},
    "target_basis": {"en": "Target set from", "id": "Dasar target"},
    "latest_period": {"en": "Latest period", "id": "Periode terakhir"},
    "latest_active": {"en": "Latest active participants",
                      "id": "Peserta aktif terakhir"},
    "previous_period": {"en": "Previous period", "id": "Periode sebelumnya"},
    "previous_active": {"en": "Previous active participants",
                        "id": "Peserta aktif sebelumnya"},
    "needed_growth": {"en": "Yearly growth needed", "id": "Pertumbuhan per tahun yang diperlukan"},
    "achieved_growth": {"en": "Yearly growth achieved", "id": "Pertumbuhan per tahun yang dicapai"},
    "realism": {"en": "Realism", "id": "Kelayakan target"},
    # --- village standard, funding mix -------------------------------------------------
    "villages": {"en": "Villages (desa)", "id": "Desa"},
    "urban_villages": {"en": "Urban villages (kelurahan)", "id": "Kelurahan"},
    "workers_per_village": {"en": "Workers per village", "id": "Pekerja per desa"},
    "minimum_workers": {"en": "Minimum workers", "id": "Pekerja minimal"},
    "minimum_share_of_gap": {"en": "Minimum as share of gap",
                             "id": "Porsi pekerja minimal dalam kesenjangan"},
    "yearly_cost_per_village_idr": {"en": "Yearly cost per village (IDR)",
                                    "id": "Biaya per desa per tahun (Rp)"},
    "village_fund_per_village_idr": {"en": "Average Dana Desa per village (IDR)",
                                     "id": "Rata-rata Dana Desa per desa (Rp)"},
    "share_of_village_fund": {"en": "Share of Dana Desa", "id": "Porsi dari Dana Desa"},
    "funder": {"en": "Funder", "id": "Penyandang dana"},
    "share": {"en": "Share", "id": "Porsi"},
    "amount_idr": {"en": "Amount (IDR)", "id": "Jumlah (Rp)"},
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


def _check_lang(lang: str) -> None:
    """Refuse a ``lang`` other than 'id' or 'en', as :func:`field_label` does."""
    if lang not in LANGUAGES:
        raise ValueError(f"lang must be one of {', '.join(map(repr, LANGUAGES))}, "
                         f"not {lang!r}")


# --- tables --------------------------------------------------------------------------
# One short sentence per table of ucj_data.metadata.tables.TABLES (the raw tables of
# RAW_TABLES are among them): what a reader finds in it.
TABLE_LABELS: dict[str, dict[str, str]] = {
    "sources": {
        "en": "The source documents (news articles) the figures are read from, one row each.",
        "id": "Dokumen sumber (berita) tempat angka dibaca, satu baris per dokumen.",
    },
    "regions": {
        "en": "Regions with their BPS codes and administrative level.",
        "id": "Wilayah beserta kode BPS dan tingkat wilayahnya.",
    },
    "region_aliases": {
        "en": "Short names and common forms of regions (NTB, Sulsel, Solo), each with the page "
              "it was checked on.",
        "id": "Singkatan dan sebutan lain wilayah (NTB, Sulsel, Solo), masing-masing dengan "
              "halaman tempat sebutan itu diperiksa.",
    },
    "indicators": {
        "en": "The indicators the figures report, with their unit and meaning.",
        "id": "Indikator yang dilaporkan angka-angka, beserta satuan dan artinya.",
    },
    "figures": {
        "en": "Every figure each source reports, with the number read from its text.",
        "id": "Setiap angka yang dilaporkan tiap sumber, beserta nilai yang dibaca dari "
              "teksnya.",
    },
    "exclusions": {
        "en": "Rules for numbers in the sources that are not figures (dates, ages and the "
              "like).",
        "id": "Aturan untuk bilangan dalam sumber yang bukan angka indikator (tanggal, usia, "
              "dan sejenisnya).",
    },
    "reconciled": {
        "en": "One value per region, indicator and period, reconciled across sources.",
        "id": "Satu nilai per wilayah, indikator, dan periode, hasil rekonsiliasi antarsumber.",
    },
    "data_quality": {
        "en": "Every consistency check made while reconciling the figures, with its numbers.",
        "id": "Setiap pemeriksaan konsistensi yang dilakukan saat merekonsiliasi angka, "
              "beserta angka-angkanya.",
    },
    "coverage": {
        "en": "Each region's latest coverage, its workforce and the workers still to enrol "
              "to reach the target.",
        "id": "Cakupan kepesertaan terkini tiap wilayah, jumlah pekerjanya, dan pekerja yang "
              "masih perlu didaftarkan untuk mencapai target.",
    },
    "claim_benefits": {
        "en": "Claim benefits paid per region and period, per recipient and per active "
              "participant.",
        "id": "Manfaat klaim yang dibayarkan per wilayah dan periode, per penerima klaim dan "
              "per peserta aktif.",
    },
    "single_benefits": {
        "en": "Single benefits paid to one worker or their heirs, with what each comprises.",
        "id": "Santunan yang dibayarkan kepada satu pekerja atau ahli warisnya, beserta "
              "komponennya.",
    },
    "projection": {
        "en": "Workers to enrol each year to reach a coverage target, per scenario and "
              "region.",
        "id": "Pekerja yang perlu didaftarkan setiap tahun untuk mencapai target cakupan, "
              "per skenario dan wilayah.",
    },
    "official_targets": {
        "en": "Official coverage targets by region and year, against the straight path to "
              "the national target.",
        "id": "Target cakupan resmi per wilayah dan tahun, dibandingkan dengan lintasan "
              "linear menuju target nasional.",
    },
    "contribution_rates": {
        "en": "Monthly contribution per worker of each programme and package for non-wage "
              "workers, at the lowest income bracket.",
        "id": "Iuran per pekerja per bulan tiap program dan paket bagi pekerja bukan "
              "penerima upah, pada rentang penghasilan terendah.",
    },
    "rate_adjustments": {
        "en": "Temporary adjustments of contribution rates (which programmes, by what "
              "factor, for whom, in which months).",
        "id": "Penyesuaian sementara besaran iuran (program mana, dengan faktor berapa, "
              "untuk siapa, pada bulan apa).",
    },
    "rates_in_force": {
        "en": "The monthly rate of each package in force in each month, by payer and sector.",
        "id": "Iuran bulanan tiap paket yang berlaku pada tiap bulan, menurut pembayar dan "
              "sektor.",
    },
    "contribution_budget": {
        "en": "Yearly cost of funding the contributions of a number of workers.",
        "id": "Biaya per tahun untuk membiayai iuran sejumlah pekerja.",
    },
    "statistics": {
        "en": "Official statistics (BPS, BPJS Ketenagakerjaan, ministries), one row each, with "
              "publisher, release and where each was read.",
        "id": "Statistik resmi (BPS, BPJS Ketenagakerjaan, kementerian), satu baris per "
              "statistik, beserta penerbit, publikasi, dan tempat statistik itu dibaca.",
    },
    "denominators": {
        "en": "The workforce each pair of figures implies, beside the nearest BPS employed "
              "persons and labour force.",
        "id": "Jumlah pekerja yang tersirat dari setiap pasangan angka, di samping penduduk "
              "bekerja dan angkatan kerja BPS pada periode terdekat.",
    },
    "coverage_history": {
        "en": "Active participants per region and period, from news figures and official "
              "statistics as one series.",
        "id": "Peserta aktif per wilayah dan periode, dari angka berita dan statistik resmi "
              "sebagai satu deret.",
    },
    "target_realism": {
        "en": "For each official target, the yearly growth it needs against the growth "
              "achieved.",
        "id": "Untuk setiap target resmi, pertumbuhan per tahun yang diperlukan dibandingkan "
              "dengan pertumbuhan yang telah dicapai.",
    },
    "village_standard": {
        "en": "The village standard per region and package: minimum workers, their share of "
              "the gap to 99.5% and their yearly cost per village beside an average Dana Desa.",
        "id": "Standar desa per wilayah dan paket: pekerja minimal, porsinya dalam "
              "kesenjangan menuju 99,5%, dan biaya per desa per tahun dibandingkan dengan "
              "rata-rata Dana Desa.",
    },
    "funding_mix": {
        "en": "A yearly cost split among named funders.",
        "id": "Pembagian biaya per tahun di antara para penyandang dana yang disebut.",
    },
    "budget_cases": {
        "en": "Yearly cost of funding contributions in reported cases: vulnerable workers a "
              "region funds, or all its uncovered workers.",
        "id": "Biaya iuran per tahun pada kasus yang dilaporkan: pekerja rentan yang dibiayai "
              "pemerintah daerah, atau seluruh pekerja belum terlindungi di suatu wilayah.",
    },
}


def table_label(name: str, lang: str) -> str:
    """What table ``name`` holds, in one sentence in ``lang`` ('id' or 'en').

    A name that is not a table comes back unchanged, so a researcher's own table still
    shows.
    """
    _check_lang(lang)
    if name in TABLE_LABELS:
        return TABLE_LABELS[name][lang]
    return name


# --- values --------------------------------------------------------------------------
# Words for the coded values of some columns, so a reader sees "peserta aktif", not
# "active_participants". Lowercase unless a proper noun; a value without a label here is
# shown as it is (value_label).
VALUE_LABELS: dict[str, dict[str, dict[str, str]]] = {
    # vocabularies.INDICATORS
    "indicator": {
        "active_participants": {"en": "active participants", "id": "peserta aktif"},
        "coverage_pct": {"en": "coverage (%)", "id": "cakupan kepesertaan (%)"},
        "uncovered_workers": {"en": "uncovered workers", "id": "pekerja belum terlindungi"},
        "uncovered_pct": {"en": "uncovered workers (%)",
                          "id": "pekerja belum terlindungi (%)"},
        "workforce": {"en": "workforce", "id": "jumlah pekerja"},
        "claims_paid_idr": {"en": "claims paid (IDR)", "id": "klaim dibayarkan (Rp)"},
        "claim_recipients": {"en": "claim recipients", "id": "penerima klaim"},
        "vulnerable_enrolled": {"en": "vulnerable workers enrolled",
                                "id": "pekerja rentan terdaftar"},
        "vulnerable_funded": {"en": "vulnerable workers funded by the region",
                              "id": "pekerja rentan dibiayai pemerintah daerah"},
        "target_coverage_pct": {"en": "official coverage target (%)",
                                "id": "target cakupan resmi (%)"},
        "target_active_participants": {"en": "official active participant target",
                                       "id": "target peserta aktif resmi"},
        "benefit_paid_idr": {"en": "single benefit paid (IDR)",
                             "id": "santunan dibayarkan (Rp)"},
        "contribution_idr": {"en": "contribution per worker (IDR)",
                             "id": "iuran per pekerja (Rp)"},
        "target_workers_per_village": {"en": "target protected workers per village",
                                       "id": "target pekerja terlindungi per desa"},
        "employed_persons": {"en": "employed persons", "id": "penduduk bekerja"},
        "labour_force": {"en": "labour force", "id": "angkatan kerja"},
        "registered_participants": {"en": "registered participants",
                                    "id": "peserta terdaftar"},
        "villages": {"en": "villages (desa)", "id": "desa"},
        "urban_villages": {"en": "urban villages (kelurahan)", "id": "kelurahan"},
        "village_fund_idr": {"en": "village fund (IDR)", "id": "dana desa (Rp)"},
    },
    # fields 'status' (reconciled)
    "status": {
        "single": {"en": "single source", "id": "satu sumber"},
        "agreed": {"en": "sources agree", "id": "sumber sepakat"},
        "resolved": {"en": "some figures set aside", "id": "sebagian angka disisihkan"},
        "conflict": {"en": "sources conflict", "id": "sumber bertentangan"},
    },
    "target_status": {
        "to_reach": {"en": "target not yet reached", "id": "target belum tercapai"},
        "reached": {"en": "target reached", "id": "target tercapai"},
        "target_year_passed": {"en": "target year passed", "id": "tahun target sudah lewat"},
        "no_base": {"en": "no usable base", "id": "tidak ada nilai dasar yang dapat dipakai"},
        "no_denominator": {"en": "no official denominator",
                           "id": "tidak ada statistik penyebut"},
    },
    "case_kind": {
        "vulnerable_funded": {"en": "vulnerable workers funded by the region",
                              "id": "pekerja rentan yang dibiayai pemerintah daerah"},
        "uncovered": {"en": "all uncovered workers",
                      "id": "seluruh pekerja belum terlindungi"},
    },
    "workforce_method": {
        "reported": {"en": "reported", "id": "dilaporkan"},
        "active + uncovered": {"en": "active + uncovered",
                               "id": "aktif + belum terlindungi"},
        "active / coverage": {"en": "active / coverage", "id": "aktif / cakupan"},
        "uncovered / uncovered_pct": {"en": "uncovered / uncovered share",
                                      "id": "belum terlindungi / persentase belum "
                                            "terlindungi"},
        "statistic": {"en": "official statistic", "id": "statistik resmi"},
    },
    # coverage against an official denominator (field 'denominator')
    "denominator": {
        "reported": {"en": "reported base", "id": "basis yang dilaporkan"},
        "employed": {"en": "employed persons (BPS)", "id": "penduduk bekerja (BPS)"},
        "labour_force": {"en": "labour force (BPS)", "id": "angkatan kerja (BPS)"},
    },
    "implied_basis": {
        "active / coverage": {"en": "active / coverage", "id": "aktif / cakupan"},
        "target active / target coverage": {"en": "target active / target coverage",
                                            "id": "target aktif / target cakupan"},
    },
    "coverage_check": {
        "agrees": {"en": "agrees with the counts", "id": "sesuai dengan jumlah"},
        "disagrees": {"en": "contradicts the counts", "id": "bertentangan dengan jumlah"},
    },
    "path_from": {
        "observation": {"en": "the latest observation", "id": "pengamatan terakhir"},
        "first_target": {"en": "the first official target", "id": "target resmi pertama"},
    },
    "observed_against_target": {
        "below": {"en": "below the target", "id": "di bawah target"},
        "at_or_above": {"en": "target reached", "id": "target tercapai"},
    },
    "payer": {
        "self": {"en": "the participant (self-paying)", "id": "peserta (mandiri)"},
        "apbd_apbn": {"en": "a government budget (APBD, APBN)",
                      "id": "anggaran pemerintah (APBD, APBN)"},
    },
    "count_basis": {
        "employer_location": {"en": "employer's location", "id": "lokasi pemberi kerja"},
        "residence": {"en": "residence", "id": "domisili"},
    },
    "sector": {
        "transport": {"en": "transport", "id": "transportasi"},
        "other": {"en": "other sectors", "id": "sektor lain"},
    },
    "source_kind": {
        "seed": {"en": "news report", "id": "berita"},
        "official": {"en": "official statistic", "id": "statistik resmi"},
    },
    "target_basis": {
        "count": {"en": "official target count", "id": "target jumlah peserta resmi"},
        "coverage_pct x employed": {"en": "target coverage x employed persons",
                                    "id": "target cakupan x penduduk bekerja"},
    },
    "realism": {
        "on_track": {"en": "on track", "id": "sesuai jalur"},
        "faster_than_achieved": {"en": "needs faster growth than achieved",
                                 "id": "perlu pertumbuhan lebih cepat dari yang dicapai"},
        "no_trend": {"en": "no trend (fewer than two observations)",
                     "id": "tidak ada tren (kurang dari dua observasi)"},
        "not_comparable": {"en": "not comparable (earlier observations of another source)",
                           "id": "tidak sebanding (pengamatan sebelumnya dari sumber lain)"},
        "target_date_passed": {"en": "target date passed", "id": "batas waktu target sudah lewat"},
    },
    # vocabularies.CONFIDENCE (statistics)
    "confidence": {
        "H": {"en": "high (two or more pages read give it)",
              "id": "tinggi (dua halaman atau lebih yang dibaca memuatnya)"},
        "M": {"en": "medium (one page read gives it)",
              "id": "sedang (satu halaman yang dibaca memuatnya)"},
        "U": {"en": "unconfirmed (no page read gives it)",
              "id": "belum terkonfirmasi (tidak ada halaman yang dibaca memuatnya)"},
    },
    "base_method": {
        "reported": {"en": "latest observed coverage", "id": "cakupan teramati terakhir"},
        "official_target": {"en": "first official target", "id": "target resmi pertama"},
    },
    "path": {
        "linear": {"en": "linear path", "id": "lintasan linear"},
        "official": {"en": "through official targets", "id": "melalui target resmi"},
    },
    # vocabularies.FLAGS
    "flag": {
        "disagrees": {"en": "disagrees with another source",
                      "id": "berbeda dengan sumber lain"},
        "implausible": {"en": "implausible magnitude", "id": "besaran tidak wajar"},
        "doubtful_unit": {"en": "doubtful unit", "id": "satuan diragukan"},
    },
    # vocabularies.LEVELS
    "level": {
        "country": {"en": "country", "id": "nasional"},
        "province": {"en": "province", "id": "provinsi"},
        "regency": {"en": "regency", "id": "kabupaten"},
        "city": {"en": "city", "id": "kota"},
    },
    # vocabularies.CODE_BASES
    "code_basis": {
        "national": {"en": "the country as a whole", "id": "nasional"},
        "bps_equals_kemendagri": {"en": "BPS code equals the ministry's",
                                  "id": "kode BPS sama dengan kode kementerian"},
        "bps_differs": {"en": "BPS code differs from the ministry's",
                        "id": "kode BPS berbeda dengan kode kementerian"},
        "bps_before_split": {"en": "BPS code of before the 2022 split",
                             "id": "kode BPS sebelum pemekaran 2022"},
        "bps_unconfirmed": {"en": "BPS code not confirmed", "id": "kode BPS belum dipastikan"},
    },
    # vocabularies.ALIAS_KINDS
    "alias_kind": {
        "abbreviation": {"en": "abbreviation", "id": "singkatan"},
        "common": {"en": "name in common use", "id": "sebutan umum"},
        "former": {"en": "former name", "id": "nama lama"},
    },
    "ambiguity": {
        "shared": {"en": "yes: the context decides", "id": "ya: konteks yang menentukan"},
    },
    # vocabularies.UNITS, and 'number' (a bare count as parse_number reads it)
    "unit": {
        "persons": {"en": "people", "id": "orang"},
        "percent": {"en": "percent", "id": "persen"},
        "IDR": {"en": "Rupiah", "id": "Rupiah"},
        "IDR/day": {"en": "Rupiah per day", "id": "Rupiah per hari"},
        "IDR/month": {"en": "Rupiah per month", "id": "Rupiah per bulan"},
        "IDR/year": {"en": "Rupiah per year", "id": "Rupiah per tahun"},
        "IDR/period": {"en": "Rupiah per period", "id": "Rupiah per periode"},
        "workers/village": {"en": "workers per village", "id": "pekerja per desa"},
        "villages": {"en": "villages", "id": "desa/kelurahan"},
        "number": {"en": "number", "id": "angka"},
    },
    # the checks data_quality writes (field 'check')
    "check": {
        "sources agree": {"en": "sources agree", "id": "kesesuaian antarsumber"},
        "active + uncovered = workforce": {
            "en": "active + uncovered = workforce",
            "id": "aktif + belum terlindungi = jumlah pekerja"},
        "active / workforce = coverage": {
            "en": "active / workforce = coverage",
            "id": "aktif / jumlah pekerja = cakupan"},
        "uncovered / workforce = uncovered": {
            "en": "uncovered / workforce = uncovered share",
            "id": "belum terlindungi / jumlah pekerja = persentase belum terlindungi"},
        "coverage + uncovered = 100": {
            "en": "coverage + uncovered = 100",
            "id": "cakupan + belum terlindungi = 100"},
        "active agrees with coverage": {
            "en": "active participants agree with coverage",
            "id": "peserta aktif sesuai dengan cakupan"},
        "count <= workforce": {
            "en": "count <= workforce",
            "id": "jumlah orang <= jumlah pekerja"},
    },
}


def value_label(column: str, value: object, lang: str) -> str:
    """The reader's word for ``value`` of ``column`` in ``lang`` ('id' or 'en').

    A column or value without a label comes back as ``str(value)``, so a researcher's own
    codes still show.
    """
    _check_lang(lang)
    labels = VALUE_LABELS.get(column)
    if labels is not None and isinstance(value, str) and value in labels:
        return labels[value][lang]
    return str(value)
