/**
 * Which house-style profile a check uses: the one named (by the user, `--profile` or the pane's
 * picker), else the case's `profil`, else the one the document's own words point to (detection).
 * The answer says which and why, for the CLI's output and the pane.
 */
import type { Case } from '../model/case';
import {
  builtInProfile,
  builtInProfileIds,
  builtInProfiles,
  detectProfile,
  profileById,
  suggestProfileId,
  DEFAULT_PROFILE_ID,
  type ResolvedProfile,
} from '../model/profiles/index';
import { buildStructure, partsOf } from './structure';
import type { DocText } from './types';

export interface ProfileChoice {
  profile: ResolvedProfile;
  /** How it was chosen: named by the user, taken from the case, or detected from the document. */
  how: 'named' | 'case' | 'detected';
  /** Why, in plain Swedish. */
  reason: string;
}

/** The profile the document's own words point to (title, header block, headings, förvaltning named). */
export function detectDocumentProfile(doc: DocText): ProfileChoice {
  // The structure by the generic profile: its broad headings find the title and the header block of any house.
  const generic = profileById(DEFAULT_PROFILE_ID);
  const s = buildStructure(doc, generic);
  const headerParts = partsOf(doc.paragraphs).headerFooter.map((p) => p.text);
  // The body's texts and its headings' texts, in one pass.
  const headings: string[] = [];
  const text = new Array<string>(s.body.length);
  for (let i = 0; i < s.body.length; i++) {
    const p = s.body[i];
    text[i] = p.text;
    if (p.headingLevel !== null) headings.push(p.text);
  }
  const d = detectProfile(
    {
      title: s.title?.text,
      header: [...headerParts, ...s.preamble.slice(0, 40).map((p) => p.text)],
      headings,
      text,
    },
    builtInProfiles(),
    generic,
  );
  return { profile: d.profile, how: 'detected', reason: d.reason };
}

export function chooseProfile(doc: DocText, kase: Case | undefined, named: ResolvedProfile | string | undefined): ProfileChoice {
  if (named !== undefined) {
    const profile = typeof named === 'string' ? profileById(named) : named;
    return { profile, how: 'named', reason: 'profilen valdes för granskningen' };
  }
  if (kase?.profil) {
    const fromCase = builtInProfile(kase.profil);
    if (fromCase) return { profile: fromCase, how: 'case', reason: 'ärendet anger profilen (fältet profil)' };
    // An unknown profile in the case: the check still runs, and says why another profile was used.
    const d = detectDocumentProfile(doc);
    const near = suggestProfileId(kase.profil);
    return {
      ...d,
      reason: `ärendet anger profilen ”${kase.profil}”, som inte finns${near ? ` (menade du ${near}?)` : ` (inbyggda: ${builtInProfileIds().join(', ')})`}, så den valdes utifrån dokumentet: ${d.reason}`,
    };
  }
  return detectDocumentProfile(doc);
}
