import type { Rule } from '../rule';
import type { RuleContext } from '../rule';
import { findAmounts, fundAt, type AmountHit, type Fund } from '../amounts';
import { blockAfter, blockBefore, blocks, type Block } from '../tables';
import { sentences, twin, type Span } from '../text';
import type { DocParagraph } from '../types';
import { joinList } from '../../swedish/text';
import { mayMatch } from '../scan';
import { kronor } from '../../swedish/numbers';

const FUND_TEXT: Record<Fund, string> = {
  lum: 'de lokala utvecklingsprojekten (lum)',
  mul: 'studieresorna (mul)',
  fum: 'forskningsstudierna (fum)',
};
const STATED = twin(
  /(?<![\p{L}])(totalt|sammanlagt|omfattar|summa|summan|sammantaget|tillsammans|totala|totalkostnad\p{L}*|varav)(?![\p{L}])/iu,
);
/** The word that introduces a total right before its amount: "totalt 1,2 miljoner kronor", "sammanlagt 300 000 kr". */
const TOTAL_BEFORE = twin(/(?<![\p{L}])(?:totalt|sammanlagt|tillsammans|sammantaget|summa|summan|omfattar)(?:\s+(?:\p{L}+)){0,3}\s*$/iu);
const VARAV = twin(/(?<![\p{L}])varav(?![\p{L}])/iu);

const TOTAL_COLUMN = /^(?:summa|totalt|total|tot\.?|sammanlagt|totalsumma)$/i;

/** A plain number in a cell: "3,5", "1 250", "-0,7" (no unit). */
function cellNumber(text: string): number | undefined {
  const t = text.trim();
  if (!/^-?(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:,\d+)?$/.test(t)) return undefined;
  return Number(t.replace(/[ \u00a0\u202f]/g, '').replace(',', '.'));
}

/**
 * A table with a total column ("| | AR | LI | Tot |"): each row's total against the numbers before
 * it. The rows are found from the first number: the cell before it starts the first row, so the
 * header has as many cells as a row.
 */
function totalColumn(ctx: RuleContext, cells: DocParagraph[]): void {
  const firstNumber = cells.findIndex((c) => cellNumber(c.text) !== undefined);
  const width = firstNumber - 1;
  if (width < 3 || cells.length % width !== 0) return;
  const header = cells.slice(0, width).map((c) => c.text.trim());
  const col = header.findIndex((h, i) => i >= 3 && TOTAL_COLUMN.test(h));
  if (col < 0) return;
  for (let r = width; r + width <= cells.length; r += width) {
    const row = cells.slice(r, r + width);
    const parts = row.slice(1, col).map((c) => cellNumber(c.text));
    const total = row[col];
    const stated = cellNumber(total.text);
    if (stated === undefined || parts.some((x) => x === undefined)) continue;
    const sum = (parts as number[]).reduce((a, x) => a + x, 0);
    if (Math.abs(sum - stated) < 0.001 * Math.max(1, Math.abs(stated))) continue;
    ctx.report({
      paragraph: total.index,
      start: 0,
      end: total.text.length,
      messageId: 'rowTotal',
      data: {
        row: row[0].text.trim(),
        stated: total.text.trim(),
        column: header[col],
        sum: String(Math.round(sum * 1000) / 1000).replace('.', ','),
      },
    });
  }
}

type Sums = Partial<Record<Fund, { value: number; source: string }>>;

/**
 * A total and its parts in one sentence: "totalt 900 000 kronor, varav 500 000 kronor till A och
 * 300 000 kronor till B", or "500 000 kronor till A och 400 000 kronor till B, totalt 900 000 kronor".
 */
