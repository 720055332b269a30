// What may be opened at any time — a report asked for, a kendala — is watched beside the main flow
// until its assignee acts or it expires, and watched again after the case continued as new.
import type { OfficialRef, ResolvedStep, Task } from '../../domain/kasus';
import { kendalaKepada } from '../../procedures/siklusKinerja/aksi';
import { isKe } from '../../procedures/siklusKinerja/tugas';
import { patch } from '../kernel/patches';
import type { SiklusContext } from './context';

/** A task opened by an Update (a report asked for, a kendala): it goes into the Update's own write, then is watched. */
export function openFromUpdate(c: SiklusContext, step: ResolvedStep, ms: number, continuesOnRefusal?: Task['continuesOnRefusal']) {
  // Added after cases had raised these with two writes at once: those replay without it.
  if (patch('aksi-satu-tulis')) c.kasus.opened(step, { expireAfterMs: ms, continuesOnRefusal });
  void watch(c, step, ms, continuesOnRefusal);
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
  }
}

/** A report at any time, by the ketua (the employee) or by the member of the team it was asked of. */
export function laporanSewaktu({ input }: SiklusContext, id: string, dari: string, kepada: OfficialRef[], isi?: string): ResolvedStep {
  const L = input.langkah;
  return {
    ...(input.tim?.laporan.find((m) => m.assignee.nip === dari) ?? L.laporan), id, title: `Laporan sewaktu-waktu${isi ? `: ${isi}` : ''}`,
    citation: 'oleh' in input.permintaanLaporan ? input.permintaanLaporan.oleh[0].citation : L.laporan.citation, to: kepada,
  };
}

/** A kendala, for the PUO it goes to to decide. */
export const kendala = ({ view }: SiklusContext, id: string, kepada: ReturnType<typeof kendalaKepada>, title: string): ResolvedStep => ({
  id, kind: 'keputusan', title, role: kepada.role, citation: kepada.citation, assignee: { nip: kepada.nip, nama: kepada.nama, jabatan: kepada.jabatan },
  to: [view.subject.pegawai], ...(kepada.region ? { region: kepada.region } : {}),
});
