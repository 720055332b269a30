// P6: the formation of a Tim Kerja as the API takes it, and the case subject it becomes.
import { Type } from '@sinclair/typebox';
import { IsoDate, JangkaWaktu, Kompetensi, Kriteria, LIMITS, Line, List, Nip, Text, UnitKode, UnitRef } from '../schemas';
import { InstansiLuar } from '../penunjukanLintasInstansi/request';

const Penugasan = Type.Object({ nip: Nip, tugas: Text({ minLength: 3, description: 'what this member does in the team' }) }, { additionalProperties: false });

export const PembentukanTim = Type.Object({
  unitPemilik: UnitKode,
  nama: Line({ minLength: 3, description: 'the team, e.g. Tim Satu Data Perencanaan' }),
  sasaran: Text({ minLength: 3, description: 'sasaran kinerja' }),
  indikatorKinerja: Text({ minLength: 3 }),
  targetAngka: Line({ minLength: 1, description: 'target kinerja, a number with its unit (e.g. "12 dataset")' }),
  periode: JangkaWaktu,
  penanggungJawab: Type.Object({ nip: Nip, tugas: Text({ minLength: 3 }) }, { additionalProperties: false }),
  ketua: Penugasan,
  sekretaris: Type.Optional(Penugasan),
  anggota: List(Penugasan, { description: 'members of the owning unit, named directly' }),
  anggotaLintasUnit: List(Type.Object({
    unitTujuan: UnitKode,
    nip: Nip,
    tugas: Text({ minLength: 3 }),
    kompetensi: { ...Kompetensi, minItems: 1 },
    cadangan: Type.Optional(List(Nip, { maxItems: 10, description: 'whom the former may name instead if the member is refused' })),
  }, { additionalProperties: false }), { description: 'members from another unit or Perangkat Daerah: each comes in through a linked P2 case' }),
  anggotaLintasInstansi: Type.Optional(List(Type.Object({
    instansiTujuan: Line({ minLength: 1, maxLength: LIMITS.code, description: 'the agency asked: another region of this service (e.g. pati), or an agency not on it that this deployment declares (EXTERNAL_AGENCIES, e.g. tapin); one per formation' }),
    unitTujuan: { ...UnitKode, description: 'the unit of the agency asked: in its master data, or its code there' },
    tugas: Text({ minLength: 3 }),
    kompetensi: { ...Kompetensi, minItems: 1 },
    kriteria: Type.Optional(Kriteria),
    ppkTujuan: Type.Optional(Nip),
    instansiLuar: Type.Optional({ ...InstansiLuar, description: 'required where the agency asked is not on this service: its officials, who take its hops through its own key' }),
  }, { additionalProperties: false }), { description: 'members from another agency: each entry is a linked P3 case, whose answer lists the employees assigned (binding)' })),
});

const Anggota = Type.Object({
  kedudukan: Type.Union([Type.Literal('penanggungJawab'), Type.Literal('ketua'), Type.Literal('sekretaris'), Type.Literal('anggota')]),
  nip: Type.String(), nama: Type.String(), jabatan: Type.String(), golongan: Type.String(), unit: Type.String(), tugas: Type.String(),
  instansi: Type.Optional(Type.String({ description: 'the government of a member from another agency' })),
  region: Type.Optional(Type.String({ description: 'that agency\'s region of this service, or its declared code where it is not on it: the member acts through its key' })),
  linkedCase: Type.Optional(Type.String()),
});

export const PembentukanTimKerjaSubject = Type.Object({
  permintaan: Type.Object({ ...PembentukanTim.properties, periode: Type.Object({ mulai: IsoDate, selesai: IsoDate }) }),
  unitPemilik: UnitRef,
  lingkup: Type.Union([Type.Literal('dalam-unit'), Type.Literal('lintas-unit'), Type.Literal('lintas-instansi')]),
  susunan: Type.Array(Anggota, { description: 'the team as it stands: members named directly, and those whose linked case approved them' }),
  linkedCases: Type.Array(Type.Object({
    caseId: Type.String(), procedure: Type.String(), unitTujuan: Type.String(),
    nip: Type.Optional(Type.String({ description: 'the member asked for (P2); a P3 case\'s answer lists whom it assigns' })),
    instansi: Type.Optional(Type.String()),
    status: Type.String({ description: 'berjalan, then the linked case\'s final status' }),
  }), { description: 'the P2 and P3 cases this team case started, each visible at GET /cases/{caseId}' }),
}, { title: 'pembentukan-tim-kerja' });

/** A change of the team while its decree stands (POST /cases/{caseId}/actions/ubah-tim). */
export const PermintaanPerubahan = Type.Object({
  jenis: Type.Union([Type.Literal('tambah'), Type.Literal('ganti'), Type.Literal('hapus'), Type.Literal('ganti-ketua')]),
  nip: Type.Optional({ ...Nip, description: 'the member replaced (ganti) or removed (hapus)' }),
  baru: Type.Optional(Penugasan),
  alasan: Text({ minLength: 3, description: 'why the team changes; the new decree says it' }),
}, { additionalProperties: false, examples: [{ jenis: 'tambah', baru: { nip: '199402182019032215', tugas: 'mengolah dan memvalidasi data' }, alasan: 'beban kerja bertambah' }] });
