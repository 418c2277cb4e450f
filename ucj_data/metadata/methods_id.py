"""The method texts of :mod:`ucj_data.metadata.methods` in Indonesian.

``METHODS_ID[name]`` translates ``METHODS[name]`` as it stands at import time (with the
ranges text and the other sentences appended there), composed here the same way. Numbers
are written the Indonesian way ("10.000", "0,1"); field names, values in code (such as
``target_status 'reached'``) and the Indonesian words quoted from the sources ('sekitar',
'lebih dari') are kept exactly as in the English text.
"""

from __future__ import annotations

from ucj_data.metadata.methods import METHODS

LANGUAGES: tuple[str, ...] = ("id", "en")

METHODS_ID: dict[str, str] = {}

# --- reconcile, data_quality, coverage, claim_benefits
METHODS_ID["reconcile"] = (
    "Angka untuk wilayah, indikator dan periode yang sama menjadi kandidat bagi satu nilai "
    "(nilai manfaat per kasus, indikator benefit_paid_idr, tidak direkonsiliasi). (1) Apa "
    "yang dimungkinkan sebuah angka: angka sebagaimana tertulis dapat merupakan hasil "
    "pembulatan pada digit bukan nol terakhirnya, sehingga angka itu memungkinkan setiap "
    "nilai dalam setengah langkah tersebut, dengan pembulatan setengah ke atas ('461 ribu': "
    "460.500 sampai di bawah 461.500; '50,87 persen': 50,865 sampai di bawah 50,875; "
    "'400.385': 400.385); 'sekitar' dan 'mencapai' dibaca sama; 'lebih dari' berarti "
    "nilai berapa pun yang lebih besar; 'kurang dari' nilai "
    "berapa pun yang lebih kecil; 'hampir' berarti nilai sedikit di bawahnya, diasumsikan "
    "paling banyak 5% di bawahnya; 'minimal' dan 'paling sedikit' berarti nilai itu atau "
    "yang lebih besar. Digit terakhir yang ditulis menentukan langkahnya: digit "
    "bukan nol terakhir suatu bilangan bulat, desimal terakhir setelah koma, termasuk nol "
    "('5,80 juta': sampai 10.000); jumlah satuan utuh (orang, rupiah) yang ditulis sampai "
    "digit satuan atau lebih ('Rp 42.000.000,00') bersifat tepat. Dua angka dianggap "
    "sesuai apabila keduanya memungkinkan satu nilai bersama; angka-angka yang semuanya "
    "sesuai membentuk satu kelompok, yang nilainya adalah angka paling teliti di kelompok itu "
    "(digit bermakna terbanyak; nilai pasti didahulukan atas batas). (2) Identitas cakupan, "
    "per wilayah dan periode: active + uncovered = workforce; 100 x active / workforce = "
    "coverage_pct; 100 x uncovered / workforce = uncovered_pct; coverage_pct + uncovered_pct "
    "= 100; dan, apabila tidak ada jumlah pekerja yang dilaporkan atau diturunkan, 'active "
    "agrees with coverage': 0 peserta aktif hanya sesuai dengan cakupan 0%, dan 100 x active "
    "/ coverage_pct (diambil pada ujung atas pembulatannya) tidak boleh melebihi jumlah "
    "pekerja Indonesia (batas atas 200 juta, di atas hitungan BPS mana pun atas penduduk "
    "bekerja di Indonesia). Jumlah pekerja yang tidak dilaporkan diturunkan sebagai "
    "active + uncovered "
    "(jumlah pekerja yang diturunkan dari persentase akan membuat pemeriksaan persentase "
    "berputar-putar). Persentase harus cocok dalam batas tolerance_pct poin persentase "
    "(bawaan 0,1); identitas jumlah orang dalam batas tolerance_pct persen dari jumlah "
    "pekerja, yaitu 0,1 pp yang sama. Setiap kombinasi satu kelompok per besaran diperiksa, "
    "asalkan terdapat paling banyak 10.000 kombinasi untuk wilayah dan periode tersebut "
    "(di atas itu tidak ada yang diperiksa dan setiap besaran yang kelompok-kelompoknya "
    "tidak sesuai menjadi konflik); apabila kelompok-kelompok suatu besaran tidak sesuai dan "
    "tepat satu di antaranya muncul dalam kombinasi yang lolos semua pemeriksaan, kelompok "
    "lainnya dikesampingkan (status 'resolved'). (3) Kewajaran: jumlah orang (selain "
    "besaran cakupan) yang lebih besar daripada jumlah pekerja wilayah itu pada tahun yang "
    "sama (dilaporkan atau diturunkan, seperti pada ucj_data.coverage: reported, active + "
    "uncovered, active / coverage, uncovered / uncovered_pct; yang terbesar di antara "
    "periode-periode tahun itu) dikesampingkan. (4) Status: 'single' untuk satu angka, "
    "'agreed' untuk beberapa angka yang semuanya sesuai, 'resolved' apabila sebagian "
    "dikesampingkan, 'conflict' apabila kelompok-kelompok masih tidak sesuai (atau setiap "
    "angka tidak wajar): nilainya dibiarkan kosong dan setiap angka yang dipersoalkan "
    "dicantumkan, tidak pernah dipilih diam-diam. Setiap pemeriksaan, lolos atau gagal, "
    "menjadi satu baris data_quality beserta angka-angkanya; 'sources agree' membandingkan "
    "setiap pasangan angka untuk satu wilayah, indikator dan periode apabila jumlahnya "
    "paling banyak 8, dan di atas itu setiap angka dengan angka yang paling teliti (satu "
    "baris per angka, bukan per pasangan). Sebuah alasan menyebut paling banyak 10 angka, "
    "kelompok atau pemeriksaan yang gagal dan menyebutkan berapa sisanya (setiap angka "
    "tercantum dalam figure_ids_used atau figure_ids_set_aside, setiap pemeriksaan dalam "
    "data_quality)."
)
METHODS_ID["coverage"] = (
    "Per wilayah, periode terakhir (urutan teks ISO; suatu tahun diurutkan sebelum "
    "tanggal-tanggalnya) yang memiliki active_participants atau coverage_pct hasil "
    "rekonsiliasi. workforce (jumlah pekerja): sebagaimana dilaporkan, jika tidak ada maka "
    "active + uncovered, jika tidak ada maka active x 100 / coverage_pct, jika tidak ada "
    "maka uncovered x 100 / uncovered_pct (jumlah orang dijumlahkan lebih dahulu sebelum "
    "suatu jumlah dibagi dengan persentase; workforce_method menyebutkan cara yang dipakai). "
    "Jumlah pekerja yang diturunkan dari persentase bersifat perkiraan: pembulatan kedua "
    "angka terbawa ke dalamnya (jumlah 'sekitar' X juta dibagi persentase yang ditulis "
    "dengan satu desimal mencakup rentang yang dimungkinkan oleh pembulatan keduanya). "
    "Peserta aktif yang tidak tersedia = coverage_pct / 100 x workforce; coverage_pct yang "
    "tidak tersedia = 100 x active / workforce; uncovered_workers yang tidak tersedia = "
    "workforce - active. workers_to_target = ceil(target_pct / 100 x workforce - active), "
    "paling sedikit 0: bilangan bulat terkecil pekerja yang mencapai target (hasil kalinya "
    "lebih dahulu dibulatkan ke 6 desimal agar galat pembulatan bilangan pecahan (float) "
    "tidak menambah satu pekerja); target_status 'to_reach' apabila nilainya di atas 0, "
    "'reached' apabila 0, 'no_base' apabila jumlah pekerja tidak diketahui. Wilayah yang "
    "hanya memiliki target tidak mendapat baris. Nilai yang berkonflik (status 'conflict') "
    "diperlakukan sebagai tidak tersedia."
)
# --- official statistics: denominators, coverage_history, target_realism
NEAREST_ID = (
    "Periode terdekat: setiap periode ditempatkan pada skala bulan (YYYY-MM-DD pada "
    "bulannya, YYYY pada pertengahan tahun) dan statistik yang periodenya paling dekat yang "
    "diambil; dari dua yang sama dekatnya, yang lebih awal."
)
METHODS_ID["coverage"] += (
    " Penyebut: 'reported' (bawaan) adalah jumlah pekerja di atas. 'employed' atau "
    "'labour_force' mengukur peserta aktif yang sama terhadap statistik BPS "
    "(data/raw/statistics.csv, indikator employed_persons atau labour_force) untuk wilayah "
    "yang sama yang periodenya paling dekat dengan periode baris tersebut. " + NEAREST_ID
    + " Selanjutnya workforce = statistik tersebut, coverage_pct = 100 x active / workforce, "
    "uncovered = workforce - active, workforce_method 'statistic', dan denominator_period "
    "serta statistic_ids menyebutkan statistik itu; wilayah yang tidak memiliki statistik "
    "tersebut tetap mendapat baris, dengan besaran kosong dan target_status "
    "'no_denominator'. Hasilnya berbeda karena basis dalam laporan (hitungan BPJS sendiri "
    "atas jumlah pekerja) bukan penduduk bekerja dan bukan pula angkatan kerja."
)
METHODS_ID["denominators"] = (
    "Per wilayah dan periode, jumlah pekerja yang tersirat dari setiap pasangan angka: "
    "peserta aktif yang dilaporkan / coverage_pct yang dilaporkan x 100 (implied_basis "
    "'active / coverage', apabila jumlah pekerja tidak dilaporkan) dan target peserta aktif "
    "resmi / target coverage_pct resmi x 100 (implied_basis 'target active / target "
    "coverage', seperti pada official_targets). Di sampingnya, penduduk bekerja dan angkatan "
    "kerja menurut BPS untuk wilayah yang sama pada periode yang paling dekat dengan periode "
    "baris tersebut (suatu tahun target dihitung pada pertengahannya). " + NEAREST_ID
    + " Rasio tersirat / penduduk bekerja dan tersirat / angkatan kerja menunjukkan seberapa "
    "jauh basis dalam laporan dari masing-masing hitungan resmi; kosong apabila wilayah itu "
    "tidak memiliki statistik tersebut."
)
METHODS_ID["coverage_history"] = (
    "Peserta aktif per wilayah dan periode dari dua jenis sumber: 'seed', yaitu peserta "
    "aktif hasil rekonsiliasi dari angka-angka sumber (sebagaimana dilaporkan, atau "
    "diturunkan dari cakupan dan jumlah pekerja seperti pada ucj_data.coverage; figure_ids), "
    "dan 'official', yaitu statistik indikator active_participants (statistic_ids). Keduanya "
    "disimpan apabila periodenya sama; yang satu tidak menggantikan yang lain. "
    "calendar_month menandai bulan: jumlah peserta aktif bulanan menurun apabila pemberi "
    "kerja membayar iuran untuk setahun sekaligus (pekerja pemerintah non-ASN) dan "
    "kepesertaan pekerjanya tidak aktif sampai diperpanjang, sehingga bandingkan Desember "
    "dengan Desember; bulan lain menunjukkan satu titik dalam tahun berjalan, bukan tren."
)
METHODS_ID["target_realism"] = (
    "Untuk setiap tahun target resmi suatu wilayah: jumlah target peserta aktif "
    "(target_active_participants; jika tidak ada, target_coverage_pct / 100 x penduduk "
    "bekerja BPS wilayah itu yang periodenya paling dekat dengan observasi terakhir, "
    "dibulatkan ke atas), observasi terakhir wilayah itu dalam coverage_history (periode "
    "terakhir; jika periodenya sama, statistik resmi) dan observasi sebelumnya. "
    "needed_growth = (target / latest)^(1 / t) - 1 dengan t jumlah tahun dari periode "
    "terakhir sampai Desember tahun target (bulan yang menjadi tanggal jumlah akhir tahun); "
    "achieved_growth = (latest / previous)^(1 / s) - 1 dengan s jumlah tahun di antara "
    "kedua observasi (periode pada skala bulan, suatu tahun pada pertengahannya): keduanya "
    "laju pertumbuhan tahunan majemuk. realism 'on_track' apabila needed <= achieved, "
    "'faster_than_achieved' jika tidak, 'no_trend' apabila observasi kurang dari dua, "
    "'target_date_passed' apabila observasi terakhir bertanggal Desember tahun target atau "
    "sesudahnya. Dua observasi dari bulan yang berbeda memasukkan penurunan tahunan jumlah "
    "bulanan ke dalam tren (lihat coverage_history)."
)
METHODS_ID["per_capita"] = (
    "benefit_per_recipient_idr = claims_paid_idr / claim_recipients pada wilayah dan "
    "periode yang sama; benefit_per_active_participant_idr = claims_paid_idr / peserta "
    "aktif wilayah itu pada tahun yang sama (periode terakhirnya pada tahun itu yang "
    "memiliki peserta aktif, sebagaimana dilaporkan atau diturunkan untuk ucj_data.coverage). "
    "Nilai yang dipakai adalah nilai hasil rekonsiliasi (ucj_data.reconcile); batas 'lebih "
    "dari' yang disimpan sebagai nilai akan menjadikan hasil ini batas bawah. Penerima adalah "
    "orang yang dibayar dalam periode tersebut, sedangkan peserta aktif adalah mereka yang "
    "terlindungi pada akhir periode, sehingga rasio kedua membagi klaim setahun kepada "
    "peserta saat ini; rasio ini bukan peluang per peserta dan bukan rata-rata manfaat."
)
METHODS_ID["single_benefits"] = (
    "Angka indikator benefit_paid_idr: satu jumlah yang dibayarkan dalam satu kasus, tidak "
    "dijumlahkan dan tidak direkonsiliasi. comprises mencantumkan program yang disebut dalam "
    "catatan angka tersebut sebagai kode (JKK, JKM, JHT, JP, JKP, serta beasiswa, dengan "
    "jumlah anaknya di scholarship_children), "
    "menurut urutan penyebutannya dalam catatan; kosong apabila catatan tidak menyebut "
    "program apa pun."
)

