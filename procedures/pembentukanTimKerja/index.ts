// P6 in the procedure registry (procedures/index.ts).
import { pembentukanTim } from '../../demo/pembentukanTimKerja';
import * as p6 from './plan';
import { PembentukanTim, PembentukanTimKerjaSubject, PermintaanPerubahan } from './request';
import { planPerubahan, type PermintaanPerubahan as Perubahan } from './perubahan';
import type { ActionPlan, Procedure } from '../procedure';

/** The request's field that names a member. */
const fieldOf = (r: p6.PembentukanTim, nip: string) =>
  r.ketua.nip === nip ? 'ketua.nip' : r.sekretaris?.nip === nip ? 'sekretaris.nip' : `anggota[${r.anggota.findIndex((a) => a.nip === nip)}].nip`;

export const pembentukanTimKerja: Procedure<p6.PembentukanTim> = {
  id: p6.PROCEDURE,
  code: 'p6',
  title: 'Pembentukan Tim Kerja (P6): the team, its linked P2 (other units) and P3 (another agency) cases, and the decree with its lampiran',
  request: PembentukanTim,
  subject: PembentukanTimKerjaSubject,
  example: (region) => pembentukanTim(region),
  involves: p6.involves,
  mitra: p6.mitra,
  plan: p6.plan,
  workflowType: 'pembentukanTimKerja',
  // The owning unit's members take their slot when the decree is signed; a 4th is refused at the start.
  slots: (input) => {
    const i = input as p6.PembentukanTimKerjaInput;
    return i.subject.susunan.flatMap((a) => {
      const r = p6.reservasiOf(i, a);
      return r ? [{ ...r, field: fieldOf(i.subject.permintaan, a.nip) }] : [];
    });
  },
  bekerja: true,
  actions: {
    // A change while the decree stands: whoever comes in is read from the master data and checked by the formation's rules.
    'ubah-tim': {
      body: PermintaanPerubahan,
      involves: (b: Perubahan) => (b.baru ? [b.baru.nip] : []),
      plan: (profile, org, view, b: Perubahan, actorNip) => planPerubahan(profile, org, view.subject as p6.PembentukanTimKerjaSubject, b, actorNip),
    } satisfies ActionPlan<Perubahan>,
  },
};
