// The service's own field messages (a rule's refusal: "required when refusing", "unknown NIP") in Bahasa
// Indonesia, as the pages show them beside the field. A schema's messages need none of this: the API says
// them in Bahasa itself when asked (api/errors.ts, ajv-i18n); these are the service's own words, which no
// library knows, so they are written here once, each English message with its Bahasa.

/** A rule's field message as the API says it → as the official reads it. */
const PESAN: Record<string, string> = {
  'required': 'wajib diisi',
  'required when refusing': 'wajib diisi bila menolak',
  'required when approving': 'wajib diisi bila menyetujui',
  'required when approving: each employee assigned, with nip, nama, jabatan, golongan and unit': 'wajib diisi bila menyetujui: setiap pegawai yang ditugaskan, dengan NIP, nama, jabatan, golongan, dan unit',
  'required when approving: the NIPs of the employees assigned': 'wajib diisi bila menyetujui: NIP pegawai yang ditugaskan',
  'required: the employee appointed': 'wajib diisi: pegawai yang ditunjuk',
  'required: a reference to the curriculum vitae': 'wajib diisi: rujukan daftar riwayat hidup',
  'required: the member of the team rated': 'wajib diisi: anggota tim yang dinilai',
  'required for an agency not on this service': 'wajib diisi untuk instansi yang tidak memakai layanan ini',
  'matches no one': 'tidak ada pegawai yang memenuhi',
  'not the employee named in the request': 'bukan pegawai yang disebut dalam permohonan',
  'not among the task candidates': 'bukan salah satu calon pada langkah ini',
  'only when approving a step that answers with the list': 'hanya bila menyetujui langkah yang menjawab dengan daftar pegawai',
  'only when approving the answer of an agency not on this service': 'hanya bila menyetujui jawaban instansi yang tidak memakai layanan ini',
  'on the list more than once': 'tercantum lebih dari sekali',
  'each employee once': 'setiap pegawai cukup tercantum sekali',
  'only when reporting a document issued outside this service': 'hanya bila melaporkan naskah yang diterbitkan di luar layanan ini',
  'not accepted here': 'tidak diterima di sini',
  'no kedudukan yet': 'belum memiliki kedudukan',
  'another agency': 'instansi lain',
  'unknown unit': 'unit tidak dikenal',
  'unknown NIP': 'NIP tidak dikenal',
  'unknown case': 'perkara tidak dikenal',
  'must be after mulai': 'harus sesudah tanggal mulai',
  'after mulai': 'harus sesudah tanggal mulai',
  'the holder of the position': 'pemegang jabatan itu',
  'Plt for a vacant position': 'Plt untuk jabatan yang lowong',
  'rate through the action penilaian': 'nilai melalui tindakan penilaian',
  'not assigned by this case': 'tidak ditugaskan oleh perkara ini',
  'an agency whose regulation has no such procedure': 'instansi yang peraturannya tidak mengatur prosedur ini',
  'your own agency': 'instansi Anda sendiri',
  'a region of this service or a declared agency': 'harus wilayah layanan ini atau instansi yang terdaftar',
  'only for an agency not on this service': 'hanya untuk instansi yang tidak memakai layanan ini',
  'for an agency not on this service the PPK is named in instansiLuar.ppk': 'untuk instansi yang tidak memakai layanan ini, PPK disebut pada instansiLuar.ppk',
  'exactly one of pegawai or kriteria': 'isi tepat salah satu: pegawai atau kriteria',
  'must be true when another official records the wish': 'wajib dicentang bila pejabat lain yang mencatat keinginan ini',
  'not issued': 'belum diterbitkan',
  'has a work cycle': 'sudah memiliki siklus kinerja',
  'not the ketua or a member of the team': 'bukan ketua atau anggota tim',
  'a report of this case': 'harus laporan perkara ini',
  'at least one': 'paling sedikit satu',
  'not a recipient': 'bukan penerima',
  'a butir': 'harus sebuah butir',
  'not a member to replace or remove': 'bukan anggota yang dapat diganti atau dikeluarkan',
  'already a member': 'sudah menjadi anggota',
  'not from the owning unit': 'bukan dari unit pemilik',
  'not another unit': 'bukan unit lain',
  'not an issued Surat Tugas or Surat Penugasan': 'bukan Surat Tugas atau Surat Penugasan yang telah terbit',
  'not an issued Tim Kerja': 'bukan Tim Kerja yang telah terbit',
  'not a member of the team': 'bukan anggota tim',
  'not the employee assigned': 'bukan pegawai yang ditugaskan',
  'required: the date it is dated, yyyy-mm-dd': 'wajib diisi: tanggal naskah, tttt-bb-hh',
  'an 18-digit NIP': 'harus NIP 18 angka',
  'is not a run of the case': 'bukan salah satu jalannya perkara ini',
  'not a cursor': 'bukan penanda halaman',
  'a jabatan kode of the region': 'harus kode jabatan wilayah ini',
  'an employee of the region': 'harus pegawai wilayah ini',
  'NIP must be exactly 18 digits': 'NIP harus tepat 18 angka',
  'sequence 000 is not issued': 'nomor urut 000 tidak pernah diberikan',
};