# --- project_enrolment, official_targets, contribution_budget
METHODS_ID["projection"] = (
    "Tahun dasar y0 = tahun dari periode dasar wilayah; C0 = peserta aktifnya dan W0 = "
    "jumlah pekerjanya. Jumlah pekerja W(y) = W0 (1 + g)^(y - y0) dengan pertumbuhan "
    "tahunan g (workforce_growth). Cakupan p(y) dimulai dari p0 = C0 / W0 x 100 (dihitung "
    "dari C0 dan W0, bukan dari persentase yang dilaporkan dan sudah dibulatkan, agar C(y0) "
    "= C0 tepat) dan mencapai target_pct pada target_year: mengikuti garis lurus menurut "
    "tahun (path 'linear'), atau (path 'official') mengikuti garis-garis lurus melalui "
    "target cakupan resmi wilayah tersebut (angka indikator target_coverage_pct untuk "
    "tahun-tahun setelah y0 dan sebelum target_year) lalu menuju target_pct; wilayah tanpa "
    "target resmi mengikuti lintasan linear. Pekerja terlindungi C(y) = W(y) p(y) / 100; "
    "net_new(y) = C(y) - C(y-1); lapsed(y) = churn x C(y-1), yaitu peserta yang berhenti "
    "membayar iuran selama tahun berjalan dan harus digantikan; enrol_gross(y) = net_new(y) "
    "+ lapsed(y); newly_covered(y) = C(y) - C0. Baris-barisnya adalah tahun y0+1 .. "
    "target_year, sehingga jumlah net_new sama dengan C(target_year) - C0, yaitu selisih "
    "antara target_pct dari jumlah pekerja akhir dan C0, dan jumlah enrol_gross sama dengan "
    "selisih itu ditambah peserta yang berhenti. Nilai dasar suatu wilayah adalah "
    "pengamatan terakhirnya (ucj_data.coverage: angka sumber atau statistik resmi); target "
    "tidak pernah menjadi nilai dasar selama ada pengamatan. Wilayah yang memiliki target "
    "resmi tetapi tanpa cakupan teramati mengambil nilai dasarnya dari tahun "
    "target resmi pertamanya: C0 = target peserta aktif, W0 = C0 / (target cakupan / 100) "
    "(base_method 'official_target'). Apabila target resmi memuat persentase sekaligus "
    "jumlah, lintasan mengikuti persentasenya; jumlah-jumlah tersebut menyiratkan jumlah "
    "pekerja yang tumbuh berbeda dari g. Jumlah orang disimpan sebagai bilangan pecahan "
    "(float) (pekerja pecahan adalah besaran model); pembulatan hanya untuk tampilan. "
    "target_status: 'to_reach' pada lintasan di atas; 'reached' apabila p0 sudah sama dengan "
    "atau di atas target_pct, sehingga cakupan tetap pada p0 (hanya pertumbuhan jumlah "
    "pekerja dan churn yang memerlukan pendaftaran); 'target_year_passed' apabila "
    "target_year tidak sesudah y0, dan 'no_base' apabila W0 bernilai 0 atau C0 negatif atau "
    "di atas W0: satu baris pada target_year dengan besaran kosong, sehingga skenario itu "
    "tetap dilaporkan, tidak dihapus. Apabila satu tabel memuat kedua lintasan, wilayah "
    "yang target resminya tidak membelokkan lintasannya (tidak ada target setelah y0 dan "
    "sebelum target_year) hanya memiliki baris 'linear': baris 'official'-nya akan "
    "mengulanginya, dan penjumlahan atas tabel akan menghitung wilayah itu dua kali."
)
METHODS_ID["official_targets"] = (
    "Target resmi adalah angka-angka indikator target_coverage_pct dan "
    "target_active_participants, menurut wilayah dan tahun. implied_workforce = "
    "target_active_participants / (target_coverage_pct / 100); additional_active = "
    "perubahan target peserta aktif sejak tahun target resmi sebelumnya di wilayah itu, "
    "dipecah secara tepat menjadi additional_from_coverage (jumlah pekerja tersirat "
    "sebelumnya pada cakupan yang lebih tinggi) dan additional_from_workforce (cakupan baru "
    "atas tambahan jumlah pekerja); keduanya membandingkan target dengan target, sehingga "
    "tidak satu pun mengasumsikan bahwa target sebelumnya telah tercapai. "
    "required_coverage_pct adalah cakupan pada garis lurus menuju target_pct pada "
    "target_year (target_pct sejak target_year) dari pengamatan terakhir wilayah itu yang "
    "memiliki jumlah pekerja (ucj_data.coverage: base_period, base_coverage_pct = 100 x "
    "peserta aktif / jumlah pekerja, base_workforce; path_from 'observation'), atau, bila "
    "tidak ada pengamatan, dari target resmi pertamanya (path_from 'first_target': target "
    "dibandingkan dengan target, yang tidak mengatakan apa pun tentang kemajuan). "
    "observed_against_target membandingkan pengamatan dengan target tahunnya sendiri "
    "('below', 'at_or_above'). Jumlah pekerja yang disiratkan target dan base_workforce "
    "pengamatan sama-sama disimpan: bila berbeda, target ditetapkan pada basis lain."
)
METHODS_ID["budget"] = (
    "yearly_cost_idr = workers x rate_idr_per_month x months, dengan iuran bulanan per "
    "pekerja untuk paket tersebut dari data/raw/contribution_rates.csv (pekerja Bukan "
    "Penerima Upah (BPU) pada rentang penghasilan terendah: JKK 1% dari penghasilan, paling "
    "sedikit Rp10.000; JKM Rp6.800; JHT 2% dari penghasilan, Rp20.000; iuran suatu paket "
    "adalah jumlah iuran program-programnya) dan months = jumlah bulan yang dibiayai dalam "
    "tahun itu (12: satu tahun penuh). Kasus: pekerja rentan yang dilaporkan dibiayai oleh "
    "suatu wilayah (indikator vulnerable_funded) dan seluruh pekerja belum terlindungi di "
    "suatu wilayah (jumlah pekerja - peserta aktif, ucj_data.coverage). Untuk proyeksi, "
    "pekerja yang dibiayai pada tahun y adalah newly_covered(y) = C(y) - C0, yaitu setiap "
    "pekerja yang didaftarkan sejak tahun dasar dan masih terlindungi (pekerja yang "
    "didaftarkan untuk menggantikan peserta yang berhenti mengambil alih tempatnya, sehingga "
    "penggantian tidak menambah biaya). Pekerja dihitung utuh: pecahan (dari proyeksi, atau "
    "jumlah yang diturunkan dari persentase) dibulatkan ke atas. Iuran yang berlaku: "
    "data/raw/rate_adjustments.csv mengalikan iuran program tertentu untuk pembayar dan "
    "sektor tertentu pada bulan tertentu (PP 50/2025 memotong separuh iuran JKK dan JKM "
    "peserta BPU yang membayar sendiri, Januari 2026 sampai Maret 2027 di sektor "
    "transportasi dan April sampai Desember 2026 di sektor lain, dan mengecualikan peserta "
    "yang iurannya dibayar APBN atau APBD); tabel rates_in_force memuat iuran tiap paket per "
    "bulan, pembayar dan sektor, dan contribution_budget(..., year=, payer=, sector=) "
    "menghitung tiap bulan dengan iuran yang berlaku. Kasus di atas dibiayai anggaran daerah "
    "(payer apbd_apbn): iuran penuh. Hanya iuran: besaran iuran "
    "adalah nilai Rupiah saat ini (tanpa inflasi, tanpa pertumbuhan penghasilan) dan biaya "
    "administrasi tidak diperhitungkan."
)

