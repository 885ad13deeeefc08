/**
 * The house-style profile as the drafter sees it: the order of the sections and their headings.
 * A profile (src/model/profiles) names its sections' headings (avsnitt[].titel) and their order
 * (ordning) and the standard wording the drafter may write (standardtexter → DraftStyle.wording).
 */
import { builtInProfile, type ResolvedProfile } from '../model/profiles/index';
import type { StandardSectionId } from '../model/sections';
import { wordingIds, type DraftStyle } from './wording';

export function styleFromProfile(p: ResolvedProfile): DraftStyle {
  const headings: Partial<Record<StandardSectionId, string>> = {};
  // The profile's title of a section, without an explanation in brackets: "Ärendet (ärendebeskrivning)" → "Ärendet".
  for (const a of p.avsnitt) if (a.titel) headings[a.id] = a.titel.replace(/\s*\([^)]*\)$/, '');
  return { id: p.id, order: p.ordning.flat(), headings, wording: wordingIds(p.standardtexter) };
}

/** The style of the profile the case names (its field profil), when it is a built-in profile. */
export function caseStyle(profil: string | undefined): DraftStyle | undefined {
  const p = profil ? builtInProfile(profil) : undefined;
  return p ? styleFromProfile(p) : undefined;
}
