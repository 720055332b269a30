// 1. Perencanaan: the employee drafts the rencana kegiatan dan anggaran, the leader agrees it (again after a
// revision); in a team, then each member's own rencana kerja individu, agreed by the ketua.
import { rencanaAnggotaKe } from '../../procedures/siklusKinerja/tugas';
import { patch } from '../kernel/patches';
import { decided, isiOf, slot, untilDone, type SiklusContext } from './context';

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
  // Pelaksanaan waits for every member's own plan as for the ketua's. Added after team cases had gone on with the
  // ketua's rincian alone: those (and teams whose text sets no member plan) replay without it.
  if (c.input.tim?.rencanaAnggota && patch('rencana-kerja-anggota')) {
    for (let belum = rencanaBelum(c); belum.length; belum = rencanaBelum(c)) await Promise.all(belum.map((nip) => rencanaAnggota(c, nip)));
  }
  s.tahap = 'pelaksanaan';
  s.laporan.berikutnya ??= new Date(Date.now() + c.input.irama.laporanSetiapMs).toISOString();
  await c.kasus.publish();
}

/** The members, as the team now stands, whose own plan is not yet agreed (after a revision of the rincian, those agreed stay so). */
const rencanaBelum = ({ input, view: { subject: s } }: SiklusContext) =>
  input.tim!.rencanaAnggota!.map((r) => r.draft.assignee.nip).filter((nip) => !s.tim!.rencanaAnggota?.some((x) => x.nip === nip && x.disepakati));

/** The member's steps as the team now stands: none once they left it. */
const langkahAnggota = ({ input }: SiklusContext, nip: string) => input.tim!.rencanaAnggota?.find((r) => r.draft.assignee.nip === nip);

/**
 * One member's rencana kerja individu: drafted (asked again until done), then agreed by the ketua; returned, drafted
 * again with the ketua's notes. A member taken off the team meanwhile plans no more once their open task ends.
 */
async function rencanaAnggota(c: SiklusContext, nip: string) {
  const tim = c.view.subject.tim!;
  const daftar = (tim.rencanaAnggota ??= []);
  for (let r = langkahAnggota(c, nip); r; r = langkahAnggota(c, nip)) {
    let catatan = daftar.find((x) => x.nip === nip);
    if (!catatan?.isi) {
      const base = rencanaAnggotaKe(nip);
      const done = await c.kasus.step({ ...r.draft, id: slot(c, base) }, { expireAfterMs: c.input.deadlines.expireAfterMs });
      if (done.outcome !== 'done') continue;
      catatan ??= daftar[daftar.push({ nip, nama: r.draft.assignee.nama, versi: 0, disepakati: false }) - 1];
      Object.assign(catatan, { versi: catatan.versi + 1, isi: isiOf(c, done.step.id) });
      continue; // the team may have changed meanwhile: its steps as it now stands
    }
    const base = `persetujuan-${rencanaAnggotaKe(nip)}`;
    const d = await c.kasus.step(
      { ...r.persetujuan, id: slot(c, base), title: `${r.persetujuan.title} (versi ${catatan.versi}): ${catatan.isi}` },
      { expireAfterMs: c.input.deadlines.expireAfterMs, continuesOnRefusal: 'dikembalikan' },
    );
    if (d.outcome !== 'decided') continue; // not decided in time: asked again
    if (d.decision.decision === 'approve') return void (catatan.disepakati = true);
    catatan.isi = undefined; // returned: drafted again with the ketua's notes
  }
}
