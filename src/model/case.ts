/**
 * The case format: one JSON document per tjänsteutlåtande ("ärende").
 * These zod schemas are the single source of truth; `npm run schema` writes
 * schema/case.schema.json and schema/criteria.schema.json from them.
 */
import { z } from 'zod';
import { Criteria } from './criteria';
import { IsoDate, Year, Kronor, Text, NonEmpty } from './primitives';

export const Person = z
  .object({
    namn: NonEmpty.meta({ label: 'Namn', help: 'För- och efternamn' }),
    titel: NonEmpty.meta({ label: 'Titel', help: 'Titel, till exempel "Socialdirektör" eller "Avdelningschef"' }),
    forvaltning: Text.optional().meta({
      label: 'Förvaltning',
      help: 'Förvaltning som visas under titeln, till exempel "Socialförvaltningen"',
    }),
  })
  .strict();
export type Person = z.infer<typeof Person>;

export const Metadata = z
  .object({
    forvaltning: NonEmpty.meta({ label: 'Förvaltning', help: 'Förvaltningen som skriver ärendet, till exempel "Socialförvaltningen"' }),
    avdelning: NonEmpty.meta({
      label: 'Avdelning',
      help: 'Avdelningen som skriver ärendet, till exempel "Avdelningen för stadsövergripande sociala frågor"',
    }),
    namnd: NonEmpty.meta({ label: 'Nämnd', help: 'Nämnden som ärendet går till, till exempel "Socialnämnden"' }),
    sammantradesdatum: IsoDate.meta({ label: 'Sammanträdesdatum', help: 'Dagen då nämnden sammanträder och behandlar ärendet' }),
    datum: IsoDate.meta({ label: 'Tjänsteutlåtandets datum', help: 'Datumet som står på tjänsteutlåtandet', column: 'Datum' }),
    dnr: NonEmpty.meta({ label: 'Diarienummer (dnr)', help: 'Ärendets diarienummer, till exempel "3.2.1-792/2020"', column: 'Dnr' }),
    handlaggare: z
      .object({
        namn: NonEmpty.meta({
          label: 'Handläggarens namn',
          help: 'Den som har skrivit ärendet och svarar på frågor om det',
          column: 'Handläggare',
        }),
        telefon: NonEmpty.meta({ label: 'Handläggarens telefon', help: 'Telefonnummer, till exempel "08-508 25 180"', column: 'Telefon' }),
        epost: Text.optional().meta({ label: 'Handläggarens e-post', help: 'E-postadress (valfri)', column: 'E-post' }),
      })
      .strict()
      .meta({ label: 'Handläggare', help: 'Den som har skrivit ärendet' }),
    underskrifter: z.array(Person).min(1, { error: 'ska ha minst en person som skriver under' }).meta({
      label: 'Underskrifter',
      help: 'De som skriver under, i den ordning de står (förvaltningschef först)',
      item: 'Underskrift',
      itemName: 'namn',
    }),
    underskrifterPlacering: z
      .enum(['efter-forslag', 'sist'], { error: 'ska vara "efter-forslag" eller "sist"' })
      .default('efter-forslag')
      .meta({
        label: 'Underskrifternas placering',
        help: 'Var underskrifterna står: "efter-forslag" (efter förslaget till beslut, vanligast) eller "sist" (före Bilagor)',
      }),
    beredning: z
      .object({
        beretts: NonEmpty.meta({
          label: 'Var ärendet beretts',
          help: 'Till exempel "inom avdelningen för stadsövergripande sociala frågor"',
          column: 'Beredning',
        }),
        fouRadet: z
          .boolean()
          .default(false)
          .meta({ label: 'FoU-rådet deltog i beredningen', help: 'Ja om FoU-rådet deltog i beredningen', column: 'FoU-rådet' }),
        forvaltningsgrupp: IsoDate.optional().meta({
          label: 'Förvaltningsgruppen behandlade ärendet',
          help: 'Datum då förvaltningsgruppen behandlade ärendet',
          column: 'Förvaltningsgrupp',
        }),
        funktionshinderradet: IsoDate.optional().meta({
          label: 'Funktionshinderrådet fick ta del av ärendet',
          help: 'Datum då funktionshinderrådet kunde ta del av ärendet',
          column: 'Funktionshinderrådet',
        }),
      })
      .strict()
      .meta({ label: 'Ärendets beredning', help: 'Hur och av vilka ärendet har beretts' }),
    delges: z
      .array(NonEmpty)
      .default(['samtliga stadsdelsnämnder'])
      .meta({ label: 'Delges', help: 'Vilka ärendet delges, till exempel "samtliga stadsdelsnämnder" och "kommunstyrelsen"' }),
  })
  .strict()
  .meta({ label: 'Uppgifter om ärendet', help: 'Dokumenthuvudet, handläggaren, underskrifterna och beredningen' });
