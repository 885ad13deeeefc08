/**
 * The built-in house-style profiles and how a profile is resolved: a profile may extend another
 * (like ESLint's shareable configs); the child's sections replace the parent's by id, its rule
 * levels override the parent's one by one, its abbreviations and detection cues add to the
 * parent's, every other field replaces the parent's. Adding a built-in profile: put <id>.json
 * beside this file and add it to BUILT_IN below. The files are our own data and are used as they
 * are, without validation at run time: test/check/profiles.test.ts fails if a JSON file here is not
 * listed, does not pass the Profile schema, or differs from what the schema makes of it (every
 * default written out, the fields in the schema's order). Profiles from users' files are validated
 * (parseProfile).
 */
import { InputError, zodProblems, type Problem } from '../errors';
import { closest } from '../closest';
import { parseJsonText } from '../json-text';
import { profileSchemas, type ProfileData, type ResolvedProfile } from './schema';
import fou from './stockholm-fou-tu.json';
import stockholm from './stockholm-tu.json';
import generic from './tjansteskrivelse.json';

export * from './schema';
export { detectProfile, type Detection, type DetectionInput } from './detect';

/** The built-in profiles as their files have them, most specific first. */
export const BUILT_IN_PROFILE_DATA: readonly ProfileData[] = [fou, stockholm, generic] as ProfileData[];

/** The profile used when a check names none and the document is not recognised. */
export const DEFAULT_PROFILE_ID = 'tjansteskrivelse';

let parsed: Map<string, ProfileData> | undefined;
function builtIns(): Map<string, ProfileData> {
  if (!parsed) {
    parsed = new Map();
    for (const p of BUILT_IN_PROFILE_DATA) parsed.set(p.id, p);
  }
  return parsed;
}

/** The built-in profiles' ids and Swedish names, for a picker (most specific first). */
export function builtInProfileChoices(): { id: string; namn: string; beskrivning: string }[] {
  return [...builtIns().values()].map((p) => ({ id: p.id, namn: p.namn, beskrivning: p.beskrivning }));
}

export function builtInProfileIds(): string[] {
  return [...builtIns().keys()];
}

export interface ProfileParseOptions {
  /** The checker's rule ids: a rule level for any other id is an error (the model does not know the rules). */
  ruleIds?: readonly string[];
}

/** Rule ids in `regler` that are not rules, each with the closest id as a suggestion. */
function unknownRules(p: ProfileData, ruleIds: readonly string[]): Problem[] {
  return Object.keys(p.regler ?? {})
    .filter((id) => !ruleIds.includes(id))
    .map((id) => {
      const near = closest(id, ruleIds);
      return {
        where: `regler, "${id}"`,
        what: `det finns ingen regel som heter ”${id}”${near ? ` – menade du ${near}?` : `. Reglerna: ${ruleIds.join(', ')}.`}`,
      };
    });
}

/** Validates a profile given as data (a parsed JSON file); throws InputError with Swedish problems. */
export function parseProfile(raw: unknown, source: string, opts: ProfileParseOptions = {}): ProfileData {
  const r = profileSchemas().Profile.safeParse(raw);
  if (!r.success) throw new InputError(source, zodProblems(r.error, [], raw, { inCase: false }));
  const unknown = opts.ruleIds ? unknownRules(r.data, opts.ruleIds) : [];
  if (unknown.length) throw new InputError(source, unknown);
  return r.data;
}

/** Validates a profile file's text; a JSON syntax error is said with its line and column. */
export function parseProfileJson(text: string, source: string, opts: ProfileParseOptions = {}): ProfileData {
  return parseProfile(parseJsonText(text, source), source, opts);
}

/** The built-in profile id a misspelled one most likely means ("stockholm-fuo-tu" → "stockholm-fou-tu"). */
export function suggestProfileId(id: string): string | undefined {
  return builtIns().has(id) ? undefined : closest(id, builtInProfileIds());
}

