// Limits on how often and how long an employee is put into a tim kerja (banjar pasal 9(4)–(5)):
// pure rules over plain data. The count itself needs every case of the employee's performance year,
// so it runs in PostgreSQL (db/penugasan.ts) under a per-employee lock; these functions say what is
// counted and how a refusal reads.
import type { Refusal } from './refusal';
import { refuse } from './refusal';

/** In the owning unit (pasal 9(4)), or brought in from another unit or agency (pasal 9(5)). */
export type LingkupPenugasan = 'dalam-unit' | 'lintas';
export type PeranTim = 'ketua' | 'sekretaris' | 'anggota';

export interface BatasPenugasan {
  maksimalKali: number;
  maksimalBulan: number;
  citation: string;
  description: string;
}

/** A team slot an approval takes: for `nip`, or (absent) for the employee the decision names (known only then). */
export interface Reservasi {
  nip?: string;
  lingkup: LingkupPenugasan;
  timKerja: { nama: string; peran: PeranTim };
  periode: { mulai: string; selesai: string };
  batas: BatasPenugasan;
  /** The window the count looks at: why it is the performance year. */
  jendelaCitation: string;
  /** The decision's field that named the employee, for the refusal (default employeeNip; a list: employeeNips[i]). */
  field?: string;
}

/** One row of the ledger: a reservation for one employee in one case. */
export interface Penugasan extends Reservasi {
  region: string;
  caseId: string;
  nip: string;
}

/**
 * Deployment configuration (ASSIGNMENT_LIMIT_WINDOW): the regulation names no window, so by default
 * the assignments counted are those of the performance year (the calendar year of the Perjanjian
 * Kinerja) in which the new one starts; or a rolling duration before its start.
 */
export type JendelaPenugasan = { kind: 'performance-year' } | { kind: 'duration'; ms: number };

/** The dates (inclusive, YYYY-MM-DD) an existing assignment's period must overlap to be counted. */
export function jendelaOf(j: JendelaPenugasan, periode: { mulai: string; selesai: string }): { dari: string; sampai: string } {
  if (j.kind === 'performance-year') {
    const year = periode.mulai.slice(0, 4);
    return { dari: `${year}-01-01`, sampai: `${year}-12-31` };
  }
  const dari = new Date(Date.parse(`${periode.mulai}T00:00:00Z`) - j.ms).toISOString().slice(0, 10);
  return { dari, sampai: periode.selesai };
}

/** The same day n months later, clamped to the month's end (31 Aug + 6 months is 28/29 Feb). */
export function addMonths(date: string, n: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const target = new Date(Date.UTC(y, m - 1 + n, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, last));
  return target.toISOString().slice(0, 10);
}

/** Paling lama N bulan dalam sekali penugasan: checked when the request is planned. */
export function checkDurasi(batas: BatasPenugasan, periode: { mulai: string; selesai: string }, field: string): void {
  const latest = addMonths(periode.mulai, batas.maksimalBulan);
  if (periode.selesai > latest)
    refuse({
      code: 'ASSIGNMENT_TOO_LONG', kind: 'unprocessable', citation: batas.citation,
      message: `one team assignment lasts at most ${batas.maksimalBulan} months (${batas.description}); from ${periode.mulai} it ends by ${latest}`,
      fields: [{ field: `${field}.selesai`, message: `at most ${latest}`, citation: batas.citation }],
    });
}

/** How a letter names a role in a team. */
export const PERAN_TIM: Record<PeranTim, string> = { ketua: 'Ketua', sekretaris: 'Sekretaris', anggota: 'Anggota' };

/**
 * A member brought in from another unit or agency (pasal 9(5)), where the region limits them: the
 * slot the approval that names them takes; too long an assignment is refused now (`field`: the period's).
 */
export function reservasiLintas(
  b: { lintas?: BatasPenugasan; periodeKinerja?: { citation: string } },
  timKerja: Reservasi['timKerja'], periode: Reservasi['periode'], field: string,
): Reservasi | undefined {
  if (!b.lintas) return undefined;
  checkDurasi(b.lintas, periode, field);
  return { lingkup: 'lintas', timKerja, periode, batas: b.lintas, jendelaCitation: b.periodeKinerja?.citation ?? b.lintas.citation };
}

/** The refusal when the employee already holds the most assignments of this kind in the window. */
export function limitRefusal(r: Penugasan, existing: Pick<Penugasan, 'caseId' | 'timKerja' | 'periode'>[], window: { dari: string; sampai: string }): Refusal {
  const kind = r.lingkup === 'lintas' ? 'as a member from another unit or agency' : 'inside their unit';
  const list = existing.map((e) => `${e.caseId} (${e.timKerja.nama}, ${e.periode.mulai}–${e.periode.selesai})`).join('; ');
  return {
    code: 'ASSIGNMENT_LIMIT', kind: 'unprocessable', citation: r.batas.citation,
    message: `${r.nip} is already assigned to ${existing.length} tim kerja ${kind} between ${window.dari} and ${window.sampai}: ${list}; `
      + `at most ${r.batas.maksimalKali} (${r.batas.citation}; counted per performance year, ${r.jendelaCitation})`,
    fields: [{ field: r.field ?? 'employeeNip', message: `${existing.length} of ${r.batas.maksimalKali} team assignments already held`, citation: r.batas.citation }],
  };
}
