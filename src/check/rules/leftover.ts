import type { Rule, RuleContext } from '../rule';
import type { FindingData, Severity } from '../types';
import { matchAt, twin, type Twin } from '../text';
import { mayMatch } from '../scan';
import { partsOf } from '../structure';

interface Pattern {
  re: Twin;
  /** A cheap test that every match of re passes: paragraphs that fail it are not searched. */
  hint?: (text: string) => boolean;
  /** What every match of re has, searched for once through all paragraphs (see mayMatch); re itself when it has no look-around. */
  scan: RegExp | Twin;
  severity: Severity;
  messageId: string;
  data?: (m: RegExpExecArray) => FindingData;
}

export const PATTERNS: Pattern[] = [
  {
    re: twin(/(?:^|(?<=[\s(]))(?:Error!|Fel!)[^\n]*/g),
    hint: (t) => t.includes('!'),
    scan: /!/,
    severity: 'error',
    messageId: 'fieldError',
    data: (m) => ({ text: m[0].slice(0, 40).trim() }),
  },
  {
    re: twin(/Klicka (?:eller tryck )?här för att ange (?:text|ett datum)\.?|Click (?:or tap )?here to enter (?:text|a date)\.?/gi),
    scan: /Klicka|Click/i,
    severity: 'error',
    messageId: 'templatePrompt',
  },
  {
    // Not the drafter's own marker "[Skriv … ]": the rule placeholder-left reports that one.
    re: twin(/\[(?!Skriv )(?=[^\]]*\p{L})[^\]\n]{1,40}\]/gu),
    hint: (t) => t.includes('['),
    scan: /\[/,
    severity: 'error',
    messageId: 'bracket',
    data: (m) => ({ text: m[0] }),
  },
  {
    re: twin(/ÅÅÅÅ-MM-DD|ÅÅMMDD|\bYYYY-MM-DD\b/g),
    hint: (t) => t.includes('MM'),
    scan: /MM/,
    severity: 'error',
    messageId: 'datePlaceholder',
    data: (m) => ({ text: m[0] }),
  },
  {
    re: twin(/(?<![\p{L}\p{N}])(?:XX+|xx+)(?![\p{L}\p{N}])/gu),
    hint: (t) => t.includes('XX') || t.includes('xx'),
    scan: /XX|xx/,
    severity: 'error',
    messageId: 'xx',
    data: (m) => ({ text: m[0] }),
  },
  {
    re: twin(/\blorem ipsum\b/gi),
    // The last word alone: a search for it is faster than for both (the same case rules: no u flag in either).
    scan: /ipsum/i,
    severity: 'error',
    messageId: 'lorem',
  },
];

/** Doubled words that Swedish allows ("det det handlar om", "den den"). */
const DOUBLE_OK = new Set(['det', 'den', 'som']);
/**
 * Verbs that may stand twice in a row when the first ends a subordinate clause and the second
 * is the main clause's verb ("Det vi har har betydelse", "Den som kan kan hjälpa"). Without such
 * a clause before them ("Ärendet har har beretts") the doubling is a typing error.
 */
const DOUBLE_VERB = new Set(['har', 'hade', 'kan', 'var', 'är', 'ska', 'skulle', 'blir', 'blev']);
const CLAUSE_BEFORE = twin(
  /(?<![\p{L}])(?:som|vad|vilket|vilka|vilken|att|när|om|eftersom|då|medan|innan|det|den|de|dem|jag|du|han|hon|vi|ni|man)(?![\p{L}])/iu,
);
const DOUBLE = twin(/(?<![\p{L}\p{N}])(\p{L}{1,30})\s+(\1)(?![\p{L}\p{N}])/giu);

