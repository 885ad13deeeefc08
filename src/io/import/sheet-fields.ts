/**
 * Spreadsheet cells → case values (sheet reader, part 3 of 3): text, years, counts, amounts,
 * dates, yes/no, lists and the fixed words (document type, placement, status). Each conversion
 * gives a value or a Swedish sentence saying what is wrong with the cell; where it is, the rows
 * module adds (sheet-rows.ts).
 */
import { parseAmount } from '../../swedish/numbers';
import { parseLongDate } from '../../swedish/dates';
import { type Cell, normalizeName, serialToIso } from './grid';
import type { ColumnKey, FieldDef, ProjectKind } from './layout';

export function cellString(cell: Cell | undefined): string {
  if (!cell) return '';
  switch (cell.kind) {
    case 'text':
      return cell.text.trim();
    case 'number':
      return numberText(cell.value);
    case 'bool':
      return cell.value ? 'SANT' : 'FALSKT';
    case 'date':
      return cell.iso;
    default:
      return '';
  }
}

export function numberText(n: number): string {
  return Number.isInteger(n) ? String(n) : String(n).replace('.', ',');
}

export function setPath(obj: Record<string, unknown>, path: (string | number)[], value: unknown) {
  let o: Record<string | number, unknown> = obj;
  for (let i = 0; i < path.length - 1; i++) {
    const k = path[i];
    const nextIsIndex = typeof path[i + 1] === 'number';
    if (o[k] === undefined) o[k] = nextIsIndex ? [] : {};
    o = o[k] as Record<string | number, unknown>;
  }
  o[path[path.length - 1]] = value;
}

export function quote(s: string): string {
  const short = s.length > 60 ? `${s.slice(0, 57)}…` : s;
  return `"${short.replace(/\s+/g, ' ')}"`;
}

export type Conv<T> = { ok: true; value: T } | { ok: false; what: string };

function specialCell(cell: Cell): Conv<never> | undefined {
  if (cell.kind === 'error')
    return { ok: false, what: `cellen innehåller Excel-felet ${cell.code} i stället för ett värde. Rätta formeln eller skriv in värdet.` };
  if (cell.kind === 'formula') {
    return {
      ok: false,
      what: `cellen har formeln =${cell.formula} men inget sparat resultat (filen har inte räknats om i Excel). Öppna filen i Excel och spara den igen, eller skriv in värdet i stället för formeln.`,
    };
  }
  return undefined;
}

export function convText(cell: Cell, long = false): Conv<string> {
  const sp = specialCell(cell);
  if (sp) return sp;
  if (cell.kind === 'text') {
    const t = cell.text.replace(/\r\n?/g, '\n');
    return { ok: true, value: long ? t.replace(/[ \t]+\n/g, '\n').trim() : t.replace(/\s*\n\s*/g, ' ').trim() };
  }
  return { ok: true, value: cellString(cell) };
}

function convYear(cell: Cell): Conv<number> {
  const sp = specialCell(cell);
  if (sp) return sp;
  if (cell.kind === 'number') return { ok: true, value: cell.value };
  const s = cellString(cell);
  if (/^\d{4}$/.test(s)) return { ok: true, value: Number(s) };
  return { ok: false, what: `${quote(s)} är inte ett årtal; skriv till exempel 2025` };
}

function convCount(cell: Cell): Conv<number> {
  const sp = specialCell(cell);
  if (sp) return sp;
  if (cell.kind === 'number') return { ok: true, value: cell.value };
  const s = cellString(cell);
  if (/^\d{1,9}$/.test(s)) return { ok: true, value: Number(s) };
  if (/^\d{10,}$/.test(s)) return { ok: false, what: `${quote(s)} är ett för stort antal (högst 999 999 999); skriv det verkliga antalet` };
  return { ok: false, what: `${quote(s)} är inte ett antal; skriv ett heltal, till exempel 7` };
}

function convAmount(cell: Cell): Conv<number> {
  const sp = specialCell(cell);
  if (sp) return sp;
  if (cell.kind === 'number') return { ok: true, value: cell.value };
  const s = cellString(cell);
  const v = parseAmount(s);
  if (v !== undefined && !Number.isFinite(v))
    return { ok: false, what: `${quote(s)} är ett tal som är för stort för att räknas med; skriv det verkliga beloppet i kronor` };
  if (v === undefined) return { ok: false, what: `${quote(s)} är inte ett belopp i kronor; skriv till exempel 500 000` };
  return { ok: true, value: v };
}

function isoFromText(s: string): string | undefined {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?$/.exec(s);
  if (iso) return `${iso[1]}-${iso[2].padStart(2, '0')}-${iso[3].padStart(2, '0')}`;
  if (/^(den\s+)?\d{1,2}\s+\p{L}+\s+\d{4}$/iu.test(s)) return parseLongDate(s);
  return undefined;
}

function convDate(cell: Cell, date1904: boolean): Conv<string> {
  const sp = specialCell(cell);
  if (sp) return sp;
  if (cell.kind === 'date') return { ok: true, value: cell.iso };
  if (cell.kind === 'number') {
    const iso = serialToIso(cell.value, date1904);
    if (!iso) return { ok: false, what: `talet ${numberText(cell.value)} går inte att läsa som ett datum; skriv datumet som ÅÅÅÅ-MM-DD` };
    const y = Number(iso.slice(0, 4));
    if (y < 1990 || y > 2100) {
      return {
        ok: false,
        what: `talet ${numberText(cell.value)} blir datumet ${iso} som Excel-datum, vilket inte är rimligt; skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2024-04-23`,
      };
    }
    return { ok: true, value: iso };
  }
  const s = cellString(cell);
  const iso = isoFromText(s);
  if (iso) return { ok: true, value: iso };
  return { ok: false, what: `${quote(s)} är inte ett datum; skriv det som ÅÅÅÅ-MM-DD, till exempel 2024-04-23` };
}

