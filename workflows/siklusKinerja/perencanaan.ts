// 1. Perencanaan: the employee drafts the rencana kegiatan dan anggaran, the leader agrees it (again after a revision).
import { decided, isiOf, untilDone, type SiklusContext } from './context';

export async function perencanaan(c: SiklusContext) {
  const s = c.view.subject;
  s.tahap = 'perencanaan';
  while (!s.rencana.disepakati) {
    if (!s.rencana.isi) {
      const id = await untilDone(c, c.input.langkah.rencana, 'rencana');
      s.rencana = { versi: s.rencana.versi + 1, isi: isiOf(c, id), disepakati: false };
    }
    const { persetujuan } = c.input.langkah; // read after the draft: the team may have changed meanwhile
    const d = await decided(c, { ...persetujuan, title: `${persetujuan.title} (versi ${s.rencana.versi})` }, 'persetujuan-rencana');
    if (d.decision.decision === 'approve') s.rencana.disepakati = true;
    else s.rencana = { ...s.rencana, isi: undefined }; // returned: drafted again with the leader's notes
  }
  s.tahap = 'pelaksanaan';
  s.laporan.berikutnya ??= new Date(Date.now() + c.input.irama.laporanSetiapMs).toISOString();
  await c.kasus.publish();
}
