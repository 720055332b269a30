// The web app's pure parts: a task held as Plt/Plh in the inbox template, the region's time zone, and
// the start form generated from a procedure's request schema and read back into that request.
import { Eta } from 'eta';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROCEDURES } from '../../procedures';
import { changeRows, fieldsOf, formFieldOf, requestOf } from '../../web/formulir';
import * as tampilan from '../../web/tampilan';
import { daftarFields } from '../../web/tindakan';
import type { CaseView, Task } from '../../domain/kasus';

const eta = new Eta({ views: join(__dirname, '..', '..', 'web', 'views') });
const task = {
  caseId: 'banjar-p2-1', taskId: 'keputusan-ppk', procedure: 'penunjukan-lintas-unit', region: 'banjar', kind: 'keputusan',
  title: 'Keputusan PPK', role: 'Pejabat Penilai Kinerja tujuan', citation: 'banjar lampiran II.B.1.b.2',
  openedAt: '2026-12-04T01:00:00Z', dueAt: '2026-12-11T01:00:00Z', overdue: true, remindersSent: 2,
  case: { judul: 'Permohonan pelibatan', status: 'awaiting-decision', pemohon: { nip: '197201011997031204', nama: 'Dr. Hendra Gunawan', jabatan: 'Kepala Bappeda' }, startedAt: '2026-12-04T00:00:00Z' },
};

describe('the inbox template', () => {
  it('marks a task held as Plh: "Plh. <jabatan> (atas nama <nama>)" and its basis', () => {
    const delegasi = { jenis: 'Plh', pemegang: { nip: '198002142005012203', nama: 'Siti Rahmawati', jabatan: 'Kepala Bidang Aplikasi Informatika' }, dasar: 'Surat Perintah Plh Nomor 800/12/2026' };
    const html = eta.render('./tugas', { task: { ...task, delegasi }, t: tampilan });
    expect(html).toContain('Plh. Kepala Bidang Aplikasi Informatika (atas nama Siti Rahmawati) — Surat Perintah Plh Nomor 800/12/2026');
    expect(html).toContain('Lewat tenggat');
  });

  it('shows no mark for a task of one\'s own, and due times in the region\'s zone (banjar: WITA)', () => {
    const html = eta.render('./tugas', { task, t: tampilan });
    expect(html).not.toContain('atas nama');
    expect(html).toContain('11 Des 2026, 09.00 WITA');
    expect(tampilan.waktu('2026-12-11T01:00:00Z', 'pati')).toBe('11 Des 2026, 08.00 WIB');
  });
});

describe('the start form of a procedure', () => {
  const choices = { pegawai: [{ value: '199003152015021206', label: 'Rizky' }], units: [{ value: 'KOMINFO-APTIKA', label: 'Aptika' }] };
  const fields = fieldsOf(PROCEDURES['penunjukan-lintas-unit'].request, choices);

  it('is generated from the request schema: units and NIPs choose from master data, dates, lists, nested parts', () => {
    const byName = Object.fromEntries(fields.map((f) => [f.name, f]));
    expect(byName.unitTujuan).toMatchObject({ kind: 'select', required: true, options: choices.units });
    expect(byName.pegawai).toMatchObject({ kind: 'select', required: false, options: choices.pegawai });
    expect(byName.kompetensi).toMatchObject({ kind: 'lines', required: true });
    expect(byName.jangkaWaktu).toMatchObject({ kind: 'group', required: true, fields: [{ name: 'jangkaWaktu.mulai', kind: 'date' }, { name: 'jangkaWaktu.selesai', kind: 'date' }] });
  });

  it('reads back into the request: empty fields left out, lists split by line, optional parts only when filled', () => {
    const request = requestOf(fields, {
      unitPemilik: 'BAPPEDA-PEREN', unitTujuan: 'KOMINFO-APTIKA', maksud: ' dashboard ', kompetensi: 'analisis data\n\npengembangan aplikasi web\n',
      target: 'dashboard daring', 'jangkaWaktu.mulai': '2027-01-04', 'jangkaWaktu.selesai': '2027-03-31', pegawai: '', 'kriteria.namaJabatan': '', 'kriteria.jenjang': ['muda', 'pertama'],
    });
    expect(request).toEqual({
      unitPemilik: 'BAPPEDA-PEREN', unitTujuan: 'KOMINFO-APTIKA', maksud: 'dashboard', kompetensi: ['analisis data', 'pengembangan aplikasi web'],
      target: 'dashboard daring', jangkaWaktu: { mulai: '2027-01-04', selesai: '2027-03-31' }, kriteria: { jenjang: ['muda', 'pertama'] },
    });
  });
});

