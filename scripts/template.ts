/**
 * A case written in the spreadsheet layout (docs/import.md): as an .xlsx workbook (sheets Ärende,
 * Projekt and Anvisningar) or as one .csv file (Fält;Värde rows, a blank row, the project table).
 * Used to make the templates in examples/mall/ (scripts/make-templates.js); the importer reads
 * them back to the same case.
 */
import type { Case, CaseInput } from '../src/model/case';
import { COLUMNS, FIELDS, type ColumnKey, signatoryField, MAX_SIGNATORIES } from '../src/io/import/layout';
import { type WriteCell, type WriteSheet, writeXlsx } from './xlsx-writer';
import type { Criteria } from '../src/model/criteria';
import { valueAt } from '../src/model/fields';
import { CRITERIA_SHEET, criteriaRows } from '../src/io/import/criteria-sheet';

type AnyCase = Case | CaseInput;

/** The Ärende block: [label, value] rows in template order (dates as {date}). */
export function metaRows(c: AnyCase): [string, WriteCell][] {
  const rows: [string, WriteCell][] = [];
  const signatories = (c.metadata.underskrifter ?? []) as { namn: string; titel: string; forvaltning?: string }[];
  for (const f of FIELDS) {
    if (f.label === 'Underskrifternas placering') {
      const n = Math.max(1, Math.min(signatories.length, MAX_SIGNATORIES));
      for (let i = 1; i <= n; i++) {
        for (const part of ['namn', 'titel', 'forvaltning'] as const) {
          rows.push([signatoryField(i, part).label, signatories[i - 1]?.[part] ?? '']);
        }
      }
    }
    const v = valueAt(c, f.path);
    /** A scalar value as text (the case's values here are text, numbers or true/false). */
    const text = (x: unknown) => (typeof x === 'string' || typeof x === 'number' || typeof x === 'boolean' ? String(x) : '');
    let cell: WriteCell = '';
    if (v !== undefined && v !== null) {
      switch (f.type) {
        case 'date':
          cell = { date: text(v) };
          break;
        case 'year':
        case 'count':
        case 'amount':
          cell = Number(v);
          break;
        case 'bool':
          cell = v ? 'ja' : 'nej';
          break;
        case 'list':
          cell = (v as string[]).join('; ');
          break;
        case 'doctype':
          cell = v === 'arsrapport' ? 'årsrapport' : 'inriktning och redovisning';
          break;
        case 'placement':
          cell = v === 'sist' ? 'sist' : 'efter förslaget';
          break;
        default:
          cell = text(v);
      }
    }
    rows.push([f.label, cell]);
  }
  return rows;
}

const HEADER: ColumnKey[] = COLUMNS.map((c) => c.key);

/** The project table: header row, then one row per LUM project, MUL trip and FUM study. */
export function projectRows(c: AnyCase): WriteCell[][] {
  const out: WriteCell[][] = [COLUMNS.map((col) => col.label)];
  const row = (values: Partial<Record<ColumnKey, WriteCell>>) => out.push(HEADER.map((k) => values[k] ?? null));
  for (const p of c.lum ?? []) {
    row({
      typ: 'LUM',
      id: p.id,
      namn: p.namn,
      sdf: p.sdf,
      medsokande: (p.medsokande ?? []).join('; ') || null,
      fran: p.ar.fran,
      till: p.ar.till,
      status: p.status === 'fortgar' ? 'fortgår' : 'slutredovisas',
      syfte: p.syfte || null,
      resultat: p.resultat || null,
      forskningspartner: p.forskningspartner,
      belopp: p.belopp,
      bilagor: p.bilaga,
    });
  }
  for (const m of c.mul ?? []) row({ typ: 'MUL', sdf: m.sdf, destination: m.destination, syfte: m.syfte || null, belopp: m.belopp });
  for (const f of c.fum ?? []) {
    row({
      typ: 'FUM',
      namn: f.namn,
      kortnamn: f.kortnamn,
      utforare: f.utforare,
      klart: /^\d{4}-\d{2}-\d{2}$/.test(f.klart ?? '') ? { date: f.klart ?? '' } : f.klart,
      kostnad: f.kostnad,
      status: f.status === 'avslutad' ? 'avslutad' : 'pågår',
      beskrivning: f.beskrivning || null,
      bilagor: (f.bilagor ?? []).join('; ') || null,
    });
  }
  return out;
}

