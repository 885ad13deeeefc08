import type { Rule } from '../rule';
import { twin } from '../text';
import { mayMatchAt, mayMatchSet } from '../scan';

/** Abbreviations every reader knows, and words that only look like abbreviations. */
const COMMON = new Set([
  'EU',
  'FN',
  'USA',
  'UK',
  'WHO',
  'IT',
  'TV',
  'PDF',
  'SMS',
  'AB',
  'VD',
  'ID',
  'OK',
  'CV',
  'NN',
  'URL',
  'HTML',
  'SVT',
  'SR',
  'SCB',
  'SOU',
  'COVID',
  'DNR',
  'PM',
  'KS',
  'SKR',
  'LIX',
]);

const TOKEN = twin(/(?<![\p{L}\p{N}])(\p{Lu}(?:\p{Ll}?\p{Lu}){1,6}s?)(?![\p{L}\p{N}])/gu);
/** What every abbreviation (a use or a definition) contains: a paragraph without it has none. */
const HINT = twin(/\p{Lu}\p{Ll}?\p{Lu}/u);

const ABBR = '\\p{Lu}(?:\\p{Ll}?\\p{Lu}){1,6}';
/** "långa formen (ABC)", also with a number: "Regler för föreningsbidrag (HKF 82)". */
const DEF_PAREN = twin(new RegExp(`\\((${ABBR})(?:\\s+\\d[\\d:/]*)?\\)`, 'gu'));
/** "ABC (långa formen)". */
const DEF_AFTER = twin(new RegExp(`(?<![\\p{L}\\p{N}])(${ABBR})(?:-\\p{L}+)?\\s+\\((?!\\p{Lu}+\\))[\\p{L}][^)]{3,}\\)`, 'gu'));
/** "(ABC, långa formen)", "(s.k. MUST, Mutual Study Visits)". */
const DEF_REVERSED = twin(new RegExp(`\\((?:[sS]\\.?\\s?k\\.?\\s+|[sS]å kallad[e]?\\s+)?(${ABBR}),\\s+([\\p{L}][^)]{3,})\\)`, 'gu'));
/** "Långa formen, ABC," (apposition): the abbreviation between commas (or a comma and the end of a clause). */
const DEF_APPOSITION = twin(new RegExp(`,\\s+(${ABBR})(?=[,;:)]|\\s+(?:om|och|som|är|har|i|på|för|med|till)\\s|\\.?\\s*$|\\.\\s)`, 'gu'));

/**
 * Whether the words before an apposition spell the abbreviation: its first letter starts one of the
 * last few words and the other letters follow in order ("Arbetsmiljölagen" for AML, "Stockholms
 * transport- och fordonstekniska gymnasium" for STFG).
 */
export function longFormBefore(abbr: string, before: string): boolean {
  const words = before.split(/\s+/).filter(Boolean).slice(-8);
  const letters = abbr.toLocaleLowerCase('sv-SE');
  for (let k = words.length - 1; k >= 0; k--) {
    const run = words.slice(k).join(' ').toLocaleLowerCase('sv-SE');
    if (run[0] !== letters[0]) continue;
    let at = 1;
    for (const ch of letters.slice(1)) {
      at = run.indexOf(ch, at);
      if (at < 0) break;
      at++;
    }
    if (at > 0) return true;
  }
  return false;
}

const SMALL_WORDS = new Set(['och', 'för', 'i', 'av', 'på', 'med', 'till', 'om', 'samt', 'den', 'det', 'de']);

/** Whether the words right before an abbreviation are its long form by their initials ("Inspektionen för vård och omsorg" IVO). */
const LOWER_THEN_SPACE = twin(/\p{Ll}\s+$/u);

export function initialsBefore(abbr: string, before: string): boolean {
  if (!LOWER_THEN_SPACE.for(before).test(before)) return false;
  const words = before.trim().split(/\s+/).slice(-12).reverse();
  const letters = [...abbr.toLocaleLowerCase('sv-SE')].reverse();
  let i = 0;
  for (const w of words) {
    if (i === letters.length) break;
    const lw = w.toLocaleLowerCase('sv-SE');
    if (lw[0] === letters[i]) {
      i++;
      continue;
    }
    if (!SMALL_WORDS.has(lw)) return false;
  }
  return i === letters.length;
}

/** Whether a long form written after the abbreviation spells it ("Mutual Study Visits" for MUST). */
const CAPITALS_WORD = twin(/^\p{Lu}{2,}(?!\p{Ll})/u);

