"""The words that decide a drafted figure's indicator, region and period: data, written once.

:func:`ucj_data.io.drafts.extract` drafts one figures.csv row per number of a news
text; the tables here say how it reads the words around each number. They are plain
data (regular expressions, matched case-insensitively) so that a new cue is one line.

``INDICATOR_CUES``: a cue names the indicators it suggests, in order; the first whose
unit the number can have (a count, a percentage, a rupiah amount, a rate) is taken. Of
all cues found in the number's sentence, the one with the lowest ``tier`` wins, then the
nearest. ``side`` says where the cue must be (``before`` or ``after`` the number, or
``any``) and ``within`` how many characters away (None: anywhere in the sentence).
``requires``: another pattern that must also be in the sentence.
"""

from __future__ import annotations

from typing import NamedTuple


class Cue(NamedTuple):
    name: str  # shown in the draft's note
    pattern: str  # regex, case-insensitive
    indicators: tuple[str, ...]  # the first one the number's unit fits is taken
    tier: int = 2  # 1 specific, 2 topical, 3 generic
    side: str = "any"  # before | after | any
    within: int | None = None  # characters between the cue and the number
    requires: str | None = None  # also in the sentence


_PERSONS = r"(?:pekerja|peserta|tenaga kerja|orang|warga|buruh|karyawan|penerima)"
_NOT_BELUM = r"(?<!belum )(?<!tidak )"

INDICATOR_CUES: tuple[Cue, ...] = (
    # --- tier 1: words that make a figure specific -----------------------------------
    Cue("target", r"\b(?:target\w*|menargetkan|ditargetkan|sasaran)\b",
        ("target_coverage_pct", "target_active_participants"), tier=1, side="before", within=70),
    Cue("belum terlindungi",
        r"\bbelum (?:terlindungi|terlindung|terdaftar|menjadi peserta|tercover|ter-cover|"
        r"terjangkau|terlindungi jaminan|ikut|memiliki (?:jaminan|perlindungan))",
        ("uncovered_pct", "uncovered_workers"), tier=1, within=70),
    Cue("tidak terlindungi", r"\btidak (?:terlindungi|terdaftar|memiliki perlindungan)",
        ("uncovered_pct", "uncovered_workers"), tier=1, within=70),
    Cue("desa minimal",
        r"\b(?:desa|kelurahan)\s+(?:minimal|paling sedikit|sedikitnya|minimum)",
        ("target_workers_per_village",), tier=1, side="before", within=15),
    Cue("per desa", r"\b(?:per|setiap|tiap)\s+(?:desa|kelurahan)\b",
        ("target_workers_per_village",), tier=1, side="after", within=30),
    Cue("pekerja rentan dibiayai", r"\bpekerja rentan\b",
        ("vulnerable_funded",), tier=1, within=40,
        requires=r"\b(?:stimulus|dibiayai|membiayai|ditanggung|menanggung|didanai|mendanai|"
                 r"dibayarkan|dibayar|membayarkan|bantuan iuran|APBD\w*|APBDes|anggaran|"
                 r"iurannya)\b"),
    Cue("N pekerja aktif", rf"^\s*{_PERSONS}\s+(?:\w+\s+){{0,3}}?aktif\b",
        ("active_participants", "coverage_pct"), tier=1, side="after", within=0),
    Cue("total pekerja",
        r"\b(?:total|jumlah|seluruh)\s+(?:total\s+|seluruh\s+)?(?:pekerja|tenaga kerja)\b"
        r"(?!\s+(?:yang\s+|sebagai\s+)?(?:aktif|terlindungi|terdaftar|belum|rentan|peserta))",
        ("workforce",), tier=1, side="before", within=40),
    Cue("penduduk bekerja",
        r"\b(?:penduduk|orang) (?:yang )?bekerja\b|\bangkatan kerja\b",
        ("workforce",), tier=1, within=40),
    # --- tier 2: what the sentence is about -------------------------------------------
    Cue("N pekerja rentan", r"^\s*(?:orang\s+)?pekerja\s+rentan\b",
        ("vulnerable_enrolled",), tier=2, side="after", within=0),
    Cue("santunan", r"\b(?:santunan|ahli waris|beasiswa)\b",
        ("benefit_paid_idr", "claim_recipients"), tier=2),
    Cue("iuran", r"\b(?:iuran|premi|membayar|dibayar)\w*",
        ("contribution_idr",), tier=2, within=60),
    Cue("klaim", r"\b(?:klaim|manfaat)\w*",
        ("claims_paid_idr", "claim_recipients"), tier=2),
    Cue("penerima manfaat", r"\b(?:menerima|diterima|penerima|disalurkan|dibayarkan)\b",
        ("claim_recipients",), tier=2, requires=r"\b(?:klaim|manfaat|santunan)"),
    # --- tier 3: coverage in general --------------------------------------------------
    Cue("peserta aktif", r"\b(?:peserta|pekerja|tenaga kerja)\s+(?:\w+\s+){0,2}?aktif\b",
        ("active_participants", "coverage_pct"), tier=3),
    Cue("terlindungi",
        _NOT_BELUM + r"\b(?:terlindungi|terdaftar|tercover|terproteksi|dilindungi)\b",
        ("active_participants", "coverage_pct"), tier=3, within=80),
    Cue("cakupan",
        r"\b(?:cakupan|capaian|kepesertaan|coverage|UCJ)\b",
        ("coverage_pct",), tier=3),
    Cue("persen pekerja",
        r"\b(?:persen|%)\s+(?:dari\s+)?(?:total\s+|seluruh\s+|jumlah\s+)?"
        rf"{_PERSONS}", ("coverage_pct",), tier=3, within=0),
)