export type Metadata = z.infer<typeof Metadata>;

export const YearSpan = z
  .object({
    fran: Year.meta({ label: 'Från år', help: 'Första året, till exempel 2021' }),
    till: Year.meta({ label: 'Till år', help: 'Sista året, till exempel 2023' }),
  })
  .strict()
  .refine((s) => s.till >= s.fran, { error: 'slutåret får inte vara före startåret', path: ['till'] });

export const LumProject = z
  .object({
    id: Text.optional().meta({ label: 'Id', help: 'Valfri egen nyckel, till exempel projektets diarienummer' }),
    namn: NonEmpty.meta({ label: 'Namn', help: 'Projektets namn' }),
    sdf: NonEmpty.meta({
      label: 'Stadsdelsförvaltning',
      help: 'Ägande stadsdelsförvaltning (kort namn, till exempel "Farsta") eller förvaltning ("Socialförvaltningen")',
      column: 'SDF',
    }),
    medsokande: z.array(NonEmpty).default([]).meta({ label: 'Medsökande', help: 'Medsökande stadsdelsförvaltningar' }),
    ar: YearSpan.meta({ label: 'Projektår', help: 'Åren projektet pågår, från och med och till och med' }),
    status: z
      .enum(['slutredovisas', 'fortgar'], { error: 'ska vara "slutredovisas" eller "fortgar"' })
      .meta({ label: 'Status', help: '"slutredovisas" när projektet är klart och redovisas i år, "fortgar" när det pågår' }),
    syfte: Text.default('').meta({ label: 'Syfte', help: 'Projektets syfte, en eller flera meningar' }),
    resultat: Text.default('').meta({ label: 'Resultat', help: 'Vad som gjorts och resultaten; tomma rader skiljer stycken' }),
    forskningspartner: Text.optional().meta({ label: 'Forskningspartner', help: 'Lärosäte eller FoU-enhet som projektet samarbetat med' }),
    gemensamtAgande: z.boolean().default(false).meta({
      label: 'Gemensamt ägande',
      help: 'Ja när alla förvaltningarna äger projektet på lika villkor; då skrivs de som "Norrmalms och Östermalms stadsdelsförvaltningar" i stället för "… tillsammans med …"',
    }),
    belopp: Kronor.optional().meta({ label: 'Belopp', help: 'Beviljat belopp för året, i kronor' }),
    bilaga: NonEmpty.optional().meta({
      label: 'Bilaga',
      help: 'Rubriken på bilagan med slutrapporten; utelämnas den blir den "Slutredovisning. Namn, förvaltning."',
      column: 'Bilagor',
    }),
  })
  .strict();
export type LumProject = z.infer<typeof LumProject>;

export const MulTrip = z
  .object({
    sdf: NonEmpty.meta({ label: 'Stadsdelsförvaltning', help: 'Stadsdelsförvaltning eller förvaltning som reser', column: 'SDF' }),
    destination: NonEmpty.meta({ label: 'Destination', help: 'Vart resan går, till exempel "Helsingfors, Finland"' }),
    syfte: Text.default('').meta({ label: 'Syfte', help: 'Resans syfte' }),
    belopp: Kronor.optional().meta({ label: 'Belopp', help: 'Beviljat belopp i kronor' }),
  })
  .strict();
export type MulTrip = z.infer<typeof MulTrip>;

