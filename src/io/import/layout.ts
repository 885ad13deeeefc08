/**
 * The spreadsheet layout (docs/import.md): the fields of the "Ärende" block (Fält | Värde) and the
 * columns of the "Projekt" table. One list of names, used by the reader, the template writer and
 * the documentation. The names of case fields come from the field registry (src/model/fields.ts).
 */
import { fieldColumn } from '../../model/fields';
import { normalizeName } from './grid';

export type FieldType = 'text' | 'longtext' | 'date' | 'year' | 'bool' | 'list' | 'doctype' | 'placement' | 'count' | 'amount';

export interface FieldDef {
  /** The label as the template writes it. */
  label: string;
  /** Path into the Case input, e.g. ['metadata', 'handlaggare', 'namn']. */
  path: (string | number)[];
  type: FieldType;
  /** Other accepted names. */
  aliases?: string[];
  /** Shown in docs/import.md. */
  help: string;
  required?: boolean;
}

/** A field of the case, named in the sheet as the field registry names it (its column name). */
function caseField(path: (string | number)[], def: Omit<FieldDef, 'label' | 'path'>): FieldDef {
  return { label: fieldColumn(path), path, ...def };
}

/** Max signatories read from Underskrift 1 … Underskrift N. */
export const MAX_SIGNATORIES = 9;

export const FIELDS: FieldDef[] = [
  caseField(['dokumenttyp'], {
    type: 'doctype',
    required: true,
    help: '"inriktning och redovisning" eller "årsrapport"',
  }),
  caseField(['titel'], { type: 'text', help: 'Egen titel (valfri); utan den skrivs titeln utifrån åren' }),
  caseField(['metadata', 'forvaltning'], {
    type: 'text',
    required: true,
    help: 'Till exempel Socialförvaltningen',
  }),
  caseField(['metadata', 'avdelning'], {
    type: 'text',
    required: true,
    help: 'Till exempel Avdelningen för stadsövergripande sociala frågor',
  }),
  caseField(['metadata', 'namnd'], {
    type: 'text',
    required: true,
    help: 'Till exempel Socialnämnden',
  }),
  caseField(['metadata', 'sammantradesdatum'], {
    type: 'date',
    required: true,
    help: 'Nämndens sammanträde, ÅÅÅÅ-MM-DD',
  }),
  caseField(['metadata', 'datum'], {
    type: 'date',
    required: true,
    help: 'Tjänsteutlåtandets datum, ÅÅÅÅ-MM-DD',
  }),
  caseField(['metadata', 'dnr'], {
    type: 'text',
    required: true,
    aliases: ['diarienummer'],
    help: 'Till exempel 3.2.1-792/2020',
  }),
  caseField(['metadata', 'handlaggare', 'namn'], {
    type: 'text',
    required: true,
    help: 'Handläggarens namn',
  }),
  caseField(['metadata', 'handlaggare', 'telefon'], {
    type: 'text',
    required: true,
    help: 'Handläggarens telefon, till exempel 08-508 251 80',
  }),
  caseField(['metadata', 'handlaggare', 'epost'], {
    type: 'text',
    aliases: ['epost', 'mejl'],
    help: 'Handläggarens e-post (valfri)',
  }),
  // Underskrift N namn/titel/förvaltning are generated below.
  caseField(['metadata', 'underskrifterPlacering'], {
    type: 'placement',
    aliases: ['underskrifter placering', 'placering av underskrifter'],
    help: '"efter förslaget" (vanligast) eller "sist"',
  }),
  caseField(['metadata', 'beredning', 'beretts'], {
    type: 'text',
    required: true,
    aliases: ['beretts'],
    help: 'Var ärendet beretts, till exempel "inom avdelningen för stadsövergripande sociala frågor"',
  }),
  caseField(['metadata', 'beredning', 'fouRadet'], {
    type: 'bool',
    aliases: ['fou radet deltog'],
    help: '"ja" om FoU-rådet deltog i beredningen, annars "nej"',
  }),
  caseField(['metadata', 'beredning', 'forvaltningsgrupp'], {
    type: 'date',
    aliases: ['forvaltningsgruppen'],
    help: 'Datum då förvaltningsgruppen behandlade ärendet',
  }),
  caseField(['metadata', 'beredning', 'funktionshinderradet'], {
    type: 'date',
    aliases: ['funktionshinderradet datum'],
    help: 'Datum då funktionshinderrådet kunde ta del av ärendet',
  }),
  caseField(['metadata', 'delges'], {
    type: 'list',
    help: 'Vilka ärendet delges; flera skiljs med semikolon eller radbrytning',
  }),
  caseField(['ar', 'inriktning'], {
    type: 'year',
    aliases: ['inriktning'],
    help: 'Året som inriktningen gäller',
  }),
  caseField(['ar', 'redovisning'], {
    type: 'year',
    required: true,
    aliases: ['redovisning'],
    help: 'Året som redovisas',
  }),
  caseField(['kriterier', 'ar'], {
    type: 'year',
    aliases: ['kriterier'],
    help: 'Året vars inbyggda kriterier gäller (2017, 2020 eller 2025)',
  }),
  caseField(['mulBeviljadeAntal'], {
    type: 'count',
    aliases: ['mul antal', 'antal studieresor'],
    help: 'När resorna inte räknas upp i projekttabellen',
  }),
  caseField(['summor', 'lumBeviljat'], { type: 'amount', help: 'När projektens belopp saknas' }),
  caseField(['summor', 'mulBeviljat'], { type: 'amount', help: 'När resornas belopp saknas' }),
  caseField(['mulRapporterPaKunskapsbanken'], {
    type: 'bool',
    help: '"ja" om studieresornas slutrapporter finns på Kunskapsbanken; då skriver utkastet det',
  }),
  caseField(['bilagor'], {
    type: 'list',
    aliases: ['ovriga bilagor'],
    help: 'Ytterligare bilagor efter slutredovisningarna; flera skiljs med semikolon eller radbrytning',
  }),
  caseField(['texter', 'sammanfattning'], {
    type: 'longtext',
    help: 'Egen sammanfattning (valfri)',
  }),
  caseField(['texter', 'bakgrund'], { type: 'longtext', help: 'Egen bakgrund (valfri)' }),
  caseField(['texter', 'synpunkter'], {
    type: 'longtext',
    help: 'Egna synpunkter och förslag (valfri)',
  }),
  caseField(['texter', 'mulRedovisning'], {
    type: 'longtext',
    help: 'Egen text om årets studieresor (valfri)',
  }),
  caseField(['texter', 'arendetInledning'], {
    type: 'longtext',
    aliases: ['inledning'],
    help: 'Eget inledande stycke under Ärendet (valfri)',
  }),
];

