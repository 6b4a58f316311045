/** A text as the content checker matches it, and the way back to the original. */
export interface NormalizedText {
  /** NFKC, lower case, optionally traditional → simplified. */
  text: string;
  /**
   * `map[i]` = UTF-16 offset in the ORIGINAL text of normalized unit `i`
   * (`map[text.length]` = original length); null when offsets are the same.
   */
  map: Int32Array | null;
}

// Characters around which NFKC may compose (combining marks, Hangul jamo) or whose
// form changes length (astral characters are surrogate pairs).
const UNSAFE = /[\p{M}\u1100-\u11ff\ud800-\udfff]/u;
const SEGMENT = /\P{M}\p{M}*|\p{M}+/gu;

/**
 * Normalises a title or text for matching (SPEC §5, issue 14): Unicode NFKC (full-width
 * letters, digits and punctuation to half-width, compatibility ideographs to unified),
 * lower case, and, when `toSimplified` is given (e.g. from `loadTraditionalToSimplified()`),
 * traditional → simplified. Returns the offset map back to the original text, so findings
 * point into what the user wrote.
 *
 * Complexity O(|text|): a native fast path when every character keeps its length (checked);
 * otherwise per base character with its combining marks.
 * @throws {TypeError} when `text` is not a string.
 * @returns The normalised `text` and `map`, the offset in the original of each of its code units (`null` when they are the same).
 * @example normalizeContentText('ＷＷＷ.Ｘ.ＣＯＭ，㎡').text // 'www.x.com,m2'
 */
export function normalizeContentText(text: string, options: { toSimplified?: (s: string) => string } = {}): NormalizedText {
  if (typeof text !== 'string') throw new TypeError('normalizeContentText: text must be a string');
  const t2s = options.toSimplified;
  if (!UNSAFE.test(text)) {
    const n = text.normalize('NFKC').toLowerCase();
    // No composition is possible without marks or jamo, so only expansions change length:
    // equal length means every unit maps to itself.
    if (n.length === text.length) {
      if (!t2s) return { text: n, map: null };
      const s = t2s(n);
      if (s.length === n.length) return { text: s, map: null };
    }
  }
  return slow(text, t2s);
}

function slow(text: string, t2s: ((s: string) => string) | undefined): NormalizedText {
  const parts: string[] = [];
  const map: number[] = [];
  SEGMENT.lastIndex = 0;
  for (let m = SEGMENT.exec(text); m !== null; m = SEGMENT.exec(text)) {
    let s = m[0].normalize('NFKC').toLowerCase();
    if (t2s) s = t2s(s);
    parts.push(s);
    for (let k = 0; k < s.length; k++) map.push(m.index);
  }
  const out = parts.join('');
  // A whole-text conversion keeps phrase-level choices when it keeps the length.
  let normalized = out;
  if (t2s) {
    const whole = t2s(text.normalize('NFKC').toLowerCase());
    if (whole.length === out.length) normalized = whole;
  }
  map.push(text.length);
  return { text: normalized, map: Int32Array.from(map) };
}
