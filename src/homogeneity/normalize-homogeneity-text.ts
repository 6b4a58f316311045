import { CodePointBuffer, normalizedCodePoints } from './internal/code-points.js';

const buf = new CodePointBuffer();

/**
 * The text as the homogeneity detector sees it: Unicode NFKC (full-width letters,
 * digits and punctuation become half-width), lower case (`toLowerCase`, our
 * stand-in for full case folding), then every punctuation (\p{P}), symbol (\p{S},
 * which includes emoji), separator/whitespace (\p{Z}) and other (\p{C}: control,
 * format such as zero-width joiners, private use, unassigned) code point removed.
 * Han characters, letters, digits and combining marks stay; astral characters
 * (CJK Extension B…) are kept whole. Traditional characters are not converted
 * here: pass `preprocess` from `loadTraditionalToSimplified()` to the detector.
 *
 * Source: SPEC §6 (our rule). Complexity O(|text|); BMP text without combining
 * marks takes a table fast path, other text goes through `String.prototype.normalize`.
 *
 * @throws {TypeError} when `text` is not a string.
 * @returns The normalised text.
 * @example
 * normalizeHomogeneityText('“一证通办” ，ＡＢＣ１２３ 😀') // '一证通办abc123'
 */
export function normalizeHomogeneityText(text: string): string {
  if (typeof text !== 'string') throw new TypeError('normalizeHomogeneityText: text must be a string');
  const n = normalizedCodePoints(text, buf);
  let out = '';
  for (let i = 0; i < n; i += 4096) out += String.fromCodePoint(...buf.data.subarray(i, Math.min(n, i + 4096)));
  return out;
}
