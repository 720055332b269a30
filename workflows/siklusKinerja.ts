// P7 Siklus kinerja (spec P7; bengkalis pasal 11, banjar pasal 16–17, pati pasal 10–11, pasuruan
// lampiran I B.2.A): the work of an issued assignment over its whole period. Reads top to bottom like
// the alur: perencanaan (the plan drafted and agreed), pelaksanaan (reports on cadence, and what may
// happen any time: a report asked for, feedback, a dialog kinerja, a kendala, a revised plan), evaluasi
// (the result up the review chain, returned for perbaikan until the top leader accepts it).
// A year of reports must not grow one history without bound: the case continues as new every
// `laporanPerRiwayat` reports (or when Temporal suggests it), carrying its view, open tasks included.
import { allHandlersFinished, condition, continueAsNew, setHandler, workflowInfo } from '@temporalio/workflow';
import type { CaseView, OfficialRef, ProcedureAction, ResolvedStep, Task } from '../domain/kasus';
import { refuse } from '../domain/refusal';
import type { SiklusKinerjaInput } from '../procedures/siklusKinerja/plan';
import { openCase, type StepResult } from './kernel';
import { patch } from './kernel/patches';
import { timBerubahSignal } from './shared';

export async function siklusKinerja(input: SiklusKinerjaInput): Promise<CaseView> {
  const kasus = openCase(input, input.lanjutan);
  const { view } = kasus;
  const s = view.subject;
  let L = input.langkah;
  const { expireAfterMs } = input.deadlines;

  // ---- Task ids: <base>-<n>, so a case that continued as new finds the task it was waiting on.
  const ofBase = (base: string) => view.tasks.filter((t) => new RegExp(`^${base}-\\d+$`).test(t.id));
  const slot = (base: string) => ofBase(base).find((t) => t.status === 'open')?.id ?? `${base}-${ofBase(base).length + 1}`;
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
  const peminta = 'oleh' in input.permintaanLaporan ? input.permintaanLaporan.oleh : [];
  /** A report at any time, by the ketua (the employee) or by the member of the team it was asked of. */
  const laporanSewaktu = (id: string, dari: string, kepada: OfficialRef[], isi?: string): ResolvedStep => ({
    ...(input.tim?.laporan.find((m) => m.assignee.nip === dari) ?? L.laporan), id, title: `Laporan sewaktu-waktu${isi ? `: ${isi}` : ''}`,
    citation: 'oleh' in input.permintaanLaporan ? input.permintaanLaporan.oleh[0].citation : L.laporan.citation, to: kepada,
  });
  // The employee's own PUO, and for a team each member's own PUO, where they are another than the owning unit's.
  const lintasPuo = () => [...('tidakAda' in input.kendala.lintasPuo ? [] : [input.kendala.lintasPuo]), ...(input.tim?.lintasPuo ?? [])];
  const kendalaKepada = (nip?: string) => (nip && nip !== input.kendala.kepada.nip && lintasPuo().find((l) => l.nip === nip)) || input.kendala.kepada;
  /** A team raises a kendala through its ketua or any member; an individual themselves. */
  const tim = () => [s.pegawai, ...(s.tim?.anggota ?? [])];
  const kendala = (id: string, kepada: ReturnType<typeof kendalaKepada>, title: string): ResolvedStep => ({
    id, kind: 'keputusan', title, role: kepada.role, citation: kepada.citation, assignee: { nip: kepada.nip, nama: kepada.nama, jabatan: kepada.jabatan },
    to: [s.pegawai], ...(kepada.region ? { region: kepada.region } : {}),
  });
  /** The receivers of a report, who may give feedback on it. */
  const penerimaOf = (taskId: string): OfficialRef[] | undefined => {
    if (/^laporan-\d+$/.test(taskId)) return L.laporan.to;
    if (taskId.startsWith('laporan-sewaktu-')) return peminta;
    if (/^(hasil|perbaikan)-\d+$/.test(taskId)) return s.reviu.rantai;
    if (taskId.startsWith('laporan-anggota-')) return [s.pegawai]; // a member's report, to the ketua
    return undefined;
  };
  const mustSay = (a: ProcedureAction, citation: string) => {
    if (!a.isi?.trim()) refuse({ code: 'CONTENT_REQUIRED', kind: 'invalid', citation, message: `${a.action}: say what it is (isi)`, fields: [{ field: 'isi', message: 'required' }] });
  };
  const by = (nip: string) => [...tim(), ...s.reviu.rantai, ...peminta, L.persetujuan.assignee, ...(L.laporan.to ?? [])].find((o) => o.nip === nip);

  kasus.actions({
    // The PUO (or penanggung jawab) may ask for a report at any time, of the ketua or a member
    // (bengkalis pasal 11(4), banjar pasal 17(2), pati pasal 11(3)); `kepada` names them, the ketua (the employee) by default.
    'minta-laporan': {
      check: (a) => {
        if ('tidakAda' in input.permintaanLaporan) {
          const { citation, description } = input.permintaanLaporan.tidakAda;
          refuse({ code: 'NO_AD_HOC_REPORT', kind: 'unprocessable', citation, message: `no report can be asked for here: ${description}` });
        }
        const asker = input.permintaanLaporan.oleh;
        if (!asker.some((o) => o.nip === a.actorNip))
          refuse({ code: 'NOT_ASSIGNEE', kind: 'forbidden', citation: asker[0].citation, message: `a report at any time is asked for by the ${asker[0].role}, ${asker[0].nama} (${asker[0].nip})` });
        if (a.kepada && !tim().some((o) => o.nip === a.kepada))
          refuse({
            code: 'NOT_REPORTER', kind: 'unprocessable', citation: asker[0].citation,
            message: `a report at any time is asked of ${s.tim ? 'the ketua or a member of the team: ' : ''}${tim().map((o) => `${o.nama} (${o.nip})`).join(', ')}`,
            fields: [{ field: 'kepada', message: s.tim ? 'not the ketua or a member of the team' : `only ${s.pegawai.nip}` }],
          });
      },
      run: (a) => {
        s.laporan.sewaktuWaktu += 1;
        const id = `laporan-sewaktu-${s.laporan.sewaktuWaktu}`;
        const dari = tim().find((o) => o.nip === (a.kepada ?? s.pegawai.nip))!;
        const notes = `laporan diminta${dari === s.pegawai ? '' : ` dari ${dari.nama}`}${a.isi ? `: ${a.isi}` : ''}`;
        kasus.record({ action: 'dicatat', actor: by(a.actorNip), role: peminta[0].role, citation: peminta[0].citation, taskId: id, notes });
        openFromUpdate(laporanSewaktu(id, dari.nip, peminta.filter((o) => o.nip === a.actorNip), a.isi), input.irama.laporanDalamMs);
      },
    },
    // Umpan balik on any report, by whom it went to (banjar lampiran I.A.2.b, pati lampiran D.4.b).
    'umpan-balik': {
      check: (a) => {
        const task = view.tasks.find((t) => t.id === a.taskId);
        const penerima = a.taskId ? penerimaOf(a.taskId) : undefined;
        if (!task || !penerima)
          refuse({ code: 'TASK_NOT_FOUND', kind: 'not-found', message: `case ${view.caseId} has no report ${a.taskId ?? '(taskId missing)'}`, fields: [{ field: 'taskId', message: 'a report of this case' }] });
        if (task.status !== 'done')
          refuse({ code: 'STEP_CLOSED', kind: 'conflict', citation: task.citation, message: `${task.title} is ${task.status}: feedback is given on a report that was delivered` });
        if (!penerima.some((o) => o.nip === a.actorNip))
          refuse({ code: 'NOT_ASSIGNEE', kind: 'forbidden', citation: input.umpanBalik.citation, message: `feedback on ${task.title} is given by whom it went to: ${penerima.map((o) => `${o.nama} (${o.nip})`).join(', ')}` });
        mustSay(a, input.umpanBalik.citation);
      },
      run: (a) => kasus.record({ action: 'dicatat', actor: by(a.actorNip), role: 'Penerima laporan', citation: input.umpanBalik.citation, taskId: a.taskId, notes: `umpan balik: ${a.isi}` }),
    },
    // The recorded dialog kinerja (pasuruan lampiran I B.2.A.2.i).
    'dialog-kinerja': {
      check: (a) => {
        if (!input.dialogKinerja)
          refuse({ code: 'NO_DIALOG_RECORD', kind: 'unprocessable', citation: input.procedureCitation, message: 'this region\'s text sets no recorded dialog kinerja; give feedback on a report instead' });
        if (!by(a.actorNip))
          refuse({ code: 'NOT_ASSIGNEE', kind: 'forbidden', citation: input.dialogKinerja.citation, message: `a dialog kinerja is recorded by ${s.pegawai.nama} or their leaders in this case` });
        mustSay(a, input.dialogKinerja.citation);
      },
      run: (a) => kasus.record({ action: 'dicatat', actor: by(a.actorNip), role: 'Dialog kinerja', citation: input.dialogKinerja!.citation, notes: `dialog kinerja: ${a.isi}` }),
    },
    // A kendala with alternative recommendations, for the owning unit's PUO to decide; to the
    // employee's own PUO only where collaboration across PUOs is needed (banjar lampiran III.A.b.4, pati lampiran B.3.b.4).
    kendala: {
      check: (a) => {
        const { kepada, lintasPuo } = input.kendala;
        if (!tim().some((o) => o.nip === a.actorNip))
          refuse({ code: 'NOT_ASSIGNEE', kind: 'forbidden', citation: kepada.citation, message: `a kendala is raised by ${tim().map((o) => `${o.nama} (${o.nip})`).join(', ')}, who do${s.tim ? '' : 'es'} the work` });
        mustSay(a, kepada.citation);
        if (!a.alternatif?.some((x) => x.trim()))
          refuse({ code: 'ALTERNATIVES_REQUIRED', kind: 'invalid', citation: kepada.citation, message: 'a kendala comes with alternative recommendations (alternatif rekomendasi)', fields: [{ field: 'alternatif', message: 'at least one' }] });
        if (a.kepada && a.kepada !== kepada.nip) {
          if ('tidakAda' in lintasPuo)
            refuse({ code: 'NO_CROSS_PUO_KENDALA', kind: 'unprocessable', citation: lintasPuo.tidakAda.citation, message: lintasPuo.tidakAda.description, fields: [{ field: 'kepada', message: `only ${kepada.nip}` }] });
          if (kendalaKepada(a.kepada) === kepada)
            refuse({ code: 'NOT_KENDALA_RECIPIENT', kind: 'unprocessable', citation: lintasPuo.citation, message: `a kendala goes to ${kepada.nama} (${kepada.nip}), or where collaboration across PUOs is needed to ${[lintasPuo, ...(input.tim?.lintasPuo ?? [])].map((l) => `${l.nama} (${l.nip})`).join(' or ')}`, fields: [{ field: 'kepada', message: 'not a recipient' }] });
        }
      },
      run: (a) => {
        s.kendala += 1;
        const id = `kendala-${s.kendala}`;
        const kepada = kendalaKepada(a.kepada);
        const title = `Kendala: ${a.isi!.trim()} — alternatif: ${a.alternatif!.filter((x) => x.trim()).join('; ')}`;
        kasus.record({ action: 'dicatat', actor: by(a.actorNip), role: s.tim ? 'Tim Kerja' : 'Pejabat Fungsional/Pelaksana yang ditugaskan', citation: kepada.citation, taskId: id, notes: title });
        openFromUpdate(kendala(id, kepada, title), expireAfterMs, 'ditolak');
      },
    },
    // A changed activity re-opens planning: the revised plan goes to the leader again.
    'revisi-rencana': {
      check: (a) => {
        if (a.actorNip !== s.pegawai.nip)
          refuse({ code: 'NOT_ASSIGNEE', kind: 'forbidden', citation: L.rencana.citation, message: `the plan is revised by ${s.pegawai.nama} (${s.pegawai.nip}), who drafted it` });
        if (s.tahap !== 'pelaksanaan' || !s.rencana.disepakati)
          refuse({ code: 'NOT_REVISABLE', kind: 'conflict', citation: L.rencana.citation, message: `the case is in ${s.tahap}${s.rencana.disepakati ? '' : ' with a plan awaiting agreement'}: a plan is revised once agreed, during pelaksanaan` });
        mustSay(a, L.rencana.citation);
      },
      run: (a) => {
        s.rencana = { versi: s.rencana.versi + 1, isi: a.isi!.trim(), disepakati: false };
        kasus.record({ action: 'dicatat', actor: s.pegawai, role: L.rencana.role, citation: L.rencana.citation, notes: `rencana direvisi (versi ${s.rencana.versi}): ${a.isi}` });
      },
    },
    // Pasuruan's SKP planning steps, ticked off as they are done (lampiran I B.2.A.1.i a–i).
    checklist: {
      check: (a) => {
        if (!s.checklist)
          refuse({ code: 'NO_CHECKLIST', kind: 'unprocessable', citation: input.procedureCitation, message: 'this region\'s text lists no SKP planning steps to tick off' });
        if (!by(a.actorNip))
          refuse({ code: 'NOT_ASSIGNEE', kind: 'forbidden', citation: L.rencana.citation, message: `the planning steps are ticked off by ${s.pegawai.nama} or their leaders in this case` });
        if (!s.checklist.some((c) => c.butir === a.isi))
          refuse({ code: 'UNKNOWN_STEP', kind: 'invalid', citation: L.rencana.citation, message: `isi names a planning step: one of ${s.checklist.map((c) => c.butir).join(', ')}`, fields: [{ field: 'isi', message: 'a butir' }] });
      },
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
      if (t.id.startsWith('laporan-sewaktu-')) void watch(laporanSewaktu(t.id, t.assignee.nip, t.escalateTo?.filter((o) => peminta.some((p) => p.nip === o.nip)) ?? peminta), input.irama.laporanDalamMs);
      if (t.id.startsWith('kendala-')) void watch(kendala(t.id, kendalaKepada(t.assignee.nip), t.title), expireAfterMs, 'ditolak');
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
      const id = `laporan-anggota-${ke}-${i + 1}`;
      const done = (await kasus.task({ ...m, id, title: `${m.title} ke-${ke} dari ${s.laporan.jumlah}` }, { expireAfterMs: input.irama.laporanDalamMs })).outcome === 'done';
      if (!done) s.tim!.terlewat += 1;
      return `${m.assignee.nama}: ${done ? isiOf(id) : 'tidak melapor'}`;
    }));
    const r = await kasus.task({ ...L.laporan, id: `laporan-${ke}`, title: `${L.laporan.title} ke-${ke} dari ${s.laporan.jumlah}${dariAnggota.length ? ` (laporan anggota — ${dariAnggota.join('; ')})` : ''}` }, { expireAfterMs: input.irama.laporanDalamMs });
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
