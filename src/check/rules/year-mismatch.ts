import type { Rule, RuleContext } from '../rule';
import { clauseWordsBefore, sentences, twin } from '../text';
import { MONTHS } from '../../swedish/dates';
import { yearMentions, type YearKind, type YearMention } from '../facts';
import type { DocParagraph } from '../types';
import { mayMatch, positionInPart } from '../scan';

const KIND_TEXT: Record<YearKind, string> = { inriktning: 'inriktningen', redovisning: 'redovisningen', rapport: 'årsrapporten' };
const PART_TEXT = {
  title: 'rubriken',
  forslag: 'förslaget till beslut',
  sammanfattning: 'sammanfattningen',
  synpunkter: 'förvaltningens synpunkter',
  case: 'ärendets uppgifter (år)',
} as const;
type Part = keyof typeof PART_TEXT;

export const rule: Rule = {
  meta: {
    id: 'year-mismatch',
    title: 'Åren stämmer inte överens',
    severity: 'error',
    docs: { description: 'Åren i rubrik, förslag till beslut, sammanfattning och synpunkter stämmer inte med varandra.' },
    messages: {
      titleYear:
        'Texten säger {noun} {year}, men rubriken säger {titleNoun} {titleYear}. Rätta året så att rubriken och {part} säger samma sak.',
      phraseYear:
        'Här står ”{phrase} {year}”, men på andra ställen i dokumentet ”{phrase} {otherYear}”. Rätta året så att texten säger samma sak överallt.',
      titleRange: 'Texten anger perioden {range}, men rubriken säger {titleRange}. Rätta åren så att rubriken och {part} säger samma sak.',
      year: 'Året för {kind} är {year} i {part}, men {refYear} i {refPart}. Rätta året så att rubrik, förslag till beslut, sammanfattning och synpunkter säger samma sak.',
    },
  },
  check(ctx) {
    titleYears(ctx);
    phraseYears(ctx);
    const { structure } = ctx;
    const parts: { part: Part; paras: DocParagraph[] }[] = [
      { part: 'title', paras: structure.title ? [structure.title] : [] },
      { part: 'forslag', paras: structure.byId.forslag?.content ?? [] },
      { part: 'sammanfattning', paras: structure.byId.sammanfattning?.content ?? [] },
      { part: 'synpunkter', paras: structure.byId.synpunkter?.content ?? [] },
    ];
    const mentions: { part: Part; m: YearMention }[] = [];
    for (const { part, paras } of parts) for (const p of paras) for (const m of yearMentions(p)) mentions.push({ part, m });

    const kinds: YearKind[] = ['inriktning', 'redovisning', 'rapport'];
    for (const kind of kinds) {
      const ofKind = mentions.filter((x) => x.m.kind === kind);
      let ref: { part: Part; year: number } | undefined;
      const c = ctx.case;
      if (c) {
        const y = kind === 'inriktning' ? c.ar.inriktning : c.ar.redovisning;
        if (y !== undefined && (kind !== 'rapport' || c.dokumenttyp === 'arsrapport')) ref = { part: 'case', year: y };
      }
      if (!ref) {
        const first = ofKind.find((x) => x.part === 'title') ?? ofKind.find((x) => x.part === 'forslag');
        if (first) ref = { part: first.part, year: first.m.year };
      }
      if (!ref) continue;
      for (const { part, m } of ofKind) {
        if (m.year === ref.year) continue;
        ctx.report({
          paragraph: m.paragraph,
          start: m.start,
          end: m.end,
          messageId: 'year',
          data: { kind: KIND_TEXT[kind], year: m.year, part: PART_TEXT[part], refYear: ref.year, refPart: PART_TEXT[ref.part] },
        });
      }
    }
  },
};

/** A year or a period ("2027-2031") with its offsets. */
interface YearSpan {
  from: number;
  to: number;
  start: number;
  end: number;
  text: string;
}

