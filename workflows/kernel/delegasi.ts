// Plt/Plh (UU 30/2014 Pasal 14): a recommendation or decision opens for whoever acts for the official
// the plan resolved, and moves when a delegation starts or ends (the delegation's workflow signals the
// case). Tasks of the employee themselves (a tindakan, a receipt) are personal: they never move.
import type { OfficialRef, Task } from '../../domain/kasus';
import { pelaksanaUntuk } from './activities';
import { now, type CaseContext } from './context';
import { patch } from './patches';
import { record } from './projection';

const holderOf = (t: Task): OfficialRef => t.delegasi?.pemegang ?? t.assignee;
/** A task that goes to whoever acts for its holder: an open recommendation or decision. */
export const routed = (t: Task) => t.status === 'open' && (t.kind === 'rekomendasi' || t.kind === 'keputusan');

/**
 * Routes the open decision tasks to whoever acts for their holders now, recording each move; true when
 * any moved. Added after cases of every procedure had started: those route nothing.
 */
export async function route(c: CaseContext, tasks: Task[]): Promise<boolean> {
  const open = tasks.filter(routed);
  if (!open.length || !patch('delegasi')) return false;
  let moved = false;
  for (const region of [...new Set(open.map((t) => t.region ?? c.input.region))]) {
    const mine = open.filter((t) => (t.region ?? c.input.region) === region);
    const { pelaksana, citation } = await pelaksanaUntuk({ region, holders: mine.map(holderOf), at: now() });
    for (const t of mine) moved = reassign(c, t, pelaksana[holderOf(t).nip] ?? null, citation) || moved;
  }
  return moved;
}

/** Gives the task to the one acting for its holder (null: back to the holder); false when it stays where it is. */
function reassign(c: CaseContext, t: Task, p: Awaited<ReturnType<typeof pelaksanaUntuk>>['pelaksana'][string] | null, citation: string): boolean {
  const holder = holderOf(t);
  if ((p?.nip ?? holder.nip) === t.assignee.nip && p?.delegasi.dasar === t.delegasi?.dasar) return false;
  if (p) {
    c.golongan.set(p.nip, p.golongan);
    t.assignee = { nip: p.nip, nama: p.nama, jabatan: p.jabatan };
    t.delegasi = p.delegasi;
  } else {
    t.assignee = holder;
    delete t.delegasi;
  }
  record(c, {
    action: 'dialihkan', role: 'sistem', citation, taskId: t.id, ...(t.delegasi ? { delegasi: t.delegasi } : {}),
    notes: p ? `${t.title}: kepada ${p.jabatan} ${p.nama} (${p.nip}) untuk ${holder.nama} (${holder.nip}); ${p.delegasi.dasar}` : `${t.title}: kembali kepada ${holder.nama} (${holder.nip})`,
  });
  return true;
}