/** The messages that name what the case holds: the words around it in Bahasa, the names as they are. */
const POLA: [RegExp, (...m: string[]) => string][] = [
  [/^required: one of (.+)$/, (l) => `wajib diisi: salah satu dari ${l}`],
  [/^one of (.+), when refusing$/, (l) => `salah satu dari ${l}, bila menolak`],
  [/^one of (.+)$/, (l) => `salah satu dari ${l}`],
  [/^required: the number of the (.+) as issued$/, (t) => `wajib diisi: nomor ${t} sebagaimana diterbitkan`],
  [/^between the request \((.+)\) and today \((.+)\)$/, (a, b) => `antara tanggal permohonan (${a}) dan hari ini (${b})`],
  [/^(\d+) of (\d+) team assignments already held$/, (n, m) => `sudah memegang ${n} dari ${m} penugasan tim`],
  [/^not a (\S+) of this position$/, (j) => `bukan ${j} jabatan ini`],
  [/^required when the predikat is not (.+)$/, (s) => `wajib diisi bila predikat bukan ${s}`],
  [/^not of (.+)$/, (u) => `bukan dari ${u}`],
  [/^outside (.+)$/, (u) => `di luar ${u}`],
  [/^at most (\d+)$/, (n) => `paling banyak ${n}`],
  [/^only (\d{18})$/, (n) => `hanya ${n}`],
  [/^not (.+)$/, (x) => `bukan ${x}`],
  [/^birth date (\S+) is not a real date$/, (d) => `tanggal lahir ${d} bukan tanggal yang ada`],
  [/^birth date (\S+) is in the future$/, (d) => `tanggal lahir ${d} belum tiba`],
  [/^TMT month (\S+) is not a month$/, (m) => `bulan TMT ${m} bukan bulan`],
  [/^TMT (\S+) is in the future$/, (t) => `TMT ${t} belum tiba`],
  [/^TMT (\S+) is before the 18th birthday \((.+)\)$/, (t, b) => `TMT ${t} sebelum ulang tahun ke-18 (${b})`],
  [/^sex digit (\S) must be 1 or 2$/, (d) => `angka jenis kelamin ${d} harus 1 atau 2`],
  // Whom a request names and why they cannot be assigned (domain/penugasan.ts).
  [/^(.+) \((\d{18})\) is not in (.+)$/, (n, nip, u) => `${n} (${nip}) bukan pegawai ${u}`],
  [/^(.+) holds a structural position; only a JF or Pelaksana is assigned$/, (n) => `${n} memegang jabatan struktural; hanya JF atau Pelaksana yang ditugaskan`],
  [/^(.+) leads (.+); only a JF or Pelaksana of its staff is assigned$/, (n, u) => `${n} memimpin ${u}; hanya JF atau Pelaksana di bawahnya yang ditugaskan`],
  [/^(.+) has no kedudukan \(PPK\) yet$/, (n) => `${n} belum memiliki kedudukan (PPK)`],
  [/^(.+): jabatan is (.+), not (.+)$/, (n, a, b) => `${n}: jenis jabatannya ${a}, bukan ${b}`],
  [/^(.+): jabatan (.+) is not (.+)$/, (n, a, b) => `${n}: jabatannya ${a}, bukan ${b}`],
  [/^(.+): jenjang (.+) is not one of (.+)$/, (n, a, b) => `${n}: jenjangnya ${a}, bukan salah satu dari ${b}`],
  [/^(.+): golongan (.+) is below (.+)$/, (n, a, b) => `${n}: golongannya ${a}, di bawah ${b}`],
  [/^(.+): pendidikan (.+) is below (.+)$/, (n, a, b) => `${n}: pendidikannya ${a}, di bawah ${b}`],
  // An action's body is checked by TypeBox (api/routes/cases.ts checkBody), whose messages have no Bahasa of their own.
  [/^Expected required property$/, () => 'wajib diisi'],
  [/^Unexpected property$/, () => 'bukan bagian dari permintaan ini: hapus'],
  [/^Expected union value$/, () => 'bukan salah satu nilai yang diterima isian ini'],
  [/^Expected string length greater or equal to (\d+)$/, (n) => `tidak boleh lebih pendek dari ${n} karakter`],
  [/^Expected string length less or equal to (\d+)$/, (n) => `tidak boleh lebih panjang dari ${n} karakter`],
  [/^Expected array length to be greater or equal to (\d+)$/, (n) => `tidak boleh kurang dari ${n} item`],
  [/^Expected array length to be less or equal to (\d+)$/, (n) => `tidak boleh lebih dari ${n} item`],
  [/^Expected (?:number|integer) to be greater or equal to (\S+)$/, (n) => `harus >= ${n}`],
  [/^Expected (?:number|integer) to be less or equal to (\S+)$/, (n) => `harus <= ${n}`],
  [/^Expected string to match '(.+)' format$/, (f) => `harus cocok dengan format "${f}"`],
  [/^Expected string to match '(.+)'$/, (p) => `harus cocok dengan pola "${p}"`],
  [/^Expected (string|number|integer|boolean|array|object)$/, (t) => `harus berupa ${({ string: 'teks', number: 'angka', integer: 'bilangan bulat', boolean: 'ya/tidak', array: 'daftar', object: 'objek' } as Record<string, string>)[t]}`],
  // The door's refusal of a character a form should not carry (api/plugins/inputPolicy.ts).
  [/^contains the control character (U\+[0-9A-F]+); only tab and line feed are accepted, in free text$/, (u) => `memuat karakter kendali ${u}; hanya tab dan ganti baris yang diterima, dalam teks bebas`],
  [/^contains a lone surrogate \((U\+[0-9A-F]+)\): not valid Unicode text$/, (u) => `memuat separuh surrogate ${u}: bukan teks Unicode yang sah`],
];

