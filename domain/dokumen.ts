// The contents of an issued document, composed from the case: what a Surat Tugas or a Keputusan
// says, in the region's words. Rendering to PDF is separate (documents/pdf.ts).
import { pangkatGolongan, type Golongan } from './kepegawaian';
import type { Candidate, Formulir, Lampiran, PermohonanPribadi, ResolvedDocument } from './kasus';

export interface Person {
  nama: string;
  nip: string;
  pangkat: string; // "Penata Muda (III/a)"
  jabatan: string;
  /** Signing as Plh, Plt, Pj or Pjs of the jabatan (UU 30/2014 Pasal 14; Permendagri 1/2023 Pasal 44 ayat (4)–(5)). */
  delegasi?: 'Plt' | 'Plh' | 'Pj' | 'Pjs';
  /** Signing for a higher official: the a.n. line above the jabatan ("a.n. BUPATI BANJAR"). */
  atasNama?: string;
}

/** The kepala daerah, who signs by office: an elected official, with no NIP or pangkat (their name where the data has it). */
export interface KepalaDaerah {
  jabatan: string;
  nama?: string;
  nip?: undefined;
}

export const isKepalaDaerah = (p: Person | KepalaDaerah): p is KepalaDaerah => p.nip === undefined;

/**
 * The capacity lines above a signature, per tata naskah dinas (Permendagri 1/2023; the regions' forms):
 * "Plh. KEPALA DINAS …," for a delegate, under "a.n. BUPATI BANJAR" where one signs for a higher
 * official; `selaku`, a form's own capacity (KETUA TIM), instead of the jabatan.
 */
export function jabatanTandaTangan(p: Person | KepalaDaerah, selaku?: string): string[] {
  const own: Partial<Person> = isKepalaDaerah(p) ? {} : p;
  const jabatan = `${own.delegasi ? `${own.delegasi}. ` : ''}${(selaku ?? p.jabatan).toUpperCase()},`;
  return own.atasNama ? [own.atasNama, jabatan] : [jabatan];
}

/** The address block of a kop beside the alamat (Permendagri 1/2023: kop naskah dinas). */
export interface Kontak {
  telepon?: string;
  laman?: string;
  surel?: string;
  kodePos?: string;
}

export interface DocumentData {
  id: string;
  caseId: string;
  kind: string;
  title: string; // SURAT TUGAS / KEPUTUSAN SEKRETARIS DAERAH KABUPATEN BANJAR
  nomor: string;
  region: string;
  pemerintah: string; // kop: PEMERINTAH KABUPATEN BANJAR; a decree of the kepala daerah: BUPATI BANJAR
  instansi?: string; // kop: the issuing Perangkat Daerah (none under the kepala daerah's kop)
  alamat?: string;
  /** The rest of the kop's address block, from the issuing Perangkat Daerah's master data. */
  kontak?: Kontak;
  /** The region's lambang on the kop: a file of documents/lambang (RegionalProfile.lambang). */
  lambang?: string;
  tempat: string;
  zonaWaktu: string;
  issuedAt: string; // ISO
  /** Surat Tugas */
  dasar?: string[];
  kepada?: Person[];
  untuk?: string[];
  /** Keputusan */
  tentang?: string;
  menimbang?: string[];
  mengingat?: string[];
  diktum?: string[];
  /** Surat: hal, the addressee (the employee), the opening and the numbered points. */
  hal?: string;
  yth?: Person | { jabatan: string; di: string };
  pembuka?: string;
  butir?: string[];
  /** Formulir (bengkalis BAB II form 7) */
  formulir?: Formulir;
  /** A personal letter (bengkalis BAB II form 1): the employee signs as Pemohon, their atasan langsung under "Mengetahui". */
  permohonan?: Omit<PermohonanPribadi, 'mengetahui'> & { mengetahui: Person };
  /** A table after the signature (a team's susunan keanggotaan). */
  lampiran?: Lampiran;
  penutup: string;
  tembusan: string[];
  penandatangan: (Person & { sekretarisDaerah?: boolean }) | KepalaDaerah;
  /** Where the document's form and number come from. */
  citation: string;
  nomorCitation: string;
}

/** Academic degrees written before a name (a religious title such as H. or Hj. is not one). */
const GELAR_DEPAN = new Set(['prof.', 'dr.', 'drs.', 'dra.', 'ir.', 'drg.', 'apt.', 'ns.']);
/** A name without its gelar: those before it, and those after its first comma. */
export const tanpaGelar = (nama: string) =>
  nama.split(',')[0].split(/\s+/).filter((w) => w && !GELAR_DEPAN.has(w.toLowerCase())).join(' ');

/**
 * The lines under a signature (Permendagri 1/2023 pasal 44): a naskah dinas penetapan (a Keputusan)
 * names its signer without gelar, a penugasan or korespondensi with them (44(1)-(2)); NIP and
 * pangkat/golongan for every official but the kepala daerah, the wakil and the sekretaris daerah (44(3)).
 */
export function namaPenandatangan(doc: Pick<DocumentData, 'penandatangan' | 'diktum'>): { nama?: string; pangkat?: string; nip?: string } {
  const p = doc.penandatangan;
  const nama = p.nama && (doc.diktum ? tanpaGelar(p.nama) : p.nama);
  if (isKepalaDaerah(p) || p.sekretarisDaerah) return nama ? { nama } : {};
  return { ...(nama ? { nama } : {}), pangkat: p.pangkat, nip: `NIP. ${p.nip}` };
}

/** Items of a Dasar, Menimbang or Mengingat, each closed with ";" as the format writes them. */
export const titikKoma = (items: string[]) => items.map((t) => `${t.trim().replace(/[.;,:]+$/, '')};`);

