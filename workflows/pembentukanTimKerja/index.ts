// P6 Pembentukan Tim Kerja (spec P6; bengkalis pasal 7(8), banjar pasal 14, pati pasal 7–8, pasuruan lampiran III).
// The alur, in numbered steps: the owning unit's leader forms the team; each member from another unit
// comes in through a linked P2 case, each from another agency through a linked P3 case (anggota.ts);
// the decree is signed, numbered and issued with its lampiran, and each member receives it.
// While the decree stands, each change of the team is signed and issued as a new decree naming the one
// it changes (perubahan.ts). Each await here is the one the workflow always had, or behind its patch.
import type { CaseView } from '../../domain/kasus';
import type { Reservasi } from '../../domain/batasPenugasan';
import { isiKeputusan, type PembentukanTimKerjaInput } from '../../procedures/pembentukanTimKerja/plan';
import { patch } from '../kernel/patches';
import { anggotaLintasInstansi, anggotaLintasUnit } from './anggota';
import { anggotaTim, createTim, slotOf } from './context';
import { registerPerubahan, selamaBerlaku } from './perubahan';
import { suratTugasAnggota } from './suratTugas';

export async function pembentukanTimKerja(input: PembentukanTimKerjaInput): Promise<CaseView> {
  const c = createTim(input);
  const { kasus } = c;
  const { subject } = kasus.view;
  registerPerubahan(c);

  // 1. The former sets the team's target, its leaders and the members of the owning unit.
  kasus.submitted(`${subject.lingkup}; ${subject.susunan.length} anggota ditunjuk langsung, ${input.lintasUnit.length} melalui penunjukan lintas unit`
    + `${input.lintasInstansi?.length ? `, ${input.lintasInstansi.length} permohonan melalui penunjukan lintas instansi` : ''}`);

  // The members of the owning unit take their team slots (banjar pasal 9(4)). The former named them
  // directly and no one else decides on them, so one over the limit is a defect of the formation
  // itself: it is refused with the article and the cases holding the slots, and the former forms
  // the team again with someone else (whereas a member from elsewhere is refused in their P2 case).
  const own = subject.susunan.map((a) => slotOf(c, a)).filter((r): r is Reservasi => !!r);
  const overLimit = own.length ? await kasus.reserveAssignments(own) : undefined;
  if (overLimit) {
    const citation = overLimit.citation ?? input.procedureCitation;
    kasus.record({ action: 'ditolak', role: 'sistem', citation, notes: overLimit.message });
    return kasus.close({ status: 'refused', citation, reasons: overLimit.message });
  }

  // 2.–3. The members from elsewhere, side by side. On record before their cases run, which can take
  //    days, so that the team case is listed from its start. Added after teams had been formed: those replay without it.
  const lintasInstansi = input.lintasInstansi ?? [];
  if ((input.lintasUnit.length || lintasInstansi.length) && patch('tim-tercatat')) await kasus.publish(true);
  await Promise.all([...input.lintasUnit.map((a, i) => anggotaLintasUnit(c, a, i)), ...lintasInstansi.map((a, j) => anggotaLintasInstansi(c, a, j))]);

  // 4. The decree, written with the team as it now stands, is signed by the official the region names.
  const decree = { ...input.documents[0], isi: isiKeputusan(input.format, subject, input.documents[0].title) };
  for (const langkah of input.steps) {
    const hasil = await kasus.step(langkah);
    if (hasil.ends) return kasus.close(hasil);
  }

  // 5. Numbered and issued with its lampiran. It is addressed to every member it assigns, each of whom
  //    acknowledges their own receipt (a member from another agency through its key); the penanggung
  //    jawab directs the team and is assigned nothing. Decrees issued before it: the ketua received it for the team.
  await kasus.issue([decree]);
  // Where the region's text gives each member a Surat Tugas beside it (pasuruan lampiran II): numbered and issued, one each.
  const suratTugas = input.suratTugasAnggota && patch('surat-tugas-anggota') ? await suratTugasAnggota(c, kasus.view.documents.at(-1)!) : [];
  const diterima = suratTugas.length ? { ...decree, title: `${decree.title} dan ${suratTugas[0].title}` } : decree;
  if (patch('tanda-terima-tiap-anggota')) await kasus.receivedByEach(diterima, anggotaTim(subject.susunan));
  else await kasus.received(decree);

  // 6. In force until the period ends; the team's work begins: its siklus kinerja (P7) led by the ketua, a case of its own,
  //    named in the write that puts the decree in force (teams in force before 'siklus-ditulis-bersama' wrote that first).
  kasus.view.status = 'in-force';
  if (!patch('siklus-ditulis-bersama')) await kasus.publish();
  await kasus.work();
  return selamaBerlaku(c, decree);
}