describe('lists in the form: repeated rows generated from the schema', () => {
  const choices = { pegawai: [{ value: '199003152015021206', label: 'Rizky' }], units: [{ value: 'KOMINFO-APTIKA', label: 'Aptika' }] };
  const tim = fieldsOf(PROCEDURES['pembentukan-tim-kerja'].request, choices);
  const anggota = tim.find((f) => f.name === 'anggota')!;
  const lintasUnit = tim.find((f) => f.name === 'anggotaLintasUnit')!;

  it('a list of objects is rows of their fields, a list of NIPs rows of one choice each; no JSON box', () => {
    expect(anggota).toMatchObject({ kind: 'list', required: true, item: 'Anggota' });
    if (anggota.kind !== 'list' || lintasUnit.kind !== 'list') throw new Error('not lists');
    expect(anggota.row(1).map((f) => [f.name, f.kind])).toEqual([['anggota[1].nip', 'select'], ['anggota[1].tugas', 'textarea']]);
    const cadangan = lintasUnit.row(0).find((f) => f.name === 'anggotaLintasUnit[0].cadangan')!;
    expect(cadangan).toMatchObject({ kind: 'list', item: 'Pegawai' });
    if (cadangan.kind !== 'list') throw new Error('not a list');
    expect(cadangan.row(2)).toEqual([expect.objectContaining({ name: 'anggotaLintasUnit[0].cadangan[2]', kind: 'select', label: 'Pegawai 3', options: choices.pegawai })]);
  });

  it('reads the rows back: empty rows are no entry, a required list goes even when empty, an optional one only when filled', () => {
    const request = requestOf(tim, {
      '_jumlah.anggota': '3', 'anggota[0].nip': '199003152015021206', 'anggota[0].tugas': 'mengolah data', 'anggota[1].nip': '', 'anggota[1].tugas': '',
      'anggota[2].nip': '199402182019032215', 'anggota[2].tugas': 'menyusun metadata',
      'anggotaLintasUnit[0].unitTujuan': 'KOMINFO-APTIKA', 'anggotaLintasUnit[0].nip': '199003152015021206', 'anggotaLintasUnit[0].tugas': 'membangun portal',
      'anggotaLintasUnit[0].kompetensi': 'basis data\nweb', '_jumlah.anggotaLintasUnit[0].cadangan': '1', 'anggotaLintasUnit[0].cadangan[0]': '199207202019032207',
    });
    expect(request.anggota).toEqual([{ nip: '199003152015021206', tugas: 'mengolah data' }, { nip: '199402182019032215', tugas: 'menyusun metadata' }]);
    expect(request.anggotaLintasUnit).toEqual([{ unitTujuan: 'KOMINFO-APTIKA', nip: '199003152015021206', tugas: 'membangun portal', kompetensi: ['basis data', 'web'], cadangan: ['199207202019032207'] }]);
    expect(request).not.toHaveProperty('anggotaLintasInstansi');
    expect(requestOf(tim, {}).anggota).toEqual([]);
  });

  it('adds a row at the end and removes one, the rows after it moved up (their inner lists too)', () => {
    const form = {
      '_jumlah.anggotaLintasUnit': '3', 'anggotaLintasUnit[0].nip': 'a', 'anggotaLintasUnit[1].nip': 'b', 'anggotaLintasUnit[2].nip': 'c',
      '_jumlah.anggotaLintasUnit[2].cadangan': '1', 'anggotaLintasUnit[2].cadangan[0]': 'd', nama: 'Tim',
    };
    expect(changeRows(tim, { ...form, _baris: 'tambah:anggotaLintasUnit' })).toEqual({ form: { ...form, '_jumlah.anggotaLintasUnit': '4' }, added: 'anggotaLintasUnit[3]' });
    expect(changeRows(tim, { ...form, _baris: 'hapus:anggotaLintasUnit[1]' })).toEqual({
      form: { '_jumlah.anggotaLintasUnit': '2', 'anggotaLintasUnit[0].nip': 'a', 'anggotaLintasUnit[1].nip': 'c', '_jumlah.anggotaLintasUnit[1].cadangan': '1', 'anggotaLintasUnit[1].cadangan[0]': 'd', nama: 'Tim' },
    });
    expect(changeRows(tim, { ...form, _baris: 'tambah:anggotaLintasUnit[2].cadangan' })?.added).toBe('anggotaLintasUnit[2].cadangan[1]');
    expect(changeRows(tim, form)).toBeUndefined();
    expect(changeRows(tim, { ...form, _baris: 'tambah:nama' })).toBeUndefined();
  });

  it('names the field of an API refusal in the form: a row\'s field as it is, an item of a list typed in one control by the control', () => {
    expect(formFieldOf('body.anggota[1].tugas', tim)).toBe('anggota[1].tugas');
    expect(formFieldOf('body.anggotaLintasUnit[0].kompetensi[1]', tim)).toBe('anggotaLintasUnit[0].kompetensi');
    expect(formFieldOf('body.anggotaLintasUnit[0].cadangan[0]', tim)).toBe('anggotaLintasUnit[0].cadangan[0]');
    expect(formFieldOf('body.jangkaWaktu.mulai')).toBe('jangkaWaktu.mulai');
  });
});

