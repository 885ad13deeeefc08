/**
 * LIX (läsbarhetsindex), the Swedish readability index:
 *   LIX = ord / meningar + 100 × långa ord / ord, where a long word has more than six letters.
 * Bands as Swedish writers know them (Björnsson).
 */

export type LixBand = 'mycket lättläst' | 'lättläst' | 'medelsvår' | 'svår' | 'mycket svår';

export interface LixResult {
  lix: number;
  words: number;
  sentences: number;
  longWords: number;
  band: LixBand;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}\-’']*/gu;

/** Words of a text (letters/digits, inner hyphens and apostrophes kept). */
export function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** The number of sentences: runs ending in . ! ? : or a line break; at least 1 for a text with words. */
export function countSentences(text: string): number {
  const parts = text.split(/[.!?:]+(?=\s|$)|\n+/).filter((p) => /[\p{L}\p{N}]/u.test(p));
  return parts.length;
}

export function lixBand(lix: number): LixBand {
  if (lix < 25) return 'mycket lättläst';
  if (lix < 30) return 'lättläst';
  if (lix < 40) return 'medelsvår';
  if (lix < 50) return 'svår';
  return 'mycket svår';
}

/** What a band means, for messages. */
export const LIX_BAND_TEXT: Record<LixBand, string> = {
  'mycket lättläst': 'mycket lättläst, som barnböcker',
  lättläst: 'lättläst, som skönlitteratur och populärtidningar',
  medelsvår: 'medelsvår, som dagstidningar',
  svår: 'svår, som normal sakprosa och officiella texter',
  'mycket svår': 'mycket svår, som byråkratisk text',
};

/** LIX of a text. An empty text gets LIX 0 with 0 words. */
export function lix(text: string): LixResult {
  const ws = words(text);
  const n = ws.length;
  if (n === 0) return { lix: 0, words: 0, sentences: 0, longWords: 0, band: lixBand(0) };
  const sentences = Math.max(1, countSentences(text));
  const longWords = ws.filter((w) => (w.match(/\p{L}/gu) ?? []).length > 6).length;
  const value = Math.round(n / sentences + (100 * longWords) / n);
  return { lix: value, words: n, sentences, longWords, band: lixBand(value) };
}
