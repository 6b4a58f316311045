const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escapes `& < > " '` for HTML text and attribute values. Complexity O(length).
 * @returns The escaped text.
 * @example escapeHtml('<b>"甲&乙"</b>') // '&lt;b&gt;&quot;甲&amp;乙&quot;&lt;/b&gt;'
 */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}
