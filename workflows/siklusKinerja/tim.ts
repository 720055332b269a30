// The team changed while its decree stands (signal from P6): what is open stays with whom it went to;
// what comes next (the plan, reports, the result) goes to the team as it now stands, and so does a run
// continued as new. The case's input is replaced in the context, the workflow's own input left as it came.
import { setHandler } from '@temporalio/workflow';
import { timBerubahSignal } from '../shared';
import type { SiklusContext } from './context';

export function registerTimBerubah(c: SiklusContext) {
  const { kasus, view } = c;
  setHandler(timBerubahSignal, async (u) => {
    c.input = { ...c.input, langkah: u.langkah, tim: u.tim };
    const s = view.subject;
    s.pegawai = u.pegawai;
    s.tim = { ...s.tim!, anggota: u.anggota };
    if (u.sisi) view.sisi = u.sisi;
    else delete view.sisi;
    kasus.record({ action: 'dicatat', role: 'sistem', citation: c.input.procedureCitation, notes: `susunan tim diubah (keputusan Nomor ${u.nomor}): ketua ${u.pegawai.nama}; anggota ${u.anggota.map((a) => a.nama).join(', ')}` });
    await kasus.publish();
  });
}
