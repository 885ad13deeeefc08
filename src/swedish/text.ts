/** Small helpers for Swedish running text. */

/** ["A"] → "A"; ["A","B"] → "A och B"; ["A","B","C"] → "A, B och C". */
export function joinList(items: readonly string[], conjunction = 'och'): string {
  if (items.length === 0) return '';
  if (items.length === 1) return items[0];
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}

/** Ends a sentence with a full stop unless it already ends with . ! ? or : */
export function sentence(s: string): string {
  const t = s.trim();
  if (!t) return t;
  return /[.!?:]$/.test(t) ? t : `${t}.`;
}

/** Splits a text into paragraphs at blank lines; single newlines become spaces. */
export function paragraphs(text: string | undefined): string[] {
  if (!text) return [];
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
    .filter((p) => p.length > 0);
}
