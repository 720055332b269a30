// The web app's pure parts: a task held as Plt/Plh in the inbox template, the region's time zone, and
// the start form generated from a procedure's request schema and read back into that request.
import { Eta } from 'eta';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROCEDURES } from '../../procedures';
import { fieldsOf, requestOf } from '../../web/formulir';
import * as tampilan from '../../web/tampilan';

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
