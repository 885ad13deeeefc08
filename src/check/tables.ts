/**
 * Tables and lists as the rules see them: runs of consecutive table cells (or list items) in the
 * body, the paragraph that introduces each run, the amounts in its cells and the districts in its
 * "Förvaltning" column. Computed once per structure.
 */
import type { DocParagraph } from './types';
import type { Structure } from './structure';
import { findAmounts, fundOf, type Fund } from './amounts';
import { findDistrict as findDistrictRaw, type District } from '../model/districts';
import { memoized } from './text';

/** findDistrict, remembered for the current check. */
export function findDistrict(name: string): District | undefined {
  return memoized('findDistrict', name, findDistrictRaw);
}

export interface AmountCell {
  paragraph: DocParagraph;
  value: number;
  start: number;
  end: number;
}

export interface Block {
  kind: 'table' | 'list';
  /** The cells (or items), in order. */
  cells: DocParagraph[];
  /** The last non-blank body paragraph before the block, when it is not a heading. */
  intro?: DocParagraph;
  /** The first non-blank body paragraph after the block, when it is not a heading. */
  after?: DocParagraph;
  /** Amounts in the cells above a "Summa"/"Totalt" row (one per cell that holds one). */
  amounts: AmountCell[];
  /** The total row: its label cell and its amount, when the table has one. */
  totalRow?: { label: DocParagraph; amount: AmountCell };
  /** Cells that are a district's name ("Farsta", "Kungsholmen (medsökande Norrmalm)"), with the district. */
  districts: { paragraph: DocParagraph; district: District }[];
  /** The fund the introduction speaks of. */
  fund?: Fund;
}

const TOTAL_LABEL = /^(?:summa|totalt|total|sammanlagt|summa totalt|totalsumma)\b[:.]?\s*$/i;

/** A cell holding only a district's name, perhaps with a parenthesis ("Kungsholmen (medsökande …)"). */
function districtOfCell(text: string): District | undefined {
  const t = text.replace(/\s*\([^)]*\)\s*$/, '').trim();
  if (t.length < 3 || t.length > 40) return undefined;
  return findDistrict(t);
}

function makeBlock(kind: Block['kind'], cells: DocParagraph[], intro: DocParagraph | undefined): Block {
  const amounts: AmountCell[] = [];
  let totalRow: Block['totalRow'];
  let label: DocParagraph | undefined;
  const districts: Block['districts'] = [];
  for (const p of cells) {
    if (TOTAL_LABEL.test(p.text.trim())) {
      label = p;
      continue;
    }
    const hits = findAmounts(p.text);
    if (hits.length === 1) {
      const a = { paragraph: p, value: hits[0].value, start: hits[0].start, end: hits[0].end };
      if (label && !totalRow) totalRow = { label, amount: a };
      else if (!label) amounts.push(a);
    }
    if (!label && kind === 'table') {
      const d = districtOfCell(p.text);
      if (d) districts.push({ paragraph: p, district: d });
    }
  }
  return { kind, cells, intro, amounts, totalRow, districts, fund: intro ? fundOf(intro.text) : undefined };
}

const blocksByStructure = new WeakMap<Structure, Block[]>();

/** The body's tables and lists, in order. */
export function blocks(structure: Structure): Block[] {
  let out = blocksByStructure.get(structure);
  if (out) return out;
  out = [];
  const body = structure.body;
  let lastText: DocParagraph | undefined;
  let pending: Block | undefined;
  let i = 0;
  while (i < body.length) {
    const p = body[i];
    const kind: Block['kind'] | undefined = p.inTable ? 'table' : p.isListItem ? 'list' : undefined;
    if (!kind) {
      if (p.text.trim() !== '') {
        lastText = p.headingLevel === null ? p : undefined;
        // The first text after a block, unless it is a heading.
        if (pending && p.headingLevel === null) pending.after = p;
        pending = undefined;
      }
      i++;
      continue;
    }
    const cells: DocParagraph[] = [];
    while (i < body.length && (kind === 'table' ? body[i].inTable : body[i].isListItem && !body[i].inTable)) cells.push(body[i++]);
    const b = makeBlock(kind, cells, lastText);
    out.push(b);
    pending = b;
    lastText = undefined;
  }
  blocksByStructure.set(structure, out);
  return out;
}

/** The table or list that ends right before a paragraph (blank paragraphs between are allowed). */
export function blockBefore(structure: Structure, paragraph: DocParagraph): Block | undefined {
  return blocks(structure).find((b) => b.after === paragraph);
}

/** The table or list that a paragraph introduces (the block right after it). */
export function blockAfter(structure: Structure, paragraph: DocParagraph): Block | undefined {
  return blocks(structure).find((b) => b.intro === paragraph);
}
