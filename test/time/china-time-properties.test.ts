import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DAY_MS, formatChinaTime, monthPeriod, parseChinaTime, parsePeriod, weekPeriod } from '../../src/index.js';
import { chinaDate, chinaDayNumber } from '../../src/model/time.js';

// Instants from 1990 to 2040, second resolution (exports carry seconds).
const instant = fc.integer({ min: Date.UTC(1990, 0, 1) / 1000, max: Date.UTC(2040, 0, 1) / 1000 }).map((s) => s * 1000);

describe('China time (properties)', () => {
  it('parseChinaTime(formatChinaTime(ms)) === ms, and without its offset the same string is still China time', () => {
    fc.assert(fc.property(instant, (ms) => {
      const s = formatChinaTime(ms);
      expect(parseChinaTime(s)).toBe(ms);
      expect(parseChinaTime(s.slice(0, 19).replace('T', ' '))).toBe(ms);
    }));
  });
  it('chinaDate(ms) parses back to the China midnight that starts the day holding ms', () => {
    fc.assert(fc.property(instant, (ms) => {
      const midnight = parseChinaTime(chinaDate(ms))!;
      expect(ms - midnight).toBeGreaterThanOrEqual(0);
      expect(ms - midnight).toBeLessThan(DAY_MS);
      expect(chinaDayNumber(midnight)).toBe(chinaDayNumber(ms));
      expect(chinaDayNumber(midnight - 1)).toBe(chinaDayNumber(ms) - 1);
    }));
  });
  it('weekPeriod(ms, { weekStartsOn }) holds ms, spans 7 China days and starts on that weekday; its label parses back', () => {
    fc.assert(fc.property(instant, fc.constantFrom(0, 1, 2, 3, 4, 5, 6) as fc.Arbitrary<0 | 1 | 2 | 3 | 4 | 5 | 6>, (ms, weekStartsOn) => {
      const w = weekPeriod(ms, { weekStartsOn });
      expect(ms >= w.start && ms < w.end).toBe(true);
      expect(w.end - w.start).toBe(7 * DAY_MS);
      expect(new Date(w.start + 8 * 3_600_000).getUTCDay()).toBe(weekStartsOn);
      const back = parsePeriod(w.label);
      expect([back.start, back.end, back.days]).toEqual([w.start, w.end, 7]);
    }));
  });
  it('the month of chinaDate(ms) holds ms, and parsePeriod of its label gives the same bounds', () => {
    fc.assert(fc.property(instant, (ms) => {
      const [y, m] = chinaDate(ms).split('-').map(Number) as [number, number];
      const p = monthPeriod(y, m);
      expect(ms >= p.start && ms < p.end).toBe(true);
      expect(parsePeriod(p.label)).toEqual(p);
    }));
  });
});