describe('the answer that lists the employees assigned (P3, the profile\'s daftarPegawai step)', () => {
  const candidates = [{ nip: '199003152015021306', nama: 'Rizky', jabatan: 'Pranata Komputer Ahli Pertama', golongan: 'III/a', unit: 'Aptika' }];
  const kasus = (instansiTujuan: object) => ({ procedure: 'penunjukan-lintas-instansi', region: 'banjar', subject: { instansiTujuan } }) as unknown as CaseView;
  const task = (id: string, region: string, over: object = {}) => ({ id, region, ...over }) as unknown as Task;

  it('on this service: rows of the candidates (the agency asked words the step); another step has no list', () => {
    const [f] = daftarFields(kasus({ region: 'pati', pemerintah: 'PEMERINTAH KABUPATEN PATI' }), task('jawaban-ppk-tujuan', 'pati', { candidates }))!;
    expect(f).toMatchObject({ kind: 'list', name: 'employeeNips', label: 'Pegawai yang ditugaskan (mengikat)' });
    if (f.kind !== 'list') throw new Error('not a list');
    expect(f.row(0)).toEqual([expect.objectContaining({ name: 'employeeNips[0]', kind: 'select', options: [{ value: candidates[0].nip, label: 'Rizky — Pranata Komputer Ahli Pertama (199003152015021306)' }] })]);
    expect(daftarFields(kasus({ region: 'pati' }), task('rekomendasi-puo-tujuan', 'pati'))).toBeUndefined();
  });

  it('from an agency not on this service: rows naming each employee with their identity, NIP typed', () => {
    const [f] = daftarFields(kasus({ region: 'tapin', pemerintah: 'PEMERINTAH KABUPATEN TAPIN', luarLayanan: true }), task('jawaban-ppk-tujuan', 'tapin'))!;
    expect(f).toMatchObject({ kind: 'list', name: 'employees', item: 'Pegawai' });
    if (f.kind !== 'list') throw new Error('not a list');
    expect(f.row(1).map((x) => [x.name, x.kind])).toEqual([
      ['employees[1].nip', 'text'], ['employees[1].nama', 'text'], ['employees[1].jabatan', 'text'], ['employees[1].golongan', 'select'], ['employees[1].unit', 'text'],
    ]);
  });
});
