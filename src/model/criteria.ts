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

export const Criteria = z
  .object({
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
      })
      .strict(),
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
  })
  .strict();
export type Criteria = z.infer<typeof Criteria>;
export type CriteriaInput = z.input<typeof Criteria>;
