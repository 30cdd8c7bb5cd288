/** Text into HTML: every character that could end an element or an attribute value is escaped. */
const SPECIAL = /[&<>"']/;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** For element text and for attribute values in double or single quotes. */
export function escapeHtml(text: string): string {
  // Most text has none of them: then the text is its own escape, with no copy.
  return SPECIAL.test(text) ? text.replace(/[&<>"']/g, (char) => ENTITIES[char]) : text;
}
