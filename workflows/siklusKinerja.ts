// P7 Siklus kinerja (spec P7; bengkalis pasal 11, banjar pasal 16–17, pati pasal 10–11, pasuruan
// lampiran I B.2.A): the work of an issued assignment over its whole period. The alur comes last:
// perencanaan (the plan drafted and agreed), pelaksanaan (reports on cadence), evaluasi (the result up
// the review chain, returned for perbaikan until the top leader accepts it). Before it, what may happen
// at any time is registered: a report asked for, feedback, a dialog kinerja, a kendala, a revised plan
// (each one's rules in procedures/siklusKinerja/aksi.ts), and a change of the team.
// A year of reports must not grow one history without bound: the case continues as new every
// `laporanPerRiwayat` reports (or when Temporal suggests it), carrying its view, open tasks included.
import { allHandlersFinished, condition, continueAsNew, setHandler, workflowInfo } from '@temporalio/workflow';
import type { CaseView, OfficialRef, ResolvedStep, Task } from '../domain/kasus';
import {
  checkChecklist, checkDialogKinerja, checkKendala, checkMintaLaporan, checkRevisiRencana, checkUmpanBalik, kendalaKepada, pejabatOf, pelaksana,
  pemintaLaporan, type Siklus,
} from '../procedures/siklusKinerja/aksi';
import type { SiklusKinerjaInput } from '../procedures/siklusKinerja/plan';
import { isKe, laporanAnggota, tugasKe } from '../procedures/siklusKinerja/tugas';
import { openCase, type StepResult } from './kernel';
import { patch } from './kernel/patches';
import { timBerubahSignal } from './shared';

