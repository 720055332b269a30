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

/** A field message in Bahasa Indonesia: the service's own words, or as it came (the API's already, for a schema's). */
export function pesanIsian(message: string): string {
  const known = PESAN[message];
  if (known) return known;
  for (const [pola, kata] of POLA) {
    const m = pola.exec(message);
    if (m) return kata(...m.slice(1));
  }
  return message;
}

/** The refusal with its field messages as the pages show them. */
export const problemDalamBahasa = <P extends { fields?: { message: string }[] }>(p: P): P =>
  p.fields ? { ...p, fields: p.fields.map((f) => ({ ...f, message: pesanIsian(f.message) })) } : p;
