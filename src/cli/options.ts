/**
 * The options of every command in one table, and the help texts made from it: the overview
 * (`tu --help`) and each command's help list exactly the options the parser accepts, in the same
 * columns, so help and parser cannot drift apart. Only this table is edited to add an option.
 * No imports but the types: `tu --help` loads this file and nothing heavy.
 */
import type { OptionSpecs } from './args';

export const DRAFT_OPTIONS: OptionSpecs = {
  out: {
    type: 'string',
    short: 'o',
    arg: 'FIL',
    help: 'utfilen (.docx). Utan -o skrivs ./utkast.docx; finns den redan\nväljs ett ledigt namn (utkast-2.docx …) och programmet säger vilket.',
  },
  format: {
    type: 'string',
    choices: ['docx', 'text', 'json'],
    arg: 'FORMAT',
    help: 'docx (standard) skriver en Word-fil; text eller json skriver\nutkastet på skärmen i stället.',
  },
  force: {
    type: 'boolean',
    help: 'ersätt utfilen om den redan finns. Utan --force ersätts ingen fil\nsom anges med -o. Länkar, mappar och skrivskyddade filer ersätts aldrig.',
  },
  kriterier: {
    type: 'string',
    arg: 'FIL',
    help: 'årets kriterier från en fil (.json, .csv med Fält;Värde eller .xlsx med\nbladet Kriterier), när ärendet inte har dem och året inte är inbyggt.',
  },
  'utan-kriterier': {
    type: 'boolean',
    help: 'skriv utkastet ändå när årets kriterier saknas: inriktningen blir en\nplatshållare och programmet varnar.',
  },
};

export const CHECK_OPTIONS: OptionSpecs = {
  case: {
    type: 'string',
    arg: 'FIL',
    help: 'ärendets uppgifter (.json, .xlsx eller .csv); då körs också reglerna som\njämför med ärendet (annars används ärendet som finns sparat i dokumentet,\nom det finns)',
  },
  profile: {
    type: 'string',
    arg: 'NAMN|FIL',
    help: 'husstilen att granska efter: stockholm-fou-tu (tjänsteutlåtande om\nFoU-medel), stockholm-tu, tjansteskrivelse (allmän svensk) eller en\negen profilfil (.json, se schema/profile.schema.json). Utan --profile\nanvänds ärendets profil, annars väljs profilen utifrån dokumentet\noch utskriften säger vilken och varför.',
  },
  format: {
    type: 'string',
    choices: ['text', 'json'],
    arg: 'FORMAT',
    help: 'text för läsning (standard) eller json för andra program',
  },
};

export const SCHEMA_OPTIONS: OptionSpecs = {
  out: {
    type: 'string',
    short: 'o',
    arg: 'MAPP',
    help: 'mappen (standard ./schema; skapas om den saknas)',
  },
  force: {
    type: 'boolean',
    help: 'skriv över scheman som finns och skiljer sig (likadana lämnas orörda).\nSchemana är genererade filer: att skriva över dem är det väntade.',
  },
};

/** The help option every command has (args.ts adds it to each table). */
export const HELP_OPTION: OptionSpecs = { help: { type: 'boolean', short: 'h', help: 'den här hjälpen' } };

export interface CommandInfo {
  name: string;
  /** The positional argument(s) as shown in the synopsis. */
  positional: string;
  summary: string;
  options: OptionSpecs;
}

export const COMMANDS: readonly CommandInfo[] = [
  {
    name: 'draft',
    positional: '[<ärende.json|.xlsx|.csv>]',
    summary: 'Skriver ett tjänsteutlåtande. Utan fil används det inbyggda exemplet (ärendet i seed 002).',
    options: DRAFT_OPTIONS,
  },
  { name: 'check', positional: '<dokument.docx>', summary: 'Granskar ett dokument.', options: CHECK_OPTIONS },
  {
    name: 'schema',
    positional: '',
    summary: 'Skriver JSON-scheman för ärendeformatet, årets kriterier och granskningsprofilerna.',
    options: SCHEMA_OPTIONS,
  },
];

