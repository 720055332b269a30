// PermenPANRB 6/2022's matrix of Hasil Kerja and Perilaku Kerja, and the rater's own choice (bengkalis form 7).
import { describe, expect, it } from 'vitest';
import { EKSPEKTASI, nilai, predikatMatriks } from '../../domain/predikat';
import { RuleViolation } from '../../domain/refusal';

const rule = { citation: 'bengkalis lampiran BAB II form 7', description: 'the rater chooses one predikat' };

describe('predikat kinerja', () => {
  it.each([
    ['di-atas-ekspektasi', 'di-atas-ekspektasi', 'Sangat Baik'],
    ['di-atas-ekspektasi', 'sesuai-ekspektasi', 'Baik'],
    ['di-atas-ekspektasi', 'di-bawah-ekspektasi', 'Kurang'],
    ['sesuai-ekspektasi', 'di-atas-ekspektasi', 'Baik'],
    ['sesuai-ekspektasi', 'sesuai-ekspektasi', 'Baik'],
    ['sesuai-ekspektasi', 'di-bawah-ekspektasi', 'Kurang'],
    ['di-bawah-ekspektasi', 'di-atas-ekspektasi', 'Butuh Perbaikan'],
    ['di-bawah-ekspektasi', 'sesuai-ekspektasi', 'Butuh Perbaikan'],
    ['di-bawah-ekspektasi', 'di-bawah-ekspektasi', 'Sangat Kurang'],
  ] as const)('Hasil Kerja %s, Perilaku Kerja %s: %s', (hasil, perilaku, predikat) => {
    expect(predikatMatriks(hasil, perilaku)).toBe(predikat);
    // Choosing the suggestion needs no reason and records none.
    expect(nilai({ hasilKerja: hasil, perilakuKerja: perilaku, predikat, alasanDeviasi: '  ' }, rule)).toEqual({ hasilKerja: hasil, perilakuKerja: perilaku, predikat, saran: predikat });
  });

  it('covers every combination once', () => {
    const all = EKSPEKTASI.flatMap((h) => EKSPEKTASI.map((p) => predikatMatriks(h, p)));
    expect(all).toHaveLength(9);
    expect(new Set(all)).toEqual(new Set(['Sangat Baik', 'Baik', 'Butuh Perbaikan', 'Kurang', 'Sangat Kurang']));
  });

  it('records a deviation from the matrix with its reason', () => {
    expect(nilai({ hasilKerja: 'sesuai-ekspektasi', perilakuKerja: 'di-atas-ekspektasi', predikat: 'Sangat Baik', alasanDeviasi: ' memimpin penyelesaian dua kegiatan tambahan ' }, rule)).toEqual({
      hasilKerja: 'sesuai-ekspektasi', perilakuKerja: 'di-atas-ekspektasi', predikat: 'Sangat Baik', saran: 'Baik', alasanDeviasi: 'memimpin penyelesaian dua kegiatan tambahan',
    });
  });

  it('refuses a deviation without its reason, naming the field and the article', () => {
    for (const alasanDeviasi of [undefined, ' ']) {
      try {
        nilai({ hasilKerja: 'di-bawah-ekspektasi', perilakuKerja: 'sesuai-ekspektasi', predikat: 'Baik', alasanDeviasi }, rule);
        expect.unreachable('a deviation without reason must be refused');
      } catch (e) {
        expect(e).toBeInstanceOf(RuleViolation);
        expect((e as RuleViolation).refusal).toMatchObject({
          code: 'DEVIATION_REASON_REQUIRED', kind: 'invalid', citation: rule.citation,
          fields: [{ field: 'alasanDeviasi', citation: rule.citation }],
        });
        expect((e as RuleViolation).refusal.message).toContain('Butuh Perbaikan');
      }
    }
  });
});
