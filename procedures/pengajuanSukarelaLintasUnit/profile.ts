// The P5 section of a regional profile: who may volunteer, what "lintas" means, the steps of both
// sides in the region's order (the employee's forwarding among them), the letters a decision is
// answered with, the standard refusal reasons, what is issued and signed by whom, each with its citation.
import { Type, type Static } from '@sinclair/typebox';
import { Citation, DocumentSpec, OfficialRole, Rule, Step } from '../../profiles/parts';

export const PengajuanSukarelaLintasUnitProfile = Type.Object({
  citation: Citation,
  /** Who sends the request: a JF or Pelaksana, on their own initiative. */
  requester: Rule,
  /** What "lintas" means here: another unit, or another Perangkat Daerah. */
  crossing: Type.Object({ scope: Type.Union([Type.Literal('unit'), Type.Literal('perangkat-daerah')]), citation: Citation }),
  /** Volunteering stays inside the government. */
  crossAgency: Rule,
  /** Copied on the request: the employee's own side. */
  tembusanPermohonan: Type.Array(Type.Object({ role: OfficialRole, citation: Citation })),
  /** Where the request carries a curriculum vitae (bengkalis BAB II form 1). */
  cv: Type.Optional(Rule),
  /** Both sides, in order; the destination's roles are the `-pemilik` ones (it owns the target), the employee's the `-pegawai` ones. */
  steps: Type.Array(Step, { minItems: 2 }),
  /** A decision answered in writing (bengkalis BAB II forms 2, 3): the letter issued on approval or refusal. */
  balasan: Type.Array(Type.Object({
    step: Type.String({ pattern: '^[a-z0-9-]+$' }),
    approve: Type.Optional(DocumentSpec),
    refuse: Type.Optional(DocumentSpec),
  })),
  /** Refusal reasons the region words in advance; absent where only free text is given. */
  standardReasons: Type.Optional(Type.Object({
    citation: Citation,
    reasons: Type.Array(Type.Object({ kode: Type.String({ pattern: '^[a-z0-9-]+$' }), text: Type.String({ minLength: 10 }) }), { minItems: 1 }),
  })),
  refusalReasons: Rule,
  documents: Type.Array(DocumentSpec, { minItems: 1 }),
  acknowledgement: Rule,
});
export type PengajuanSukarelaLintasUnitProfile = Static<typeof PengajuanSukarelaLintasUnitProfile>;