const YEAR_SPAN = /(?<![\d/.:-])((?:19|20)\d\d)(?:\s?[-–]\s?((?:19|20)\d\d))?(?![\d:/-])/g;
const SKIP_WORDS = new Set([...MONTHS, 'och', 'för', 'per', 'den', 'med', 'till', 'år', 'året', 'under', 'inom', 'samt', 'tom', 't.o.m.']);
/** Words that put a year beside another on purpose ("jämfört med 2014", "föregående år 2014"). */
const COMPARE = twin(/(?<![\p{L}])(jämfört|jämförelse|föregående|fjol|tidigare|än|mot|sedan|från|efter|före|utblicksår)(?![\p{L}])/iu);
const NOT_WORD = twin(/[^\p{L}-]/gu);

function yearSpans(text: string): YearSpan[] {
  const out: YearSpan[] = [];
  YEAR_SPAN.lastIndex = 0;
  for (let m = YEAR_SPAN.exec(text); m !== null; m = YEAR_SPAN.exec(text)) {
    const from = Number(m[1]);
    const to = m[2] ? Number(m[2]) : from;
    if (to < from) continue;
    out.push({ from, to, start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

/** The nouns a year may belong to: the real words before it (not months, prepositions or numbers), nearest first, within five words and the clause. */
function nounsBefore(text: string, at: number): { word: string; stem: string }[] {
  const words = text
    .slice(Math.max(0, at - 80), at)
    .split(/[\s(]+/)
    .filter(Boolean)
    .slice(-5)
    .reverse();
  const out: { word: string; stem: string }[] = [];
  for (const w of words) {
    if (/[.;!?]$/.test(w)) break;
    const notWord = NOT_WORD.for(text);
    const clean = w.replace(notWord, '').toLocaleLowerCase('sv-SE');
    if (clean.length < 5 || SKIP_WORDS.has(clean)) continue;
    const last = clean.split('-').pop() ?? clean;
    if (last.length >= 5) out.push({ word: w.replace(notWord, ''), stem: last.slice(0, 5) });
  }
  return out;
}

/**
 * The title's years against the decision part and the summary of any document: "Bokslut 2015"
 * in the title, "nämndens bokslut 2014" in the decision; "Lokalbehov 2027-2031" in the title,
 * "planperiod 2026-2030" in the summary.
 */
function titleYears(ctx: RuleContext): void {
  const { structure } = ctx;
  const title = structure.title;
  if (!title) return;
  // Every noun the title dates with a year ("Delårsbokslut 2 med helårsprognos 2013": both are 2013's).
  const inTitle = yearSpans(title.text).map((y) => ({ ...y, nouns: nounsBefore(title.text, y.start) }));
  const dates = (x: (typeof inTitle)[number], stem: string) => x.nouns.find((n) => n.stem === stem);
  if (inTitle.length === 0) return;
  const parts: { part: string; paras: DocParagraph[] }[] = [
    { part: 'förslaget till beslut', paras: structure.byId.forslag?.content ?? [] },
    { part: 'sammanfattningen', paras: [...(structure.byId.sammanfattning?.content ?? []), ...structure.introText] },
  ];
  for (const { part, paras } of parts) {
    for (const p of paras) {
      // Years of an inriktning, a redovisning or an årsrapport are the first check's (no second finding on them).
      const tied = new Set(yearMentions(p).map((m) => m.start));
      for (const sent of sentences(p.text)) {
        for (const y of yearSpans(sent.text)) {
          if (tied.has(sent.start + y.start)) continue;
          if (COMPARE.for(p.text).test(sent.text.slice(Math.max(0, y.start - 25), y.start))) continue;
          const at = { paragraph: p.index, start: sent.start + y.start, end: sent.start + y.end };
          // A period against a title period of the same length that it overlaps.
          const range = inTitle.find((t) => t.to > t.from);
          if (
            y.to > y.from &&
            range &&
            y.to - y.from === range.to - range.from &&
            y.from !== range.from &&
            y.from <= range.to &&
            y.to >= range.from
          ) {
            ctx.report({ ...at, severity: 'warning', messageId: 'titleRange', data: { range: y.text, titleRange: range.text, part } });
            continue;
          }
          // The nearest word before the year that the title also dates ("Delårsbokslut (resultat tom 31/8 2012)").
          const noun = nounsBefore(sent.text, y.start).find((n) => inTitle.some((x) => dates(x, n.stem)));
          if (!noun) continue;
          // The title may name the noun twice ("utvecklingsprojekt 2017 … utvecklingsprojekt 2015"): any of its years fits.
          const same = inTitle.filter((x) => dates(x, noun.stem));
          const t = same[0];
          if (!t || same.some((x) => y.from >= x.from && y.to <= x.to)) continue;
          ctx.report({
            ...at,
            severity: 'warning',
            messageId: 'titleYear',
            data: { noun: noun.word, year: y.text, titleNoun: dates(t, noun.stem)!.word, titleYear: t.text, part },
          });
        }
      }
    }
  }
}

/** The three words before a position, lower case, within the clause ("vunnit laga kraft under"): a phrase that dates something. */
function phraseBefore(text: string, at: number): string | undefined {
  const words = clauseWordsBefore(text, at).slice(-4);
  if (words.length < 4 || words.join(' ').length < 18) return undefined;
  return words.join(' ');
}

/**
 * The same phrase dated differently: "detaljplaner som vunnit laga kraft under 2023" in the
 * summary where the rest of the document says "… under 2024" (only the decision part and the
 * summary are checked, against every other place).
 */
function phraseYears(ctx: RuleContext): void {
  const { structure } = ctx;
  const checked = new Set(
    [...(structure.byId.forslag?.content ?? []), ...(structure.byId.sammanfattning?.content ?? []), ...structure.introText].map(
      (p) => p.index,
    ),
  );
  if (checked.size === 0) return;
  // The phrases the checked parts date; only paragraphs that contain one of their last words are read.
  const keys = new Set<string>();
  // The body's paragraphs with those indices, in order: from their places in the body when indices are places in the document.
  const places = [...checked].map((i) => positionInPart(structure.body, i));
  const inBody = places.every((at) => at !== undefined)
    ? places
        .filter((at): at is number => at !== undefined && at >= 0)
        .sort((a, b) => a - b)
        .map((at) => structure.body[at])
    : structure.body.filter((p) => checked.has(p.index));
  for (const p of inBody) {
    for (const y of yearSpans(p.text)) {
      const key = phraseBefore(p.text, y.start);
      if (key) keys.add(key);
    }
  }
  if (keys.size === 0) return;
  // Only where a phrase stands is a year read: a search for each phrase, no year scan of every paragraph.
  const uses = new Map<string, { year: string; paragraph: number; start: number; end: number }[]>();
  for (const p of mayMatch(structure.body, /(?:19|20)\d\d/)) {
    // A use is a year as YEAR_SPAN reads it (19xx or 20xx).
    if (p.inTable || !/(?:19|20)\d\d/.test(p.text)) continue;
    const lower = p.text.toLowerCase();
    for (const key of keys) {
      for (let at = lower.indexOf(key); at >= 0; at = lower.indexOf(key, at + key.length)) {
        const from = at + key.length;
        const y = yearSpans(p.text.slice(from, from + 16)).find((x) => x.start <= 1);
        if (!y || phraseBefore(p.text, from + y.start) !== key) continue;
        const list = uses.get(key) ?? [];
        list.push({ year: y.text, paragraph: p.index, start: from + y.start, end: from + y.end });
        uses.set(key, list);
      }
    }
  }
  for (const [phrase, list] of uses) {
    const years = new Set(list.map((u) => u.year));
    if (years.size !== 2 || list.length < 3) continue;
    // One year stands alone, in the decision part or the summary; the others agree.
    for (const u of list) {
      const others = list.filter((x) => x !== u);
      if (!checked.has(u.paragraph) || others.some((x) => x.year === u.year)) continue;
      ctx.report({
        paragraph: u.paragraph,
        start: u.start,
        end: u.end,
        severity: 'warning',
        messageId: 'phraseYear',
        data: { phrase, year: u.year, otherYear: others[0].year },
      });
    }
  }
}
