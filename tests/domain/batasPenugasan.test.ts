// The pure parts of the team-assignment limits: how long is "paling lama N bulan", which window is counted.
import { describe, expect, it } from 'vitest';
import { addMonths, checkDurasi, jendelaOf } from '../../domain/batasPenugasan';
import { RuleViolation } from '../../domain/refusal';
import { PROFILES, REGIONS } from '../../profiles';

describe('batas penugasan', () => {
  it('adds months to a date, clamped to the end of a shorter month', () => {
    expect(addMonths('2027-01-04', 6)).toBe('2027-07-04');
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29');
    expect(addMonths('2027-03-31', 12)).toBe('2028-03-31');
  });

  it('refuses a period longer than the limit with its article, and accepts exactly the limit', () => {
    const { dalamUnit, lintas } = PROFILES.banjar.batasPenugasan;
    expect(() => checkDurasi(dalamUnit!, { mulai: '2027-01-01', selesai: '2028-01-01' }, 'jangkaWaktu')).not.toThrow();
    try {
      checkDurasi(lintas!, { mulai: '2027-01-01', selesai: '2027-07-02' }, 'jangkaWaktu');
      expect.unreachable();
    } catch (e) {
      expect((e as RuleViolation).refusal).toMatchObject({ code: 'ASSIGNMENT_TOO_LONG', citation: 'banjar pasal 9(5)' });
    }
  });

  it('counts the performance year of the start, or a rolling duration before it', () => {
    expect(jendelaOf({ kind: 'performance-year' }, { mulai: '2027-11-01', selesai: '2028-03-31' })).toEqual({ dari: '2027-01-01', sampai: '2027-12-31' });
    expect(jendelaOf({ kind: 'duration', ms: 30 * 86400e3 }, { mulai: '2027-03-31', selesai: '2027-05-31' })).toEqual({ dari: '2027-03-01', sampai: '2027-05-31' });
  });

  it('only banjar limits team assignments; the other regions cite where they set none', () => {
    expect(REGIONS.filter((r) => PROFILES[r].batasPenugasan.lintas || PROFILES[r].batasPenugasan.dalamUnit)).toEqual(['banjar']);
    expect(PROFILES.banjar.batasPenugasan).toMatchObject({ dalamUnit: { maksimalKali: 3, maksimalBulan: 12, citation: 'banjar pasal 9(4)' }, lintas: { maksimalKali: 3, maksimalBulan: 6, citation: 'banjar pasal 9(5)' } });
  });
});
