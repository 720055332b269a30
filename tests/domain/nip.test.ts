import { describe, expect, it } from 'vitest';
import { nipProblems } from '../../domain/nip';

const TODAY = '2026-11-23';

describe('NIP validation', () => {
  it('accepts a well-formed NIP', () => {
    expect(nipProblems('198703152010011002', TODAY)).toEqual([]);
    expect(nipProblems('199502282020122001', TODAY)).toEqual([]);
  });

  it.each([
    ['12345', 'NIP must be exactly 18 digits'],
    ['19870315201001100A', 'NIP must be exactly 18 digits'],
    ['198702302010011002', 'birth date 19870230 is not a real date'],
    ['198703152010131002', 'TMT month 13 is not a month'],
    ['198703152003011002', 'TMT 2003-01 is before the 18th birthday (1987-03-15)'],
    ['198703152010013002', 'sex digit 3 must be 1 or 2'],
    ['198703152010011000', 'sequence 000 is not issued'],
    ['202703152010011002', 'birth date 2027-03-15 is in the future'],
    ['198703152027011002', 'TMT 2027-01 is in the future'],
  ])('rejects %s: %s', (nip, reason) => {
    expect(nipProblems(nip, TODAY)).toContain(reason);
  });
});
