// P8, pure, over an org tree as varied as a regency's: who receives form 7 for a member of a Puskesmas
// led by a Pejabat Fungsional, of a Kecamatan seksi, of an RSUD bidang; never the rater, who signed it.
import { describe, expect, it } from 'vitest';
import { rekomendasiPenilaian } from '../../demo/rekomendasiPenilaianKinerja';
import { plan } from '../../procedures/rekomendasiPenilaianKinerja/plan';
import { PROFILES } from '../../profiles';
import type { Region } from '../../profiles/schema';
import { DEADLINES } from '../support/cases';
import { snapshot, variedOrg, variedPeople, type VariedPeople } from '../support/orgs';
import { issuedAssignment } from '../support/siklus';

/** The recipients' steps when `rater` rates `pegawai` on an assignment owned by `unit`: [step, who]. */
function recipients(region: Region, rater: keyof VariedPeople, pegawai: keyof VariedPeople, unit: string) {
  const p = variedPeople(region);
  const a = issuedAssignment(region, p[pegawai], unit);
  const c = plan(PROFILES[region], snapshot(variedOrg(region)), rekomendasiPenilaian(a.caseId), { caseId: 'c', actorNip: p[rater], deadlines: DEADLINES, related: { [a.caseId]: a } });
  const who = Object.fromEntries(Object.entries(p).map(([k, nip]) => [nip, k]));
  expect(c.tahapan.flat()).toEqual(c.steps.map((s) => s.id));
  return c.steps.map((s) => [s.id, who[s.assignee.nip]]);
}

describe('P8 over a varied tree: form 7 reaches the member\'s own PPK and PUO, each once, never the rater', () => {
  it.each(['bengkalis', 'banjar', 'pasuruan'] as const)('%s: the Kepala Dinas rates a perawat of the Puskesmas: its JF head receives it as their PPK; the Kepala Dinas, who signed it, is not asked to receive it', (region) => {
    expect(recipients(region, 'kadinkes', 'perawat1', 'PKM-KOTA')).toEqual([['menerima-rekomendasi-ppk', 'kapus']]);
  });

  it('pati: the JF head of the Puskesmas leads his unit (PUO, pasal 1 angka 13) and is his perawat\'s PPK: rating them, no one else is to receive it', () => {
    expect(recipients('pati', 'kapus', 'perawat1', 'PKM-KOTA')).toEqual([]);
    // Rated by the Kepala Dinas over him, it reaches the JF head once, as PPK and PUO both.
    expect(recipients('pati', 'kadinkes', 'perawat1', 'PKM-KOTA')).toEqual([['menerima-rekomendasi-ppk', 'kapus']]);
  });

  it('a Puskesmas Pembantu: its pelaksana\'s PPK is the Kasubag TU of the Puskesmas, not the JF head', () => {
    expect(recipients('banjar', 'kadinkes', 'pelaksanaPustu', 'PUSTU-SUKA')).toEqual([['menerima-rekomendasi-ppk', 'kasubagTuPkm']]);
  });

  it('a Kecamatan and an RSUD: the Camat or the Direktur rates; the Kasi or the Kepala Bidang receives it as PPK', () => {
    expect(recipients('bengkalis', 'camat', 'pelaksanaKec', 'KEC-KOTA-PEM')).toEqual([['menerima-rekomendasi-ppk', 'kasiPem']]);
    expect(recipients('pasuruan', 'direktur', 'perawatRsud', 'RSUD-YANMED')).toEqual([['menerima-rekomendasi-ppk', 'kabidYanmed']]);
    // Pati lets any leader over the unit rate (pasal 1 angka 13): the Kepala Bidang rating is himself the PPK.
    expect(recipients('pati', 'kabidYanmed', 'perawatRsud', 'RSUD-YANMED')).toEqual([]);
    expect(recipients('pati', 'wadir', 'perawatRsud', 'RSUD-YANMED')).toEqual([['menerima-rekomendasi-ppk', 'kabidYanmed']]);
  });
});