function spells(abbr: string, longForm: string): boolean {
  if (CAPITALS_WORD.for(longForm).test(longForm)) return false;
  const first = (x: string) => x[0].toLocaleLowerCase('sv-SE');
  return first(longForm) === first(abbr) && longFormBefore(abbr, longForm.split(/\s+/).slice(0, 8).join(' '));
}

const CAPITALS_AT_END = twin(/(?<![\p{L}])\p{Lu}{2,}\s*$/u);

/** The abbreviations a paragraph explains, in any of the ways people explain them. */
function definitionsIn(t: string): { abbr: string; at: number }[] {
  const out: { abbr: string; at: number }[] = [];
  // "långa formen (ABC)": the words before are its long form ("nämndens ordförande (UAN)" does not explain UAN).
  for (const m of t.matchAll(DEF_PAREN.for(t))) {
    const before =
      t
        .slice(Math.max(0, (m.index ?? 0) - 120), m.index)
        .split(/[.;:(]\s/)
        .pop() ?? '';
    // People abbreviate freely ("medel för studiebesök (MUST)"): a word among the last few that starts with its first letter is enough.
    const first = m[1][0].toLocaleLowerCase('sv-SE');
    const near = before.trim().split(/\s+/).slice(-5);
    if (longFormBefore(m[1], before) || near.some((w) => w.toLocaleLowerCase('sv-SE').startsWith(first)))
      out.push({ abbr: m[1], at: m.index ?? 0 });
  }
  for (const m of t.matchAll(DEF_AFTER.for(t))) out.push({ abbr: m[1], at: m.index ?? 0 });
  // "(s.k. MUST, Mutual Study Visits)": the words after the comma spell the abbreviation (not "(FUM, LUM och MUL)").
  for (const m of t.matchAll(DEF_REVERSED.for(t))) if (spells(m[1], m[2])) out.push({ abbr: m[1], at: m.index ?? 0 });
  if (t.includes(', ')) {
    for (const m of t.matchAll(DEF_APPOSITION.for(t))) {
      const before = t.slice(Math.max(0, (m.index ?? 0) - 120), m.index);
      // Not inside a parenthesis ("(FUM, LUM och MUL)"), and after words, not after another abbreviation.
      if (before.lastIndexOf('(') > before.lastIndexOf(')')) continue;
      const clause = before.split(/[.;:(]\s/).pop() ?? '';
      if (CAPITALS_AT_END.for(t).test(clause)) continue;
      if (longFormBefore(m[1], clause)) out.push({ abbr: m[1], at: m.index ?? 0 });
    }
  }
  return out;
}

/** A property designation: "TÖLÖ del av 3:2", "SLÄPS-HÖGÅS 1:16". */
const PROPERTY = twin(/^(?:-\p{Lu}+)?\s(?:del av\s)?\d+:\d+/u);
/** What follows a collection's name in a reference: "HKF 82", "KS 2014/123", "SFS 2001:453" (not a bare year). */
const REFERENCE_NUMBER = twin(/^\s(?:\d{1,3}(?!\d|[.,\-–]\s?\d|\s*(?:kr|kronor|procent|%|st|år)(?![\p{L}]))|\d+[:/]\d+)/u);
const UPPER = twin(/\p{Lu}/u);
const SAME_CAPITALS = twin(/^(\p{Lu})\1+$/u);
const ALL_CAPITALS = twin(/^\p{Lu}+$/u);
const DASH_CAPITALS = twin(/^-\p{Lu}{1,4}/u);
const STATUTE_NUMBER = twin(/^(?:-\p{Lu}{1,4})?\s*\d{4}:\d{1,4}/u);
const NOT_LETTERS = twin(/[^\p{L}]/gu);

interface Use {
  paragraph: number;
  start: number;
  end: number;
}

export const rule: Rule = {
  meta: {
    id: 'abbreviation-undefined',
    title: 'Förkortning som inte förklaras',
    severity: 'warning',
    docs: {
      description:
        'En förkortning används innan den har förklarats. Förklaringar räknas i parentes åt båda hållen, som apposition mellan kommatecken och i rubriken; profilens kända förkortningar behöver ingen förklaring.',
    },
    messages: {
      late: 'Förkortningen {abbr} används här men förklaras först längre fram. Skriv ut den långa formen med förkortningen inom parentes första gången den används.',
      undefined:
        'Förkortningen {abbr} förklaras inte. Skriv ut den långa formen med förkortningen inom parentes första gången den används, till exempel ”lokala utvecklingsmedel (LUM)”.',
    },
  },
  check(ctx) {
    const known = new Set(ctx.profile.forkortningar);
    const firstUse = new Map<string, Use>();
    const defined = new Set<string>();
    const reported = new Set<string>();
    const preamble = new Set(ctx.structure.preamble);
    const { title, body } = ctx.structure;
    // The title, then the body after the preamble: the paragraphs with two capitals close together (one search through the body).
    const paras = [
      ...(title && mayMatchSet(body, HINT).has(title) ? [title] : []),
      ...mayMatchAt(body, HINT)
        .map((i) => body[i])
        .filter((p) => p !== title && !preamble.has(p)),
    ];
    for (const p of paras) {
      const t = p.text;
      if (!HINT.for(t).test(t)) continue;
      // Definitions in this paragraph: "långa formen (ABC)" or "ABC (långa formen)".
      const defsHere = definitionsIn(t);
      const token = TOKEN.for(t);
      token.lastIndex = 0;
      for (let m = token.exec(t); m !== null; m = token.exec(t)) {
        let abbr = m[1];
        if (abbr.endsWith('s') && abbr.length > 2 && UPPER.for(t).test(abbr[abbr.length - 2])) abbr = abbr.slice(0, -1); // genitive "LUMs"
        if (/^[IVXLCDM]+$/.test(abbr) && abbr !== 'MI' && abbr !== 'LCD') continue; // roman numerals
        if (SAME_CAPITALS.for(t).test(abbr)) continue; // XX, ÅÅÅÅ: placeholders, see the leftover rule
        if (COMMON.has(abbr) || known.has(abbr)) continue;
        // A document reference ("HKF 82", "KS 2014/123"): a collection's name with its number, not a term to explain.
        const next = t.slice(m.index + m[0].length, m.index + m[0].length + 24);
        if (REFERENCE_NUMBER.for(t).test(next) || PROPERTY.for(t).test(next) || /^-\d{2,4}(?!\d)/.test(next)) continue;
        // A role in a signature line cited by chapter and section ("Verksamhetschef 4:2 HSL"); in running text
        // ("enligt 5 kap. 1 § SoL") the law is still to be explained.
        if (/(?:\d+\s?:\s?\d+|§)\s*$/.test(t.slice(Math.max(0, m.index - 12), m.index)) && t.trim().split(/\s+/).length <= 6) continue;
        // A name written in capitals ("KLASSA-modellen", "GUNDAL"): six letters or more is a word, not an abbreviation.
        if (abbr.length >= 6 && ALL_CAPITALS.for(t).test(abbr)) continue;
        // A statute collection (författningssamling) with its number: "SFS 2001:453", "SOSFS 2014:5", "HSLF-FS 2016:40".
        const after = t.slice(m.index + m[0].length);
        const full = abbr + (DASH_CAPITALS.for(t).exec(after)?.[0] ?? '');
        if (/FS$/u.test(full) && STATUTE_NUMBER.for(t).test(after)) continue;
        if (ALL_CAPITALS.for(t).test(t.replace(NOT_LETTERS.for(t), '')) && t.length > 3 && !/\(/.test(t)) {
          // A line in capitals is a heading or a name, not a use.
          continue;
        }
        if (defined.has(abbr)) continue;
        // "Inspektionen för vård och omsorg IVO": the words right before spell it by their initials.
        if (initialsBefore(abbr, t.slice(Math.max(0, m.index - 100), m.index))) defsHere.push({ abbr, at: m.index });
        const def = defsHere.find((d) => d.abbr === abbr);
        if (def) {
          defined.add(abbr);
          const use = firstUse.get(abbr);
          if (use && !reported.has(abbr)) {
            reported.add(abbr);
            ctx.report({
              ...use,
              messageId: 'late',
              data: { abbr },
            });
          }
          continue;
        }
        if (!firstUse.has(abbr)) firstUse.set(abbr, { paragraph: p.index, start: m.index, end: m.index + m[1].length });
      }
    }
    for (const [abbr, use] of firstUse) {
      if (defined.has(abbr) || reported.has(abbr)) continue;
      ctx.report({
        ...use,
        messageId: 'undefined',
        data: { abbr },
      });
    }
  },
};
