// P6 Pembentukan Tim Kerja (spec P6; bengkalis pasal 7(8), banjar pasal 14, pati pasal 7–8, pasuruan lampiran III).
// The alur, in numbered steps: the owning unit's leader forms the team; each member from
// another unit comes in through a linked P2 case, each from another agency through a linked P3 case,
// that this case starts and waits for; a member not approved is reported to the former, who names
// another (P2) or goes on without; the decree is signed, numbered and issued with its lampiran,
// and the ketua receives it for the team. While the decree
// stands, each change of the team is signed and issued as a new decree naming the one it changes.
import { allHandlersFinished, condition, ParentClosePolicy, startChild } from '@temporalio/workflow';
import type { CaseView, ProcedureAction } from '../domain/kasus';
import { refuse } from '../domain/refusal';
import { applyPerubahan, checkPerubahan, type PerubahanInput } from '../procedures/pembentukanTimKerja/perubahan';
import { isiKeputusan, reservasiOf, type AnggotaTim, type PembentukanTimKerjaInput } from '../procedures/pembentukanTimKerja/plan';
import type { Reservasi } from '../domain/batasPenugasan';
import { openCase } from './kernel';
import { patch } from './kernel/patches';
import { refusalFailure } from './kernel/failures';

export async function pembentukanTimKerja(input: PembentukanTimKerjaInput): Promise<CaseView> {
  const kasus = openCase(input);
  const { subject } = input;
  // The change as the API planned it (action ubah-tim), by whoever sends the action.
  const perubahanOf = (a: ProcedureAction): PerubahanInput => {
    if (!a.data)
      refuse({ code: 'CHANGE_REQUIRED', kind: 'invalid', citation: input.procedureCitation, message: 'a change of the team says what changes (jenis, nip, baru, alasan)', fields: [{ field: 'data', message: 'required' }] });
    return { ...(a.data as PerubahanInput), actorNip: a.actorNip };
  };
  // Registered at the start, so a change sent before the decree stands is refused (NOT_IN_FORCE), never lost.
  const perubahan: PerubahanInput[] = [];
  const slotOf = (a?: AnggotaTim) => (a ? reservasiOf(input, a) : undefined);
  kasus.actions({
    'ubah-tim': {
      check: (a) => checkPerubahan(input.pemohon, input.procedureCitation, kasus.view, perubahanOf(a)),
      run: async (a) => {
        const c = perubahanOf(a);
        // Whoever comes in from the owning unit takes a slot now (banjar pasal 9(4)): over the limit, the change is refused as it stands.
        const slot = slotOf(c.baru);
        const refused = slot && (await kasus.reserveAssignments([slot]));
        if (refused) throw refusalFailure(refused);
        perubahan.push(c);
        kasus.record({ action: 'diubah', actor: kasus.view.pemohon, role: input.pemohon.role, citation: input.procedureCitation, notes: `${c.jenis} ${c.nip ?? ''} ${c.baru?.nama ?? ''}`.trim(), reasons: c.alasan });
      },
    },
  });

  // 1. The former sets the team's target, its leaders and the members of the owning unit.
  kasus.submitted(`${subject.lingkup}; ${subject.susunan.length} anggota ditunjuk langsung, ${input.lintasUnit.length} melalui penunjukan lintas unit`
    + `${input.lintasInstansi?.length ? `, ${input.lintasInstansi.length} permohonan melalui penunjukan lintas instansi` : ''}`);

  // The members of the owning unit take their team slots (banjar pasal 9(4)). The former named them
  // directly and no one else decides on them, so one over the limit is a defect of the formation
  // itself: it is refused with the article and the cases holding the slots, and the former forms
  // the team again with someone else (whereas a member from elsewhere is refused in their P2 case).
  const own = subject.susunan.map(slotOf).filter((r): r is Reservasi => !!r);
  const overLimit = own.length ? await kasus.reserveAssignments(own) : undefined;
  if (overLimit) {
    const citation = overLimit.citation ?? input.procedureCitation;
    kasus.record({ action: 'ditolak', role: 'sistem', citation, notes: overLimit.message });
    return kasus.end('refused', citation, overLimit.message);
  }

  // 2. Each member from another unit comes in through P2, each from another agency through P3. ABANDON:
  //    a linked case is a case of its own, whose officials decide and whose Surat Tugas is numbered and
  //    acknowledged on its own record; closing the team case must not cut it off halfway.
  const lintasInstansi = input.lintasInstansi ?? [];
  //    On record before they run, which can take days, so that the team case is listed from its start.
  //    Added after teams had been formed: those replay without it.
  if ((input.lintasUnit.length || lintasInstansi.length) && patch('tim-tercatat')) await kasus.publish();
  await Promise.all([...input.lintasUnit.map(anggotaLintasUnit), ...lintasInstansi.map(anggotaLintasInstansi)]);

  /** A member from another unit, through P2: the one asked for, then each alternate the former names, until one is assigned. */
  async function anggotaLintasUnit(anggota: PembentukanTimKerjaInput['lintasUnit'][number], i: number) {
    for (let pilihan = 0; pilihan < anggota.pilihan.length;) {
      const p2 = anggota.pilihan[pilihan];
      subject.linkedCases[i] = { caseId: p2.caseId, procedure: p2.procedure, unitTujuan: p2.subject.unitTujuan.nama, nip: p2.pegawai!.nip, status: 'berjalan' };
      const child = await startChild('penunjukanLintasUnit', { workflowId: p2.caseId, args: [p2], parentClosePolicy: ParentClosePolicy.ABANDON });
      const hasil = await child.result();
      subject.linkedCases[i].status = hasil.status;
      if (hasil.status === 'issued' && hasil.assignedEmployee) {
        const e = hasil.assignedEmployee;
        const member: AnggotaTim = { kedudukan: 'anggota', nip: e.nip, nama: e.nama, jabatan: e.jabatan, golongan: e.golongan, unit: p2.subject.unitTujuan.nama, tugas: anggota.tugas, linkedCase: p2.caseId };
        subject.susunan.push(member);
        return;
      }
      // 3. Not approved: the former is told, and names one of the alternates (isi: their NIP) or goes on without.
      const next = anggota.pilihan.slice(pilihan + 1);
      const step = await kasus.step({
        id: `pengganti-anggota-${i + 1}-${pilihan + 1}`, kind: 'tindakan', role: input.pemohon.role, citation: input.penggantiAnggota.citation,
        title: `${p2.pegawai!.nama} tidak ditugaskan (${hasil.status}${hasil.outcome?.reasons ? `: ${hasil.outcome.reasons}` : ''}); sebutkan NIP pengganti (${next.map((n) => n.pegawai!.nip).join(', ') || 'tidak ada cadangan'}) atau lanjut tanpa`,
        assignee: { nip: input.pemohon.nip, nama: input.pemohon.nama, jabatan: input.pemohon.jabatan },
      });
      const isi = step.outcome === 'done' ? kasus.actionOf(step.step.id)?.isi ?? '' : '';
      const chosen = next.findIndex((n) => isi.includes(n.pegawai!.nip));
      if (chosen < 0) return;
      pilihan += chosen + 1;
    }
  }

  /** Members from another agency, through P3: it answers with its list (binding), everyone on it joins; a refusal at any hop is reported to the former. */
  async function anggotaLintasInstansi({ p3, tugas }: NonNullable<PembentukanTimKerjaInput['lintasInstansi']>[number], j: number) {
    const i = input.lintasUnit.length + j;
    const child = await startChild('penunjukanLintasInstansi', { workflowId: p3.caseId, args: [p3], parentClosePolicy: ParentClosePolicy.ABANDON });
    const hasil = await child.result();
    subject.linkedCases[i].status = hasil.status;
    const { unitTujuan, instansiTujuan } = p3.subject;
    if (hasil.status === 'issued' && hasil.assignedEmployees?.length) {
      for (const e of hasil.assignedEmployees)
        subject.susunan.push({ kedudukan: 'anggota', nip: e.nip, nama: e.nama, jabatan: e.jabatan, golongan: e.golongan, unit: unitTujuan.nama, instansi: instansiTujuan.pemerintah, region: instansiTujuan.region, tugas, linkedCase: p3.caseId });
      return;
    }
    await kasus.step({
      id: `anggota-instansi-${j + 1}-tidak-ditugaskan`, kind: 'tindakan', role: input.pemohon.role, citation: input.penggantiAnggota.citation,
      title: `${unitTujuan.nama} ${instansiTujuan.pemerintah} tidak menugaskan anggota (${hasil.status}${hasil.outcome?.reasons ? `: ${hasil.outcome.reasons}` : ''}); tim dilanjutkan tanpa anggota dari instansi tersebut`,
      assignee: { nip: input.pemohon.nip, nama: input.pemohon.nama, jabatan: input.pemohon.jabatan },
    });
  }

  // 4. The decree, written with the team as it now stands, is signed by the official the region names.
  const decree = { ...input.documents[0], isi: isiKeputusan(input.format, subject, input.documents[0].title) };
  for (const langkah of input.steps) {
    const hasil = await kasus.step(langkah);
    if (hasil.ends) return kasus.close(hasil);
  }

  // 5. Numbered and issued with its lampiran; the ketua receives it for the team.
  await kasus.issue([decree]);
  await kasus.received(decree);

  // 6. In force until the period ends. Each change is signed by the same official (a tindakan) and
  //    issued as a new numbered decree that names the one it changes; one not signed in time lapses.
  const [signer] = input.steps;
  kasus.view.status = 'in-force';
  await kasus.publish();
  //    The team's work begins: its siklus kinerja (P7) led by the ketua, a case of its own.
  await kasus.work();
  const ends = Date.parse(`${subject.permintaan.periode.selesai}T00:00:00Z`) + 86400e3;
  for (let langkah = 1, revisi = 1; ; langkah++) {
    const remaining = ends - Date.now();
    if (remaining <= 0 || !(await condition(() => perubahan.length > 0, remaining))) break;
    // Go on once the change's Update has answered, so its projection write and the signing step's are ordered alike live and in replay.
    await condition(allHandlersFinished);
    const c = perubahan.shift()!;
    const signed = await kasus.step({
      id: `penandatanganan-perubahan-${langkah}`, kind: 'tindakan', title: `Penandatanganan perubahan ${decree.title} (${c.jenis})`,
      role: signer.role, citation: decree.citation, assignee: signer.assignee, atasan: signer.atasan,
    });
    if (signed.outcome !== 'done') {
      if (c.baru) await kasus.releaseAssignments(c.baru.nip); // not signed: whoever was to come in holds no slot
      continue;
    }
    // Whoever leaves the team gives back their slot; one who came in through P2 holds it in that case.
    const leaving = c.jenis === 'ganti-ketua' ? subject.susunan.find((a) => a.kedudukan === 'ketua')?.nip : c.nip;
    subject.susunan = applyPerubahan(subject.susunan, c);
    if (leaving) await kasus.releaseAssignments(leaving);
    const berlaku = kasus.view.documents.at(-1)!;
    await kasus.issue([{ ...decree, isi: isiKeputusan(input.format, subject, decree.title, { nomor: berlaku.nomor, alasan: c.alasan }) }], { revision: revisi++ });
    await kasus.publish();
    //    The team's work cycle goes on with the team as the new decree sets it.
    await kasus.workChanged(kasus.view.documents.at(-1)!.nomor);
  }
  return kasus.completed(input.procedureCitation);
}
