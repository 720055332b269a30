// The limits on an employee's team assignments, shared by every procedure that puts someone into a
// tim kerja (P2 for a team, P6 for its members): how many per performance year and how long each,
// separately inside the owning unit and from another unit or agency. A region whose regulation sets
// none says so, citing where it speaks of team work, and has no limits.
import { Type, type Static } from '@sinclair/typebox';
import { Citation, Rule } from './parts';

const Batas = Type.Object({
  maksimalKali: Type.Integer({ minimum: 1, description: 'paling banyak … kali (per performance year)' }),
  maksimalBulan: Type.Integer({ minimum: 1, description: 'paling lama … bulan dalam sekali penugasan' }),
  citation: Citation,
  description: Type.String(),
});

export const BatasPenugasanProfile = Type.Object({
  citation: Citation,
  description: Type.String(),
  /** Inside the owning Unit Organisasi (banjar pasal 9(4)). */
  dalamUnit: Type.Optional(Batas),
  /** Members from another Unit Organisasi or Instansi Pemerintah (banjar pasal 9(5)). */
  lintas: Type.Optional(Batas),
  /** Why the count runs per performance year (the window itself is deployment configuration). */
  periodeKinerja: Type.Optional(Rule),
});
export type BatasPenugasanProfile = Static<typeof BatasPenugasanProfile>;
