import type { Rule } from '../rule';
import type { Severity } from '../types';

interface Pattern {
  re: RegExp;
  /** A cheap test that every match of re passes: paragraphs that fail it are not searched. */
  hint?: (text: string) => boolean;
  severity: Severity;
  message: (m: RegExpExecArray) => string;
}

const PATTERNS: Pattern[] = [
  {
    re: /(?:^|(?<=[\s(]))(?:Error!|Fel!)[^\n]*/g,
    hint: (t) => t.includes('!'),
    severity: 'error',
    message: (m) =>
      `Ett fält visar ett felmeddelande i stället för text (${m[0].slice(0, 40).trim()}…). Det är ofta ett STYLEREF- eller korsreferensfält i sidhuvudet eller texten. Uppdatera fältet (F9) eller ta bort det, och kontrollera att rubriken det hänvisar till har rätt formatmall.`,
  },
  {
    re: /Klicka (?:eller tryck )?här för att ange (?:text|ett datum)\.?|Click (?:or tap )?here to enter (?:text|a date)\.?/gi,
    severity: 'error',
    message: () => 'Mallens platshållartext står kvar. Skriv in den riktiga texten eller ta bort platshållaren.',
  },
  {
    re: /\[(?=[^\]]*\p{L})[^\]\n]{1,40}\]/gu,
    hint: (t) => t.includes('['),
    severity: 'error',
    message: (m) => `Platshållaren ${m[0]} står kvar. Ersätt den med den riktiga uppgiften.`,
  },
  {
    re: /ÅÅÅÅ-MM-DD|ÅÅMMDD|\bYYYY-MM-DD\b/g,
    hint: (t) => t.includes('MM'),
    severity: 'error',
    message: (m) => `Platshållaren ${m[0]} står kvar i stället för ett datum. Skriv det riktiga datumet.`,
  },
  {
    re: /(?<![\p{L}\p{N}])(?:XX+|xx+)(?![\p{L}\p{N}])/gu,
    hint: (t) => t.includes('XX') || t.includes('xx'),
    severity: 'error',
    message: (m) => `Platshållaren ”${m[0]}” står kvar. Ersätt den med den riktiga uppgiften (ett antal, ett belopp eller ett namn).`,
  },
  {
    re: /\blorem ipsum\b/gi,
    severity: 'error',
    message: () => 'Exempeltexten ”Lorem ipsum” står kvar. Ersätt den med den riktiga texten.',
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
const CLAUSE_BEFORE =
  /(?<![\p{L}])(?:som|vad|vilket|vilka|vilken|att|när|om|eftersom|då|medan|innan|det|den|de|dem|jag|du|han|hon|vi|ni|man)(?![\p{L}])/iu;
const DOUBLE = /(?<![\p{L}\p{N}])(\p{L}{1,30})\s+(\1)(?![\p{L}\p{N}])/giu;

export const rule: Rule = {
  meta: { id: 'leftover', severity: 'error', description: 'Kvarglömda platshållare, felmeddelanden från fält och dubblerade ord.' },
  check(ctx) {
    for (const p of ctx.doc.paragraphs) {
      const t = p.text;
      for (const pat of PATTERNS) {
        if (pat.hint && !pat.hint(t)) continue;
        pat.re.lastIndex = 0;
        for (let m = pat.re.exec(t); m !== null; m = pat.re.exec(t)) {
          const where =
            p.part === 'body'
              ? ''
              : ` (i ${p.part === 'header' ? 'sidhuvudet' : p.part === 'footer' ? 'sidfoten' : 'en fotnot eller kommentar'})`;
          ctx.report({
            paragraph: p.index,
            start: m.index,
            end: m.index + m[0].length,
            severity: pat.severity,
            message: pat.message(m) + where,
          });
        }
      }
      DOUBLE.lastIndex = 0;
      for (let m = DOUBLE.exec(t); m !== null; m = DOUBLE.exec(t)) {
        const w = m[1].toLocaleLowerCase('sv-SE');
        if (DOUBLE_OK.has(w) || /^\d+$/.test(w)) continue;
        if (DOUBLE_VERB.has(w)) {
          // The sentence so far (from the last . ! ? or the start of the paragraph).
          const before = t.slice(0, m.index);
          const clause = before.slice(Math.max(before.lastIndexOf('. '), before.lastIndexOf('! '), before.lastIndexOf('? '), -1) + 1);
          if (CLAUSE_BEFORE.test(clause)) continue;
        }
        ctx.report({
          paragraph: p.index,
          start: m.index,
          end: m.index + m[0].length,
          severity: 'warning',
          message: `Ordet ”${m[1]}” står två gånger i rad. Ta bort det ena.`,
        });
      }
    }
  },
};