export const FumStudy = z
  .object({
    namn: NonEmpty.meta({ label: 'Namn', help: 'Studiens namn' }),
    kortnamn: Text.optional().meta({ label: 'Kortnamn', help: 'Kort namn i kostnadstabellen' }),
    utforare: NonEmpty.meta({ label: 'Utförare', help: 'Vem som genomför studien' }),
    klart: NonEmpty.optional().meta({ label: 'Klart', help: 'När studien är klar, datum (ÅÅÅÅ-MM-DD) eller text som "Januari 2021"' }),
    kostnad: Kronor.optional().meta({ label: 'Kostnad', help: 'Kostnad i kronor; studier med kostnad står i kostnadstabellen' }),
    beskrivning: Text.default('').meta({ label: 'Beskrivning', help: 'Beskrivning av studien' }),
    status: z
      .enum(['avslutad', 'pagar'], { error: 'ska vara "avslutad" eller "pagar"' })
      .default('pagar')
      .meta({ label: 'Status', help: '"avslutad" eller "pagar" (pågår)' }),
    bilagor: z.array(NonEmpty).default([]).meta({ label: 'Bilagor', help: 'Bilagor som hör till studien (rubriker)' }),
  })
  .strict();
export type FumStudy = z.infer<typeof FumStudy>;

export const CriteriaRef = z
  .object({ ar: Year.meta({ label: 'Kriterieår', help: 'Utlysningsåret; kriterierna hämtas från den inbyggda filen för året' }) })
  .strict();

/**
 * Full criteria by shape: an object with any of the criteria's own fields besides "ar" ("lum",
 * "kriterier", "teman" …). An object with only "ar" is a reference to a built-in year.
 */
function isFullCriteria(v: unknown): boolean {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  return Object.keys(v).some((k) => k !== 'ar' && k !== '$schema' && k in Criteria.shape);
}

/**
 * The case's criteria: a reference ({"ar": 2025}) or the whole criteria, chosen by shape. A plain
 * union reports the branch that fails least — for full criteria with one wrong amount, every field
 * as "okänt fält" for the reference — so full criteria are checked against Criteria alone, and an
 * object with "ar" and no other field of the criteria against the reference alone. Anything else
 * (no "ar", not an object) fits neither, and the union says what the field takes.
 */
export const CaseCriteria = z.preprocess(
  (value, ctx) => {
    const isRef = !isFullCriteria(value) && typeof value === 'object' && value !== null && 'ar' in value;
    if (!isRef && !isFullCriteria(value)) return value;
    const r = (isRef ? CriteriaRef : Criteria).safeParse(value, { reportInput: true });
    if (!r.success) ctx.issues.push(...(r.error.issues as z.core.$ZodRawIssue[]));
    return value;
  },
  z.union([CriteriaRef, Criteria]),
);

export const DocumentKind = z.enum(['inriktning-redovisning', 'arsrapport'], {
  error: 'ska vara "inriktning-redovisning" eller "arsrapport"',
});
export type DocumentKind = z.infer<typeof DocumentKind>;

