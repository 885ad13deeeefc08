/**
 * LIX (läsbarhetsindex), the Swedish readability index:
 *   LIX = ord / meningar + 100 × långa ord / ord, where a long word has more than six letters.
 * Bands as Swedish writers know them (Björnsson).
 */
import { isJsSpace } from '../model/chars';

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

// A scanner that counts the same words as WORD without building strings or match arrays
// (the checker runs it over every paragraph). Character classes are cached per BMP code unit.
const LETTER = /^\p{L}$/u;
const DIGIT = /^\p{N}$/u;
const C_UNKNOWN = 0;
const C_LETTER = 1;
const C_NUMBER = 2;
const C_INNER = 3; // - ’ ' : inside a word only
const C_OTHER = 4;
const CLASS = new Uint8Array(0x10000);
// ASCII and the Swedish letters are known without compiling LETTER and DIGIT.
for (let c = 0; c < 0x80; c++) {
  const letter = (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  CLASS[c] = letter ? C_LETTER : c >= 0x30 && c <= 0x39 ? C_NUMBER : c === 0x2d || c === 0x27 ? C_INNER : C_OTHER;
}
for (const ch of 'åäöéüÅÄÖÉÜ') CLASS[ch.charCodeAt(0)] = C_LETTER;
CLASS[0x2019] = C_INNER; // ’
for (const ch of '\u00a0–—”“‘«»…•·§°') CLASS[ch.charCodeAt(0)] = C_OTHER;

/** CLASS for lixCounts, with the signs that end a sentence (. ! ? :) and the line break as their own kinds. */
const C_STOP = 5;
const C_NEWLINE = 6;
const LIX_CLASS = CLASS.slice();
for (const ch of '.!?:') LIX_CLASS[ch.charCodeAt(0)] = C_STOP;
LIX_CLASS[0x0a] = C_NEWLINE;

function classify(cp: number): number {
  const ch = String.fromCodePoint(cp);
  if (LETTER.test(ch)) return C_LETTER;
  if (DIGIT.test(ch)) return C_NUMBER;
  if (ch === '-' || ch === '’' || ch === "'") return C_INNER;
  return C_OTHER;
}

function classAt(cp: number): number {
  if (cp > 0xffff) return classify(cp);
  let c = CLASS[cp];
  if (c === C_UNKNOWN) {
    // Lone surrogates are not letters (the u flag treats them as single code points).
    c = cp >= 0xd800 && cp <= 0xdfff ? C_OTHER : classify(cp);
    CLASS[cp] = c;
  }
  return c;
}

/** The number of words (as words() counts them) and of words with more than six letters. */
export function wordStats(text: string): { words: number; longWords: number } {
  const { words: n, longWords } = lixCounts(text);
  return { words: n, longWords };
}

/** . ! ? : */
function isStop(c: number): boolean {
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x3a;
}

/**
 * What LIX counts in a text, in one pass: wordStats(text) and countSentences(text). A sentence
 * ends at a run of . ! ? : followed by white space or the end, or at a line break.
 */
export function lixCounts(text: string): { words: number; longWords: number; sentences: number } {
  let n = 0;
  let long = 0;
  let inWord = false;
  let letters = 0;
  let sentences = 0;
  let partHasWord = false;
  const len = text.length;
  for (let i = 0; i < len;) {
    let cp = text.charCodeAt(i);
    // Most signs are known in the table (no call), letters first; surrogate pairs are one sign (the
    // table has C_UNKNOWN for every surrogate: it was copied from CLASS before any was looked up).
    let c = LIX_CLASS[cp];
    if (c === C_LETTER) {
      partHasWord = true;
      if (!inWord) {
        inWord = true;
        n++;
        letters = 0;
      }
      letters++;
      i++;
      // The rest of the word's letters in a tight loop (most of a text).
      while (i < len && LIX_CLASS[text.charCodeAt(i)] === C_LETTER) {
        letters++;
        i++;
      }
      continue;
    }
    if (c === C_STOP || c === C_NEWLINE) {
      let j = i;
      if (c === C_STOP) {
        while (j < len && isStop(text.charCodeAt(j))) j++;
      }
      // A line break ends a part; so does a run of stops before white space or the end.
      if (c === C_NEWLINE || j >= len || isJsSpace(text.charCodeAt(j))) {
        if (partHasWord) sentences++;
        partHasWord = false;
      }
      if (inWord) {
        inWord = false;
        if (letters > 6) long++;
      }
      i = c === C_NEWLINE ? i + 1 : j;
      continue;
    }
    if (c !== C_UNKNOWN) i++;
    else {
      let step = 1;
      if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < len) {
        const lo = text.charCodeAt(i + 1);
        if (lo >= 0xdc00 && lo <= 0xdfff) {
          cp = (cp - 0xd800) * 0x400 + (lo - 0xdc00) + 0x10000;
          step = 2;
        }
      }
      i += step;
      c = classAt(cp);
    }
    if (c === C_LETTER || c === C_NUMBER) {
      partHasWord = true;
      if (!inWord) {
        inWord = true;
        n++;
        letters = 0;
      }
      if (c === C_LETTER) letters++;
    } else if (c === C_INNER && inWord) {
      // stays in the word
    } else if (inWord) {
      inWord = false;
      if (letters > 6) long++;
    }
  }
  if (inWord && letters > 6) long++;
  if (partHasWord) sentences++;
  return { words: n, longWords: long, sentences };
}

/** LIX from its counts (words, long words and sentences of a text or of several added up). */
export function lixOfCounts(words: number, longWords: number, sentenceCount: number): LixResult {
  if (words === 0) return { lix: 0, words: 0, sentences: 0, longWords: 0, band: lixBand(0) };
  const sentences = Math.max(1, sentenceCount);
  const value = Math.round(words / sentences + (100 * longWords) / words);
  return { lix: value, words, sentences, longWords, band: lixBand(value) };
}

/** The number of words in a text, as words(text).length, without building them. */
export function countWords(text: string): number {
  return wordStats(text).words;
}

/** The number of sentences: runs ending in . ! ? : or a line break; at least 1 for a text with words. */
export function countSentences(text: string): number {
  let n = 0;
  for (const part of text.split(/[.!?:]+(?=\s|$)|\n+/)) if (hasLetterOrDigit(part)) n++;
  return n;
}

/** Whether a text has a letter or a digit (as /[\p{L}\p{N}]/u finds them). */
function hasLetterOrDigit(text: string): boolean {
  const len = text.length;
  for (let i = 0; i < len; i++) {
    let cp = text.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < len) {
      const lo = text.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        cp = (cp - 0xd800) * 0x400 + (lo - 0xdc00) + 0x10000;
        i++;
      }
    }
    const c = classAt(cp);
    if (c === C_LETTER || c === C_NUMBER) return true;
  }
  return false;
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

/**
 * lix(texts.join('\n')) without joining them: no word or sentence runs across a line break, so the
 * words, long words and sentences of the parts add up. wordStatsOf may give kept results.
 */
export function lixOfParts(
  texts: readonly string[],
  wordStatsOf: (text: string) => { words: number; longWords: number } = wordStats,
): LixResult {
  let n = 0;
  let longWords = 0;
  for (const t of texts) {
    const s = wordStatsOf(t);
    n += s.words;
    longWords += s.longWords;
  }
  if (n === 0) return lixOfCounts(0, 0, 0);
  let count = 0;
  for (const t of texts) count += countSentences(t);
  return lixOfCounts(n, longWords, count);
}

/** LIX of a text. An empty text gets LIX 0 with 0 words. */
export function lix(text: string): LixResult {
  return lixOfParts([text]);
}