const person = (p: { nama: string; nip: string; jabatan: string; golongan: Golongan; delegasi?: Person['delegasi']; atasNama?: string }): Person => ({
  nama: p.nama, nip: p.nip, jabatan: p.jabatan, pangkat: pangkatGolongan(p.golongan), ...(p.delegasi ? { delegasi: p.delegasi } : {}), ...(p.atasNama ? { atasNama: p.atasNama } : {}),
});

/**
 * One pattern's formatter per time zone, made at its first use: constructing an Intl.DateTimeFormat costs
 * some tens of microseconds (its locale data resolved), formatting with one a microsecond or two, and a
 * request or a workflow task dates many things in one or two zones. Kept per worker thread (this module
 * is shared by its workflow runs, services/workflowCode.ts): a formatter formats the same instant alike
 * for every run.
 */
function perZone(locale: 'id-ID' | 'en', options: Intl.DateTimeFormatOptions): (timeZone: string) => Intl.DateTimeFormat {
  const made = new Map<string, Intl.DateTimeFormat>();
  return (timeZone) => {
    let f = made.get(timeZone);
    if (!f) made.set(timeZone, (f = new Intl.DateTimeFormat(locale, { ...options, timeZone })));
    return f;
  };
}
const tanggalFormat = perZone('id-ID', { day: 'numeric', month: 'long', year: 'numeric' });
const hariFormat = perZone('en', { year: 'numeric', month: '2-digit', day: '2-digit' });
const tahunFormat = perZone('en', { year: 'numeric' });

/** "12 Maret 2026", in the region's local time. */
export const tanggal = (iso: string, zonaWaktu = 'Asia/Jakarta') => tanggalFormat(zonaWaktu).format(new Date(iso));
/**
 * The date (yyyy-mm-dd) it is at `iso` in the region: before 08:00 WITA (07:00 WIB) it is a day later there
 * than in UTC, and a letter dated that local day is not in the future.
 */
export const tanggalLokal = (iso: string, zonaWaktu: string) => {
  const p = Object.fromEntries(hariFormat(zonaWaktu).formatToParts(new Date(iso)).map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day}`;
};
/** The year a letter is numbered in: local, so a letter issued on 31 December at 23:30 WITA counts in that year. */
export const tahun = (iso: string, zonaWaktu = 'Asia/Jakarta') => Number(tahunFormat(zonaWaktu).format(new Date(iso)));

/** The region's letterhead facts a document carries. */
export interface Kop {
  pemerintah: string;
  tempat: string;
  zonaWaktu: string;
}

/**
 * A document as issued: the plan's text with the assigned employee (and, in a letter answering a
 * decision, its reasons) filled in, numbered and dated.
 */
export function composeDocument(
  c: { caseId: string; region: string; kop: Kop; employee: Candidate; employees?: Candidate[]; alasan?: string; kepalaDaerah?: string; kontak?: Kontak; lambang?: string },
  doc: ResolvedDocument,
  id: string,
  nomor: string,
  issuedAt: string,
): DocumentData {
  // A Surat Penugasan for a list names every employee on it.
  const employees = c.employees ?? [c.employee];
  const who = employees.map((e) => `${e.nama}, NIP ${e.nip}, ${pangkatGolongan(e.golongan)}, ${e.jabatan}`).join('; ');
  const fillLine = (l: string) => l.replaceAll('{pegawai}', who).replaceAll('{alasan}', c.alasan ?? '-');
  const fill = (lines?: string[]) => lines?.map(fillLine);
  const { isi } = doc;
  // A decree of the kepala daerah has the Bupati's kop (BUPATI BANJAR) and signature, not the issuing unit's.
  const kop = doc.penetap
    ? { pemerintah: doc.penetap.jabatan.toUpperCase() }
    : { pemerintah: c.kop.pemerintah, instansi: doc.issuingUnit.namaPd, alamat: doc.issuingUnit.alamat, ...(c.kontak ? { kontak: c.kontak } : {}) };
  const signer = doc.penetap
    ? { jabatan: doc.penetap.jabatan, ...(c.kepalaDaerah ? { nama: c.kepalaDaerah } : {}) }
    : { ...person(doc.signatory), ...(doc.signatory.sekretarisDaerah ? { sekretarisDaerah: true } : {}) };
  return {
    id, caseId: c.caseId, kind: doc.kind, title: doc.title, nomor, region: c.region,
    ...kop, ...(c.lambang ? { lambang: c.lambang } : {}), tempat: c.kop.tempat, zonaWaktu: c.kop.zonaWaktu,
    issuedAt, penutup: doc.penutup, tembusan: doc.tembusan, penandatangan: signer,
    citation: doc.citation, nomorCitation: doc.nomorCitation,
    ...(isi.diktum
      ? { tentang: isi.tentang, menimbang: fill(isi.menimbang), mengingat: isi.mengingat, diktum: fill(isi.diktum) }
      : isi.formulir
        ? { formulir: isi.formulir }
        : isi.permohonan
          ? { hal: isi.hal, permohonan: { ...isi.permohonan, mengetahui: person(isi.permohonan.mengetahui) } }
        : isi.hal
          ? { hal: isi.hal, yth: isi.yth ?? person(c.employee), pembuka: isi.pembuka && fillLine(isi.pembuka), butir: fill(isi.butir) }
          : { dasar: fill(isi.dasar), kepada: (isi.kepada ?? employees).map(person), untuk: fill(isi.untuk) }),
    ...(isi.lampiran ? { lampiran: isi.lampiran } : {}),
  };
}