/** Words and patterns of one kind of message: its exact sentences, then those naming what the case holds. */
type Terjemahan = [Record<string, string>, [RegExp, (...m: string[]) => string][]];

/** A message in Bahasa by its kind's sentences and patterns; undefined where none of them says it. */
function terjemahkan(message: string, [kalimat, pola]: Terjemahan): string | undefined {
  if (Object.hasOwn(kalimat, message)) return kalimat[message];
  for (const [p, kata] of pola) {
    const m = p.exec(message);
    if (m) return kata(...m.slice(1));
  }
  return undefined;
}

/** A field message in Bahasa Indonesia: the service's own words, or as it came (the API's already, for a schema's). */
export const pesanIsian = (message: string): string => terjemahkan(message, [PESAN, POLA]) ?? message;

/** A case's or a step's status named in a refusal (domain/kasusSchema.ts), as the pages name it. */
const KEADAAN: Record<string, string> = {
  open: 'terbuka', done: 'selesai', expired: 'kedaluwarsa', cancelled: 'dibatalkan',
  'awaiting-decision': 'menunggu keputusan', issuing: 'sedang diterbitkan', 'awaiting-acknowledgement': 'menunggu tanda terima',
  'awaiting-submission': 'menunggu penyampaian', 'in-force': 'berlaku', issued: 'terbit', refused: 'ditolak', withdrawn: 'ditarik',
  'in-progress': 'berjalan', completed: 'selesai', starting: 'sedang dimulai',
};
const keadaan = (s: string) => KEADAAN[s] ?? s;
const OLEH: Record<string, string> = { decided: 'diputuskan', done: 'dikerjakan' };

/**
 * A refusal's lead message as the API says it → as the official reads it. The rules' words around what the
 * case holds (a step's title, a name, a NIP) in Bahasa; a profile's description the message quotes is
 * English and left out, its article is shown beneath as "Dasar". Which messages have none: tests/web/bahasa.test.ts.
 */
