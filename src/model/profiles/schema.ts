/**
 * House-style profiles: what a document kind must contain and how strictly it is checked — its
 * sections with heading synonyms, their order, which rules run at which severity, the
 * abbreviations every reader of it knows, and the district list that applies. Data, not code (the
 * way PerfectIt has style sheets and ESLint shareable configs): one JSON file per profile, validated
 * here; `npm run schema` writes schema/profile.schema.json from this schema.
 */
import { z } from 'zod';

/** The section roles a profile can name (the standard sections of src/model/sections.ts). */
export const PROFILE_SECTION_IDS = ['forslag', 'sammanfattning', 'bakgrund', 'beredning', 'arendet', 'synpunkter', 'bilagor'] as const;

/**
 * The schemas, made on first use (profileSchemas()): a check with a built-in profile never needs
 * them (the built-in profiles are used as their files have them), and making them costs a fresh
 * process about a millisecond.
 */
function make() {
  const ProfileSectionId = z.enum(PROFILE_SECTION_IDS, {
    error: `ska vara ett av avsnitten ${PROFILE_SECTION_IDS.join(', ')}`,
  });

  const RuleLevel = z.enum(['error', 'warning', 'info', 'off'], { error: 'ska vara "error", "warning", "info" eller "off"' });

  const Heading = z
    .string()
    .min(2, { error: 'ska vara en rubrik med minst två tecken' })
    .describe(
      'En rubrik som räknas som avsnittet, utan nummer och skiljetecken på slutet ("Beslutsförslag"). ' +
        'Börjar den med "* " får ett ord i genitiv stå först: "* förslag till beslut" gäller både ' +
        '"Förslag till beslut" och "Förvaltningens förslag till beslut". Stora och små bokstäver spelar ingen roll.',
    );

  const ProfileSection = z
    .object({
      id: ProfileSectionId.describe('Avsnittets roll: forslag, sammanfattning, bakgrund, beredning, arendet, synpunkter eller bilagor'),
      titel: z
        .string()
        .min(1)
        .optional()
        .describe('Rubriken som visas i meddelanden och i checklistan; utelämnas den används standardrubriken'),
      rubriker: z.array(Heading).min(1, { error: 'ska ha minst en rubrik' }).describe('Rubriker (synonymer) som räknas som avsnittet'),
      krav: z
        .enum(['obligatoriskt', 'valfritt', 'vid-hanvisning'], { error: 'ska vara "obligatoriskt", "valfritt" eller "vid-hanvisning"' })
        .default('valfritt')
        .describe('obligatoriskt: måste finnas; valfritt: får finnas; vid-hanvisning: måste finnas när texten hänvisar till en bilaga'),
    })
    .strict();

  const Cue = z
    .object({
      var: z
        .array(z.enum(['rubrik', 'huvud', 'rubriker', 'text'], { error: 'ska vara "rubrik", "huvud", "rubriker" eller "text"' }))
        .min(1)
        .describe(
          'Var orden söks (ett ställe räcker): rubrik (dokumentets titel), huvud (sidhuvud och dokumenthuvud), rubriker (alla rubriker), text (hela dokumentet)',
        ),
      ord: z
        .array(z.string().min(2))
        .min(1)
        .describe('Ord eller fraser; ett räcker. De söks från ordets början, utan hänsyn till stora och små bokstäver'),
      beskrivning: z.string().min(1).describe('Varför profilen valdes när orden finns, i klarspråk: "rubriken nämner FoU-medel"'),
    })
    .strict();

  const Profile = z
    .object({
      $schema: z.string().optional(),
      id: z
        .string()
        .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'ska vara små bokstäver a–z, siffror och bindestreck, till exempel "stockholm-tu"' })
        .describe('Profilens namn i kommandot: tu check --profile <id>'),
      namn: z.string().min(1).describe('Namnet som visas för användaren, till exempel "Tjänsteutlåtande, Stockholms stad"'),
      beskrivning: z.string().default('').describe('Vilka dokument profilen är till för'),
      extends: z.string().optional().describe('En annan profil som den här bygger på; det som står här ersätter eller lägger till'),
      dokumentslag: z.string().min(1).optional().describe('Dokumentets slag, till exempel "tjänsteutlåtande" eller "tjänsteskrivelse"'),
      avsnitt: z.array(ProfileSection).optional().describe('Avsnitten; ett avsnitt med samma id som i profilen man bygger på ersätter det'),
      minstEttAv: z
        .array(z.array(ProfileSectionId).min(2))
        .optional()
        .describe('Grupper där minst ett av avsnitten måste finnas, till exempel [["sammanfattning", "arendet"]]'),
      ordning: z
        .array(z.union([ProfileSectionId, z.array(ProfileSectionId).min(2)]))
        .optional()
        .describe(
          'Avsnittens ordning; en lista i listan är avsnitt som får stå i valfri ordning sinsemellan. Avsnitt som inte står här kontrolleras inte',
        ),
      regler: z
        .record(z.string(), RuleLevel)
        .optional()
        .describe('Högsta allvarlighet per regel: "error", "warning", "info" eller "off" (regeln körs inte)'),
      forkortningar: z
        .array(z.string().min(1))
        .optional()
        .describe('Förkortningar som alla läsare känner till och som inte behöver förklaras'),
      stadsdelar: z
        .enum(['stockholm', 'inga'], { error: 'ska vara "stockholm" eller "inga"' })
        .optional()
        .describe('Vilken lista över stadsdelsförvaltningar som gäller: stockholm, eller inga (då körs inte reglerna om stadsdelar)'),
      fouKriterier: z.boolean().optional().describe('Om årets kriterier för FoU-medel (belopp, gränser) gäller dokumentet'),
      kannetecken: z
        .array(Cue)
        .optional()
        .describe('Det som måste finnas i dokumentet för att profilen ska väljas automatiskt (alla kännetecken måste träffa)'),
      prioritet: z.number().int().optional().describe('Vid flera träffar väljs profilen med högst prioritet'),
      standardtexter: z
        .array(z.string().min(1))
        .optional()
        .describe(
          'Standardtexterna (id) som utkastet får skriva, till exempel "fou-syfte"; en mening vars id inte står här skrivs inte. Utelämnas fältet gäller den överordnade profilens lista',
        ),
    })
    .strict();
  return { ProfileSectionId, RuleLevel, Heading, ProfileSection, Cue, Profile };
}