/** Kinds of UTF-16 units for mayHaveDoubledWord: 0 anything else, 1 letter, 2 space, 3 another sign. */
const KIND = new Uint8Array(0x10000);
for (let c = 0x21; c <= 0x7e; c++) KIND[c] = 3;
for (const c of [9, 10, 11, 12, 13, 32, 0xa0]) KIND[c] = 2;
for (const ch of 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZåäöéüÅÄÖÉÜ') KIND[ch.charCodeAt(0)] = 1;
for (const ch of '–—”“’‘«»…•·§°½') KIND[ch.charCodeAt(0)] = 3;

/**
 * A cheap test that every DOUBLE match passes (DOUBLE, with its back reference at every word, is
 * costly on long documents). A text of plain letters (a–z, å, ä, ö, é, ü, upper or lower case), spaces
 * and common signs has no DOUBLE match unless two equal words (ignoring case: for these letters
 * that is the code | 0x20) stand with only spaces between them. Other texts are always searched.
 */
export function mayHaveDoubledWord(t: string): boolean {
  let prevStart = -1;
  let prevEnd = -1;
  let start = -1;
  const n = t.length;
  for (let i = 0; i <= n; i++) {
    const k = i < n ? KIND[t.charCodeAt(i)] : 3;
    if (k === 0) return true;
    if (k === 1) {
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0) {
      // A word [start, i) ends; the one before it ends at prevEnd with only spaces between.
      const len = i - start;
      if (prevStart >= 0 && prevEnd - prevStart === len) {
        let same = true;
        for (let j = 0; j < len && same; j++) same = (t.charCodeAt(prevStart + j) | 0x20) === (t.charCodeAt(start + j) | 0x20);
        if (same) return true;
      }
      prevStart = k === 2 ? start : -1;
      prevEnd = i;
      start = -1;
    } else if (k === 3) prevStart = -1;
  }
  return false;
}

/**
 * A template's prompt left in the header block: a line that is only a compound ending in "namn"
 * ("Förvaltningsnamn", "Nämndnamn", "Handläggarnamn") where the real name should stand.
 */
const TEMPLATE_FIELD = twin(/^(\p{Lu}\p{Ll}{3,})namn$/u);

function templateFields(ctx: RuleContext): void {
  const header = [...partsOf(ctx.doc.paragraphs).header, ...ctx.structure.preamble];
  for (const p of header) {
    const m = TEMPLATE_FIELD.for(p.text).exec(p.text.trim());
    if (!m) continue;
    const what = `${m[1].toLocaleLowerCase('sv-SE').replace(/s$/, '')}ens namn`;
    ctx.report({ paragraph: p.index, severity: 'warning', messageId: 'templateField', data: { text: p.text.trim(), what } });
  }
}

export const rule: Rule = {
  meta: {
    id: 'leftover',
    title: 'Kvarglömd text eller fältfel',
    severity: 'error',
    docs: { description: 'Kvarglömda platshållare, felmeddelanden från fält och dubblerade ord.' },
    messages: {
      fieldError:
        'Ett fält visar ett felmeddelande i stället för text ({text}…){where}. Det är ofta ett STYLEREF- eller korsreferensfält i sidhuvudet eller texten. Uppdatera fältet (F9) eller ta bort det, och kontrollera att rubriken det hänvisar till har rätt formatmall.',
      templatePrompt: 'Mallens platshållartext står kvar{where}. Skriv in den riktiga texten eller ta bort platshållaren.',
      bracket: 'Platshållaren {text} står kvar{where}. Ersätt den med den riktiga uppgiften.',
      datePlaceholder: 'Platshållaren {text} står kvar i stället för ett datum{where}. Skriv det riktiga datumet.',
      xx: 'Platshållaren ”{text}” står kvar{where}. Ersätt den med den riktiga uppgiften (ett antal, ett belopp eller ett namn).',
      lorem: 'Exempeltexten ”Lorem ipsum” står kvar{where}. Ersätt den med den riktiga texten.',
      doubled: 'Ordet ”{word}” står två gånger i rad. Ta bort det ena.',
      templateField:
        'Raden ”{text}” i dokumenthuvudet ser ut som mallens ledtext, inte som ett riktigt värde. Skriv in {what} eller ta bort raden.',
    },
  },
  check(ctx) {
    templateFields(ctx);
    // Each pattern in the paragraphs that have what it needs (a paragraph's findings are sorted afterwards).
    for (const pat of PATTERNS) {
      for (const p of mayMatch(ctx.doc.paragraphs, pat.scan)) {
        const t = p.text;
        if (pat.hint && !pat.hint(t)) continue;
        const re = pat.re.for(t);
        re.lastIndex = 0;
        for (let m = re.exec(t); m !== null; m = re.exec(t)) {
          const where =
            p.part === 'body'
              ? ''
              : ` (i ${p.part === 'header' ? 'sidhuvudet' : p.part === 'footer' ? 'sidfoten' : 'en fotnot eller kommentar'})`;
          ctx.report({
            ...matchAt(p, m),
            severity: pat.severity,
            messageId: pat.messageId,
            data: { ...(pat.data ? pat.data(m) : {}), where },
          });
        }
      }
    }
    for (const p of ctx.doc.paragraphs) {
      const t = p.text;
      const double = DOUBLE.for(t);
      double.lastIndex = 0;
      for (let m = mayHaveDoubledWord(t) ? double.exec(t) : null; m !== null; m = double.exec(t)) {
        const w = m[1].toLocaleLowerCase('sv-SE');
        if (DOUBLE_OK.has(w) || /^\d+$/.test(w)) continue;
        if (DOUBLE_VERB.has(w)) {
          // The sentence so far (from the last . ! ? or the start of the paragraph).
          const before = t.slice(0, m.index);
          const clause = before.slice(Math.max(before.lastIndexOf('. '), before.lastIndexOf('! '), before.lastIndexOf('? '), -1) + 1);
          if (CLAUSE_BEFORE.for(t).test(clause)) continue;
        }
        ctx.report({
          ...matchAt(p, m),
          severity: 'warning',
          messageId: 'doubled',
          data: { word: m[1] },
        });
      }
    }
  },
};
