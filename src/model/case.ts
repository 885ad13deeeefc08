/**
 * The case format: one JSON document per tjänsteutlåtande ("ärende").
 * These zod schemas are the single source of truth; `npm run schema` writes
 * schema/case.schema.json and schema/criteria.schema.json from them.
 */
import { z } from 'zod';
import { Criteria } from './criteria';
import { IsoDate, Year, Kronor, Text, NonEmpty } from './primitives';

export { IsoDate, Year, Kronor, isRealDate } from './primitives';

export const Person = z
  .object({
    namn: NonEmpty.describe('För- och efternamn'),
    titel: NonEmpty.describe('Titel, till exempel "Socialdirektör" eller "Avdelningschef"'),
    forvaltning: Text.optional().describe('Förvaltning som visas under titeln, till exempel "Socialförvaltningen"'),
  })
  .strict();
export type Person = z.infer<typeof Person>;

export const Metadata = z
  .object({
    forvaltning: NonEmpty.describe('Förvaltningen som skriver ärendet, till exempel "Socialförvaltningen"'),
    avdelning: NonEmpty.describe('Avdelningen, till exempel "Avdelningen för stadsövergripande sociala frågor"'),
    namnd: NonEmpty.describe('Nämnden som ärendet går till, till exempel "Socialnämnden"'),
    sammantradesdatum: IsoDate.describe('Datum för nämndens sammanträde'),
    datum: IsoDate.describe('Tjänsteutlåtandets datum'),
    dnr: NonEmpty.describe('Diarienummer, till exempel "3.2.1-792/2020"'),
    handlaggare: z
      .object({
        namn: NonEmpty,
        telefon: NonEmpty.describe('Telefonnummer, till exempel "08-508 25 180"'),
        epost: Text.optional(),
      })
      .strict(),
    underskrifter: z
      .array(Person)
      .min(1, { error: 'ska ha minst en person som skriver under' })
      .describe('De som skriver under, i den ordning de står (förvaltningschef först)'),
    underskrifterPlacering: z
      .enum(['efter-forslag', 'sist'], { error: 'ska vara "efter-forslag" eller "sist"' })
      .default('efter-forslag')
      .describe('Var underskrifterna står: efter förslaget till beslut (vanligast) eller sist, före Bilagor'),
    beredning: z
      .object({
        beretts: NonEmpty.describe('Var ärendet beretts, till exempel "inom avdelningen för stadsövergripande sociala frågor"'),
        fouRadet: z.boolean().default(false).describe('Om FoU-rådet deltog i beredningen'),
        forvaltningsgrupp: IsoDate.optional().describe('Datum då förvaltningsgruppen behandlade ärendet'),
        funktionshinderradet: IsoDate.optional().describe('Datum då funktionshinderrådet kunde ta del av ärendet'),
      })
      .strict(),
    delges: z
      .array(NonEmpty)
      .default(['samtliga stadsdelsnämnder'])
      .describe('Vilka ärendet delges, till exempel ["samtliga stadsdelsnämnder", "kommunstyrelsen"]'),
  })
  .strict();
export type Metadata = z.infer<typeof Metadata>;

export const YearSpan = z
  .object({ fran: Year, till: Year })
  .strict()
  .refine((s) => s.till >= s.fran, { error: 'slutåret får inte vara före startåret', path: ['till'] });

export const LumProject = z
  .object({
    id: Text.optional().describe('Valfri egen nyckel, till exempel projektets diarienummer'),
    namn: NonEmpty.describe('Projektets namn'),
    sdf: NonEmpty.describe('Ägande stadsdelsförvaltning (kort namn, till exempel "Farsta") eller förvaltning ("Socialförvaltningen")'),
    medsokande: z.array(NonEmpty).default([]).describe('Medsökande stadsdelsförvaltningar'),
    ar: YearSpan.describe('Projektår, till exempel {"fran": 2021, "till": 2023}'),
    status: z.enum(['slutredovisas', 'fortgar'], { error: 'ska vara "slutredovisas" eller "fortgar"' }),
    syfte: Text.default('').describe('Projektets syfte, en eller flera meningar'),
    resultat: Text.default('').describe('Vad som gjorts och resultaten; tomma rader skiljer stycken'),
    forskningspartner: Text.optional().describe('Lärosäte eller FoU-enhet som projektet samarbetat med'),
    belopp: Kronor.optional().describe('Beviljat belopp för året, i kronor'),
    bilaga: NonEmpty.optional().describe(
      'Rubriken på bilagan med slutrapporten; utelämnas den blir den "Slutredovisning. Namn, förvaltning."',
    ),
  })
  .strict();
export type LumProject = z.infer<typeof LumProject>;

export const MulTrip = z
  .object({
    sdf: NonEmpty.describe('Stadsdelsförvaltning eller förvaltning som reser'),
    destination: NonEmpty.describe('Vart resan går, till exempel "Helsingfors, Finland"'),
    syfte: Text.default(''),
    belopp: Kronor.optional(),
  })
  .strict();