METHODS_ID["village_standard"] = (
    "minimum_workers = villages x workers_per_village (bawaan 100, standar yang dikutip "
    "sebuah sumber sebagai '1 Desa minimal 100 Pekerja'). Hanya desa yang dihitung: "
    "standar itu ditetapkan untuk "
    "desa, sedangkan kelurahan adalah satuan administrasi perkotaan yang tidak menerima Dana "
    "Desa dan tidak memiliki pemerintahan desa sendiri; urban_villages menampilkan kelurahan "
    "di sampingnya. workers_to_target = ceil(99,5 / 100 x penduduk bekerja - peserta aktif), "
    "dengan observasi terakhir wilayah itu dalam coverage_history dan penduduk bekerja BPS "
    "yang periodenya paling dekat dengan periode observasi tersebut, paling sedikit 0; "
    "minimum_share_of_gap = minimum_workers / workers_to_target. "
    "yearly_cost_per_village_idr = workers_per_village x rate_idr_per_month x 12 untuk "
    "setiap paket dalam data/raw/contribution_rates.csv; village_fund_per_village_idr = Dana "
    "Desa nasional tahun terakhir / jumlah desa penerimanya pada tahun itu (keduanya "
    "statistik resmi untuk Indonesia secara keseluruhan, dicari melalui tingkat wilayah "
    "'country'); share_of_village_fund = biaya per tahun / rata-rata tersebut (setiap desa "
    "menerima jumlah yang berbeda: rata-rata ini adalah tolok ukur, bukan alokasi suatu "
    "desa)."
)
METHODS_ID["funding_mix"] = (
    "amount_idr = cost x share untuk setiap penyandang dana yang disebut. Porsinya "
    "ditentukan oleh pemanggil, masing-masing dari 0 sampai 1, dan jumlahnya harus 1 "
    "(dengan toleransi 1e-9); tidak ada porsi bawaan."
)

