// A team formation's state, which its parts share: the kernel's case, the input, and the changes of the
// team the Update `ubah-tim` took and the decree's signer has yet to sign (perubahan.ts).
import type { PerubahanInput } from '../../procedures/pembentukanTimKerja/perubahan';
import { reservasiOf, type AnggotaTim, type PembentukanTimKerjaInput } from '../../procedures/pembentukanTimKerja/plan';
import { openCase } from '../kernel';

export interface TimContext {
  readonly kasus: ReturnType<typeof openCase<PembentukanTimKerjaInput['subject']>>;
  readonly input: PembentukanTimKerjaInput;
  /** The changes taken, in order, each waiting to be signed. */
  readonly perubahan: PerubahanInput[];
}

export const createTim = (input: PembentukanTimKerjaInput): TimContext => ({ kasus: openCase(input), input, perubahan: [] });

/** The team slot a member of the owning unit takes (banjar pasal 9(4)); none for a member from elsewhere. */
export const slotOf = ({ input }: TimContext, a?: AnggotaTim) => (a ? reservasiOf(input, a) : undefined);

/** Whom the decree assigns, each receiving it: the ketua, sekretaris and anggota (the penanggung jawab directs the team). */
export const anggotaTim = (susunan: AnggotaTim[]) => susunan.filter((a) => a.kedudukan !== 'penanggungJawab');