function totalAgainstParts(ctx: RuleContext, paragraph: number, s: Span, amounts: AmountHit[]): void {
  const varav = VARAV.for(s.text).exec(s.text);
  let total: AmountHit | undefined;
  let parts: AmountHit[] = [];
  if (varav) {
    const before = amounts.filter((x) => x.end <= varav.index);
    total = before[before.length - 1];
    parts = amounts.filter((x) => x.start > varav.index);
    if (!total || parts.length === 0 || before.length > 1 || (parts.length === 1 && parts[0].value <= total.value)) return;
  } else {
    const totalBefore = TOTAL_BEFORE.for(s.text);
    const named = amounts.filter((x) => totalBefore.test(s.text.slice(Math.max(0, x.start - 40), x.start)));
    if (named.length !== 1) return;
    total = named[0];
    // The parts stand all before the total ("A och B, totalt C") or all after it ("totalt C: A till X och B till Y").
    const others = amounts.filter((x) => x !== total);
    if (others.length < 2 || !(others.every((x) => x.end <= total!.start) || others.every((x) => x.start >= total!.end))) return;
    parts = others;
  }
  const sum = parts.reduce((acc, x) => acc + x.value, 0);
  // One part after "varav" may leave the rest unsaid; it may only not be more than the total (checked above).
  if (sum === total.value) return;
  ctx.report({
    paragraph,
    start: s.start + total.start,
    end: s.start + total.end,
    messageId: 'againstParts',
    data: { stated: kronor(total.value), parts: joinList(parts.map((x) => kronor(x.value))), sum: kronor(sum) },
  });
}

/** A total alone in its sentence: against the table or list right before it (or right after it, when the sentence introduces it), else against the case. */
function totalAgainstBlockOrCase(ctx: RuleContext, p: DocParagraph, s: Span, a: AmountHit, sums: Sums): void {
  const { structure } = ctx;
  const at = { paragraph: p.index, start: s.start + a.start, end: s.start + a.end };
  const before = blockBefore(structure, p);
  const after = blockAfter(structure, p);
  const usable = (b: Block | undefined) => (b && !b.totalRow && b.amounts.length >= 2 ? b : undefined);
  const block = usable(before) ?? (s.end >= p.text.trimEnd().length - 1 ? usable(after) : undefined);
  if (block) {
    const sum = block.amounts.reduce((acc, x) => acc + x.value, 0);
    if (sum === a.value) return;
    const where = block === before ? 'ovanför' : 'nedanför';
    ctx.report({
      ...at,
      messageId: 'againstBlock',
      data: { stated: kronor(a.value), block: `${block.kind === 'table' ? 'tabellen' : 'listan'} ${where}`, sum: kronor(sum) },
    });
    return;
  }
  const fund = fundAt(structure, p.index, s.text);
  const want = fund ? sums[fund] : undefined;
  if (!fund || want === undefined || want.value === a.value) return;
  ctx.report({
    ...at,
    messageId: 'againstCase',
    data: { stated: kronor(a.value), fund: FUND_TEXT[fund], source: want.source, sum: kronor(want.value) },
  });
}
const APPROXIMATE = twin(/(?<![\p{L}])(cirka|ca|ungefär|drygt|knappt|omkring|runt|närmare)(?![\p{L}])/iu);

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
      rowTotal: 'Raden ”{row}” har {stated} i kolumnen ”{column}”, men talen före den blir tillsammans {sum}. Rätta summan eller talen.',
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
    const sums: Sums = {};
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

    for (const b of blocks(structure)) if (b.kind === 'table') totalColumn(ctx, b.cells);
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

    // 2. A total stated in the text: against its parts in the same sentence, the table or list right before or after it, else the case.
    // A sentence with one of the words needs a paragraph with it (a cheaper, wider test, one search through the body).
    const words = /totalt|sammanlagt|omfattar|summa|sammantaget|total|tillsammans|varav/i;
    for (const p of mayMatch(structure.body, words)) {
      if (p.inTable) continue;
      if (!words.test(p.text)) continue;
      for (const s of sentences(p.text)) {
        if (!STATED.for(p.text).test(s.text) || APPROXIMATE.for(p.text).test(s.text)) continue;
        const amounts = findAmounts(s.text);
        if (amounts.length >= 2) totalAgainstParts(ctx, p.index, s, amounts);
        else if (amounts.length === 1) totalAgainstBlockOrCase(ctx, p, s, amounts[0], sums);
      }
    }
  },
};
