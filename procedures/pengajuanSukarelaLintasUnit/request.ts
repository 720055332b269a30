// P5: the employee's surat permohonan as the API takes it, and the case subject it becomes.
import { Type } from '@sinclair/typebox';
import { IsoDate, JangkaWaktu, Kompetensi, Line, SuratPermohonan, Text, UnitKode, UnitRef } from '../schemas';

export const PermohonanSukarela = Type.Object({
  surat: Type.Optional(SuratPermohonan),
  unitTujuan: { ...UnitKode, description: 'the unit that owns the target: the request goes to its Pimpinan Unit Organisasi' },
  instansiTujuan: Type.Optional(Line({ minLength: 1, description: 'the government of the destination, e.g. PEMERINTAH KABUPATEN BANJAR; another agency is refused' })),
  kinerja: Text({ minLength: 3, description: 'the kinerja tertentu the employee asks to take part in' }),
  timKerja: Type.Optional(Line({ minLength: 1, description: 'the Tim Kerja asked for, where there is one' })),
  kompetensi: { ...Kompetensi, description: 'the competence, expertise or skills offered' },
  jangkaWaktu: JangkaWaktu,
  cv: Type.Optional(Line({ minLength: 1, maxLength: 2000, description: 'reference or URL of the curriculum vitae (required in bengkalis, BAB II form 1)' })),
});

export const PengajuanSukarelaLintasUnitSubject = Type.Object({
  permohonan: Type.Object({ ...PermohonanSukarela.properties, jangkaWaktu: Type.Object({ mulai: IsoDate, selesai: IsoDate }) }),
  unitAsal: UnitRef,
  unitTujuan: UnitRef,
  tembusan: Type.Array(Type.String(), { description: 'copied on the request: the employee\'s own side' }),
}, { title: 'pengajuan-sukarela-lintas-unit' });
