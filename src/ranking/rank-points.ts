/**
 * Rank points: 100 for first place, one less per place, never below 0 — how Shandong's
 * 2015 政务新媒体 awards turned the data rank and the public-vote rank into scores
 * (SPEC §8; SPEC source list: "… Shandong 2015 award rules").
 *
 * A shared (average) place such as 2.5 gets 98.5 points.
 *
 * Complexity O(1).
 * @throws {RangeError} for a `place` that is not a finite number ≥ 1.
 * @returns `max(0, 101 − place)`.
 * @example rankPoints(1) // 100
 * @example rankPoints(3) // 98
 * @example rankPoints(150) // 0
 */
export function rankPoints(place: number): number {
  if (!(Number.isFinite(place) && place >= 1)) throw new RangeError(`rankPoints: place must be a finite number ≥ 1, got ${String(place)}`);
  return Math.max(0, 101 - place);
}
