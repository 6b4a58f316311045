/**
 * Normalised code points of a text: the hot loop behind every homogeneity step
 * (internal; the public face is `normalizeHomogeneityText`).
 *
 * Rule (SPEC §6): NFKC (which also folds full-width ASCII to half-width), then
 * lower case (`toLowerCase`, our stand-in for case folding), then drop every
 * punctuation (\p{P}), symbol (\p{S}, which includes emoji), separator/whitespace
 * (\p{Z}, plus \s controls) and other (\p{C}: controls, format characters such as
 * ZWJ, private use, unassigned) code point. Letters, digits and marks stay.
 *
 * Speed: a 64K table gives the result of that rule for each BMP code unit that
 * NFKC treats on its own. Text containing a code unit that can take part in
 * composition or is astral (combining marks, Hangul jamo, surrogates) goes through
 * `String.prototype.normalize` on the whole string instead, so the result always
 * equals the rule applied to the whole text.
 */

const DROP_RE = /^[\p{P}\p{S}\p{Z}\p{C}\s]+$/u;
const MARK_RE = /\p{M}/u;
const DROP = -1;
const COMPLEX = -2;

let table: Int32Array | undefined;

function buildTable(): Int32Array {
  const t = new Int32Array(65536);
  for (let c = 0; c < 65536; c++) {
    if (c >= 0xd800 && c <= 0xdfff) { t[c] = COMPLEX; continue; }
    const s = String.fromCharCode(c);
    if (MARK_RE.test(s) || (c >= 0x1100 && c <= 0x11ff) || (c >= 0x3130 && c <= 0x318f)) { t[c] = COMPLEX; continue; }
    const m = s.normalize('NFKC').toLowerCase();
    if (DROP_RE.test(m)) t[c] = DROP;
    else if (m.length === 1 && !MARK_RE.test(m)) t[c] = m.charCodeAt(0);
    else t[c] = COMPLEX;
  }
  return t;
}

/** The BMP mapping table (built on first use, about 30 ms). */
export function codeUnitTable(): Int32Array {
  return (table ??= buildTable());
}

/** Growable scratch buffer for code points. */
export class CodePointBuffer {
  data = new Int32Array(4096);
  length = 0;
  ensure(n: number): void {
    if (n > this.data.length) {
      let cap = this.data.length;
      while (cap < n) cap *= 2;
      this.data = new Int32Array(cap);
    }
  }
}

/**
 * Writes the normalised code points of `text` into `buf` (replacing its content)
 * and returns their number.
 */
export function normalizedCodePoints(text: string, buf: CodePointBuffer): number {
  const t = codeUnitTable();
  const len = text.length;
  buf.ensure(len);
  const out = buf.data;
  let k = 0;
  for (let i = 0; i < len; i++) {
    const m = t[text.charCodeAt(i)]!;
    if (m >= 0) out[k++] = m;
    else if (m === COMPLEX) return (buf.length = slowPath(text, buf));
  }
  return (buf.length = k);
}

function slowPath(text: string, buf: CodePointBuffer): number {
  const t = codeUnitTable();
  const s = text.normalize('NFKC').toLowerCase();
  buf.ensure(s.length);
  const out = buf.data;
  let k = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.codePointAt(i)!;
    if (c > 0xffff) i++;
    if (c <= 0xffff && t[c] !== COMPLEX) {
      // Already NFKC and lower case: the table maps it to itself or drops it.
      if (t[c]! >= 0) out[k++] = c;
    } else if (!DROP_RE.test(String.fromCodePoint(c))) out[k++] = c;
  }
  return k;
}
