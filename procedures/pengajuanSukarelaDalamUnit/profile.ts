// The P4 section of a regional profile: to whom the wish is stated (who may record it for the
// employee), what "dalam unit" is, who approves and signs, and whether a laporan hasil follows.
import { Type, type Static } from '@sinclair/typebox';
import { Citation, DocumentSpec, OfficialRole, Rule, Step } from '../../profiles/parts';

export const PengajuanSukarelaDalamUnitProfile = Type.Object({
  citation: Citation,
  /** The employee states the wish (orally) to these officials; each of them may record it for them. */
  wish: Type.Object({ to: Type.Array(OfficialRole, { minItems: 1 }), citation: Citation }),
  /** The target is inside the unit this official leads (the employee's Unit Organisasi). */
  dalamUnit: Type.Object({ within: OfficialRole, citation: Citation, description: Type.String() }),
  /** Where a target of another unit is asked for instead (P5). */
  lintasUnit: Rule,
  steps: Type.Array(Step, { minItems: 1 }),
  employeeMatch: Rule,
  refusalReasons: Rule,
  documents: Type.Array(DocumentSpec, { minItems: 1 }),
  acknowledgement: Rule,
  /** After the receipt the employee reports the result (pasuruan); absent where the region sets no such step. */
  laporan: Type.Optional(Type.Object({
    id: Type.String({ pattern: '^[a-z0-9-]+$' }),
    title: Type.String(),
    to: Type.Array(OfficialRole, { minItems: 1 }),
    citation: Citation,
  })),
});
export type PengajuanSukarelaDalamUnitProfile = Static<typeof PengajuanSukarelaDalamUnitProfile>;