/** What is wrong with a profile id that is not a built-in profile's, in plain Swedish; undefined when it is one. */
export function unknownProfileText(id: string): string | undefined {
  if (builtIns().has(id)) return undefined;
  const near = suggestProfileId(id);
  return `det finns ingen inbyggd profil som heter ”${id}”${near ? ` – menade du ${near}?` : '.'} Inbyggda profiler: ${builtInProfileIds().join(', ')}.`;
}

const EMPTY: ResolvedProfile = {
  id: '',
  namn: '',
  beskrivning: '',
  dokumentslag: 'tjänsteskrivelse',
  avsnitt: [],
  minstEttAv: [],
  ordning: [],
  regler: {},
  forkortningar: [],
  stadsdelar: 'inga',
  fouKriterier: false,
  kannetecken: [],
  prioritet: 0,
  standardtexter: [],
};

function merge(parent: ResolvedProfile, p: ProfileData): ResolvedProfile {
  const avsnitt = [...parent.avsnitt];
  for (const s of p.avsnitt ?? []) {
    const i = avsnitt.findIndex((x) => x.id === s.id);
    if (i >= 0) avsnitt[i] = s;
    else avsnitt.push(s);
  }
  return {
    id: p.id,
    namn: p.namn,
    beskrivning: p.beskrivning || parent.beskrivning,
    dokumentslag: p.dokumentslag ?? parent.dokumentslag,
    avsnitt,
    minstEttAv: p.minstEttAv ?? parent.minstEttAv,
    ordning: p.ordning ?? parent.ordning,
    regler: { ...parent.regler, ...(p.regler ?? {}) },
    forkortningar: [...new Set([...parent.forkortningar, ...(p.forkortningar ?? [])])],
    stadsdelar: p.stadsdelar ?? parent.stadsdelar,
    fouKriterier: p.fouKriterier ?? parent.fouKriterier,
    kannetecken: [...parent.kannetecken, ...(p.kannetecken ?? [])],
    prioritet: p.prioritet ?? parent.prioritet,
    standardtexter: p.standardtexter ?? parent.standardtexter,
  };
}

/**
 * A profile with its `extends` chain applied. A parent is looked up among the built-ins (or in
 * `others`, profiles read from files). Throws InputError for an unknown parent or a cycle.
 */
export function resolveProfile(p: ProfileData, others: readonly ProfileData[] = [], source = p.id): ResolvedProfile {
  const seen: string[] = [];
  const chain: ProfileData[] = [];
  for (let cur: ProfileData | undefined = p; cur;) {
    if (seen.includes(cur.id)) throw new InputError(source, `profilen ${cur.id} bygger på sig själv (${[...seen, cur.id].join(' → ')}).`);
    seen.push(cur.id);
    chain.unshift(cur);
    const parentId: string | undefined = cur.extends;
    if (!parentId) break;
    const parent: ProfileData | undefined = [p, ...others].find((x) => x.id === parentId) ?? builtIns().get(parentId);
    if (!parent) {
      throw new InputError(source, [
        {
          where: 'extends',
          what: `profilen ${parentId} finns inte. Inbyggda profiler: ${builtInProfileIds().join(', ')}.`,
        },
      ]);
    }
    cur = parent;
  }
  return chain.reduce(merge, EMPTY);
}

const resolvedCache = new Map<string, ResolvedProfile>();

/** A built-in profile by id, resolved; undefined when there is none by that id. */
export function builtInProfile(id: string): ResolvedProfile | undefined {
  let r = resolvedCache.get(id);
  if (r) return r;
  const p = builtIns().get(id);
  if (!p) return undefined;
  r = resolveProfile(p);
  resolvedCache.set(id, r);
  return r;
}

/** All built-in profiles, resolved. */
export function builtInProfiles(): ResolvedProfile[] {
  return builtInProfileIds().map((id) => builtInProfile(id)!);
}

/** A built-in profile by id, or an InputError that lists the built-in ones. */
export function profileById(id: string, source = '--profile'): ResolvedProfile {
  const p = builtInProfile(id);
  if (!p) throw new InputError(source, unknownProfileText(id)!);
  return p;
}
