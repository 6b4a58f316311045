/** C0/C1 controls (ESC of terminal sequences included), DEL and bidi overrides/isolates (U+202A–202E, U+2066–2069). */
const CONTROLS = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Escapes text for a Markdown table cell or heading: `\` and `|` are backslash-escaped
 * (a pipe would split the cell), `&`, `<` and `>` become entities (no HTML from the
 * data reaches a renderer), every line break (CRLF, CR, LF, U+2028/2029) becomes
 * `<br>`, and control characters and direction overrides are dropped. Used by every
 * Markdown renderer in src/report.
 * @internal
 */
export function escapeMarkdownCell(s: string): string {
  return s
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r\n|[\r\n\u2028\u2029]/g, '<br>')
    .replace(CONTROLS, '');
}
