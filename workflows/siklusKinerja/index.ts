// P7 Siklus kinerja (spec P7; bengkalis pasal 11, banjar pasal 16–17, pati pasal 10–11, pasuruan
// lampiran I B.2.A): the work of an issued assignment over its whole period, in its alur: perencanaan
// (the plan drafted and agreed), pelaksanaan (reports on cadence), evaluasi (the result up the review
// chain, returned for perbaikan until the top leader accepts it). What may happen at any time is
// registered first: the actions (actions.ts, their rules in procedures/siklusKinerja/aksi.ts), the
// tasks they open (watch.ts) and a change of the team (tim.ts).
// Running cases replay through this code: each await here is the one the workflow always had (the
// parts return the promise it awaits), so concurrent branches keep the order of their commands.
import { allHandlersFinished, condition, makeContinueAsNewFunc, workflowInfo } from '@temporalio/workflow';
import type { CaseView } from '../../domain/kasus';
import type { SiklusKinerjaInput } from '../../procedures/siklusKinerja/plan';
import { archive, inheritedMemo } from '../kernel/arsip';
import { patch } from '../kernel/patches';
import { registerActions } from './actions';
import { createSiklus, decided, isiOf } from './context';
import { diterima, hasil, laporanAkhir, perbaikan, tingkatReviu } from './evaluasi';
import { dilaporkan, laporan, laporanTim, melapor, quiet, rencanaDirevisi } from './pelaksanaan';
import { perencanaan } from './perencanaan';
import { registerTimBerubah } from './tim';
import { teruskan, watchAgain } from './watch';

export async function siklusKinerja(input: SiklusKinerjaInput): Promise<CaseView> {
  const c = createSiklus(input);
  const { kasus, view: { subject: s } } = c;
  registerActions(c);
  registerTimBerubah(c);
  if (!input.lanjutan) {
    c.view.status = 'in-progress';
    kasus.submitted(`penugasan ${s.penugasan.caseId}: ${s.penugasan.judul}`);
  } else {
    watchAgain(c);
    // The run this one continued from is archived, closed now: Temporal may purge it long before the cycle
    // ends. Here, not before continuing: nothing stands between the last Update a run takes and its end.
    await archive(c.input.caseId, workflowInfo().continuedFromExecutionRunId);
  }

  // 1. Perencanaan.
  if (s.tahap === 'perencanaan') await perencanaan(c);

  // 2. Pelaksanaan: a report on every cadence date; a revised plan is agreed again before the next one.
  while (melapor(c)) {
    const due = Date.parse(s.laporan.berikutnya!);
    if (await rencanaDirevisi(c, due)) {
      // After the Update that revised it has written and answered: one write at a time (watch.ts).
      if (patch('aksi-satu-tulis')) await condition(allHandlersFinished);
      await perencanaan(c);
      continue;
    }
    const ke = s.laporan.ke + 1;
    const dariAnggota = !c.input.tim ? [] : await laporanTim(c, ke);
    const r = await kasus.step(laporan(c, ke, dariAnggota), { expireAfterMs: c.input.irama.laporanDalamMs });
    teruskan(c, ke, r.outcome === 'done' ? isiOf(c, r.step.id) : undefined);
    if (dilaporkan(c, ke, due, r)) {
      await condition(quiet(c));
      s.riwayat += 1;
      kasus.record({ action: 'dicatat', role: 'sistem', citation: c.input.procedureCitation, notes: `riwayat dilanjutkan (${s.riwayat}) setelah laporan ke-${ke}` });
      await kasus.publish();
      await condition(quiet(c));
      await makeContinueAsNewFunc<typeof siklusKinerja>(inheritedMemo())({ ...c.input, lanjutan: c.view });
    }
  }

  // A plan revised while the last report was due is agreed before the result (banjar pasal 10(2)). Added
  // after cases had gone on to the result with such a plan unagreed: those replay without it.
  if (s.tahap === 'pelaksanaan' && !s.rencana.disepakati && patch('rencana-sebelum-hasil')) {
    await condition(allHandlersFinished);
    await perencanaan(c);
  }
  // 3. Evaluasi: the result, then each review level in turn; returned, it is fixed and goes up from the first.
  if (s.tahap === 'pelaksanaan') await hasil(c);
  for (let level = tingkatReviu(c); level; level = tingkatReviu(c)) {
    const d = await decided(c, level, level.id);
    if (d.decision.decision === 'approve') s.reviu.tingkat += 1;
    else await perbaikan(c, level, d);
  }
  // Added after team cases had closed without them: those replay without it.
  if (c.input.tim?.laporanAkhir && patch('laporan-akhir-anggota')) await laporanAkhir(c);
  // Added after cases had completed telling nobody: those replay without it.
  if (patch('siklus-selesai-diberitahukan')) await diterima(c);
  else s.tahap = 'selesai';
  return kasus.close({ status: 'completed', citation: c.input.langkah.reviu.at(-1)!.citation });
}
