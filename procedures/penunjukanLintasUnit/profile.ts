// The P2 section of a regional profile: who requests, who recommends and decides at the destination,
// what "lintas" means, what is issued and signed by whom, each rule with its citation.
import { Type, type Static } from '@sinclair/typebox';
import { Citation, DocumentSpec, OfficialRole, Rule, Step } from '../../profiles/parts';

export const PenunjukanLintasUnitProfile = Type.Object({
  citation: Citation,
  requester: Type.Object({ role: OfficialRole, citation: Citation }),
  /** What "lintas" means here: another unit, or another Perangkat Daerah. */
  crossing: Type.Object({ scope: Type.Union([Type.Literal('unit'), Type.Literal('perangkat-daerah')]), citation: Citation }),
  /** Copied on the Surat Permohonan Pelibatan (banjar/pati: "tembusan PPK bersangkutan"). */
  tembusanPermohonan: Type.Array(Type.Object({ role: OfficialRole, citation: Citation })),
  /** Minimum contents of the request (banjar, pati); absent where the region sets none. */
  minimumContents: Type.Optional(Rule),
  /** Where the region has a cross-agency procedure (P3), a request to another agency is sent there. */
  crossAgency: Rule,
  steps: Type.Array(Step, { minItems: 1 }),
  employeeMatch: Rule,
  refusalReasons: Rule,
  documents: Type.Array(DocumentSpec, { minItems: 1 }),
  acknowledgement: Rule,
});
export type PenunjukanLintasUnitProfile = Static<typeof PenunjukanLintasUnitProfile>;
