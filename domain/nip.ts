// NIP: 18 digits = birth date (yyyymmdd) + TMT CPNS (yyyymm) + sex (1 male, 2 female) + sequence (001-999).
// PP 11/2017 Pasal 35 and Peraturan BKN on NIP. Time is passed in: no clock in the domain.
const isRealDate = (y: number, m: number, d: number) => {
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
};

/** Returns the reasons an NIP is impossible, empty when it is well formed. `today` is yyyy-mm-dd. */
export function nipProblems(nip: string, today: string): string[] {
  if (!/^\d{18}$/.test(nip)) return ['NIP must be exactly 18 digits'];
  const problems: string[] = [];
  const by = +nip.slice(0, 4), bm = +nip.slice(4, 6), bd = +nip.slice(6, 8);
  const ty = +nip.slice(8, 12), tm = +nip.slice(12, 14);
  if (!isRealDate(by, bm, bd)) problems.push(`birth date ${nip.slice(0, 8)} is not a real date`);
  if (tm < 1 || tm > 12) problems.push(`TMT month ${nip.slice(12, 14)} is not a month`);
  if (problems.length === 0) {
    const birth = `${nip.slice(0, 4)}-${nip.slice(4, 6)}-${nip.slice(6, 8)}`;
    const tmt = `${nip.slice(8, 12)}-${nip.slice(12, 14)}`;
    if (birth > today) problems.push(`birth date ${birth} is in the future`);
    if (tmt > today.slice(0, 7)) problems.push(`TMT ${tmt} is in the future`);
    // CPNS are appointed at 18 at the earliest (PP 11/2017 Pasal 23(1)a).
    if (ty * 12 + tm < (by + 18) * 12 + bm) problems.push(`TMT ${tmt} is before the 18th birthday (${birth})`);
  }
  if (!['1', '2'].includes(nip[14])) problems.push(`sex digit ${nip[14]} must be 1 or 2`);
  if (nip.slice(15) === '000') problems.push('sequence 000 is not issued');
  return problems;
}