function instructions(): WriteSheet {
  const rows: WriteCell[][] = [['Så fyller du i mallen'], []];
  rows.push(['Bladet Ärende: en rad per uppgift, kolumnerna Fält och Värde. Tomma värden hoppas över. Datum skrivs ÅÅÅÅ-MM-DD.']);
  rows.push(['Bladet Projekt: en rad per projekt (LUM), studieresa (MUL) eller studie (FUM). Kolumnen Typ anger vilket.']);
  rows.push(['Bladens ordning och andra blad (som det här) spelar ingen roll. Rubrikerna får stå i valfri ordning.']);
  rows.push([]);
  rows.push(['Fält (bladet Ärende)', 'Krävs', 'Förklaring']);
  for (const f of FIELDS) {
    if (f.label === 'Underskrifternas placering') {
      rows.push(['Underskrift 1 namn', 'ja', 'Den som skriver under först (förvaltningschef/socialdirektör)']);
      rows.push(['Underskrift 1 titel', 'ja', 'Titel, till exempel Socialdirektör']);
      rows.push(['Underskrift 1 förvaltning', '', 'Förvaltning under titeln']);
      rows.push(['Underskrift 2 namn … 9', '', 'Fler som skriver under, i ordning']);
    }
    rows.push([f.label, f.required ? 'ja' : '', f.help]);
  }
  rows.push([]);
  rows.push(['Kolumn (bladet Projekt)', 'Används för', 'Förklaring']);
  for (const c of COLUMNS) rows.push([c.label, c.kinds.map((k) => k.toUpperCase()).join(', '), c.help]);
  return { name: 'Anvisningar', rows, widths: [32, 14, 90] };
}

/**
 * The case as an .xlsx workbook in the template layout. The sheet Kriterier holds the year's
 * criteria when they are given (criteria-sheet.ts); without them it has the field names and empty
 * values, which the importer ignores.
 */
export function caseToXlsx(c: AnyCase, criteria?: Criteria): Promise<Uint8Array> {
  const meta: WriteSheet = {
    name: 'Ärende',
    rows: [['Fält', 'Värde'], ...metaRows(c).map(([l, v]) => [l, v])],
    widths: [30, 80],
    header: true,
  };
  const projects: WriteSheet = {
    name: 'Projekt',
    rows: projectRows(c),
    widths: [6, 40, 18, 18, 8, 8, 14, 60, 60, 22, 12, 22, 22, 12, 12, 14, 40, 30, 12],
    header: true,
  };
  const kriterier: WriteSheet = {
    name: CRITERIA_SHEET,
    rows: [['Fält', 'Värde'], ...criteriaRows(criteria).map(([l, v]) => [l, v])],
    widths: [30, 90],
    header: true,
  };
  return writeXlsx([meta, projects, kriterier, instructions()]);
}

function csvField(v: WriteCell, delimiter: string): string {
  let s: string;
  if (v === null || v === undefined) s = '';
  else if (typeof v === 'object') s = 'date' in v ? v.date : '';
  else s = String(v);
  if (s.includes(delimiter) || /["\r\n]/.test(s) || s !== s.trim()) return `"${s.replace(/"/g, '""')}"`;
  return s;
}

/** The case as CSV text as Swedish Excel writes it: semicolons, CRLF; the Ärende block, a blank row, the table. */
export function caseToCsv(c: AnyCase, delimiter = ';'): string {
  const lines: string[] = [];
  lines.push(['Fält', 'Värde'].join(delimiter));
  for (const [l, v] of metaRows(c)) lines.push([csvField(l, delimiter), csvField(v, delimiter)].join(delimiter));
  lines.push('');
  for (const r of projectRows(c)) {
    const cells = r.map((v) => csvField(v, delimiter));
    lines.push(cells.join(delimiter));
  }
  return lines.join('\r\n') + '\r\n';
}
