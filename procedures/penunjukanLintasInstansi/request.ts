// P3: the Surat Permohonan Pelibatan to another agency as the API takes it, and the case subject it becomes.
import { Type } from '@sinclair/typebox';
import { IsoDate, JangkaWaktu, Kompetensi, Kriteria, LIMITS, Line, Nip, SuratPermohonan, Text, TimKerja, UnitKode, UnitRef } from '../schemas';

/** An official of an agency not on this service, as the request names them (no master data here). */
const PejabatLuar = Type.Object({
  nip: Nip, nama: Line({ minLength: 1 }), jabatan: Line({ minLength: 1, description: 'e.g. Sekretaris Daerah' }),
}, { additionalProperties: false });

/** The agency asked where it is not on this service: its name, its unit asked, and who takes its hops. */
export const InstansiLuar = Type.Object({
  pemerintah: Line({ minLength: 1, description: 'e.g. Pemerintah Kabupaten Tapin' }),
  namaUnitTujuan: Line({ minLength: 1, description: 'the name of its unit asked (unitTujuan is its code there)' }),
  pejabatBerwenang: { ...PejabatLuar, description: 'its Pejabat yang Berwenang: approves the request and the answer' },
  ppk: { ...PejabatLuar, description: 'the Pejabat Penilai Kinerja the instruction goes to: answers with the list of employees' },
  puo: { ...PejabatLuar, description: 'the Pimpinan Unit Organisasi: recommends, and issues the Surat Penugasan (reporting its number here)' },
}, { additionalProperties: false });

export const PermohonanLintasInstansi = Type.Object({
  surat: Type.Optional(SuratPermohonan),
  unitPemilik: Line({ minLength: 1, maxLength: LIMITS.code, description: 'unit that owns the target (the requester leads it)' }),
  instansiTujuan: Line({ minLength: 1, maxLength: LIMITS.code, description: 'the agency asked: a region of this service (e.g. pati), or an agency not on it that this deployment declares (EXTERNAL_AGENCIES, e.g. tapin); its officials act through its own e-office key' }),
  unitTujuan: { ...UnitKode, description: 'the unit of the agency asked whose JF or Pelaksana are wanted: in its master data, or its code there' },
  maksud: Text({ minLength: 3, description: 'maksud dan tujuan' }),
  kompetensi: { ...Kompetensi, description: 'kompetensi, keahlian, dan/atau keterampilan yang dibutuhkan' },
  target: Text({ minLength: 1, description: 'ekspektasi/target kinerja' }),
  jangkaWaktu: JangkaWaktu,
  kriteria: Type.Optional(Kriteria),
  ppkTujuan: Type.Optional({ ...Nip, description: 'where the matching employees have different PPKs: the PPK the instruction goes to' }),
  instansiLuar: Type.Optional({ ...InstansiLuar, description: 'required where the agency asked is not on this service: its officials, who act through its own key' }),
  timKerja: Type.Optional(TimKerja),
});

export const PenunjukanLintasInstansiSubject = Type.Object({
  permohonan: Type.Object({ ...PermohonanLintasInstansi.properties, jangkaWaktu: Type.Object({ mulai: IsoDate, selesai: IsoDate }) }),
  instansiPemohon: Type.Object({ region: Type.String(), pemerintah: Type.String() }),
  instansiTujuan: Type.Object({
    region: Type.String(), pemerintah: Type.String(),
    luarLayanan: Type.Optional(Type.Literal(true, { description: 'not on this service: it issues the Surat Penugasan itself and reports its number' })),
  }),
  unitPemilik: UnitRef,
  unitTujuan: UnitRef,
  tembusan: Type.Array(Type.String(), { description: 'copied on the request: the requester\'s own PPK' }),
}, { title: 'penunjukan-lintas-instansi' });