export type MulTrip = z.infer<typeof MulTrip>;

export const FumStudy = z
  .object({
    namn: NonEmpty.describe('Studiens namn'),
    kortnamn: Text.optional().describe('Kort namn i kostnadstabellen'),
    utforare: NonEmpty.describe('Vem som genomför studien'),
    klart: NonEmpty.optional().describe('När studien är klar, datum (ÅÅÅÅ-MM-DD) eller text som "Januari 2021"'),
    kostnad: Kronor.optional().describe('Kostnad i kronor; studier med kostnad står i kostnadstabellen'),
    beskrivning: Text.default(''),
    status: z.enum(['avslutad', 'pagar'], { error: 'ska vara "avslutad" eller "pagar"' }).default('pagar'),
    bilagor: z.array(NonEmpty).default([]).describe('Bilagor som hör till studien (rubriker)'),
  })
  .strict();
export type FumStudy = z.infer<typeof FumStudy>;

export const CriteriaRef = z.object({ ar: Year.describe('Utlysningsåret; kriterierna hämtas från den inbyggda filen för året') }).strict();

export const DocumentKind = z.enum(['inriktning-redovisning', 'arsrapport'], {
  error: 'ska vara "inriktning-redovisning" eller "arsrapport"',
});
export type DocumentKind = z.infer<typeof DocumentKind>;

export const Case = z
  .object({
    $schema: Text.optional(),
    version: z.literal(1, { error: 'ska vara 1 (formatets version)' }).default(1),
    dokumenttyp: DocumentKind,
    titel: Text.optional().describe('Egen titel; utelämnas den skrivs titeln utifrån åren'),
    profil: z
      .string()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'ska vara en profils id, till exempel "stockholm-fou-tu"' })
      .optional()
      .meta({
        label: 'Granskningsprofil',
        help: 'Husstilen som dokumentet granskas efter, till exempel "stockholm-fou-tu" (tjänsteutlåtande om FoU-medel), "stockholm-tu" eller "tjansteskrivelse". Utelämnas den väljs profilen utifrån dokumentet.',
      }),
    metadata: Metadata,
    ar: z
      .object({
        inriktning: Year.optional().describe('Året som inriktningen gäller (utlysningsåret)'),
        redovisning: Year.describe('Året som redovisas'),
      })
      .strict(),
    kriterier: z
      .union([CriteriaRef, Criteria])
      .optional()
      .describe('Årets kriterier: {"ar": 2025} för ett inbyggt år, eller hela kriterierna'),
    texter: z
      .object({
        sammanfattning: Text.optional(),
        bakgrund: Text.optional(),
        synpunkter: Text.optional(),
        mulRedovisning: Text.optional(),
        arendetInledning: Text.optional(),
      })
      .strict()
      .default({})
      .describe('Egna stycken som ersätter eller kompletterar standardtexten'),
    lum: z.array(LumProject).default([]),
    mul: z.array(MulTrip).default([]),
    fum: z.array(FumStudy).default([]),
    mulBeviljadeAntal: z
      .number({ error: 'ska vara ett antal (ett tal)' })
      .int({ error: 'ska vara ett helt tal' })
      .min(0, { error: 'får inte vara negativt' })
      .optional()
      .describe('Antal beviljade studieresor (MUL) under redovisningsåret, när resorna inte räknas upp i "mul"'),
    summor: z
      .object({
        lumBeviljat: Kronor.optional().describe('Summa beviljade LUM-medel för året, när projektens belopp saknas'),
        mulBeviljat: Kronor.optional().describe('Summa beviljade MUL-medel för året, när resornas belopp saknas'),
      })
      .strict()
      .default({}),
    bilagor: z.array(NonEmpty).default([]).describe('Ytterligare bilagor, efter projektens slutredovisningar'),
  })
  .strict()
  .superRefine((c, ctx) => {
    if (c.dokumenttyp === 'inriktning-redovisning' && c.ar.inriktning === undefined) {
      ctx.addIssue({ code: 'custom', path: ['ar', 'inriktning'], message: 'saknas: en inriktning måste ange vilket år den gäller' });
    }
    if (c.ar.inriktning !== undefined && c.ar.inriktning < c.ar.redovisning) {
      ctx.addIssue({ code: 'custom', path: ['ar', 'inriktning'], message: 'får inte vara före redovisningsåret' });
    }
    c.lum.forEach((p, i) => {
      if (p.ar.fran > c.ar.redovisning) {
        ctx.addIssue({
          code: 'custom',
          path: ['lum', i, 'ar', 'fran'],
          message: `projektet börjar ${p.ar.fran}, efter redovisningsåret ${c.ar.redovisning}`,
        });
      }
    });
  });
export type Case = z.infer<typeof Case>;
/** What a user writes before defaults are filled in. */
export type CaseInput = z.input<typeof Case>;
