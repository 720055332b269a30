// What may be opened at any time — a report asked for, a kendala — is watched beside the main flow
// until its assignee acts or it expires, and watched again after the case continued as new.
import type { OfficialRef, ResolvedStep, Task } from '../../domain/kasus';
import { kendalaKepada } from '../../procedures/siklusKinerja/aksi';
import { isKe, tugasKe } from '../../procedures/siklusKinerja/tugas';
import { patch } from '../kernel/patches';
import type { SiklusContext } from './context';

/**
 * A task opened by an Update (a report asked for, a kendala): it goes into the Update's own write, then is
 * watched. A kendala's routing to whoever acts for its PUO comes back, for the Update to await before it writes.
 */
export function openFromUpdate(c: SiklusContext, step: ResolvedStep, ms: number, continuesOnRefusal?: Task['continuesOnRefusal']): Promise<boolean> | undefined {
  // Added after cases had raised these with two writes at once: those replay without it.
  const routing = patch('aksi-satu-tulis') ? c.kasus.opened(step, { expireAfterMs: ms, continuesOnRefusal }) : undefined;
  void watch(c, step, ms, continuesOnRefusal);
  return routing;
}

async function watch(c: SiklusContext, step: ResolvedStep, ms: number, continuesOnRefusal?: Task['continuesOnRefusal']) {
  c.watching.add(step.id);
  try {
    await c.kasus.step(step, { expireAfterMs: ms, continuesOnRefusal });
  } finally {
    c.watching.delete(step.id);
  }
}

/** Going on from the last run: what was open beside the main flow is watched again, by the same assignee. */
export function watchAgain(c: SiklusContext) {
  const { view, peminta, input } = c;
  for (const t of view.tasks.filter((x) => x.status === 'open')) {
    if (isKe('laporan-sewaktu', t.id)) void watch(c, laporanSewaktu(c, t.id, t.assignee.nip, t.escalateTo?.filter((o) => peminta.some((p) => p.nip === o.nip)) ?? peminta), input.irama.laporanDalamMs);
    if (isKe('kendala', t.id)) void watch(c, kendala(c, t.id, kendalaKepada(c, t.assignee.nip), t.title), input.deadlines.expireAfterMs, 'ditolak');
    if (isKe('umpan-balik', t.id) || isKe('tindak-lanjut-kendala', t.id) || isKe(TINDAK_LANJUT_PJ, t.id)) void watch(c, dariTugas(t), input.deadlines.expireAfterMs);
    if (isKe('teruskan-laporan', t.id)) void watch(c, { ...input.tim!.teruskan!, id: t.id, title: t.title }, input.irama.laporanDalamMs);
  }
}

/** A tindakan opened by an action, as its task stands (feedback to read, a kendala to follow up): who raised it is told once done. */
const dariTugas = (t: Task): ResolvedStep => ({
  id: t.id, kind: 'tindakan', title: t.title, role: t.role, citation: t.citation, assignee: t.assignee, to: t.escalateTo, ...(t.region ? { region: t.region } : {}),
});

/**
 * Feedback on a report reaches whoever made it: a notification, and a task in their inbox to read it
 * (their report's own role and region; a team member's report, the member).
 */
export async function umpanBalikSampai(c: SiklusContext, laporan: Task, dari: OfficialRef, isi: string) {
  const id = tugasKe('umpan-balik', c.view.tasks.filter((t) => isKe('umpan-balik', t.id)).length + 1);
  const title = `Umpan balik ${dari.nama} atas ${laporan.title}: ${isi}`;
  await c.kasus.inform('disampaikan', id, [laporan.assignee], title);
  const t: Task = {
    id, kind: 'tindakan', title, role: laporan.role, citation: c.input.umpanBalik.citation, assignee: laporan.assignee, escalateTo: [dari],
    status: 'open', openedAt: '', dueAt: '', remindersSent: 0, ...(laporan.region ? { region: laporan.region } : {}),
  };
  openFromUpdate(c, dariTugas(t), c.input.deadlines.expireAfterMs);
}

/** A report at any time, by the ketua (the employee) or by the member of the team it was asked of. */
export function laporanSewaktu({ input }: SiklusContext, id: string, dari: string, kepada: OfficialRef[], isi?: string): ResolvedStep {
  const L = input.langkah;
  return {
    ...(input.tim?.laporan.find((m) => m.assignee.nip === dari) ?? L.laporan), id, title: `Laporan sewaktu-waktu${isi ? `: ${isi}` : ''}`,
    citation: 'oleh' in input.permintaanLaporan ? input.permintaanLaporan.oleh[0].citation : L.laporan.citation, to: kepada,
  };
}

/** The task by which a team's penanggung jawab receives its kendala, to follow up (bengkalis lampiran BAB I §II.C.a.2.c). */
export const TINDAK_LANJUT_PJ = 'tindak-lanjut-kendala-pj';

/**
 * A kendala sent to a member's own PUO, where the work needs their collaboration: theirs to follow up within
 * their own duties, recording what they did (banjar lampiran III.A.b.4; bengkalis lampiran BAB I §II.C.b.4), never to decide.
 * The same for a team's penanggung jawab who receives it beside the Pimpinan PD (`base`: TINDAK_LANJUT_PJ).
 */
export function tindakLanjut(c: SiklusContext, n: number, kepada: ReturnType<typeof kendalaKepada>, title: string, dari: OfficialRef, base = 'tindak-lanjut-kendala') {
  const t: Task = {
    id: tugasKe(base, n), kind: 'tindakan', title: `Tindak lanjut ${title}`, role: kepada.role, citation: kepada.citation,
    assignee: { nip: kepada.nip, nama: kepada.nama, jabatan: kepada.jabatan }, escalateTo: [dari], status: 'open', openedAt: '', dueAt: '', remindersSent: 0,
    ...(kepada.region ? { region: kepada.region } : {}),
  };
  openFromUpdate(c, { ...dariTugas(t), isiWajib: true }, c.input.deadlines.expireAfterMs);
}

/** A kendala, for the PUO it goes to to decide. */
export const kendala = ({ view }: SiklusContext, id: string, kepada: ReturnType<typeof kendalaKepada>, title: string): ResolvedStep => ({
  id, kind: 'keputusan', title, role: kepada.role, citation: kepada.citation, assignee: { nip: kepada.nip, nama: kepada.nama, jabatan: kepada.jabatan },
  to: [view.subject.pegawai], ...(kepada.region ? { region: kepada.region } : {}),
});

/**
 * A team's report up "secara berjenjang" (bengkalis pasal 11(3)): delivered to the penanggung jawab, who
 * passes it on to the kepala perangkat daerah, beside the flow; a report missed is passed on by no one.
 */
export function teruskan(c: SiklusContext, ke: number, isi?: string) {
  const t = c.input.tim?.teruskan;
  // Added after team cases had reported to one receiver: those (and teams whose text sets no berjenjang) replay without it.
  if (!t || !isi || !patch('laporan-berjenjang')) return;
  void watch(c, { ...t, id: tugasKe('teruskan-laporan', ke), title: `${t.title}: laporan ke-${ke} — ${isi}` }, c.input.irama.laporanDalamMs);
}
