/**
 * The section checklist the pane shows: each section of the profile, found or not, empty or not,
 * required or not — computed from the same structure the section rules read, so the two agree.
 */
import { SECTION_TITLES, type StandardSectionId } from '../model/sections';
import type { ResolvedProfile } from '../model/profiles/index';
import { buildStructure, defaultStructureProfile, type Structure } from './structure';
import type { DocText } from './types';
import { refersToBilaga, sectionHasText } from './section-facts';

export interface ChecklistEntry {
  id: StandardSectionId;
  /** The section's title in this profile ("Förslag till beslut", "Ärendet (ärendebeskrivning)"). */
  title: string;
  present: boolean;
  /** Present, with no text under the heading. */
  empty: boolean;
  /** Whether the profile requires it: always, when the text refers to a bilaga, as one of a group, or not. */
  required: 'obligatoriskt' | 'valfritt' | 'vid-hanvisning' | 'ett-av';
  /** Index of the heading paragraph (or of the first decision, for a decision part without a heading); -1 when absent. */
  paragraph: number;
}

/** The title a profile gives a section (its own, else the standard heading). */
export function sectionTitle(profile: ResolvedProfile, id: StandardSectionId): string {
  return profile.avsnitt.find((a) => a.id === id)?.titel ?? SECTION_TITLES[id];
}

/** The checklist of a document's sections under a profile (the Stockholm FoU TU's when none is given). */
export function sectionChecklist(doc: DocText | Structure, profile?: ResolvedProfile): ChecklistEntry[] {
  const s = 'paragraphs' in doc ? buildStructure(doc, profile ?? defaultStructureProfile()) : doc;
  const p = s.profile;
  const inGroup = new Set(p.minstEttAv.flat());
  return p.avsnitt.map((a) => {
    const sec = s.byId[a.id];
    const required = a.krav === 'valfritt' && inGroup.has(a.id) ? 'ett-av' : a.krav;
    return {
      id: a.id,
      title: a.titel ?? SECTION_TITLES[a.id],
      present: !!sec,
      empty: !!sec && !sectionHasText(sec),
      required: required === 'vid-hanvisning' && !refersToBilaga(s) ? 'valfritt' : required,
      paragraph: sec ? sec.heading.index : -1,
    };
  });
}