const POKOK: Record<string, string> = {
  // Said in Bahasa by the API itself when asked (api/errors.ts SCHEMA_WORDS), as it stays.
  'permintaan tidak sesuai skemanya: perbaiki isian yang disebut lalu kirim lagi': 'permintaan tidak sesuai skemanya: perbaiki isian yang disebut lalu kirim lagi',
  'approving a request made by criteria names the employee to assign': 'persetujuan atas permohonan menurut kriteria menyebut pegawai yang ditugaskan',
  'a decision on this case is being recorded; read the case and send yours again if it is still pending': 'sebuah keputusan atas perkara ini sedang dicatat; baca perkara ini dan kirim keputusan Anda lagi bila langkahnya masih menunggu',
  'a change of the team says what changes (jenis, nip, baru, alasan)': 'perubahan tim menyebut apa yang berubah (jenis, nip, baru, alasan)',
  'a change says why': 'perubahan disertai alasannya',
  'the workflow engine does not answer; nothing was changed: retry the same request later': 'mesin alur kerja tidak menjawab; tidak ada yang berubah: ulangi permintaan yang sama nanti',
  'the database does not answer; nothing was changed: retry the same request later': 'basis data tidak menjawab; tidak ada yang berubah: ulangi permintaan yang sama nanti',
  'no running case with this id': 'tidak ada perkara berjalan dengan nomor ini',
  'the body does not match the schema of this action: fix the fields listed and send it again': 'isian tindakan ini belum sesuai: perbaiki isian yang ditandai lalu kirim lagi',
  'the request contains text the service does not take: fix the fields listed and send it again': 'permintaan memuat teks yang tidak diterima layanan ini: perbaiki isian yang ditandai lalu kirim lagi',
  'name either the employee (pegawai) or the criteria (kriteria) the appointing official chooses by, not both': 'sebut pegawai atau kriteria yang dipakai pejabat yang menunjuk, tidak keduanya',
  'name either an employee (pegawai) or the criteria (kriteria) the destination will choose by, not both': 'sebut pegawai atau kriteria yang akan dipakai unit tujuan, tidak keduanya',
  'sampai must be after mulai: a delegation is in force for [mulai, sampai)': 'tanggal sampai harus sesudah tanggal mulai: delegasi berlaku sejak tanggal mulai sampai sebelum tanggal sampai',
  'a kendala comes with alternative recommendations (alternatif rekomendasi)': 'kendala disampaikan bersama alternatif rekomendasi',
  'this region\'s text sets no recorded dialog kinerja; give feedback on a report instead': 'peraturan wilayah ini tidak mengatur dialog kinerja yang dicatat; berikan umpan balik atas laporan',
  'this region\'s text lists no SKP planning steps to tick off': 'peraturan wilayah ini tidak memuat tahapan perencanaan SKP untuk dicentang',
  'the assignment states no jangka waktu: give the length of the work (hariKerja)': 'penugasan tidak menyebut jangka waktu: isi lama pekerjaan (hariKerja)',
};