export const Case = z
  .object({
    $schema: Text.optional().meta({ label: 'Schema', help: 'Adressen till JSON Schema-filen; används av redigeringsprogram' }),
    version: z
      .literal(1, { error: 'ska vara 1 (formatets version)' })
      .default(1)
      .meta({ label: 'Formatversion', help: 'Ärendeformatets version; alltid 1' }),
    dokumenttyp: DocumentKind.meta({
      label: 'Dokumenttyp',
      help: '"inriktning-redovisning" (inriktning och redovisning) eller "arsrapport" (årsrapport om FoU-medel)',
    }),
    titel: Text.optional().meta({ label: 'Titel', help: 'Egen titel; utelämnas den skrivs titeln utifrån åren' }),
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
        inriktning: Year.optional().meta({ label: 'Inriktningsår', help: 'Året som inriktningen gäller (utlysningsåret)' }),
        redovisning: Year.meta({ label: 'Redovisningsår', help: 'Året som redovisas' }),
      })
      .strict()
      .meta({ label: 'År', help: 'Åren som ärendet gäller' }),
    kriterier: CaseCriteria.optional().meta({
      label: 'Kriterier',
      help: 'Årets kriterier: {"ar": 2025} för ett inbyggt år, eller hela kriterierna',
    }),
    texter: z
      .object({
        sammanfattning: Text.optional().meta({ label: 'Sammanfattning', help: 'Egen sammanfattning; ersätter standardtexten' }),
        bakgrund: Text.optional().meta({ label: 'Bakgrund', help: 'Egen bakgrund; ersätter standardtexten' }),
        synpunkter: Text.optional().meta({
          label: 'Synpunkter',
          help: 'Förvaltningens egna synpunkter och förslag; ersätter standardtexten',
        }),
        mulRedovisning: Text.optional().meta({ label: 'MUL-redovisning', help: 'Egen text om årets studieresor; ersätter standardtexten' }),
        arendetInledning: Text.optional().meta({ label: 'Ärendets inledning', help: 'Eget inledande stycke under Ärendet' }),
        beredning: Text.optional().meta({
          label: 'Beredning, eget stycke',
          help: 'Ett stycke efter standardmeningarna i Ärendets beredning, till exempel vilka som ingår i FoU-rådet',
        }),
        inriktning: Text.optional().meta({
          label: 'Inriktning, eget stycke',
          help: 'Ett stycke efter årets kriterier, till exempel att kriterierna är desamma som förra året',
        }),
      })
      .strict()
      .default({})
      .meta({ label: 'Egna stycken', help: 'Egna stycken som ersätter eller kompletterar standardtexten' }),
    lum: z.array(LumProject).default([]).meta({
      label: 'LUM-projekt',
      help: 'Lokala utvecklingsprojekt (LUM) som slutredovisas eller pågår',
      item: 'LUM-projekt',
      itemName: 'namn',
    }),
    mul: z.array(MulTrip).default([]).meta({
      label: 'Studieresor (MUL)',
      help: 'Studieresor med medel för utveckling och lärande (MUL)',
      item: 'Studieresa',
      itemName: 'destination',
    }),
    fum: z.array(FumStudy).default([]).meta({
      label: 'FUM-studier',
      help: 'Studier med forsknings- och utvecklingsmedel (FUM)',
      item: 'FUM-studie',
      itemName: 'namn',
    }),
    mulBeviljadeAntal: z
      .number({ error: 'ska vara ett antal (ett tal)' })
      .int({ error: 'ska vara ett helt tal' })
      .min(0, { error: 'får inte vara negativt' })
      .optional()
      .meta({
        label: 'Antal beviljade studieresor',
        help: 'Antal beviljade studieresor (MUL) under redovisningsåret, när resorna inte räknas upp en och en',
      }),
    summor: z
      .object({
        lumBeviljat: Kronor.optional().meta({
          label: 'Summa beviljat LUM',
          help: 'Summa beviljade LUM-medel för året, när projektens belopp saknas',
        }),
        mulBeviljat: Kronor.optional().meta({
          label: 'Summa beviljat MUL',
          help: 'Summa beviljade MUL-medel för året, när resornas belopp saknas',
        }),
      })
      .strict()
      .default({})
      .meta({ label: 'Summor', help: 'Årets summor, när beloppen inte står per projekt eller resa' }),
    slutrapporterSomBilagor: z.boolean().default(true).meta({
      label: 'Slutrapporterna är bilagor',
      help: 'Ja när de slutredovisade projektens slutrapporter följer med som bilagor (som 2024); nej när ärendet inte har några sådana bilagor (som 2016)',
    }),
    mulRapporterPaKunskapsbanken: z.boolean().default(false).meta({
      label: 'Studieresornas rapporter på Kunskapsbanken',
      help: 'Ja när studieresornas slutrapporter finns på Kunskapsbanken (som 2024); då skriver utkastet det. Nej annars.',
    }),
    bilagor: z.array(NonEmpty).default([]).meta({ label: 'Bilagor', help: 'Ytterligare bilagor, efter projektens slutredovisningar' }),
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