# The ranges text, appended to the same methods as RANGES in ucj_data.metadata.methods.
RANGES_ID = (
    " Rentang (`<name>_low`, `<name>_high`): setiap angka tertulis memungkinkan apa yang "
    "dimungkinkan oleh penulisannya (ucj_data.text.intervals: dibulatkan setengah ke atas "
    "pada digit terakhir yang ditulis, 'sekitar' dan 'mencapai' sama; jumlah orang atau "
    "rupiah yang ditulis sampai digit satuan bersifat tepat; 'lebih dari' tanpa batas "
    "atas; 'kurang dari' mulai "
    "dari 0; 'hampir' sampai 5% di bawahnya; 'minimal' tanpa batas atas). Batas suatu "
    "besaran turunan diperoleh dengan "
    "menghitung rumusnya pada setiap sudut rentang input primernya lalu mengambil nilai "
    "terkecil dan terbesar: hasilnya tepat, karena setiap rumus di sini monoton terhadap "
    "setiap inputnya, dan besaran yang memakai satu input dua kali (pekerja untuk mencapai "
    "target, A x (target / p - 1)) tidak diperlebar seolah-olah keduanya saling bebas. Batas "
    "jumlah pekerja yang perlu didaftarkan dibulatkan ke atas menjadi pekerja utuh; batas "
    "yang kosong berarti tidak ada yang membatasinya pada sisi itu."
)
for _name in ("coverage", "per_capita", "budget", "projection"):
    METHODS_ID[_name] += RANGES_ID
METHODS_ID["projection"] += (
    " Proyeksi dijalankan sekali untuk setiap sudut input primer nilai dasarnya dan "
    "menyimpan nilai terkecil dan terbesar per tahun; nilai dasar yang diambil dari target "
    "resmi memakai sudut-sudut jumlah dan persentasenya sebagaimana tertulis ('38,39%' "
    "mencakup 38,385 sampai 38,395)."
)
METHODS_ID["reconcile"] += (
    " Jumlah yang ditulis sampai digit satuan bersifat tepat (toleransi 0)."
)


def method_text(name: str, lang: str) -> str:
    """The method text ``name`` in ``lang``: ``METHODS[name]`` for 'en', ``METHODS_ID[name]``
    for 'id'."""
    if lang not in LANGUAGES:
        raise ValueError(f"lang must be one of {', '.join(map(repr, LANGUAGES))}, "
                         f"not {lang!r}")
    if name not in METHODS:
        raise KeyError(f"unknown method {name!r}; known methods: {', '.join(sorted(METHODS))}")
    return METHODS[name] if lang == "en" else METHODS_ID[name]
