/**
 * Standard wording: the sentences a tjänsteutlåtande repeats every year and that no case field
 * holds. Each has an id; a house-style profile names the ids it uses (DraftStyle.wording), and the
 * drafter writes no other sentence of its own that states something the case or the criteria do
 * not say. None of them states a date, a meeting, an amount, a money rule or an attachment.
 */
import { builtInProfile } from '../model/profiles/index';
import type { StandardSectionId } from '../model/sections';

export const WORDING = {
  /** Explains FoU at first use (Bakgrund). */
  'fou-syfte':
    'Socialförvaltningen arbetar med forskning och utveckling (FoU). Målet är en bättre socialtjänst och bättre resultat för brukarna.',
  'fou-praktik': 'Arbetet ska bygga på bästa kunskap och vara nära praktiken. Det ska ha ett tydligt Stockholmsperspektiv.',
  /** What FUM is for (årsrapport). */
  'fum-syfte':
    'Medlen går till större studier för hela staden. En studie kan till exempel visa vad en metod ger eller utvärdera en satsning.',
  /** Where the trips' reports are (seed 002); only when the case says so (mulRapporterPaKunskapsbanken). */
  'mul-kunskapsbanken': 'Slutrapporterna finns på Kunskapsbanken.',
  /** Huvudkriterier are mandatory (criteria of type huvudkriterier). */
  'huvudkriterier-krav': 'Ett projekt måste uppfylla alla huvudkriterier för att få medel.',
  'prioriterade-omraden': 'De prioriterade områdena är inte krav, men de kan ge förtur.',
  'kriterier-prioritering': 'De ansökningar som uppfyller dem bäst får förtur.',
  /** Introduces the decisions repeated in Förvaltningens synpunkter och förslag. */
  'synpunkter-forslag': 'Förvaltningen föreslår följande beslut:',
  /** The attachment label of a project's final report (seed 002). */
  'bilaga-slutredovisning': 'Slutredovisning.',
  /** The fund terms when the year's criteria do not name them (with a warning). */
  'termer-standard': '',
} as const;

export type WordingId = keyof typeof WORDING;
export const WORDING_IDS = Object.keys(WORDING) as WordingId[];

/**
 * What a house-style profile decides about a draft. The checker's profiles (src/model/profiles/)
 * map onto this when one is chosen; without one the Stockholm FoU TU's defaults below apply.
 */
export interface DraftStyle {
  /** The profile's id, for messages. */
  id?: string;
  /** The order of the standard sections. */
  order?: readonly StandardSectionId[];
  /** Headings that differ from the standard ones ("Förvaltningens förslag" …). */
  headings?: Partial<Record<StandardSectionId, string>>;
  /** The standard wording the profile uses; a sentence whose id is not here is left out. */
  wording?: readonly WordingId[];
}

/** The ids of a profile's standardtexter that are standard wording here (a test checks that every built-in id is). */
export function wordingIds(ids: readonly string[]): WordingId[] {
  return ids.filter((id): id is WordingId => (WORDING_IDS as readonly string[]).includes(id));
}

/** The Stockholm FoU tjänsteutlåtande: standard order and headings, the standard wording its profile names. */
let fouWording: readonly WordingId[] | undefined;
export const STOCKHOLM_FOU_STYLE: Required<Pick<DraftStyle, 'wording'>> & DraftStyle = {
  id: 'stockholm-fou-tu',
  // Read from the profile on first use (profiles are validated lazily, so commands start fast).
  get wording(): readonly WordingId[] {
    return (fouWording ??= wordingIds(builtInProfile('stockholm-fou-tu')?.standardtexter ?? []));
  },
};

export function allows(style: DraftStyle | undefined, id: WordingId): boolean {
  return (style?.wording ?? STOCKHOLM_FOU_STYLE.wording).includes(id);
}
