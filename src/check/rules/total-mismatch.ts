import type { Rule } from '../rule';
import { findAmounts, fundAt, type Fund } from '../amounts';
import { sentences } from '../text';
import { kronor } from '../../swedish/numbers';

const FUND_TEXT: Record<Fund, string> = { lum: 'de lokala utvecklingsprojekten (lum)', mul: 'studieresorna (mul)', fum: 'forskningsstudierna (fum)' };

export const rule: Rule = {
  meta: { id: 'total-mismatch', severity: 'error', description: 'En summa i texten stämmer inte med summan av beloppen i ärendet.', needsCase: true },
  check(ctx) {
    const c = ctx.case;
    if (!c) return;
    const sums: Partial<Record<Fund, number>> = {};
    const sum = (xs: { belopp?: number }[]): number | undefined => (xs.length > 0 && xs.every((x) => x.belopp !== undefined) ? xs.reduce((a, x) => a + (x.belopp ?? 0), 0) : undefined);
    sums.lum = sum(c.lum);
    sums.mul = sum(c.mul);
    sums.fum = c.fum.length > 0 && c.fum.every((f) => f.kostnad !== undefined) ? c.fum.reduce((a, f) => a + (f.kostnad ?? 0), 0) : undefined;
    for (const p of ctx.structure.body) {
      if (p.inTable) continue;
      // A sentence with one of the words needs a paragraph with it (without \b: a cheaper, wider test).
      if (!/totalt|sammanlagt|omfattar|summa|sammantaget/i.test(p.text)) continue;
      for (const s of sentences(p.text)) {
        if (!/\b(totalt|sammanlagt|omfattar|summa|sammantaget)\b/i.test(s.text)) continue;
        if (/\b(cirka|ca|ungefär|drygt|knappt|omkring)\b/i.test(s.text)) continue;
        const amounts = findAmounts(s.text);
        if (amounts.length !== 1) continue;
        const fund = fundAt(ctx.structure, p.index, s.text);
        if (!fund) continue;
        const want = sums[fund];
        if (want === undefined || want === amounts[0].value) continue;
        const a = amounts[0];
        ctx.report({
          paragraph: p.index,
          start: s.start + a.start,
          end: s.start + a.end,
          message: `Texten anger ${kronor(a.value)} för ${FUND_TEXT[fund]}, men beloppen i ärendet blir tillsammans ${kronor(want)}. Rätta summan eller beloppen.`,
        });
      }
    }
  },
};
