/**
 * Validation of what the adapter is asked to write (pure, before any Word call): the draft, the
 * asked sections, and blocks. Every problem names its place (section title, block index, field).
 */
import { InputError, type Problem } from '../model/errors';
import type { Block, DraftDocument, DraftSection } from '../draft/types';
import { ALL_SECTION_IDS, SECTION_TITLES, type SectionId } from '../model/sections';

export const DRAFT_SOURCE = 'Utkastet';

export function isSectionId(x: unknown): x is SectionId {
  return typeof x === 'string' && (ALL_SECTION_IDS as readonly string[]).includes(x);
}

export function sectionOrder(id: SectionId): number {
  return (ALL_SECTION_IDS as readonly string[]).indexOf(id);
}

function checkText(v: unknown, where: string, problems: Problem[]): void {
  if (typeof v !== 'string') problems.push({ where, what: 'ska vara text' });
}

export function validateBlocks(blocks: unknown, where: string, problems: Problem[]): void {
  if (!Array.isArray(blocks)) {
    problems.push({ where, what: 'ska vara en lista med stycken' });
    return;
  }
  blocks.forEach((b: unknown, i) => {
    const w = `${where}[${i}]`;
    if (typeof b !== 'object' || b === null) {
      problems.push({ where: w, what: 'är inte ett stycke' });
      return;
    }
    const blk = b as Block;
    switch (blk.type) {
      case 'heading':
        checkText(blk.text, `${w}.text`, problems);
        if (![1, 2, 3, 4].includes(blk.level)) problems.push({ where: `${w}.level`, what: 'rubriknivån ska vara 1, 2, 3 eller 4' });
        break;
      case 'paragraph':
        checkText(blk.text, `${w}.text`, problems);
        if (blk.placeholders !== undefined) {
          if (!Array.isArray(blk.placeholders)) problems.push({ where: `${w}.placeholders`, what: 'ska vara en lista med platshållare' });
          else
            blk.placeholders.forEach((r, j) => {
              const len = typeof blk.text === 'string' ? blk.text.length : 0;
              const ok = r && Number.isInteger(r.start) && Number.isInteger(r.end) && r.start >= 0 && r.start < r.end && r.end <= len;
              if (!ok) problems.push({ where: `${w}.placeholders[${j}]`, what: 'platshållaren ligger inte inom stycket' });
              else if (typeof r.id !== 'string' || r.id === '')
                problems.push({ where: `${w}.placeholders[${j}].id`, what: 'platshållaren saknar id' });
            });
        }
        break;
      case 'list':
        if (!Array.isArray(blk.items)) problems.push({ where: `${w}.items`, what: 'ska vara en lista med punkter' });
        else
          blk.items.forEach((it, j) => {
            checkText(it?.text, `${w}.items[${j}].text`, problems);
            if (it?.body !== undefined) {
              if (!Array.isArray(it.body)) problems.push({ where: `${w}.items[${j}].body`, what: 'ska vara en lista med stycken' });
              else it.body.forEach((t, k) => checkText(t, `${w}.items[${j}].body[${k}]`, problems));
            }
          });
        break;
      case 'table': {
        if (!Array.isArray(blk.header) || blk.header.length === 0) {
          problems.push({ where: `${w}.header`, what: 'en tabell måste ha minst en kolumn' });
          break;
        }
        blk.header.forEach((t, k) => checkText(t, `${w}.header[${k}]`, problems));
        if (!Array.isArray(blk.rows)) problems.push({ where: `${w}.rows`, what: 'ska vara en lista med rader' });
        else
          blk.rows.forEach((r, j) => {
            if (!Array.isArray(r) || r.length !== blk.header.length) {
              problems.push({
                where: `${w}.rows[${j}]`,
                what: `raden har ${Array.isArray(r) ? r.length : 0} celler men tabellen har ${blk.header.length} kolumner`,
              });
            } else r.forEach((t, k) => checkText(t, `${w}.rows[${j}][${k}]`, problems));
          });
        break;
      }
      case 'signatures':
        if (!Array.isArray(blk.people)) problems.push({ where: `${w}.people`, what: 'ska vara en lista med personer' });
        else
          blk.people.forEach((p, j) => {
            checkText(p?.namn, `${w}.people[${j}].namn`, problems);
            checkText(p?.titel, `${w}.people[${j}].titel`, problems);
            if (p?.forvaltning !== undefined) checkText(p.forvaltning, `${w}.people[${j}].forvaltning`, problems);
          });
        break;
      default:
        problems.push({ where: `${w}.type`, what: `okänd sorts stycke "${String((blk as { type?: unknown }).type)}"` });
    }
  });
}

/** The asked sections in standard order, each present in the draft and well formed; else InputError. */
export function validateRequest(doc: DraftDocument, ids: readonly SectionId[]): DraftSection[] {
  const problems: Problem[] = [];
  if (!doc || !Array.isArray(doc.sections)) throw new InputError(DRAFT_SOURCE, 'utkastet saknar avsnitt');
  if (!Array.isArray(ids) || ids.length === 0)
    throw new InputError(DRAFT_SOURCE, 'inga avsnitt är valda. Välj minst ett avsnitt att infoga.');
  const wanted: SectionId[] = [];
  for (const id of ids) {
    if (!isSectionId(id)) problems.push({ where: 'avsnitt', what: `"${String(id)}" är inget avsnitt i ett tjänsteutlåtande` });
    else if (!wanted.includes(id)) wanted.push(id);
  }
  wanted.sort((a, b) => sectionOrder(a) - sectionOrder(b));
  const out: DraftSection[] = [];
  for (const id of wanted) {
    const s = doc.sections.find((x) => x && x.id === id);
    if (!s) {
      problems.push({ where: SECTION_TITLES[id], what: 'avsnittet finns inte i utkastet' });
      continue;
    }
    if (s.heading !== null) checkText(s.heading, `${SECTION_TITLES[id]}: rubrik`, problems);
    if (s.heading !== null && s.headingLevel !== 1 && s.headingLevel !== 2)
      problems.push({ where: `${SECTION_TITLES[id]}: rubriknivå`, what: 'ska vara 1 eller 2' });
    validateBlocks(s.blocks, SECTION_TITLES[id], problems);
    out.push(s);
  }
  if (problems.length) throw new InputError(DRAFT_SOURCE, problems);
  return out;
}
