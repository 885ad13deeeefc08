/**
 * The criteria's fields as people name them: the rows of the sheet Kriterier (and of a criteria
 * .csv) and the names in messages about criteria written in a case ("Kriterier, LUM högsta belopp").
 */
export type CriteriaFieldKind = 'text' | 'list' | 'year' | 'kronor' | 'count' | 'bool' | 'date-or-text' | 'date' | 'typ' | 'per';

export interface CriteriaField {
  label: string;
  /** Path in the criteria: "lum.maxBelopp"; for date-or-text the text variant's key follows a "|". */
  path: string;
  kind: CriteriaFieldKind;
  help: string;
}

/** The rows of the sheet, in the order the template shows them. */
export const CRITERIA_FIELDS: readonly CriteriaField[] = [
  { label: 'År', path: 'ar', kind: 'year', help: 'Utlysningsåret, till exempel 2026 (krävs)' },
  { label: 'Källa', path: 'kalla', kind: 'text', help: 'Var kriterierna kommer ifrån, till exempel nämndens beslut' },
  {
    label: 'Kriterietyp',
    path: 'kriterier.typ',
    kind: 'typ',
    help: '"huvudkriterier" (måste uppfyllas) eller "kriterier" (prioriterar) (krävs)',
  },
  { label: 'Kriterium', path: 'kriterier.lista', kind: 'list', help: 'Ett kriterium per rad; upprepa raden för nästa (minst ett)' },
  { label: 'Tema', path: 'teman', kind: 'list', help: 'Ett tema per rad' },
  { label: 'Verksamhetsområde', path: 'verksamhetsomraden', kind: 'list', help: 'Ett område per rad' },
  { label: 'Prioriterat område', path: 'prioriteradeOmraden', kind: 'list', help: 'Ett område per rad' },
  { label: 'LUM högsta belopp', path: 'lum.maxBelopp', kind: 'kronor', help: 'Högsta belopp för ett projekt, i kronor (krävs)' },
  { label: 'LUM belopp per', path: 'lum.beloppPer', kind: 'per', help: '"år" eller "projekt" (krävs)' },
  { label: 'LUM högsta antal år', path: 'lum.maxAr', kind: 'count', help: 'Högsta antal projektår (krävs)' },
  { label: 'LUM ansökan varje år', path: 'lum.ansokanArligen', kind: 'bool', help: '"ja" om projekten måste söka varje år' },
  { label: 'MUL namn', path: 'mul.namn', kind: 'text', help: '"MUL" eller "MUST"' },
  { label: 'MUL högsta belopp', path: 'mul.maxBelopp', kind: 'kronor', help: 'Högsta belopp för en studieresa, i kronor' },
  { label: 'MUL syfte', path: 'mul.syfte', kind: 'text', help: 'Årets text om vad resorna ska ge' },
  { label: 'Högst LUM per SDF och år', path: 'perSdf.maxLumPerAr', kind: 'count', help: 'Antal' },
  { label: 'Högst MUL per SDF och år', path: 'perSdf.maxMulPerAr', kind: 'count', help: 'Antal' },
  { label: 'Högst ansökningar per SDF', path: 'perSdf.maxAnsokningarTotalt', kind: 'count', help: 'Antal, LUM och studieresor sammanlagt' },
  {
    label: 'Utlysningen öppnar',
    path: 'utlysning.oppnar|oppnarText',
    kind: 'date-or-text',
    help: 'Datum ÅÅÅÅ-MM-DD, eller text som "i maj"',
  },
  { label: 'Utlysningen stänger', path: 'utlysning.stanger|stangerText', kind: 'date-or-text', help: 'Datum ÅÅÅÅ-MM-DD, eller text' },
  { label: 'Återbetalning senast', path: 'aterbetalningSenast', kind: 'date', help: 'Sista dag att meddela att medel inte kan användas' },
  {
    label: 'Beslutsmånad',
    path: 'beslutsmanad',
    kind: 'text',
    help: 'Månaden då nämnden beslutar om ansökningarna, till exempel "december"',
  },
  { label: 'LUM förkortning', path: 'termer.lum.forkortning', kind: 'text', help: 'Till exempel LUM' },
  { label: 'LUM medel', path: 'termer.lum.medel', kind: 'text', help: 'Till exempel "lokala utvecklingsmedel"' },
  { label: 'LUM projekt', path: 'termer.lum.projekt', kind: 'text', help: 'Till exempel "lokala utvecklingsprojekt"' },
  { label: 'MUL förkortning', path: 'termer.mul.forkortning', kind: 'text', help: 'MUST (till och med 2017) eller MUL' },
  { label: 'MUL medel', path: 'termer.mul.medel', kind: 'text', help: 'Till exempel "medel för utveckling och lärande"' },
  { label: 'MUL resa', path: 'termer.mul.resa', kind: 'text', help: 'Ordet i singular: "studieresa" eller "studiebesök"' },
  { label: 'MUL resor', path: 'termer.mul.resor', kind: 'text', help: 'Ordet i plural: "studieresor" eller "studiebesök"' },
  { label: 'FUM förkortning', path: 'termer.fum.forkortning', kind: 'text', help: 'Till exempel FUM' },
  { label: 'FUM medel', path: 'termer.fum.medel', kind: 'text', help: 'Till exempel "forsknings- och utvecklingsmedel"' },
];

/** A place in the criteria ("lum.maxBelopp", ["teman", 2]) as people name it: "LUM högsta belopp", "Tema 3". */
export function criteriaFieldLabel(path: readonly PropertyKey[]): string | undefined {
  const keys = path.filter((k): k is string => typeof k === 'string').join('.');
  const index = path.find((k): k is number => typeof k === 'number');
  const f = CRITERIA_FIELDS.find((x) => {
    const [datePath, textKey] = x.path.split('|');
    return datePath === keys || (textKey !== undefined && datePath.replace(/[^.]+$/, textKey) === keys);
  });
  if (!f) return undefined;
  return f.kind === 'list' && index !== undefined ? `${f.label} ${index + 1}` : f.label;
}