const SIGNATORY_PARTS: { part: 'namn' | 'titel' | 'forvaltning'; label: string }[] = [
  { part: 'namn', label: 'namn' },
  { part: 'titel', label: 'titel' },
  { part: 'forvaltning', label: 'förvaltning' },
];

export function signatoryField(n: number, part: 'namn' | 'titel' | 'forvaltning'): FieldDef {
  const label = `Underskrift ${n} ${SIGNATORY_PARTS.find((p) => p.part === part)!.label}`;
  return {
    label,
    path: ['metadata', 'underskrifter', n - 1, part],
    type: 'text',
    required: n === 1 && part !== 'forvaltning',
    help:
      part === 'namn'
        ? `Namn på den som skriver under som nummer ${n}`
        : part === 'titel'
          ? 'Titel, till exempel Socialdirektör'
          : 'Förvaltning under titeln (valfri)',
  };
}

const FIELD_INDEX = new Map<string, FieldDef>();
for (const f of FIELDS) {
  FIELD_INDEX.set(normalizeName(f.label), f);
  for (const a of f.aliases ?? []) FIELD_INDEX.set(normalizeName(a), f);
}

/** A field name as a user wrote it → its definition, or undefined. */
export function findField(name: string): FieldDef | undefined {
  const key = normalizeName(name);
  const f = FIELD_INDEX.get(key);
  if (f) return f;
  const m = /^underskrift (\d+)(?: (namn|titel|forvaltning))?$/.exec(key);
  if (m) {
    const n = Number(m[1]);
    if (n >= 1 && n <= MAX_SIGNATORIES) return signatoryField(n, (m[2] as 'namn' | 'titel' | 'forvaltning' | undefined) ?? 'namn');
  }
  return undefined;
}

