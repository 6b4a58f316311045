import { describe, expect, it } from 'vitest';
import { optimalLshParams } from '../../src/homogeneity/index.js';

// Reference values: datasketch/lsh.py `_optimal_param` (ekzhu/datasketch, scipy quad
// integration) run with scipy 1.17.1 on this machine; 0.9 → (5, 25) is also the
// example in datasketch's MinHashLSH docstring.
describe('optimalLshParams(threshold, numPerm)', () => {
  it.each([
    [0.5, 128, 25, 5],
    [0.7, 128, 14, 9],
    [0.8, 128, 9, 13],
    [0.9, 128, 5, 25],
    [0.5, 256, 42, 6],
    [0.8, 256, 17, 15],
    [0.8, 64, 5, 11],
  ])('optimalLshParams(%s, %s) → %s bands × %s rows (datasketch)', (t, n, b, r) => {
    expect(optimalLshParams(t, n)).toMatchObject({ bands: b, rows: r });
  });

  it("optimalLshParams(0.8, 128, { weights: [0.3, 0.7] }) → 11 × 11 (datasketch)", () => {
    expect(optimalLshParams(0.8, 128, { weights: [0.3, 0.7] })).toMatchObject({ bands: 11, rows: 11 });
  });

  it('reports the two error areas it minimised, both small at 0.8', () => {
    const p = optimalLshParams(0.8, 128);
    expect(p.falsePositive).toBeGreaterThan(0);
    expect(p.falsePositive + p.falseNegative).toBeLessThan(0.07);
  });

  it('throws RangeError naming itself on bad arguments', () => {
    expect(() => optimalLshParams(0, 128)).toThrow(/^optimalLshParams: threshold/);
    expect(() => optimalLshParams(1.2, 128)).toThrow(RangeError);
    expect(() => optimalLshParams(0.8, 1)).toThrow(/^optimalLshParams: numPerm/);
    expect(() => optimalLshParams(0.8, 128, { weights: [0.5, 0.6] })).toThrow(/^optimalLshParams: weights/);
  });
});
