// Letter numbers: a region's template filled with the next number of a per-unit, per-year,
// per-kind sequence (the sequence itself is kept in PostgreSQL, see activities/dokumen.ts).

export interface NomorParts {
  /** The number; `NOMOR_N` leaves its place for the database to fill in the statement that takes it. */
  n: number | typeof NOMOR_N;
  year: number;
  kodeUnit: string;
  kodePd: string;
}

export const NOMOR_N = '{n}';

const PLACEHOLDER = /\{(n|yyyy|kodeUnit|kodePd)\}/g;

export function formatNomor(template: string, parts: NomorParts): string {
  return template.replace(PLACEHOLDER, (_, key: string) => {
    switch (key) {
      case 'n': return String(parts.n);
      case 'yyyy': return String(parts.year);
      case 'kodeUnit': return parts.kodeUnit;
      default: return parts.kodePd;
    }
  });
}

/** Templates may only use the placeholders above, and must use {n}. */
export function templateProblems(template: string): string[] {
  const problems: string[] = [];
  if (!template.includes('{n}')) problems.push('template has no {n}');
  for (const m of template.matchAll(/\{([^}]*)\}/g))
    if (!['n', 'yyyy', 'kodeUnit', 'kodePd'].includes(m[1])) problems.push(`unknown placeholder {${m[1]}}`);
  return problems;
}
