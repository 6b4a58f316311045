/**
 * A word list from text: one entry a line (the first CSV column when a line has commas),
 * blank lines and lines starting with `#` skipped, a BOM and surrounding spaces removed,
 * duplicates kept once in first-seen order. For allowlists, sensitive-word lists and
 * domain allowlists.
 * @throws {TypeError} when `text` is not a string.
 * @returns The entries, each once, in first-seen order.
 * @example parseWordList('# 允许\n五星红旗\n路口交通,说明\n') // ['五星红旗', '路口交通']
 */
export function parseWordList(text: string): string[] {
  if (typeof text !== 'string') throw new TypeError('parseWordList: text must be a string');
  const out = new Set<string>();
  for (const line of text.replace(/^\uFEFF/, '').split(/\r?\n/)) {
    const w = line.split(',')[0]!.trim();
    if (w && !w.startsWith('#')) out.add(w);
  }
  return [...out];
}
