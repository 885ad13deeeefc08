import type { Rule } from '../rule';
import { findAmounts, fundAt, type Fund } from '../amounts';
import { blockBefore, blocks } from '../tables';
import { sentences } from '../text';
import { kronor } from '../../swedish/numbers';

const FUND_TEXT: Record<Fund, string> = {
  lum: 'de lokala utvecklingsprojekten (lum)',
  mul: 'studieresorna (mul)',
  fum: 'forskningsstudierna (fum)',
};
const STATED = /(?<![\p{L}])(totalt|sammanlagt|omfattar|summa|summan|sammantaget|totala|totalkostnad\p{L}*)(?![\p{L}])/iu;
const APPROXIMATE = /(?<![\p{L}])(cirka|ca|ungefär|drygt|knappt|omkring|runt|närmare)(?![\p{L}])/iu;

export const rule: Rule = {
  meta: {
    id: 'total-mismatch',
    title: 'Summa stämmer inte',
    severity: 'error',
    docs: {
      description:
        'En summa i texten eller en summarad i en tabell stämmer inte med delbeloppen före eller efter den (i tabell, lista eller löptext) eller med ärendet.',
    },
    messages: {
      totalRow: 'Summaraden i tabellen anger {stated}, men beloppen i raderna ovanför blir tillsammans {sum}. Rätta summan eller beloppen.',
      againstBlock: 'Texten anger {stated} tillsammans, men beloppen i {block} blir tillsammans {sum}. Rätta summan eller beloppen.',
      againstParts: 'Texten anger {stated} totalt, men delbeloppen ({parts}) blir tillsammans {sum}. Rätta summan eller delbeloppen.',
      againstCase: 'Texten anger {stated} för {fund}, men {source} {sum}. Rätta summan eller beloppen.',
    },
  },
  check(ctx) {
    const { structure } = ctx;
    // What the case says each fund adds up to: the projects' amounts, else the total typed in the case.
    const c = ctx.case;
    const sums: Partial<Record<Fund, { value: number; source: string }>> = {};
    if (c) {
      const sum = (xs: (number | undefined)[]): number | undefined =>
        xs.length > 0 && xs.every((x) => x !== undefined) ? xs.reduce<number>((a, x) => a + (x ?? 0), 0) : undefined;
      const lum = sum(c.lum.map((p) => p.belopp));
      const mul = sum(c.mul.map((t) => t.belopp));
      const fum = sum(c.fum.map((f) => f.kostnad));
      if (lum !== undefined) sums.lum = { value: lum, source: 'beloppen i ärendet blir tillsammans' };
      else if (c.summor.lumBeviljat !== undefined)
        sums.lum = { value: c.summor.lumBeviljat, source: 'ärendets summa (summor.lumBeviljat) är' };
      if (mul !== undefined) sums.mul = { value: mul, source: 'beloppen i ärendet blir tillsammans' };
      else if (c.summor.mulBeviljat !== undefined)
        sums.mul = { value: c.summor.mulBeviljat, source: 'ärendets summa (summor.mulBeviljat) är' };
      if (fum !== undefined) sums.fum = { value: fum, source: 'kostnaderna i ärendet blir tillsammans' };
    }

    // 1. A "Summa" row in a table against the rows above it.
    for (const b of blocks(structure)) {
      if (!b.totalRow || b.amounts.length < 2) continue;
      const want = b.amounts.reduce((a, x) => a + x.value, 0);
      const got = b.totalRow.amount;
      if (got.value === want) continue;
      ctx.report({
        paragraph: got.paragraph.index,
        start: got.start,
        end: got.end,
        messageId: 'totalRow',
        data: { stated: kronor(got.value), sum: kronor(want) },
      });
    }

    // 2. A total stated in the text: against the table or list right before it, else against the case.
    for (const p of structure.body) {
      if (p.inTable) continue;
      // A sentence with one of the words needs a paragraph with it (a cheaper, wider test).
      if (!/totalt|sammanlagt|omfattar|summa|sammantaget|total/i.test(p.text)) continue;
      const block = blockBefore(structure, p);
      const fromBlock = block && !block.totalRow && block.amounts.length >= 2 ? block.amounts.reduce((a, x) => a + x.value, 0) : undefined;
      for (const s of sentences(p.text)) {
        if (!STATED.test(s.text) || APPROXIMATE.test(s.text)) continue;
        const amounts = findAmounts(s.text);
        if (amounts.length !== 1) continue;
        const a = amounts[0];
        const at = { paragraph: p.index, start: s.start + a.start, end: s.start + a.end };
        if (fromBlock !== undefined) {
          if (fromBlock !== a.value) {
            ctx.report({
              ...at,
              messageId: 'againstBlock',
              data: {
                stated: kronor(a.value),
                block: block!.kind === 'table' ? 'tabellen ovanför' : 'listan ovanför',
                sum: kronor(fromBlock),
              },
            });
          }
          continue;
        }
        const fund = fundAt(structure, p.index, s.text);
        if (!fund) continue;
        const want = sums[fund];
        if (want === undefined || want.value === a.value) continue;
        ctx.report({
          ...at,
          messageId: 'againstCase',
          data: { stated: kronor(a.value), fund: FUND_TEXT[fund], source: want.source, sum: kronor(want.value) },
        });
      }
    }
  },
};
