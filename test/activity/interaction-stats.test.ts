import { describe, expect, it } from 'vitest';
import { interactionStats, type Message } from '../../src/index.js';

describe('interactionStats: latency median and p90 (R-7 linear interpolation, simple-statistics)', () => {
  it('replies after 6, 12, …, 60 minutes inside office hours give median 0.55 h and p90 0.91 h', () => {
    // Monday 2024-09-30 is a working day; 09:00 + up to 60 minutes stays inside the morning office hours.
    const received = Date.parse('2024-09-30T09:00:00+08:00');
    const messages: Message[] = Array.from({ length: 10 }, (_, k) => ({
      accountId: 'a', category: 'consultation', receivedAt: new Date(received), repliedAt: new Date(received + (k + 1) * 6 * 60_000),
    }));
    const [s] = interactionStats(messages, { policy: 'yinchuan', at: Date.parse('2024-10-10T00:00:00+08:00') });
    // Sorted latencies 0.1 … 1.0 h: median = (0.5 + 0.6) / 2; p90 at index 9 × 0.9 = 8.1 → 0.9 + 0.1 × (1.0 − 0.9) = 0.91.
    expect(s!.latencyMedianHours).toBeCloseTo(0.55, 12);
    expect(s!.latencyP90Hours).toBeCloseTo(0.91, 12);
  });
});