export async function siklusKinerja(input: SiklusKinerjaInput): Promise<CaseView> {
  const kasus = openCase(input, input.lanjutan);
  const { view } = kasus;
  const s = view.subject;
  let L = input.langkah;
  const { expireAfterMs } = input.deadlines;

  // ---- Task ids (procedures/siklusKinerja/tugas.ts): a case that continued as new finds the task it was waiting on.
  const ofBase = (base: string) => view.tasks.filter((t) => isKe(base, t.id));
  const slot = (base: string) => ofBase(base).find((t) => t.status === 'open')?.id ?? tugasKe(base, ofBase(base).length + 1);
  const isiOf = (taskId: string) => [...view.timeline].reverse().find((e) => e.taskId === taskId && e.action === 'dilaksanakan')?.notes;
  /** A step done by its assignee, opened again (with its reminders) until it is done. */
  async function untilDone(step: ResolvedStep, base: string, ms = expireAfterMs) {
    for (;;) {
      const id = slot(base);
      const r = await kasus.task({ ...step, id }, { expireAfterMs: ms });
      if (r.outcome === 'done') return id;
    }
  }
  /** A review or agreement: approved, or returned (refused, or not decided in time: asked again). */
  async function decided(step: ResolvedStep, base: string): Promise<Extract<StepResult, { outcome: 'decided' }>> {
    for (;;) {
      const r = await kasus.task({ ...step, id: slot(base) }, { expireAfterMs, continuesOnRefusal: 'dikembalikan' });
      if (r.outcome === 'decided') return r;
    }
  }

  // ---- What may happen at any time: watched beside the main flow, and again after continuing as new.
  const watching = new Set<string>();
  /** Opened by an Update (a report asked for, a kendala): its task goes into the Update's own write, then is watched. */
  const openFromUpdate = (step: ResolvedStep, ms: number, continuesOnRefusal?: Task['continuesOnRefusal']) => {
    // Added after cases had raised these with two writes at once: those replay without it.
    if (patch('aksi-satu-tulis')) kasus.opened(step, { expireAfterMs: ms, continuesOnRefusal });
    void watch(step, ms, continuesOnRefusal);
  };
  async function watch(step: ResolvedStep, ms: number, continuesOnRefusal?: Task['continuesOnRefusal']) {
    watching.add(step.id);
    try {
      await kasus.task(step, { expireAfterMs: ms, continuesOnRefusal });
    } finally {
      watching.delete(step.id);
    }
  }
  const siklus: Siklus = { input, view };
  const peminta = pemintaLaporan(siklus);
  /** A report at any time, by the ketua (the employee) or by the member of the team it was asked of. */
  const laporanSewaktu = (id: string, dari: string, kepada: OfficialRef[], isi?: string): ResolvedStep => ({
    ...(input.tim?.laporan.find((m) => m.assignee.nip === dari) ?? L.laporan), id, title: `Laporan sewaktu-waktu${isi ? `: ${isi}` : ''}`,
    citation: 'oleh' in input.permintaanLaporan ? input.permintaanLaporan.oleh[0].citation : L.laporan.citation, to: kepada,
  });
  const tim = () => pelaksana(siklus);
  const by = (nip: string) => pejabatOf(siklus, nip);
  const kendala = (id: string, kepada: ReturnType<typeof kendalaKepada>, title: string): ResolvedStep => ({
    id, kind: 'keputusan', title, role: kepada.role, citation: kepada.citation, assignee: { nip: kepada.nip, nama: kepada.nama, jabatan: kepada.jabatan },
    to: [s.pegawai], ...(kepada.region ? { region: kepada.region } : {}),
  });

  kasus.actions({
    // A report at any time, of the ketua (the employee) or the member `kepada` names.
    'minta-laporan': {
      check: (a) => checkMintaLaporan(siklus, a),
      run: (a) => {
        s.laporan.sewaktuWaktu += 1;
        const id = tugasKe('laporan-sewaktu', s.laporan.sewaktuWaktu);
        const dari = tim().find((o) => o.nip === (a.kepada ?? s.pegawai.nip))!;
        const notes = `laporan diminta${dari === s.pegawai ? '' : ` dari ${dari.nama}`}${a.isi ? `: ${a.isi}` : ''}`;
        kasus.record({ action: 'dicatat', actor: by(a.actorNip), role: peminta[0].role, citation: peminta[0].citation, taskId: id, notes });
        openFromUpdate(laporanSewaktu(id, dari.nip, peminta.filter((o) => o.nip === a.actorNip), a.isi), input.irama.laporanDalamMs);
      },
    },
    'umpan-balik': {
      check: (a) => checkUmpanBalik(siklus, a),
      run: (a) => kasus.record({ action: 'dicatat', actor: by(a.actorNip), role: 'Penerima laporan', citation: input.umpanBalik.citation, taskId: a.taskId, notes: `umpan balik: ${a.isi}` }),
    },
    'dialog-kinerja': {
      check: (a) => checkDialogKinerja(siklus, a),
      run: (a) => kasus.record({ action: 'dicatat', actor: by(a.actorNip), role: 'Dialog kinerja', citation: input.dialogKinerja!.citation, notes: `dialog kinerja: ${a.isi}` }),
    },
    // A kendala for the PUO to decide, as a task of its own.
    kendala: {
      check: (a) => checkKendala(siklus, a),
      run: (a) => {
        s.kendala += 1;
        const id = tugasKe('kendala', s.kendala);
        const kepada = kendalaKepada(siklus, a.kepada);
        const title = `Kendala: ${a.isi!.trim()} — alternatif: ${a.alternatif!.filter((x) => x.trim()).join('; ')}`;
        kasus.record({ action: 'dicatat', actor: by(a.actorNip), role: s.tim ? 'Tim Kerja' : 'Pejabat Fungsional/Pelaksana yang ditugaskan', citation: kepada.citation, taskId: id, notes: title });
        openFromUpdate(kendala(id, kepada, title), expireAfterMs, 'ditolak');
      },
    },
    // A changed activity re-opens planning: the revised plan goes to the leader again.
    'revisi-rencana': {
      check: (a) => checkRevisiRencana(siklus, a),
      run: (a) => {
        s.rencana = { versi: s.rencana.versi + 1, isi: a.isi!.trim(), disepakati: false };
        kasus.record({ action: 'dicatat', actor: s.pegawai, role: L.rencana.role, citation: L.rencana.citation, notes: `rencana direvisi (versi ${s.rencana.versi}): ${a.isi}` });
      },
    },
    checklist: {
      check: (a) => checkChecklist(siklus, a),
      run: (a) => {
        const c = s.checklist!.find((x) => x.butir === a.isi)!;
        c.selesai = true;
        kasus.record({ action: 'dicatat', actor: by(a.actorNip), role: 'Perencanaan SKP', citation: L.rencana.citation, notes: `butir ${c.butir} selesai: ${c.uraian}` });
      },
    },
  });

  // The team changed while its decree stands: what is open stays with whom it went to; what comes next
  // (the plan, reports, the result) goes to the team as it now stands, and so does a run continued as new.
  setHandler(timBerubahSignal, async (u) => {
    Object.assign(input, { langkah: u.langkah, tim: u.tim });
    L = input.langkah;
    s.pegawai = u.pegawai;
    s.tim = { ...s.tim!, anggota: u.anggota };
    if (u.sisi) view.sisi = u.sisi;
    else delete view.sisi;
    kasus.record({ action: 'dicatat', role: 'sistem', citation: input.procedureCitation, notes: `susunan tim diubah (keputusan Nomor ${u.nomor}): ketua ${u.pegawai.nama}; anggota ${u.anggota.map((a) => a.nama).join(', ')}` });
    await kasus.publish();
  });

  if (!input.lanjutan) {
    view.status = 'in-progress';
    kasus.submitted(`penugasan ${s.penugasan.caseId}: ${s.penugasan.judul}`);
  } else {
    // Going on from the last run: what was open beside the main flow is watched again, by the same assignee.
    for (const t of view.tasks.filter((x) => x.status === 'open')) {
      if (isKe('laporan-sewaktu', t.id)) void watch(laporanSewaktu(t.id, t.assignee.nip, t.escalateTo?.filter((o) => peminta.some((p) => p.nip === o.nip)) ?? peminta), input.irama.laporanDalamMs);
      if (isKe('kendala', t.id)) void watch(kendala(t.id, kendalaKepada(siklus, t.assignee.nip), t.title), expireAfterMs, 'ditolak');
    }
  }

  // 1. Perencanaan: the employee drafts the rencana kegiatan dan anggaran, the leader agrees it (again after a revision).
  async function perencanaan() {
    s.tahap = 'perencanaan';
    while (!s.rencana.disepakati) {
      if (!s.rencana.isi) {
        const id = await untilDone(L.rencana, 'rencana');
        s.rencana = { versi: s.rencana.versi + 1, isi: isiOf(id), disepakati: false };
      }
      const d = await decided({ ...L.persetujuan, title: `${L.persetujuan.title} (versi ${s.rencana.versi})` }, 'persetujuan-rencana');
      if (d.decision.decision === 'approve') s.rencana.disepakati = true;
      else s.rencana = { ...s.rencana, isi: undefined }; // returned: drafted again with the leader's notes
    }
    s.tahap = 'pelaksanaan';
    s.laporan.berikutnya ??= new Date(Date.now() + input.irama.laporanSetiapMs).toISOString();
    await kasus.publish();
  }
  if (s.tahap === 'perencanaan') await perencanaan();

  // 2. Pelaksanaan: a report on every cadence date, open for its grace period (reminders while late, then missed).
  let laporanRun = 0;
  while (s.tahap === 'pelaksanaan' && s.laporan.ke < s.laporan.jumlah) {
    const due = Date.parse(s.laporan.berikutnya!);
    if (await condition(() => !s.rencana.disepakati, Math.max(due - Date.now(), 1))) {
      // After the Update that revised it has written and answered: one write at a time (see openFromUpdate).
      if (patch('aksi-satu-tulis')) await condition(allHandlersFinished);
      await perencanaan(); // a changed activity: planning again before the next report
      continue;
    }
    const ke = s.laporan.ke + 1;
    // A team: each member reports to the ketua first; the ketua's report then comes with theirs.
    const dariAnggota = !input.tim ? [] : await Promise.all(input.tim.laporan.map(async (m, i) => {
      const id = laporanAnggota(ke, i + 1);
      const done = (await kasus.task({ ...m, id, title: `${m.title} ke-${ke} dari ${s.laporan.jumlah}` }, { expireAfterMs: input.irama.laporanDalamMs })).outcome === 'done';
      if (!done) s.tim!.terlewat += 1;
      return `${m.assignee.nama}: ${done ? isiOf(id) : 'tidak melapor'}`;
    }));
    const r = await kasus.task({ ...L.laporan, id: tugasKe('laporan', ke), title: `${L.laporan.title} ke-${ke} dari ${s.laporan.jumlah}${dariAnggota.length ? ` (laporan anggota — ${dariAnggota.join('; ')})` : ''}` }, { expireAfterMs: input.irama.laporanDalamMs });
    if (r.outcome !== 'done') s.laporan.terlewat += 1;
    s.laporan.ke = ke;
    s.laporan.berikutnya = new Date(due + input.irama.laporanSetiapMs).toISOString();
    laporanRun += 1;
    if (s.laporan.ke < s.laporan.jumlah && (laporanRun >= input.irama.laporanPerRiwayat || workflowInfo().continueAsNewSuggested)) {
      // Nothing half done: every Update answered, every watched task still waiting on its assignee.
      const quiet = () => allHandlersFinished() && [...watching].every((id) => view.tasks.find((t) => t.id === id)?.status === 'open');
      await condition(quiet);
      s.riwayat += 1;
      kasus.record({ action: 'dicatat', role: 'sistem', citation: input.procedureCitation, notes: `riwayat dilanjutkan (${s.riwayat}) setelah laporan ke-${ke}` });
      await kasus.publish();
      await condition(quiet);
      await continueAsNew<typeof siklusKinerja>({ ...input, lanjutan: view });
    }
  }

  // 3. Evaluasi: the result goes up the review chain; returned for perbaikan, fixed and sent up again,
  //    done only when the top leader accepts it as meeting the target.
  if (s.tahap === 'pelaksanaan') {
    s.tahap = 'evaluasi';
    await untilDone(L.hasil, 'hasil');
  }
  while (s.reviu.tingkat < L.reviu.length) {
    const level = L.reviu[s.reviu.tingkat];
    const d = await decided(level, level.id);
    if (d.decision.decision === 'approve') {
      s.reviu.tingkat += 1;
      continue;
    }
    s.reviu = { ...s.reviu, putaran: s.reviu.putaran + 1, tingkat: 0 };
    await untilDone({ ...L.perbaikan, title: `${L.perbaikan.title} (catatan ${level.assignee.nama}: ${d.decision.reasons})` }, 'perbaikan');
  }
  s.tahap = 'selesai';
  return kasus.end('completed', L.reviu.at(-1)!.citation);
}
