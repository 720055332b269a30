// P8 Rekomendasi penilaian kinerja (spec P8; bengkalis lampiran BAB I §II.C.d.6 and BAB II form 7,
// banjar lampiran III.B.3, pati lampiran B.3.c.5, pasuruan lampiran I B.2.A.2 c.5).
// Reads top to bottom like the rule: the rater's rating is on record, the recommendation (form 7)
// is issued, and it reaches the member's own PPK and Pimpinan PD/PUO, each receiving it in their
// inbox (banjar, a JF ahli madya: at once, with their Administrator's recommendation to the PPT beside it).
// A rating task (opened when a team's period ends) first waits for the rating in the rater's inbox.
import type { CaseView, ProcedureAction } from '../domain/kasus';
import { checkCompletion } from '../domain/langkah';
import { EKSPEKTASI_TEXT, nilai, type Penilaian } from '../domain/predikat';
import { refuse } from '../domain/refusal';
import { isiFormulir } from '../procedures/rekomendasiPenilaianKinerja/formulir';
import type { Nilai, RekomendasiPenilaianKinerjaInput } from '../procedures/rekomendasiPenilaianKinerja/plan';
import { openCase } from './kernel';

const catatanNilai = (n: Penilaian) => [
  `Hasil Kerja ${EKSPEKTASI_TEXT[n.hasilKerja]}, Perilaku Kerja ${EKSPEKTASI_TEXT[n.perilakuKerja]}: predikat ${n.predikat}`,
  n.alasanDeviasi ? `menyimpang dari matriks (${n.saran}): ${n.alasanDeviasi}` : `sesuai matriks`,
].join('; ');

export async function rekomendasiPenilaianKinerja(input: RekomendasiPenilaianKinerjaInput): Promise<CaseView> {
  const kasus = openCase(input);
  const s = kasus.view.subject;

  // 1. The rater rates the member; the predikat chosen stands beside the matrix's, a deviation with its reason.
  //    A rating task: the rater's task opens in their inbox, the matrix on the case, and the rating comes with it.
  if (input.tugas) {
    penilaianDalamTugas(kasus, input);
    kasus.record({ action: 'dicatat', role: 'sistem', citation: input.tugas.step.citation, notes: `periode ${s.penugasan.judul} berakhir: ${input.tugas.step.title}` });
    const r = await kasus.step(input.tugas.step);
    if (r.ends) return kasus.close(r);
  } else kasus.submitted(catatanNilai(s.penilaian!));

  // 2. The rekomendasi penilaian kinerja is numbered and issued (a rating task's form 7 written now, with its rating).
  await kasus.issue(input.tugas ? [{ ...input.documents[0], isi: isiFormulir(input.tugas.selaku, { ...s, penilaian: s.penilaian! }) }] : input.documents);

  // 3. It reaches those who assess the member, stage by stage; a stage's recipients act at once.
  for (const tahap of input.tahapan)
    await Promise.all(tahap.map((id) => kasus.followUp(input.steps.find((st) => st.id === id)!)));

  return kasus.close({ status: 'issued', citation: input.procedureCitation });
}

/**
 * The rating of a rating task: the action `penilaian` by the task's assignee (or whoever acts for them),
 * checked like a completion and by the matrix rule; it records the rating and does the task. The task
 * is not confirmed without it.
 */
function penilaianDalamTugas(kasus: ReturnType<typeof openCase<RekomendasiPenilaianKinerjaInput['subject']>>, input: RekomendasiPenilaianKinerjaInput) {
  const { step, predikat } = input.tugas!;
  const { view } = kasus;
  const nilaiOf = (a: ProcedureAction): Nilai => {
    const data = a.data as Nilai | undefined;
    if (!data)
      refuse({ code: 'RATING_REQUIRED', kind: 'invalid', citation: predikat.citation, message: `${step.title}: give hasilKerja, perilakuKerja and predikat`, fields: [{ field: 'hasilKerja', message: 'required', citation: predikat.citation }] });
    return data;
  };
  kasus.guard({
    complete: [(a) => {
      if (a.taskId === step.id)
        refuse({
          code: 'RATING_REQUIRED', kind: 'invalid', citation: predikat.citation,
          message: `${step.title} is done by rating: POST /cases/${view.caseId}/actions/penilaian with hasilKerja, perilakuKerja and predikat (the matrix's suggestion is on the case)`,
          fields: [{ field: 'hasilKerja', message: 'rate through the action penilaian', citation: predikat.citation }],
        });
    }],
  });
  kasus.actions({
    penilaian: {
      check: (a) => {
        checkCompletion(input, view, { taskId: step.id, actorNip: a.actorNip }, '');
        nilai(nilaiOf(a), predikat);
      },
      run: (a) => {
        const data = nilaiOf(a);
        const n = nilai(data, predikat);
        view.subject.permohonan = { ...view.subject.permohonan, ...data } as RekomendasiPenilaianKinerjaInput['subject']['permohonan'];
        view.subject.penilaian = n;
        const task = view.tasks.find((t) => t.id === step.id)!;
        task.status = 'done';
        kasus.record({ action: 'dilaksanakan', actor: task.assignee, role: task.role, citation: task.citation, taskId: task.id, notes: catatanNilai(n), ...(task.delegasi ? { delegasi: task.delegasi } : {}) });
      },
    },
  });
}