let made: ReturnType<typeof make> | undefined;

/** The profile's zod schemas: Profile (a whole profile file) and its parts. */
export function profileSchemas(): ReturnType<typeof make> {
  return (made ??= make());
}

type Schemas = ReturnType<typeof make>;
export type ProfileSectionId = z.infer<Schemas['ProfileSectionId']>;
export type RuleLevel = z.infer<Schemas['RuleLevel']>;
export type ProfileSection = z.infer<Schemas['ProfileSection']>;
export type Cue = z.infer<Schemas['Cue']>;
export type ProfileInput = z.input<Schemas['Profile']>;
export type ProfileData = z.infer<Schemas['Profile']>;

/** A profile with its `extends` chain applied: every field has a value. */
export interface ResolvedProfile {
  id: string;
  namn: string;
  beskrivning: string;
  dokumentslag: string;
  avsnitt: ProfileSection[];
  minstEttAv: ProfileSectionId[][];
  ordning: (ProfileSectionId | ProfileSectionId[])[];
  regler: Record<string, RuleLevel>;
  forkortningar: string[];
  stadsdelar: 'stockholm' | 'inga';
  fouKriterier: boolean;
  kannetecken: Cue[];
  prioritet: number;
  /** The standard wording (ids in src/draft/wording.ts) the drafter may write under this profile. */
  standardtexter: string[];
}
