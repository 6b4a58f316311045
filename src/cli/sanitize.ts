/**
 * Terminal control sequences and invisible direction overrides, as data may carry
 * them (a hostile account name, a pasted cell): CSI (`ESC [ … final`, and the
 * 8-bit `U+009B`), OSC (`ESC ] … BEL|ST`, e.g. OSC 8 hyperlinks and window titles,
 * terminated or not), other two-character escapes, C0 controls other than line
 * feed and tab, DEL, C1 controls, and the bidirectional embedding/override/isolate
 * characters U+202A–U+202E and U+2066–U+2069 plus U+061C, U+200E, U+200F (the
 * "Trojan Source" set, CVE-2021-42574). Source: ECMA-48 §5, Unicode UAX #9.
 */
const OSC = /(?:\x1b\]|\x9d)[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?/g;
const CSI = /(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]?/g;
const ESC2 = /\x1b[ -~]?/g;
const CONTROLS = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Removes terminal control sequences and direction overrides from text the CLI
 * prints to a terminal (tables, stderr). Line feeds are kept (`keepNewlines`,
 * default true) or turned into spaces; tabs become spaces; a CR is removed (it
 * would rewind the line and let later text overwrite earlier text).
 * @example stripControls('\x1b[31m青山发布\x1b[0m\u202e') // '青山发布'
 */
export function stripControls(text: string, options: { keepNewlines?: boolean } = {}): string {
  const keep = options.keepNewlines ?? true;
  let s = text.replace(OSC, '').replace(CSI, '').replace(ESC2, '').replace(/\t/g, ' ').replace(CONTROLS, '');
  if (!keep) s = s.replace(/\n/g, ' ');
  return s;
}