/** The column where an option's description starts. */
const HELP_COLUMN = 23;

/** "-o, --out FIL" */
export function optionLabel(name: string, spec: OptionSpecs[string]): string {
  const arg = spec.arg ? ` ${spec.arg}` : '';
  return spec.short ? `-${spec.short}, --${name}${arg}` : `--${name}${arg}`;
}

/** "[-o FIL]", "[--format docx|text|json]" */
function synopsisItem(name: string, spec: OptionSpecs[string]): string {
  const flag = spec.short ? `-${spec.short}` : `--${name}`;
  if (spec.type === 'boolean') return `[${flag}]`;
  return `[${flag} ${spec.choices ? spec.choices.join('|') : (spec.arg ?? 'VÄRDE')}]`;
}

export function synopsis(c: CommandInfo): string {
  return ['tu', c.name, c.positional, ...Object.entries(c.options).map(([n, s]) => synopsisItem(n, s))].filter(Boolean).join(' ');
}

/** The option list of a command's help: label, then the description in one column, continued lines aligned. */
export function optionLines(specs: OptionSpecs): string {
  const out: string[] = [];
  for (const [name, spec] of Object.entries({ ...specs, ...HELP_OPTION })) {
    const label = `  ${optionLabel(name, spec)}`;
    const [first, ...rest] = (spec.help ?? '').split('\n');
    const pad = label.length + 1 >= HELP_COLUMN ? `\n${' '.repeat(HELP_COLUMN)}` : ' '.repeat(HELP_COLUMN - label.length);
    out.push(`${label}${pad}${first}`);
    for (const r of rest) out.push(`${' '.repeat(HELP_COLUMN)}${r}`);
  }
  return out.join('\n');
}

const EXIT_TEXT = `Slutkod: 0 = klart utan fel, 1 = fel i dokumentet eller ärendet,
2 = felaktigt kommando eller en fil som inte kan läsas eller skrivas (finns inte, är ingen
vanlig fil, är för stor eller får inte läsas).`;

export const USAGE = `Användning:
${COMMANDS.map((c) => `  ${synopsis(c)}\n      ${c.summary}`).join('\n')}
  tu <kommando> --help    hjälp om ett kommando, med alla flaggor
  tu --version            programmets version

${EXIT_TEXT}`;

function commandHelp(c: CommandInfo, intro: string, after: string): string {
  return `Användning: ${synopsis(c)}\n\n${intro}\n${optionLines(c.options)}\n${after}`;
}

const byName = (n: string): CommandInfo => COMMANDS.find((c) => c.name === n) as CommandInfo;

export const DRAFT_USAGE = commandHelp(
  byName('draft'),
  'Skriver ett tjänsteutlåtande från ett ärende. Utan fil används det inbyggda exemplet (seed 002).',
  `Det som finns i ärendet men inte står i utkastet skrivs som en lista på stderr.
Slutkod 0 när utkastet är skrivet, 1 när ärendet har fel, 2 vid felaktigt kommando eller
en fil som inte kan läsas eller skrivas (ärendefilen eller filen i --kriterier).`,
);

export const CHECK_USAGE = commandHelp(
  byName('check'),
  'Granskar ett tjänsteutlåtande och skriver ut anmärkningarna.',
  `Slutkod 0 om inget fel hittas, 1 om det finns minst ett fel (eller ärendet har fel),
2 vid felaktigt kommando eller en fil som inte kan läsas (dokumentet, --case eller --profile).
`,
);

export const SCHEMA_USAGE = commandHelp(
  byName('schema'),
  'Skriver JSON-scheman för ärendeformatet (case.schema.json), kriterierna (criteria.schema.json)\noch granskningsprofilerna (profile.schema.json).',
  `Schemana görs från programmets ärendemodell. Har en schemafil ändrats sedan den skrevs ersätts
den bara med --force (eller välj en annan mapp med --out).
Slutkod 0 när schemana är skrivna, 2 vid felaktigt kommando eller en fil som inte kan skrivas.`,
);
