// The P1 section of a regional profile: who proposes or appoints inside one unit, who decides on a
// proposal, what "dalam unit" covers, what is issued and signed by whom, each rule with its citation.
import { Type, type Static } from '@sinclair/typebox';
import { Citation, DocumentSpec, OfficialRole, Rule, Step } from '../../profiles/parts';

export const PenunjukanDalamUnitProfile = Type.Object({
  citation: Citation,
  /** Who starts the case: the official who proposes, or who appoints directly. */
  requester: Type.Object({ role: OfficialRole, citation: Citation }),
  /** What "dalam unit" covers: the unit itself, or its whole Perangkat Daerah. */
  scope: Type.Object({ scope: Type.Union([Type.Literal('unit'), Type.Literal('perangkat-daerah')]), citation: Citation }),
  /** Where an employee of another unit is appointed instead (P2). */
  lintasUnit: Rule,
  /** The appointing official's decision on a proposal; none where the requester appoints directly. */
  steps: Type.Array(Step),
  employeeMatch: Rule,
  refusalReasons: Rule,
  documents: Type.Array(DocumentSpec, { minItems: 1 }),
  acknowledgement: Rule,
});
export type PenunjukanDalamUnitProfile = Static<typeof PenunjukanDalamUnitProfile>;
