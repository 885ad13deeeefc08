/**
 * The year's criteria for a call (utlysning) of FoU money. They change every year and are data:
 * one JSON file per call year in src/model/criteria/, validated by this schema.
 */
import { z } from 'zod';
import { IsoDate, Kronor, NonEmpty, Text, Year } from './primitives';

const Count = z
  .number({ error: 'ska vara ett antal (ett tal)' })
  .int({ error: 'ska vara ett helt tal' })
  .min(0, { error: 'får inte vara negativt' });

const Word = NonEmpty;

/**
 * The fund names and terms of a year: MUST and "studiebesök" in 2017, MUL and "studieresor" in
 * 2025. Every sentence the drafter writes about a fund, the title included, uses these words.
 */
export const Terms = z
  .object({
    lum: z
      .object({
        forkortning: Word.default('LUM').meta({ label: 'Förkortning för lokala utvecklingsmedel', help: 'Till exempel LUM' }),
        medel: Word.default('lokala utvecklingsmedel').meta({ label: 'Medlens namn', help: 'Till exempel "lokala utvecklingsmedel"' }),
        projekt: Word.default('lokala utvecklingsprojekt').meta({
          label: 'Projektens namn',
          help: 'Till exempel "lokala utvecklingsprojekt"',
        }),
      })
      .strict()
      .default({ forkortning: 'LUM', medel: 'lokala utvecklingsmedel', projekt: 'lokala utvecklingsprojekt' }),
    mul: z
      .object({
        forkortning: Word.meta({ label: 'Förkortning för studieresornas medel', help: 'MUST (till och med 2017) eller MUL' }),
        medel: Word.meta({
          label: 'Medlens namn',
          help: 'Till exempel "medel för studiebesök" (2017) eller "medel för utveckling och lärande" (2025)',
        }),
        resa: Word.meta({ label: 'En resa', help: 'Ordet i singular: "studiebesök" eller "studieresa"' }),
        resor: Word.meta({ label: 'Flera resor', help: 'Ordet i plural: "studiebesök" eller "studieresor"' }),
      })
      .strict(),
    fum: z
      .object({
        forkortning: Word.default('FUM').meta({ label: 'Förkortning för forsknings- och utvecklingsmedel', help: 'Till exempel FUM' }),
        medel: Word.default('forsknings- och utvecklingsmedel').meta({
          label: 'Medlens namn',
          help: 'Till exempel "forsknings- och utvecklingsmedel"',
        }),
      })
      .strict()
      .default({ forkortning: 'FUM', medel: 'forsknings- och utvecklingsmedel' }),
  })
  .strict();
export type Terms = z.infer<typeof Terms>;

/** The terms of the current calls (MUL, studieresor), used when a year's criteria do not name their own. */
export const CURRENT_TERMS: Terms = {
  lum: { forkortning: 'LUM', medel: 'lokala utvecklingsmedel', projekt: 'lokala utvecklingsprojekt' },
  mul: { forkortning: 'MUL', medel: 'medel för utveckling och lärande', resa: 'studieresa', resor: 'studieresor' },
  fum: { forkortning: 'FUM', medel: 'forsknings- och utvecklingsmedel' },
};

/** The terms of studiebesök (MUST), the name of the fund up to the 2017 call. */
export const MUST_TERMS: Terms = {
  ...CURRENT_TERMS,
  mul: { forkortning: 'MUST', medel: 'medel för studiebesök', resa: 'studiebesök', resor: 'studiebesök' },
};

export const Criteria = z
  .object({
    $schema: Text.optional().describe('Sökväg till schema/criteria.schema.json, för redigerarens hjälp'),
    ar: Year.describe('Året som utlysningen gäller (medlen avser)'),
    kalla: Text.optional().describe('Var kriterierna kommer ifrån, till exempel tjänsteutlåtandets datum'),
    teman: z.array(NonEmpty).default([]).describe('Teman för utlysningen'),
    verksamhetsomraden: z.array(NonEmpty).default([]).describe('Verksamhetsområden som temana gäller'),
    prioriteradeOmraden: z.array(NonEmpty).default([]).describe('Prioriterade områden (inte obligatoriska, ger förtur)'),
    kriterier: z
      .object({
        typ: z.enum(['huvudkriterier', 'kriterier'], {
          error: 'ska vara "huvudkriterier" (obligatoriska) eller "kriterier" (prioriterar)',
        }),
        lista: z.array(NonEmpty).min(1, { error: 'ska ha minst ett kriterium' }),
      })
      .strict(),
    lum: z
      .object({
        maxBelopp: Kronor.describe('Högsta belopp för ett lokalt utvecklingsprojekt'),
        beloppPer: z
          .enum(['ar', 'projekt'], { error: 'ska vara "ar" eller "projekt"' })
          .describe('Om högsta beloppet gäller per år eller för hela projektet'),
        maxAr: Count.min(1, { error: 'ska vara minst 1' }).describe('Högsta antal projektår'),
        ansokanArligen: z.boolean().default(false).describe('Om ansökan måste göras varje år'),
      })
      .strict(),
    mul: z
      .object({
        namn: z.enum(['MUL', 'MUST'], { error: 'ska vara "MUL" eller "MUST"' }).default('MUL'),
        maxBelopp: Kronor.optional().describe('Högsta belopp för en studieresa'),
        syfte: Text.optional().describe('Årets beskrivning av vad resorna ska ge').meta({
          label: 'Studieresornas syfte',
          help: 'Årets text om vad studieresorna eller studiebesöken ska ge, en eller två meningar.',
        }),
      })
      .strict(),
    termer: Terms.optional().describe('Fondernas namn och ord det året (till exempel MUST och studiebesök 2017, MUL och studieresor 2025)'),
    perSdf: z
      .object({
        maxLumPerAr: Count.optional(),
        maxMulPerAr: Count.optional(),
        maxAnsokningarTotalt: Count.optional().describe('Högsta antal ansökningar sammanlagt (LUM och studieresor)'),
      })
      .strict()
      .default({}),
    utlysning: z
      .object({
        oppnar: IsoDate.optional(),
        stanger: IsoDate.optional(),
        oppnarText: Text.optional().describe('När uppgiften bara finns som text, till exempel "i maj"'),
        stangerText: Text.optional(),
      })
      .strict()
      .default({}),
    aterbetalningSenast: IsoDate.optional().describe('Senaste dag att meddela att beviljade medel inte kan användas'),
    beslutsmanad: Text.optional().describe('Månaden då nämnden beslutar om årets ansökningar, till exempel "december"').meta({
      label: 'Beslutsmånad',
      help: 'Månaden då nämnden beslutar vilka projekt som får medel, till exempel "december". Utan den skriver utkastet ingen mening om beslutet.',
    }),
  })
  .strict();
export type Criteria = z.infer<typeof Criteria>;

/** The year's terms: those the criteria name, else the ones that go with the fund's name (MUST or MUL). */
export function termsOf(cr: Criteria | undefined): Terms {
  if (cr?.termer) return cr.termer;
  return cr?.mul.namn === 'MUST' ? MUST_TERMS : CURRENT_TERMS;
}