#: A count followed by one of these words counts things, not people: no indicator.
NON_PERSON_NOUNS = (
    r"desa|kelurahan|kecamatan|kabupaten|kota|provinsi|perusahaan|program|jenis|kali|tahun|"
    r"bulan|minggu|hari|jam|unit|kantor|cabang|sektor|kategori|kelompok|poin|lembaga|"
    r"instansi|dinas|OPD|kegiatan|acara|halaman|artikel|RT|RW|pasal|ayat|kasus|klaim|"
    r"berkas|dokumen|titik|lokasi|anak"
)

#: Month names (and their short forms) -> month number.
MONTHS: dict[str, int] = {
    "januari": 1, "jan": 1, "februari": 2, "feb": 2, "pebruari": 2, "maret": 3, "mar": 3,
    "april": 4, "apr": 4, "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7,
    "agustus": 8, "agu": 8, "agt": 8, "ags": 8, "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10, "november": 11, "nov": 11, "nopember": 11,
    "desember": 12, "des": 12,
}

#: Words dating a figure relative to the source's date -> what they keep of it:
#: ``day`` the date itself, ``month`` its YYYY-MM, ``year`` its YYYY, ``last_year``.
RELATIVE_PERIODS: dict[str, str] = {
    r"\b(?:hingga|sampai|per|pada) (?:saat|hari) ini\b": "day",
    r"\b(?:saat ini|kini|hari ini|sekarang|terkini|sejauh ini)\b": "day",
    r"\bbulan ini\b": "month",
    r"\b(?:tahun ini|tahun berjalan|sepanjang tahun|selama tahun)\b(?! \d)": "year",
    r"\btahun (?:lalu|sebelumnya)\b": "last_year",
}

#: A sentence opening with one of these speaks of the figure of the sentence before it
#: ('Angka itu setara dengan 36,8 persen'): it takes that sentence's period.
ANAPHORA = (r"^(?:(?:Angka|Jumlah|Capaian|Nilai|Persentase)\s+(?:itu|tersebut|ini)|Itu|Ini|"
            r"Artinya|Dengan demikian|Dengan kata lain|Hal ini berarti)\b")

#: How a region's name is written, by level (``{name}`` is the bare name).
REGION_FORMS: dict[str, tuple[str, ...]] = {
    "country": ("{name}",),
    "province": ("Provinsi {name}", "Prov. {name}", "Pemprov {name}", "Pemerintah Provinsi "
                 "{name}", "{name}"),
    "regency": ("Kabupaten {name}", "Kab. {name}", "Kab {name}", "Pemkab {name}", "{name}"),
    "city": ("Kota {name}", "Pemkot {name}", "{name}"),
}
#: The prefix each level's name carries in regions.csv (dropped to get the bare name).
REGION_PREFIXES = ("Kabupaten ", "Kota ", "Provinsi ")
#: Words naming the whole country.
NATIONAL = r"\b(?:nasional|Indonesia|seluruh Indonesia|tingkat nasional)\b"
#: A region named with its level: reported when regions.csv does not list it.
NAMED_REGION = (r"\b(?:Kabupaten|Kab\.|Kota|Provinsi|Pemkab|Pemkot|Pemprov)\s+"
                r"((?:[A-Z][a-z]+)(?:\s+[A-Z][a-z]+)?)")
#: Capitalised words after Kota/Kabupaten that are not place names.
NOT_PLACE_NAMES = frozenset({"Se", "Terkotor", "Dan", "Yang", "Ini", "Itu", "Besar"})
