// The bench's table of procedures (bench/procedures.ts): every procedure is benched here or by a bench
// of its own, the command line resolves to a region whose regulation provides it, and what each walk
// needs besides approving (the other agency's list, the linked cases, the case set up first).
import { describe, expect, it } from 'vitest';
import { demoPeople } from '../../demo/masterData';
import type { CaseView, Task } from '../../domain/kasus';
import { PROCEDURES } from '../../procedures';
import { BENCHED, BENCHED_ELSEWHERE, describeShape, resolve } from '../../bench/procedures';

describe('--procedure and --region', () => {
  it('covers every procedure: benched by npm run bench, or by a bench of its own', () => {
    for (const id of Object.keys(PROCEDURES)) expect(!!BENCHED[id] !== !!BENCHED_ELSEWHERE[id]).toBe(true);
    expect(Object.keys(BENCHED).map((id) => PROCEDURES[id].code).sort()).toEqual(['p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p8']);
  });

  it('takes a code, a procedure id or a workflow type; bengkalis by default', () => {
    for (const raw of ['P6', 'p6', 'pembentukan-tim-kerja', 'pembentukanTimKerja'])
      expect(resolve(raw)).toMatchObject({ procedure: { id: 'pembentukan-tim-kerja' }, region: 'bengkalis' });
    expect(resolve('P2', 'pasuruan')).toMatchObject({ procedure: { id: 'penunjukan-lintas-unit' }, region: 'pasuruan' });
  });

  it('P3 runs where the regulation provides it: banjar by default; bengkalis is answered with its citation and the regions that do', () => {
    expect(resolve('P3')).toMatchObject({ procedure: { id: 'penunjukan-lintas-instansi' }, region: 'banjar' });
    expect(resolve('P3', 'pati')).toMatchObject({ region: 'pati' });
    expect(resolve('P3', 'bengkalis')).toEqual({ error: 'P3 (penunjukan-lintas-instansi) is not provided in bengkalis (bengkalis lampiran BAB I §II.B.1); benched in banjar, pati' });
  });

  it('P7 is answered with its own bench; an unknown procedure or region is named', () => {
    expect(resolve('P7')).toEqual({ error: expect.stringMatching(/^P7 \(siklus-kinerja\) is benched by npm run bench:p7/) });
    expect(resolve('P9')).toEqual({ error: 'unknown procedure P9' });
    expect(resolve('P2', 'tapin')).toEqual({ error: 'unknown region tapin' });
  });
});

describe('what a walk needs besides approving', () => {
  it('P3: the other agency\'s PPK answers with every candidate of its task', () => {
    const pati = demoPeople('pati');
    const task = { id: 'jawaban-ppk-tujuan', candidates: [{ nip: pati.pranataKomputer1 }, { nip: pati.pranataKomputer2 }] } as Task;
    expect(BENCHED['penunjukan-lintas-instansi'].answers!['jawaban-ppk-tujuan'](task)).toEqual({ employeeNips: [pati.pranataKomputer1, pati.pranataKomputer2] });
  });

  it('P6: its members\' linked cases are walked with it, until its decree is in force', () => {
    const team = { subject: { linkedCases: [{ caseId: 'bengkalis-p6-x-anggota-1' }] } } as unknown as CaseView;
    expect(BENCHED['pembentukan-tim-kerja'].linked!(team)).toEqual(['bengkalis-p6-x-anggota-1']);
    expect(BENCHED['pembentukan-tim-kerja'].done).toBe('in-force');
  });

  it('P8: rates the assignment of a benched procedure that issues, set up first', () => {
    const { setUp, request } = BENCHED['rekomendasi-penilaian-kinerja'];
    expect(BENCHED[setUp!].done).toBe('issued');
    expect(request('bengkalis', 'bengkalis-p2-x')).toMatchObject({ penugasan: 'bengkalis-p2-x' });
  });

  it('names the shape a case took, with its linked cases', () => {
    expect(describeShape({ decisions: 5, documents: 2, acknowledgements: 2 })).toBe('5 decision(s), 2 document(s), 2 receipt(s)');
    expect(describeShape({ decisions: 1, documents: 1, acknowledgements: 1, linked: [{ decisions: 2, documents: 2, acknowledgements: 1 }] }))
      .toBe('1 decision(s), 1 document(s), 1 receipt(s), after 1 linked case(s) as child workflows: (2 decision(s), 2 document(s), 1 receipt(s))');
  });
});
