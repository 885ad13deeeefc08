/** Helpers for the import tests: the example case, encodings, zip patching. */
import * as fs from 'fs';
import * as path from 'path';
import type { Case } from '../../../src/model/case';
import { InputError } from '../../../src/model/errors';
import { parseCaseJson } from '../../../src/model/validate';

export const ROOT = path.join(__dirname, '..', '..', '..');

export function readRepoFile(rel: string): Uint8Array {
  return new Uint8Array(fs.readFileSync(path.join(ROOT, rel)));
}

/** examples/seed-002.json as a validated Case, without the $schema hint (spreadsheets carry none). */
export function seed002(): Case {
  const c = parseCaseJson(fs.readFileSync(path.join(ROOT, 'examples/seed-002.json'), 'utf8'), 'examples/seed-002.json');
  delete (c as { $schema?: string }).$schema;
  return c;
}

export function utf8(s: string): Uint8Array {
  return new TextEncoder().encode(s);
}

const CP1252_EXTRA: Record<string, number> = {
  '€': 0x80,
  '‚': 0x82,
  ƒ: 0x83,
  '„': 0x84,
  '…': 0x85,
  '†': 0x86,
  '‡': 0x87,
  ˆ: 0x88,
  '‰': 0x89,
  Š: 0x8a,
  '‹': 0x8b,
  Œ: 0x8c,
  Ž: 0x8e,
  '‘': 0x91,
  '’': 0x92,
  '“': 0x93,
  '”': 0x94,
  '•': 0x95,
  '–': 0x96,
  '—': 0x97,
  '˜': 0x98,
  '™': 0x99,
  š: 0x9a,
  '›': 0x9b,
  œ: 0x9c,
  ž: 0x9e,
  Ÿ: 0x9f,
};

/** Text → Windows-1252 bytes, as Swedish Excel's plain "CSV (semikolonavgränsad)" saves it. */
export function cp1252(s: string): Uint8Array {
  const out: number[] = [];
  for (const ch of s) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) out.push(code);
    else if (ch in CP1252_EXTRA) out.push(CP1252_EXTRA[ch]);
    else throw new Error(`cp1252: ${ch} (U+${code.toString(16)}) finns inte i Windows-1252`);
  }
  return new Uint8Array(out);
}

/** Runs an import and returns the InputError's message; fails the test on success or another error. */
export async function messageOf(run: () => Promise<unknown>): Promise<string> {
  let result: unknown;
  try {
    result = await run();
  } catch (e) {
    if (e instanceof InputError) return e.message;
    throw e;
  }
  throw new Error(`expected an InputError, got a result: ${JSON.stringify(result).slice(0, 300)}`);
}

/** Sets the declared uncompressed size of one entry in a zip's central directory and local header. */
export function patchDeclaredSize(zip: Uint8Array, entry: string, size: number): Uint8Array {
  const out = zip.slice();
  const dv = new DataView(out.buffer);
  const name = new TextEncoder().encode(entry);
  let patched = 0;
  for (let i = 0; i + 46 < out.length; i++) {
    const sig = dv.getUint32(i, true);
    if (sig === 0x02014b50) {
      const len = dv.getUint16(i + 28, true);
      if (len === name.length && name.every((b, j) => out[i + 46 + j] === b)) {
        dv.setUint32(i + 24, size, true);
        patched++;
      }
    } else if (sig === 0x04034b50) {
      const len = dv.getUint16(i + 26, true);
      if (len === name.length && name.every((b, j) => out[i + 30 + j] === b)) {
        dv.setUint32(i + 22, size, true);
        patched++;
      }
    }
  }
  if (patched < 2) throw new Error(`patchDeclaredSize: ${entry} not found`);
  return out;
}
