// 6. A change of the team while its decree stands: taken by the Update `ubah-tim` (its rule in
// procedures/pembentukanTimKerja/perubahan.ts), signed by the decree's signer (a tindakan) and issued
// as a new numbered decree that names the one it changes; one not signed in time lapses.
import { allHandlersFinished, condition } from '@temporalio/workflow';
import type { CaseView, ProcedureAction, ResolvedDocument } from '../../domain/kasus';
import { refuse } from '../../domain/refusal';
import { applyPerubahan, checkPerubahan, type PerubahanInput } from '../../procedures/pembentukanTimKerja/perubahan';
import { isiKeputusan } from '../../procedures/pembentukanTimKerja/plan';
import { refusalFailure } from '../kernel/failures';
import { patch } from '../kernel/patches';
import { anggotaTim, slotOf, type TimContext } from './context';
import { penilaianAkhirPeriode } from './penilaian';
import { suratTugasAnggota } from './suratTugas';

/** The change as the API planned it (action ubah-tim), by whoever sends the action. */
function perubahanOf({ input }: TimContext, a: ProcedureAction): PerubahanInput {
  if (!a.data)
    refuse({ code: 'CHANGE_REQUIRED', kind: 'invalid', citation: input.procedureCitation, message: 'a change of the team says what changes (jenis, nip, baru, alasan)', fields: [{ field: 'data', message: 'required' }] });
  return { ...(a.data as PerubahanInput), actorNip: a.actorNip };
}

/** Registered at the start, so a change sent before the decree stands is refused (NOT_IN_FORCE), never lost. */
export function registerPerubahan(c: TimContext) {
  const { kasus, input } = c;
  kasus.actions({
    'ubah-tim': {
      check: (a) => checkPerubahan(input.pemohon, input.procedureCitation, kasus.view, perubahanOf(c, a)),
      run: async (a) => {
        const p = perubahanOf(c, a);
        // Whoever comes in from the owning unit takes a slot now (banjar pasal 9(4)): over the limit, the change is refused as it stands.
        const slot = slotOf(c, p.baru);
        const refused = slot && (await kasus.reserveAssignments([slot]));
        if (refused) throw refusalFailure(refused);
        c.perubahan.push(p);
        kasus.record({ action: 'diubah', actor: kasus.view.pemohon, role: input.pemohon.role, citation: input.procedureCitation, notes: `${p.jenis} ${p.nip ?? ''} ${p.baru?.nama ?? ''}`.trim(), reasons: p.alasan });
      },
    },
  });
}

/** The decree in force until the team's period ends: each change signed and issued in turn; then the rating tasks open and the case closes. */
export async function selamaBerlaku(c: TimContext, decree: ResolvedDocument): Promise<CaseView> {
  const { kasus, input } = c;
  const { subject } = kasus.view;
  const [signer] = input.steps;
  const ends = Date.parse(`${subject.permintaan.periode.selesai}T00:00:00Z`) + 86400e3;
  for (let langkah = 1, revisi = 1; ; langkah++) {
    const remaining = ends - Date.now();
    if (remaining <= 0 || !(await condition(() => c.perubahan.length > 0, remaining))) break;
    // Go on once the change's Update has answered, so its projection write and the signing step's are ordered alike live and in replay.
    await condition(allHandlersFinished);
    const p = c.perubahan.shift()!;
    const signed = await kasus.step({
      id: `penandatanganan-perubahan-${langkah}`, kind: 'tindakan', title: `Penandatanganan perubahan ${decree.title} (${p.jenis})`,
      role: signer.role, citation: decree.citation, assignee: signer.assignee, atasan: signer.atasan,
    });
    if (signed.outcome !== 'done') {
      if (p.baru) await kasus.releaseAssignments(p.baru.nip); // not signed: whoever was to come in holds no slot
      continue;
    }
    // Whoever leaves the team gives back their slot; one who came in through P2 holds it in that case.
    const leaving = p.jenis === 'ganti-ketua' ? subject.susunan.find((a) => a.kedudukan === 'ketua')?.nip : p.nip;
    subject.susunan = applyPerubahan(subject.susunan, p);
    if (leaving) await kasus.releaseAssignments(leaving);
    // The decree in force: the last of its kind (a member's Surat Tugas may follow it, pasuruan lampiran II).
    const berlaku = kasus.view.documents.filter((d) => d.kind === decree.kind).at(-1)!;
    const revision = revisi++;
    await kasus.issue([{ ...decree, isi: isiKeputusan(input.format, subject, decree.title, { nomor: berlaku.nomor, alasan: p.alasan }) }], { revision });
    const baru = kasus.view.documents.at(-1)!;
    await kasus.publish();
    // The team's work cycle goes on with the team as the new decree sets it.
    await kasus.workChanged(baru.nomor);
    // Whoever it brings in is given their own Surat Tugas beside it, citing it by number and date (pasuruan
    // lampiran II), and acknowledges their receipt of both, while the decree stands (later changes wait in turn).
    if (p.baru && input.suratTugasAnggota && patch('surat-tugas-anggota-perubahan')) {
      const masuk = anggotaTim(subject.susunan).filter((a) => a.nip === p.baru!.nip);
      const [suratTugas] = await suratTugasAnggota(c, baru, masuk, revision);
      await kasus.receivedByEach({ ...decree, title: `${decree.title} dan ${suratTugas.title}` }, masuk, { revisi: revision });
    }
  }
  // The period has ended: each member's rating task opens. Added after teams had ended with none: those replay without it.
  if (patch('penilaian-akhir-periode')) await penilaianAkhirPeriode(c);
  return kasus.close({ status: 'issued', citation: input.procedureCitation });
}
