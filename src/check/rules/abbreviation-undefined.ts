import type { Rule } from '../rule';

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

const TOKEN = /(?<![\p{L}\p{N}])(\p{Lu}(?:\p{Ll}?\p{Lu}){1,6}s?)(?![\p{L}\p{N}])/gu;
/** What every abbreviation (a use or a definition) contains: a paragraph without it has none. */
const HINT = /\p{Lu}\p{Ll}?\p{Lu}/u;

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
    const firstUse = new Map<string, Use>();
    const defined = new Set<string>();
    const reported = new Set<string>();
    const preamble = new Set(ctx.structure.preamble);
    const paras = [
      ...(ctx.structure.title ? [ctx.structure.title] : []),
      ...ctx.structure.body.filter((p) => p !== ctx.structure.title && !preamble.has(p)),
    ];
    for (const p of paras) {
      const t = p.text;
      if (!HINT.test(t)) continue;
      // Definitions in this paragraph: "långa formen (ABC)" or "ABC (långa formen)".
      const defsHere: { abbr: string; at: number }[] = [];
      for (const m of t.matchAll(/\((\p{Lu}(?:\p{Ll}?\p{Lu}){1,6})\)/gu)) defsHere.push({ abbr: m[1], at: m.index ?? 0 });
      for (const m of t.matchAll(/(?<![\p{L}\p{N}])(\p{Lu}(?:\p{Ll}?\p{Lu}){1,6})(?:-\p{L}+)?\s+\((?!\p{Lu}+\))[\p{L}][^)]{3,}\)/gu))
        defsHere.push({ abbr: m[1], at: m.index ?? 0 });
      TOKEN.lastIndex = 0;
      for (let m = TOKEN.exec(t); m !== null; m = TOKEN.exec(t)) {
        let abbr = m[1];
        if (abbr.endsWith('s') && abbr.length > 2 && /\p{Lu}/u.test(abbr[abbr.length - 2])) abbr = abbr.slice(0, -1); // genitive "LUMs"
        if (/^[IVXLCDM]+$/.test(abbr) && abbr !== 'MI' && abbr !== 'LCD') continue; // roman numerals
        if (/^(\p{Lu})\1+$/u.test(abbr)) continue; // XX, ÅÅÅÅ: placeholders, see the leftover rule
        if (COMMON.has(abbr)) continue;
        // A statute collection (författningssamling) with its number: "SFS 2001:453", "SOSFS 2014:5", "HSLF-FS 2016:40".
        const after = t.slice(m.index + m[0].length);
        const full = abbr + (/^-\p{Lu}{1,4}/u.exec(after)?.[0] ?? '');
        if (/FS$/u.test(full) && /^(?:-\p{Lu}{1,4})?\s*\d{4}:\d{1,4}/u.test(after)) continue;
        if (/^\p{Lu}+$/u.test(t.replace(/[^\p{L}]/gu, '')) && t.length > 3 && !/\(/.test(t)) {
          // A line in capitals is a heading or a name, not a use.
          continue;
        }
        if (defined.has(abbr)) continue;
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