/** The label of the field at a Case path such as "metadata.underskrifter[1].titel". */
export function fieldLabelForPath(path: (string | number)[]): string | undefined {
  if (path[0] === 'metadata' && path[1] === 'underskrifter') {
    const n = typeof path[2] === 'number' ? path[2] + 1 : 1;
    const part = path[3] === 'titel' || path[3] === 'forvaltning' ? path[3] : 'namn';
    return signatoryField(n, part).label;
  }
  if (path[0] === 'kriterier') return 'Kriterieår';
  for (let len = path.length; len > 0; len--) {
    const prefix = path.slice(0, len).join('.');
    const f = FIELDS.find((d) => d.path.join('.') === prefix);
    if (f) return f.label;
  }
  if (path[0] === 'metadata' && path[1] === 'handlaggare') return 'Handläggare';
  if (path[0] === 'metadata' && path[1] === 'beredning') return 'Beredning';
  if (path[0] === 'ar') return 'Redovisningsår';
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// The project table

export type ProjectKind = 'lum' | 'mul' | 'fum';
export type ColumnKey =
  | 'typ'
  | 'id'
  | 'namn'
  | 'kortnamn'
  | 'sdf'
  | 'medsokande'
  | 'fran'
  | 'till'
  | 'status'
  | 'syfte'
  | 'resultat'
  | 'forskningspartner'
  | 'belopp'
  | 'destination'
  | 'utforare'
  | 'klart'
  | 'kostnad'
  | 'beskrivning'
  | 'bilagor';

export interface ColumnDef {
  key: ColumnKey;
  label: string;
  aliases: string[];
  kinds: ProjectKind[];
  help: string;
}

export const COLUMNS: ColumnDef[] = [
  { key: 'typ', label: 'Typ', aliases: ['medel', 'fond'], kinds: ['lum', 'mul', 'fum'], help: 'LUM, MUL eller FUM (krävs på varje rad)' },
  {
    key: 'namn',
    label: fieldColumn('lum[].namn'),
    aliases: ['projektnamn', 'projekt', 'projektets namn', 'studie', 'studiens namn'],
    kinds: ['lum', 'fum'],
    help: 'Projektets eller studiens namn',
  },
  {
    key: 'sdf',
    label: fieldColumn('lum[].sdf'),
    aliases: ['stadsdelsforvaltning', 'forvaltning', 'agare'],
    kinds: ['lum', 'mul'],
    help: 'Ägande stadsdelsförvaltning (kort namn, till exempel Farsta) eller förvaltning',
  },
  {
    key: 'medsokande',
    label: fieldColumn('lum[].medsokande'),
    aliases: ['medsokande sdf'],
    kinds: ['lum'],
    help: 'Medsökande förvaltningar; flera skiljs med semikolon, komma eller "och"',
  },
  {
    key: 'fran',
    label: fieldColumn('lum[].ar.fran'),
    aliases: ['fran', 'startar', 'start'],
    kinds: ['lum'],
    help: 'Första projektåret, till exempel 2021',
  },
  {
    key: 'till',
    label: fieldColumn('lum[].ar.till'),
    aliases: ['till', 'slutar', 'slut ar'],
    kinds: ['lum'],
    help: 'Sista projektåret (tomt = samma som Från år)',
  },
  {
    key: 'status',
    label: fieldColumn('lum[].status'),
    aliases: [],
    kinds: ['lum', 'fum'],
    help: 'LUM: slutredovisas eller fortgår. FUM: avslutad eller pågår (tomt = pågår)',
  },
  { key: 'syfte', label: fieldColumn('lum[].syfte'), aliases: [], kinds: ['lum', 'mul'], help: 'Syftet, en eller flera meningar' },
  {
    key: 'resultat',
    label: fieldColumn('lum[].resultat'),
    aliases: ['genomfort och resultat'],
    kinds: ['lum'],
    help: 'Vad som gjorts och resultaten; en tom rad i cellen skiljer stycken',
  },
  {
    key: 'forskningspartner',
    label: fieldColumn('lum[].forskningspartner'),
    aliases: ['forskningsanknytning', 'partner'],
    kinds: ['lum'],
    help: 'Lärosäte eller FoU-enhet',
  },
  {
    key: 'belopp',
    label: fieldColumn('lum[].belopp'),
    aliases: ['belopp kr', 'belopp kronor', 'beviljat belopp', 'beviljat'],
    kinds: ['lum', 'mul'],
    help: 'Beviljat belopp i kronor, till exempel 500 000',
  },
  {
    key: 'destination',
    label: fieldColumn('mul[].destination'),
    aliases: ['resmal'],
    kinds: ['mul'],
    help: 'Vart studieresan går, till exempel Helsingfors, Finland',
  },
  { key: 'utforare', label: fieldColumn('fum[].utforare'), aliases: [], kinds: ['fum'], help: 'Vem som genomför studien' },
  {
    key: 'klart',
    label: fieldColumn('fum[].klart'),
    aliases: ['klar', 'slutdatum'],
    kinds: ['fum'],
    help: 'När studien är klar: ett datum eller text som "Januari 2021"',
  },
  {
    key: 'kostnad',
    label: fieldColumn('fum[].kostnad'),
    aliases: ['kostnad kr', 'kostnad kronor'],
    kinds: ['fum'],
    help: 'Studiens kostnad i kronor',
  },
  {
    key: 'kortnamn',
    label: fieldColumn('fum[].kortnamn'),
    aliases: ['kort namn'],
    kinds: ['fum'],
    help: 'Kort namn i kostnadstabellen (valfri)',
  },
  { key: 'beskrivning', label: fieldColumn('fum[].beskrivning'), aliases: [], kinds: ['fum'], help: 'Beskrivning av studien (valfri)' },
  {
    key: 'bilagor',
    label: fieldColumn('lum[].bilaga'),
    aliases: ['bilaga'],
    kinds: ['lum', 'fum'],
    help: 'LUM: bilagans rubrik (tomt = "Slutredovisning. Namn, förvaltning."). FUM: studiens bilagor; flera skiljs med semikolon eller radbrytning',
  },
  {
    key: 'id',
    label: fieldColumn('lum[].id'),
    aliases: ['nyckel'],
    kinds: ['lum'],
    help: 'Egen nyckel, till exempel projektets diarienummer (valfri)',
  },
];

const COLUMN_INDEX = new Map<string, ColumnDef>();
for (const c of COLUMNS) {
  COLUMN_INDEX.set(normalizeName(c.label), c);
  for (const a of c.aliases) COLUMN_INDEX.set(normalizeName(a), c);
}

export function findColumn(name: string): ColumnDef | undefined {
  return COLUMN_INDEX.get(normalizeName(name));
}

export function columnDef(key: ColumnKey): ColumnDef {
  return COLUMNS.find((c) => c.key === key)!;
}

/** Which column a Case path inside one project points at: lum[3].ar.fran → fran. */
export function columnForPath(kind: ProjectKind, rest: (string | number)[]): ColumnKey | undefined {
  const [a, b] = rest;
  if (a === undefined) return undefined;
  if (a === 'ar') return b === 'fran' ? 'fran' : 'till';
  const keys: Record<string, ColumnKey> = {
    id: 'id',
    namn: 'namn',
    kortnamn: 'kortnamn',
    sdf: 'sdf',
    medsokande: 'medsokande',
    status: 'status',
    syfte: 'syfte',
    resultat: 'resultat',
    forskningspartner: 'forskningspartner',
    belopp: 'belopp',
    destination: 'destination',
    utforare: 'utforare',
    klart: 'klart',
    kostnad: 'kostnad',
    beskrivning: kind === 'fum' ? 'beskrivning' : 'syfte',
    bilagor: 'bilagor',
    bilaga: 'bilagor',
  };
  return typeof a === 'string' ? keys[a] : undefined;
}

export const KIND_LABEL: Record<ProjectKind, string> = { lum: 'LUM', mul: 'MUL', fum: 'FUM' };

export function parseKind(text: string): ProjectKind | undefined {
  const k = normalizeName(text);
  if (k === 'lum' || k === 'lokala utvecklingsmedel') return 'lum';
  if (k === 'mul' || k === 'must' || k === 'studieresa' || k === 'studiebesok') return 'mul';
  if (k === 'fum' || k === 'forsknings och utvecklingsmedel') return 'fum';
  return undefined;
}
