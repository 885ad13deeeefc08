/**
 * CSV as Swedish Excel writes it: semicolons (commas and tabs are detected too), Windows-1252 or
 * UTF-8 with or without BOM (UTF-16 from "Unicode-text" as well), quoted fields with embedded
 * line breaks and doubled quotes. Row numbers are the rows Excel shows when it opens the file.
 */
import { InputError, problem } from '../../model/errors';
import type { Cell, Grid, GridRow } from './grid';

export type Encoding = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';

/** Bytes → text: a BOM decides; otherwise valid UTF-8 is UTF-8 and anything else is Windows-1252. */
export function decodeText(bytes: Uint8Array): { text: string; encoding: Encoding } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

/** 0x80–0x9F in Windows-1252 (the rest of the bytes are their own code points). */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/**
 * Windows-1252 → text. Written out rather than TextDecoder('windows-1252'), which in some Node
 * versions decodes as ISO-8859-1 and turns – ” € into control characters.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  const CHUNK = 8192;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    const part: string[] = [];
    const end = Math.min(bytes.length, i + CHUNK);
    for (let j = i; j < end; j++) {
      const b = bytes[j];
      part.push(b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b));
    }
    out += part.join('');
  }
  return out;
}

export interface CsvRecord {
  /** Row number as Excel shows it (records, not physical lines: a quoted line break stays in its row). */
  row: number;
  fields: string[];
}

/** The delimiter: Excel's "sep=X" line, else the first of ; tab , found outside quotes in the first row. */
export function detectDelimiter(text: string): { delimiter: string; skipFirstLine: boolean } {
  const sep = /^sep=(.)\r?\n/i.exec(text);
  if (sep) return { delimiter: sep[1], skipFirstLine: true };
  let inQuotes = false;
  const counts: Record<string, number> = { ';': 0, '\t': 0, ',': 0 };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (ch === '\n' || ch === '\r')) {
      if (counts[';'] + counts['\t'] + counts[','] > 0) break;
    } else if (!inQuotes && ch in counts) counts[ch]++;
  }
  if (counts[';'] > 0) return { delimiter: ';', skipFirstLine: false };
  if (counts['\t'] > 0) return { delimiter: '\t', skipFirstLine: false };
  if (counts[','] > 0) return { delimiter: ',', skipFirstLine: false };
  return { delimiter: ';', skipFirstLine: false };
}

/**
 * Parses CSV text (RFC 4180 with Excel's habits). A quote inside an unquoted field is kept as a
 * character; an unterminated quoted field is an error naming the row where it starts.
 */
export function parseCsv(text: string, source: string, delimiter: string, firstRow = 1): CsvRecord[] {
  const records: CsvRecord[] = [];
  const n = text.length;
  let fields: string[] = [];
  let row = firstRow;
  let i = 0;
  while (i < n) {
    // one field starts at i
    let field = '';
    if (text[i] === '"') {
      const start = row;
      i++;
      let closed = false;
      while (i < n) {
        const q = text.indexOf('"', i);
        if (q < 0) {
          i = n;
          break;
        }
        field += text.slice(i, q);
        if (text[q + 1] === '"') {
          field += '"';
          i = q + 2;
          continue;
        }
        i = q + 1;
        closed = true;
        break;
      }
      if (closed && i < n && text[i] !== delimiter && text[i] !== '\n' && text[i] !== '\r' && /[\r\n]/.test(field)) {
        // A quote that "closes" lines later, in the middle of a field: the opening quote was never meant to open one.
        const lines = field.split(/\r\n|\r|\n/).length - 1;
        throw new InputError(source, [
          problem({
            row: start,
            what: `ett citattecken (") öppnar ett fält som inte stängs på samma rad; nästa citattecken kommer först ${lines} ${lines === 1 ? 'radbrytning' : 'radbrytningar'} längre ned, mitt i ett värde. Troligen saknas ett avslutande " på rad ${start}, eller så ska citattecknet skrivas dubbelt ("").`,
          }),
        ]);
      }
      if (!closed) {
        throw new InputError(source, [
          problem({
            row: start,
            what: 'ett citattecken (") öppnar ett fält som aldrig stängs. Kontrollera att varje fält som börjar med " också slutar med ".',
          }),
        ]);
      }
    }
    // the rest of the field, up to a delimiter or a line end (text after a closing quote is kept, as Excel does)
    let j = i;
    while (j < n) {
      const ch = text[j];
      if (ch === delimiter || ch === '\n' || ch === '\r') break;
      j++;
    }
    field += text.slice(i, j);
    fields.push(field);
    i = j;
    if (i >= n) break;
    if (text[i] === delimiter) {
      i++;
      if (i >= n) fields.push('');
      continue;
    }
    // line end
    i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1;
    records.push({ row, fields });
    fields = [];
    row++;
  }
  if (fields.length) records.push({ row, fields });
  return records;
}

/** CSV bytes → one grid of text cells (rows as Excel shows them), plus how it was read. */
export function readCsv(bytes: Uint8Array, source: string): { grid: Grid; encoding: Encoding; delimiter: string } {
  const { text, encoding } = decodeText(bytes);
  if (text.includes('\u0000')) {
    throw new InputError(
      source,
      'filen innehåller binära data och är ingen textfil (CSV). Spara kalkylbladet i Excel som "CSV UTF-8 (kommaavgränsad)" eller som .xlsx.',
    );
  }
  const { delimiter, skipFirstLine } = detectDelimiter(text);
  const body = skipFirstLine ? text.replace(/^sep=.\r?\n/i, '') : text;
  const records = parseCsv(body, source, delimiter, skipFirstLine ? 2 : 1);
  const rows: GridRow[] = records.map((r) => {
    const cells = new Map<number, Cell>();
    r.fields.forEach((f, i) => {
      if (f !== '') cells.set(i, { kind: 'text', text: f });
    });
    return { row: r.row, cells };
  });
  return { grid: { rows, merges: [] }, encoding, delimiter };
}
