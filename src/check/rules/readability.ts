import type { Rule } from '../rule';
import { countWords, lixCounts, lixOfCounts, LIX_BAND_TEXT } from '../../swedish/lix';
import { sectionTitle } from '../checklist';
import { sentences, twin, wholeParagraph } from '../text';
import { mayMatch } from '../scan';
import type { DocParagraph } from '../types';

/** Stiff words and phrases with plain alternatives (klarspråk). */
export const STIFF: [RegExp, string, string][] = [
  [/erforderlig(?:a|t)?/giu, 'erforderlig', 'nödvändig'],
  [/avseende/giu, 'avseende', 'om, som gäller'],
  [/i syfte att/giu, 'i syfte att', 'för att'],
  [/därmed/giu, 'därmed', 'så, därför'],
  [/föreligger/giu, 'föreligger', 'finns'],
  [/beträffande/giu, 'beträffande', 'om'],
  [/med anledning av/giu, 'med anledning av', 'på grund av, eftersom'],
  [/i enlighet med/giu, 'i enlighet med', 'enligt'],
  [/tillhandahåll(?:a|er|s)/giu, 'tillhandahålla', 'ge, erbjuda'],
  [/erhåll(?:a|er|it|s)/giu, 'erhålla', 'få'],
  [/nyttja(?:r|s|t|de)?/giu, 'nyttja', 'använda'],
  [/tillse/giu, 'tillse', 'se till'],
  [/återfinns/giu, 'återfinns', 'finns'],
  [/torde/giu, 'torde', 'bör, kan'],
  [/emellertid/giu, 'emellertid', 'men'],
  [/vederbörande/giu, 'vederbörande', 'den det gäller'],
  [/inkomma|inkommer/giu, 'inkomma', 'skicka in, lämna'],
  [/härvid/giu, 'härvid', 'då, här'],
  [/såsom/giu, 'såsom', 'som'],
  [/ånyo/giu, 'ånyo', 'igen'],
];

const LONG = 35;
const STIFF_FULL = STIFF.map(
  ([re, word, plain]) => [twin(new RegExp(`(?<![\\p{L}])(?:${re.source})(?![\\p{L}])`, 'giu')), word, plain] as const,
);
/** Any stiff word, without the word boundaries: a paragraph that does not match has none of them. */
export const STIFF_ANY = twin(new RegExp(STIFF.map(([re]) => `(?:${re.source})`).join('|'), 'iu'));
/**
 * What every stiff word begins with (each pattern without its ending group), for the one search
 * through the body: plain words in one alternation search faster than STIFF_ANY.
 */
export const STIFF_HINT = twin(new RegExp(STIFF.map(([re]) => re.source.replace(/\(\?:[^()]*\)\??$/, '')).join('|'), 'iu'));

export const rule: Rule = {
  meta: {
    id: 'readability',
    title: 'Läsbarhet',
    severity: 'info',
    docs: { description: 'Läsbarhet: LIX per avsnitt, mycket långa meningar och krångliga ord med enklare alternativ.' },
    messages: {
      lix: '{section}: LIX {lix}, {band} ({words} ord, {sentences} meningar).',
      lixHigh:
        '{section}: LIX {lix}, {band} ({words} ord, {sentences} meningar). Korta meningarna och byt långa ord mot kortare där det går.',
      longSentence: 'Meningen har {words} ord. Dela upp den i två eller flera meningar; under {limit} ord är lättare att läsa.',
      stiff: '”{word}” är byråkratiskt. Skriv hellre ”{plain}”.',
    },
  },
  check(ctx) {
    // Each paragraph's words, long words and sentences, counted once (for its section's LIX and its long sentences).
    const counted: ReturnType<typeof lixCounts>[] = [];
    const countsOf = (p: DocParagraph) => (counted[p.index] ??= lixCounts(p.text));
    for (const s of ctx.structure.sections) {
      if (s.id === 'bilagor' || s.id === 'forslag') continue;
      // The same as lix of the texts joined by line breaks: no word or sentence runs across a line break.
      let words = 0;
      let longWords = 0;
      let sentenceCount = 0;
      for (const p of s.content) {
        if (p.inTable) continue;
        const k = countsOf(p);
        words += k.words;
        longWords += k.longWords;
        sentenceCount += k.sentences;
      }
      const r = lixOfCounts(words, longWords, sentenceCount);
      if (r.words < 30) continue;
      ctx.report({
        ...wholeParagraph(s.heading),
        messageId: r.lix >= 50 ? 'lixHigh' : 'lix',
        data: { section: sectionTitle(ctx.profile, s.id), lix: r.lix, band: LIX_BAND_TEXT[r.band], words: r.words, sentences: r.sentences },
      });
    }
    for (const p of ctx.structure.body) {
      if (p.headingLevel !== null || p.inTable) continue;
      // A sentence's words are a part of its paragraph's words: a short paragraph has no long sentence.
      const sents = countsOf(p).words > LONG ? sentences(p.text) : [];
      for (const s of sents) {
        const n = countWords(s.text);
        if (n <= LONG) continue;
        ctx.report({
          paragraph: p.index,
          start: s.start,
          end: s.end,
          messageId: 'longSentence',
          data: { words: n, limit: LONG },
        });
      }
    }
    // Stiff words, in the paragraphs that have one (one search through the body for all of them).
    for (const p of mayMatch(ctx.structure.body, STIFF_HINT)) {
      if (p.headingLevel !== null || p.inTable) continue;
      if (!STIFF_ANY.for(p.text).test(p.text)) continue;
      for (const [fullTwin, word, plain] of STIFF_FULL) {
        const full = fullTwin.for(p.text);
        full.lastIndex = 0;
        for (const m of p.text.matchAll(full)) {
          ctx.report({
            paragraph: p.index,
            start: m.index ?? 0,
            end: (m.index ?? 0) + m[0].length,
            messageId: 'stiff',
            data: { word: m[0], plain: word === 'erforderlig' ? m[0].replace(/erforderlig/i, 'nödvändig') : plain },
          });
        }
      }
    }
  },
};