/** FUM "Klart": a date (serial or text) becomes ÅÅÅÅ-MM-DD; other text ("Januari 2021") is kept. */
function convDateOrText(cell: Cell, date1904: boolean): Conv<string> {
  if (cell.kind === 'number' || cell.kind === 'date') return convDate(cell, date1904);
  const t = convText(cell);
  if (!t.ok) return t;
  return { ok: true, value: isoFromText(t.value) ?? t.value };
}

function convBool(cell: Cell): Conv<boolean> {
  const sp = specialCell(cell);
  if (sp) return sp;
  if (cell.kind === 'bool') return { ok: true, value: cell.value };
  const s = normalizeName(cellString(cell));
  if (['ja', 'j', 'x', 'sant', 'true', '1'].includes(s)) return { ok: true, value: true };
  if (['nej', 'n', 'falskt', 'false', '0'].includes(s)) return { ok: true, value: false };
  return { ok: false, what: `${quote(cellString(cell))} är varken ja eller nej; skriv "ja" eller "nej"` };
}

function convList(cell: Cell, splitter: RegExp): Conv<string[]> {
  const t = convText(cell, true);
  if (!t.ok) return t;
  return {
    ok: true,
    value: t.value
      .split(splitter)
      .map((s) => s.trim())
      .filter((s) => s !== ''),
  };
}

function convDoctype(cell: Cell): Conv<string> {
  const t = convText(cell);
  if (!t.ok) return t;
  const k = normalizeName(t.value);
  if (['inriktning redovisning', 'inriktning och redovisning', 'inriktning', 'inriktning samt redovisning'].includes(k))
    return { ok: true, value: 'inriktning-redovisning' };
  if (k === 'arsrapport') return { ok: true, value: 'arsrapport' };
  return { ok: false, what: `${quote(t.value)} är ingen dokumenttyp; skriv "inriktning och redovisning" eller "årsrapport"` };
}

function convPlacement(cell: Cell): Conv<string> {
  const t = convText(cell);
  if (!t.ok) return t;
  const k = normalizeName(t.value);
  if (k.startsWith('efter forslag')) return { ok: true, value: 'efter-forslag' };
  if (k === 'sist' || k === 'sist fore bilagor') return { ok: true, value: 'sist' };
  return { ok: false, what: `${quote(t.value)} är ingen placering; skriv "efter förslaget" eller "sist"` };
}

function convLumStatus(cell: Cell): Conv<string> {
  const t = convText(cell);
  if (!t.ok) return t;
  const k = normalizeName(t.value);
  if (['slutredovisas', 'slutredovisad', 'slutredovisat', 'avslutad', 'avslutat', 'avslutas'].includes(k))
    return { ok: true, value: 'slutredovisas' };
  if (['fortgar', 'pagar', 'fortsatter', 'pagaende', 'fortgaende'].includes(k)) return { ok: true, value: 'fortgar' };
  return { ok: false, what: `${quote(t.value)} är ingen status för LUM; skriv "slutredovisas" eller "fortgår"` };
}

function convFumStatus(cell: Cell): Conv<string> {
  const t = convText(cell);
  if (!t.ok) return t;
  const k = normalizeName(t.value);
  if (['avslutad', 'avslutat', 'klar', 'klart', 'slutredovisas', 'slutredovisad'].includes(k)) return { ok: true, value: 'avslutad' };
  if (['pagar', 'fortgar', 'pagaende'].includes(k)) return { ok: true, value: 'pagar' };
  return { ok: false, what: `${quote(t.value)} är ingen status för FUM; skriv "avslutad" eller "pågår"` };
}

const LIST_SPLIT = /\s*(?:;|\n)\s*/;
const NAME_LIST_SPLIT = /\s*(?:[;,\n]|\soch\s)\s*/;

export function convField(def: FieldDef, cell: Cell, date1904: boolean): Conv<unknown> {
  switch (def.type) {
    case 'text':
      return convText(cell);
    case 'longtext':
      return convText(cell, true);
    case 'date':
      return convDate(cell, date1904);
    case 'year':
      return convYear(cell);
    case 'count':
      return convCount(cell);
    case 'amount':
      return convAmount(cell);
    case 'bool':
      return convBool(cell);
    case 'list':
      return convList(cell, LIST_SPLIT);
    case 'doctype':
      return convDoctype(cell);
    case 'placement':
      return convPlacement(cell);
  }
}

export function convColumn(key: ColumnKey, kind: ProjectKind, cell: Cell, date1904: boolean): Conv<unknown> {
  switch (key) {
    case 'fran':
    case 'till':
      return convYear(cell);
    case 'belopp':
    case 'kostnad':
      return convAmount(cell);
    case 'medsokande':
      return convList(cell, NAME_LIST_SPLIT);
    case 'bilagor':
      return kind === 'lum' ? convText(cell) : convList(cell, LIST_SPLIT);
    case 'status':
      return kind === 'fum' ? convFumStatus(cell) : convLumStatus(cell);
    case 'klart':
      return convDateOrText(cell, date1904);
    case 'syfte':
    case 'resultat':
    case 'beskrivning':
      return convText(cell, true);
    default:
      return convText(cell);
  }
}
