/** Which sections the user picks, what each button says, and the summary after inserting. */
import { ALL_SECTION_IDS, SECTION_TITLES, type SectionId } from '../../model/sections';
import type { ApplyResult, UpdatePlan } from '../../word/types';

export type SectionStatus = 'saknas' | 'finns' | 'andrad' | 'okand';

export const SECTION_LABELS: Record<SectionId, string> = {
  ...SECTION_TITLES,
  huvud: 'Dokumenthuvud (dnr, datum, handläggare)',
  titel: 'Rubrik',
};

export function allSections(): SectionId[] {
  return [...ALL_SECTION_IDS];
}

/** Status per section from an UpdatePlan over all sections. Sections the plan does not mention stay 'okand'. */
export function statusFromPlan(plan: UpdatePlan | undefined): Record<SectionId, SectionStatus> {
  const out = Object.fromEntries(ALL_SECTION_IDS.map((id) => [id, 'okand'])) as Record<SectionId, SectionStatus>;
  if (!plan) return out;
  for (const id of plan.toInsert) out[id] = 'saknas';
  for (const id of plan.toUpdate) out[id] = 'finns';
  for (const c of plan.conflicts) out[c.id] = 'andrad';
  return out;
}

export function actionLabel(status: SectionStatus): 'Infoga' | 'Uppdatera' {
  return status === 'finns' || status === 'andrad' ? 'Uppdatera' : 'Infoga';
}

export function statusText(status: SectionStatus): string {
  switch (status) {
    case 'saknas':
      return 'Finns inte i dokumentet';
    case 'finns':
      return 'Finns i dokumentet';
    case 'andrad':
      return 'Finns, med dina ändringar';
    default:
      return '';
  }
}

/** The picked sections in standard order. */
export function orderedSelection(selected: ReadonlySet<SectionId> | readonly SectionId[]): SectionId[] {
  const set = new Set(selected);
  return ALL_SECTION_IDS.filter((id) => set.has(id));
}

export function toggle(selected: ReadonlySet<SectionId>, id: SectionId, on: boolean): Set<SectionId> {
  const next = new Set(selected);
  if (on) next.add(id);
  else next.delete(id);
  return next;
}

function names(ids: readonly SectionId[]): string {
  const list = ids.map((id) => SECTION_TITLES[id]);
  if (list.length <= 1) return list.join('');
  return `${list.slice(0, -1).join(', ')} och ${list[list.length - 1]}`;
}

function count(n: number): string {
  return n === 1 ? 'ett avsnitt' : `${n} avsnitt`;
}

/** Plain Swedish: what the insert did. */
export function applySummary(r: ApplyResult): string {
  const parts: string[] = [];
  if (r.inserted.length) parts.push(`Infogade ${count(r.inserted.length)}: ${names(r.inserted)}.`);
  if (r.updated.length) parts.push(`Uppdaterade ${count(r.updated.length)}: ${names(r.updated)}.`);
  if (r.skipped.length) parts.push(`Behöll din text i ${count(r.skipped.length)}: ${names(r.skipped)}.`);
  if (!parts.length) return 'Inget ändrades i dokumentet.';
  return parts.join(' ');
}

/**
 * The section status after an apply, without reading the document again: what was inserted or
 * updated is now there and ours; what was skipped is there with the user's changes.
 */
export function planAfterApply(before: UpdatePlan | undefined, r: ApplyResult): UpdatePlan {
  const present = new Set<SectionId>([
    ...(before?.toUpdate ?? []),
    ...(before?.conflicts ?? []).map((c) => c.id),
    ...r.inserted,
    ...r.updated,
    ...r.skipped,
  ]);
  const conflicts = [
    ...(before?.conflicts ?? []).filter((c) => !r.inserted.includes(c.id) && !r.updated.includes(c.id) && !r.skipped.includes(c.id)),
    ...(r.conflicts ?? []),
  ];
  const edited = new Set(conflicts.map((c) => c.id));
  const known = new Set<SectionId>([...present, ...(before?.toInsert ?? [])]);
  return {
    toInsert: ALL_SECTION_IDS.filter((id) => known.has(id) && !present.has(id)),
    toUpdate: ALL_SECTION_IDS.filter((id) => present.has(id) && !edited.has(id)),
    conflicts,
  };
}