const POLA_POKOK: [RegExp, (...m: string[]) => string][] = [
  // A decision or an act on a step (domain/langkah.ts, workflows/kernel).
  [/^(.+) is not open yet: an earlier step is pending; read the case for its open tasks$/, (t) => `${t} belum dibuka: langkah sebelumnya masih menunggu; lihat tugas yang terbuka pada perkara ini`],
  [/^case (.+) has no decision task (.+)$/, (c, t) => `perkara ${c} tidak memiliki langkah keputusan ${t}`],
  [/^case (.+) has no task (.+)$/, (c, t) => `perkara ${c} tidak memiliki langkah ${t}`],
  [/^(.+) is done by its assignee, not decided: confirm it with .+$/, (t) => `${t} dikerjakan oleh pemegangnya, bukan diputuskan: nyatakan bahwa sudah dikerjakan`],
  [/^(.+) is not an action to confirm: .+$/, (t) => `${t} bukan tindakan yang dinyatakan selesai: berikan tanda terima atau keputusan sesuai langkahnya`],
  [/^reasons are required to refuse(?:: .*)?$/s, () => 'alasan wajib diisi untuk menolak'],
  [/^the request names (.+); approve that employee or refuse with reasons$/, (n) => `permohonan menyebut ${n}; setujui pegawai itu atau tolak dengan alasan`],
  [/^(.+) \S+ not an eligible employee for this request \(.*\)$/s, (n) => `${n} bukan pegawai yang memenuhi syarat permohonan ini`],
  [/^(.+): the agency asked is not on this service, so its answer names each employee with their identity \(employees\), not by NIP alone$/, (t) => `${t}: instansi yang diminta tidak memakai layanan ini, maka jawabannya menyebut setiap pegawai dengan identitasnya (employees), bukan NIP saja`],
  [/^(.+) does not answer with a list of employees named with their identity$/, (t) => `${t} tidak dijawab dengan daftar pegawai beserta identitasnya`],
  [/^(.+) does not answer with a list of employees$/, (t) => `${t} tidak dijawab dengan daftar pegawai`],
  [/^(.+): an answer that employees are available names them, the list of those assigned$/, (t) => `${t}: jawaban bahwa pegawai tersedia menyebut mereka, yaitu daftar pegawai yang ditugaskan`],
  [/^(.+): the list of employees assigned has errors: fix the fields listed$/, (t) => `${t}: daftar pegawai yang ditugaskan memuat kesalahan: perbaiki isian yang ditandai`],
  [/^(.+) is on the list more than once$/, (n) => `${n} tercantum lebih dari sekali`],
  [/^task (.+) is (\S+); it can no longer be (\S+)$/, (t, s, v) => `langkah ${t} sudah ${keadaan(s)}; tidak dapat lagi ${OLEH[v] ?? v}`],
  [/^(.+) is (\S+) by the (.+), (.+) \((\S+)\)$/, (t, v, r, n, nip) => `${t} ${OLEH[v] ?? v} oleh ${r}, ${n} (${nip})`],
  [/^(.+) is for (.+) \((\S+)\); as (\S+) (\S+) may not decide their own (\S+): .+$/s, (t, n, nip, j, a, own) =>
    `${t} untuk ${n} (${nip}); sebagai ${j}, ${a} tidak boleh memutuskan ${own === 'request' ? 'permohonannya' : 'penugasannya'} sendiri: langkah ini naik ke atasan pemegang jabatan, atau akhiri delegasinya agar kembali kepada pemegang jabatan`],
  [/^(.+): say what is delivered$/, (t) => `${t}: sebutkan apa yang diserahkan`],
  [/^(.+) reports no document: nomor and tanggal are not taken here$/, (t) => `${t} tidak melaporkan naskah: nomor dan tanggal tidak diisi di sini`],
  [/^(.+): give the nomor and tanggal of the (.+) as issued$/, (t, d) => `${t}: isi nomor dan tanggal ${d} sebagaimana diterbitkan`],
  [/^(.+): give hasilKerja, perilakuKerja and predikat$/, (t) => `${t}: isi hasil kerja, perilaku kerja, dan predikat`],
  [/^(.+) is done by rating: .+$/s, (t) => `${t} dikerjakan dengan tindakan penilaian: hasil kerja, perilaku kerja, dan predikat (saran matriks tercantum pada perkara)`],
  [/^this case has no action (.+); it has (.+)$/, (a, l) => `perkara ini tidak memiliki tindakan ${a}; tindakannya: ${l}`],
  // Withdrawing, receiving, changing a team.
  [/^only the requester, (.+) \((\S+)\), may withdraw the request$/, (n, nip) => `hanya pemohon, ${n} (${nip}), yang dapat menarik permohonan`],
  [/^the case is (\S+); a request can be withdrawn only while a decision is pending$/, (s) => `perkara ini ${keadaan(s)}; permohonan hanya dapat ditarik selama keputusan masih ditunggu`],
  [/^every decision was taken: (.+) issues the (.+) and reports it; a request can be withdrawn only while a decision is pending$/, (p, d) => `semua keputusan telah diambil: ${p} menerbitkan ${d} dan melaporkannya; permohonan hanya dapat ditarik selama keputusan masih ditunggu`],
  [/^the case is (\S+); there is no document awaiting receipt$/, (s) => `perkara ini ${keadaan(s)}; tidak ada dokumen yang menunggu tanda terima`],
  [/^a change of kind (.+) names who comes in$/, (j) => `perubahan jenis ${j} menyebut siapa yang masuk`],
  [/^only the former of the team, (.+) \((\S+)\), changes it$/, (n, nip) => `hanya pembentuk tim, ${n} (${nip}), yang dapat mengubahnya`],
  [/^the case is (\S+); a team is changed only while its decree stands$/, (s) => `perkara ini ${keadaan(s)}; tim hanya dapat diubah selama keputusannya berlaku`],
  [/^(.+) is already in the team$/, (n) => `${n} sudah menjadi anggota tim`],
  // The case as the API reads it (api/routes/cases.ts, api/startCase.ts, api/unanswered.ts).
  [/^case (.+) is closed \((\S+)\); nothing can change it$/, (c, s) => `perkara ${c} sudah selesai (${keadaan(s)}); tidak ada yang dapat mengubahnya`],
  [/^no case (\S+)(?:: name an existing case)?$/, (c) => `tidak ada perkara ${c}`],
  [/^neither Temporal nor the archive holds the history of case (.+): .+$/, (c) => `Temporal maupun arsip tidak menyimpan riwayat perkara ${c}: riwayatnya terhapus sebelum arsip disimpan`],
  [/^case (.+) has no run (.+); its runs: (.*)$/, (c, r, l) => `perkara ${c} tidak memiliki putaran ${r}; putarannya: ${l}`],
  [/^case (.+) is started and waits for a worker to set it up: .+$/s, (c) => `perkara ${c} sudah dimulai dan menunggu pekerja menyiapkannya: baca lagi sebentar lagi`],
  [/^the workflow engine did not answer and case (.+) was not started; nothing was changed: retry the same request later$/, (c) => `mesin alur kerja tidak menjawab dan perkara ${c} tidak dimulai; tidak ada yang berubah: ulangi permintaan yang sama nanti`],
  [/^.+: the workflow engine did not confirm it in time \(its worker may be down\), and it may still take effect; .+$/s, () => 'mesin alur kerja tidak mengonfirmasinya tepat waktu (pekerjanya mungkin sedang mati) dan mungkin masih berlaku: baca perkara ini sebelum mengirim lagi'],
  [/^.+ did not reach the case; nothing was changed: retry the same request$/, () => 'permintaan tidak sampai ke perkara; tidak ada yang berubah: ulangi permintaan yang sama'],
  // A start form's period (domain/rencana.ts).
  [/^(\S+)\.selesai must be after \S+\.mulai$/, (f) => `tanggal selesai (${f}) harus sesudah tanggal mulai`],
  // Who a request may name and who sends it (domain/penugasan.ts, domain/rencana.ts, domain/batasPenugasan.ts, domain/predikat.ts).
  [/^(.+) is sent by the (.+) \((.+), (\S+)\)$/, (_w, r, n, nip) => `permohonan ini diajukan oleh ${r} (${n}, ${nip})`],
  [/^(.+) is sent by .+$/s, () => 'permohonan ini diajukan oleh pimpinan tim yang menilai'],
  [/^(.+) has no kedudukan \(PPK\) yet(?:: .*)?$/s, (n) => `${n} belum memiliki kedudukan (PPK)`],
  [/^the master data names no (.+) for this case: load the head of the unit or the employee's kedudukan first$/, (r) => `data induk tidak menyebut ${r} untuk perkara ini: muat dahulu kepala unit atau kedudukan pegawai`],
  [/^.+ stays within (.+?)(?:; unit (\S+) is of ([^;]+))?; .+$/s, (p, u, l) => `permohonan ini tetap di lingkungan ${p}${u ? `; unit ${u} milik ${l}` : ''}; untuk instansi lain gunakan penunjukan lintas instansi bila diatur`],
  [/^unit (.+) is not in the (\S+) master data$/, (u, r) => `unit ${u} tidak ada dalam data induk ${r}`],
  [/^no employee with NIP (.+) in the (\S+) master data$/, (n, r) => `tidak ada pegawai dengan NIP ${n} dalam data induk ${r}`],
  // Why a named employee does not qualify: the name, then a field's own words (POLA above).
  [/^(.+?: (?:jabatan|jenjang|golongan|pendidikan) .+)$/, (w) => pesanIsian(w)],
  [/^(.+) holds a structural position(?:; only a JF or Pelaksana is assigned|: .+)$/s, (n) => `${n} memegang jabatan struktural; hanya JF atau Pelaksana yang ditugaskan`],
  [/^(.+) leads (.+); only a JF or Pelaksana of its staff is assigned$/, (n, u) => `${n} memimpin ${u}; hanya JF atau Pelaksana di bawahnya yang ditugaskan`],
  [/^(\S+) is not in the (\S+) master data: .+$/s, (n, r) => `${n} tidak ada dalam data induk ${r}`],
  [/^(.+) is not in (.+?): .+$/s, (n, u) => `${n} tidak berada di ${u}`],
  [/^(.+) \((\S+)\) is not in (.+)$/, (n, nip, u) => `${n} (${nip}) bukan pegawai ${u}`],
  [/^no JF or Pelaksana of (.+) with a kedudukan matches the criteria, so there is no PPK to address the request to$/, (u) => `tidak ada JF atau Pelaksana ${u} berkedudukan yang memenuhi kriteria, sehingga tidak ada PPK yang dituju permohonan`],
  [/^(.+) is not the PPK of a matching employee of (.+); their PPKs are (.+)$/, (n, u, l) => `${n} bukan PPK pegawai ${u} yang memenuhi kriteria; PPK mereka: ${l}`],
  [/^the employees matching the criteria have different PPKs \((.+)\): name the one the request is addressed to in (\S+)$/, (l, f) => `pegawai yang memenuhi kriteria memiliki PPK yang berbeda (${l}): sebut PPK yang dituju permohonan pada ${f}`],
  [/^one team assignment lasts at most (\S+) months \(.*\); from (\S+) it ends by (\S+)$/s, (n, m, b) => `satu penugasan tim paling lama ${n} bulan; bila mulai ${m}, berakhir paling lambat ${b}`],
  [/^(\S+) is already assigned to (\S+) tim kerja (.+?) between (\S+) and (\S+): .+$/s, (n, j, k, a, b) => `${n} sudah ditugaskan pada ${j} tim kerja ${k} antara ${a} dan ${b}`],
  [/^the matrix suggests (\S+) for Hasil Kerja (.+) and Perilaku Kerja (.+); choosing (\S+) needs its reason \(.*\)$/s, (sr, h, pk, p) => `matriks menyarankan ${sr} untuk Hasil Kerja ${h} dan Perilaku Kerja ${pk}; memilih ${p} wajib disertai alasan`],
  // A procedure's own start (procedures/*/plan.ts).
  [/^a formation asks one other agency \((.+)\); ask (.+) by a request of its own$/, (a, b) => `pembentukan tim hanya meminta satu instansi lain (${a}); minta ${b} dengan permohonan tersendiri`],
  [/^(.+) \((.+)\) may not be (penanggung jawab|ketua): .+$/s, (n, j, k) => `${n} (${j}) tidak dapat menjadi ${k}`],
  [/^the ketua of a team with members from other units must meet (.+?): (.+)$/s, (c, g) => `ketua tim yang beranggotakan pegawai unit lain harus memenuhi ${c}: ${g.split('; ').map(pesanIsian).join('; ')}`],
  [/^(.+) states the wish to volunteer themself, or it is recorded for them by the official they stated it to: .+$/s, (n) => `${n} menyatakan sendiri keinginannya, atau keinginan itu dicatat oleh pejabat yang menerima pernyataannya`],
  [/^a wish recorded for (.+) is one they stated orally to you: say so with lisan: true$/, (n) => `keinginan yang dicatat untuk ${n} adalah yang dinyatakannya secara lisan kepada Anda: centang lisan`],
  [/^(.+) is not inside (.+), the Unit Organisasi of (.+) \(.*\): a wish for another unit's target is pengajuan sukarela lintas unit \((.+)\)$/s, (t, u, n, c) => `${t} tidak berada di ${u}, Unit Organisasi ${n}: keinginan atas target unit lain adalah pengajuan sukarela lintas unit (${c})`],
  [/^(.+) \((\S+)\) is not of (.+): penunjukan dalam unit appoints the unit's own JF and Pelaksana; .*$/s, (n, nip, u) => `${n} (${nip}) bukan pegawai ${u}: penunjukan dalam unit menunjuk JF dan Pelaksana unit itu sendiri; gunakan penunjukan lintas unit`],
  [/^the (.+) appoints directly, so the request names the employee appointed; criteria are for a proposal another official decides on$/, (r) => `${r} menunjuk langsung, maka permohonan menyebut pegawai yang ditunjuk; kriteria untuk usulan yang diputuskan pejabat lain`],
  [/^case (\S+) assigns (\S+) employees: name which one \(pegawai\)$/, (c, n) => `perkara ${c} menugaskan ${n} pegawai: sebut salah satunya (pegawai)`],
  [/^(.+) is not on the list case (\S+) assigned \((.+)\)$/, (n, c, l) => `${n} tidak tercantum dalam daftar yang ditugaskan perkara ${c} (${l})`],
  [/^no (.+) of (.+) is known in (.+): load their kedudukan there first$/, (r, n, p) => `${r} ${n} belum dikenal di ${p}: muat dahulu kedudukannya di sana`],
  [/^(.+) provides no penunjukan lintas instansi: .+$/s, (r) => `${r} tidak mengatur penunjukan lintas instansi`],
  [/^(.+) is your own agency: involve its employees through penunjukan lintas unit$/, (a) => `${a} adalah instansi Anda sendiri: libatkan pegawainya melalui penunjukan lintas unit`],
  [/^(.+) is neither an agency on this service nor one this deployment declares \(EXTERNAL_AGENCIES\); .+$/s, (a) => `${a} bukan instansi yang memakai layanan ini dan bukan instansi yang terdaftar; sebut instansi yang diminta dengan wilayahnya atau kode terdaftarnya`],
  [/^(.+) is on this service: its Pejabat yang Berwenang, PPK and PUO are read from its master data; leave instansiLuar out$/, (a) => `${a} memakai layanan ini: Pejabat yang Berwenang, PPK, dan PUO-nya dibaca dari data induknya; kosongkan instansiLuar`],
  [/^a Surat Permohonan Pelibatan states at least: .+$/s, () => 'Surat Permohonan Pelibatan paling sedikit memuat isi yang diatur'],
  [/^(.+) is not on this service: name its Pejabat yang Berwenang, PPK and PUO \(instansiLuar\), .+$/s, (a) => `${a} tidak memakai layanan ini: sebut Pejabat yang Berwenang, PPK, dan PUO-nya (instansiLuar)`],
  [/^the officials of (.+) as named have errors: fix the fields listed$/, (a) => `pejabat ${a} yang disebut memuat kesalahan: perbaiki isian yang ditandai`],
  [/^case (\S+) \((\S+), (\S+)\) is not an issued assignment: .+$/s, (c, p, st) => `perkara ${c} (${p}, ${keadaan(st)}) bukan penugasan yang telah terbit`],
  [/^team case (\S+) \((\S+)\) has no decree in force yet: .+$/s, (c, st) => `perkara tim ${c} (${keadaan(st)}) belum memiliki keputusan yang berlaku`],
  [/^(.+) is not a member of (.+) \(case (\S+)\); name the member rated, one of (.+)$/, (n, t, c, l) => `${n} bukan anggota ${t} (perkara ${c}); sebut anggota yang dinilai, salah satu dari ${l}`],
  [/^(.+) was not assigned by case (\S+); its Surat Tugas names (.+)$/, (n, c, l) => `${n} tidak ditugaskan oleh perkara ${c}; Surat Tugasnya menyebut ${l}`],
  // The work cycle (procedures/siklusKinerja).
  [/^(.+): say what it is \(isi\)$/, (a) => `${a}: sebutkan isinya (isi)`],
  [/^no report can be asked for here: .+$/s, () => 'laporan tidak dapat diminta di sini'],
  [/^a report at any time is asked for by the (.+), (.+) \((\S+)\)$/, (r, n, nip) => `laporan sewaktu-waktu diminta oleh ${r}, ${n} (${nip})`],
  [/^a report at any time is asked of (?:the ketua or a member of the team: )?(.+)$/, (l) => `laporan sewaktu-waktu diminta kepada ${l}`],
  [/^case (\S+) has no report (.+)$/, (c, t) => `perkara ${c} tidak memiliki laporan ${t}`],
  [/^(.+) is (\S+): feedback is given on a report that was delivered$/, (t, st) => `${t} ${keadaan(st)}: umpan balik diberikan atas laporan yang telah disampaikan`],
  [/^feedback on (.+) is given by whom it went to: (.+)$/, (t, l) => `umpan balik atas ${t} diberikan oleh penerimanya: ${l}`],
  [/^a dialog kinerja is recorded by (.+) or their leaders in this case$/, (n) => `dialog kinerja dicatat oleh ${n} atau pimpinannya dalam perkara ini`],
  [/^a kendala is raised by (.+), who do\S* the work$/, (l) => `kendala disampaikan oleh ${l}, yang mengerjakan pekerjaan ini`],
  [/^a kendala goes to (.+) \((\S+)\), or where collaboration across PUOs is needed to (.+)$/, (n, nip, l) => `kendala disampaikan kepada ${n} (${nip}), atau bila perlu kolaborasi lintas PUO kepada ${l}`],
  [/^the plan is revised by (.+)$/, (l) => `rencana diubah oleh ${l}`],
  [/^the case is in (\S+)(?: with a plan awaiting agreement)?: a plan is revised once agreed, during pelaksanaan$/, (t) => `perkara ini pada tahap ${t}: rencana diubah setelah disepakati, selama pelaksanaan`],
  [/^record the dialog kinerja first \(action dialog-kinerja\), then agree the plan: .+$/s, () => 'catat dahulu dialog kinerja (tindakan dialog-kinerja), lalu sepakati rencana'],
  [/^the plan \(versi (\S+)\) awaits agreement: (\S+) opens once it is agreed.*$/, (v, t) => `rencana (versi ${v}) menunggu kesepakatan: ${t} dibuka setelah rencana disepakati`],
  [/^the planning steps are ticked off by (.+) or their leaders in this case$/, (n) => `tahapan perencanaan dicentang oleh ${n} atau pimpinannya dalam perkara ini`],
  [/^isi names a planning step: one of (.+)$/, (l) => `isi menyebut tahapan perencanaan: salah satu dari ${l}`],
  [/^case (\S+) is (\S+): the work runs on an assignment whose Surat Tugas was issued$/, (c, st) => `perkara ${c} ${keadaan(st)}: pekerjaan berjalan atas penugasan yang Surat Tugasnya telah terbit`],
  [/^a report every (\S+) days does not fit a (\S+)-day period$/, (n, h) => `laporan setiap ${n} hari tidak muat dalam jangka waktu ${h} hari`],
  [/^the work cycle of (.+) is started by the (.+)$/, (n, r) => `siklus kinerja ${n} dimulai oleh ${r.replace(/ or /g, ' atau ')}`],
  [/^the work of (?:(.+) in )?(\S+) already runs as case (\S+): act there$/, (n, a, c) => `pekerjaan ${n ? `${n} pada ` : ''}${a} sudah berjalan sebagai perkara ${c}: bertindaklah di sana`],
  [/^no head above (.+) to review the result: load the unit heads first$/, (u) => `tidak ada kepala di atas ${u} yang menelaah hasilnya: muat dahulu kepala unit`],
  [/^the \S+ does not match the schema: fix the fields listed and send it again$/, () => 'permintaan tidak sesuai skemanya: perbaiki isian yang disebut lalu kirim lagi'],
  [/^the service failed; retry later, quoting request id (.+)$/, (id) => `layanan gagal; coba lagi nanti, dengan menyebut nomor permintaan ${id}`],
];

/** A refusal's lead message in Bahasa Indonesia, or undefined when the service's words have none here. */
export const pesanPokok = (message: string): string | undefined => terjemahkan(message, [POKOK, POLA_POKOK]);

/**
 * The refusal as the pages show it: its lead and field messages in Bahasa. A lead with no Bahasa here is
 * left empty, never shown in English: the page says the code's own heading (web/tampilan.ts GALAT) and the article.
 */
export const problemDalamBahasa = <P extends { message: string; fields?: { message: string }[] }>(p: P): P => ({
  ...p,
  message: pesanPokok(p.message) ?? '',
  ...(p.fields ? { fields: p.fields.map((f) => ({ ...f, message: pesanIsian(f.message) })) } : {}),
});
