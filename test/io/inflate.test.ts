/**
 * zip.ts inflates with Node's zlib when it can and with fflate otherwise (the task pane). The two
 * must give the same bytes, or the same error, for every input: here on intact, damaged,
 * truncated and padded deflate streams of real .docx parts, and with caps at and below the size.
 */
import * as fs from 'fs';
import * as path from 'path';
import { deflateRawSync } from 'zlib';
import { unzipSync } from 'fflate';
import { InputError } from '../../src/model/errors';
import { inflateRaw } from '../../src/io/zip';

const REAL = path.resolve(__dirname, '../../../shared/real-docx/python-docx');

function parts(): Uint8Array[] {
  const out: Uint8Array[] = [];
  const files = fs.existsSync(REAL) ? fs.readdirSync(REAL).filter((n) => n.endsWith('.docx')) : [];
  for (const n of files.slice(0, 6)) {
    const zip = unzipSync(new Uint8Array(fs.readFileSync(path.join(REAL, n))));
    for (const [name, bytes] of Object.entries(zip)) if (/\.xml$/.test(name) && bytes.length > 0) out.push(bytes);
  }
  out.push(new TextEncoder().encode('<w:t>Åäö</w:t>'.repeat(5000)));
  return out;
}

function outcome(data: Uint8Array, cap: number, useNative: boolean, expected?: number): string {
  try {
    const out = inflateRaw(
      data,
      cap,
      () => new Error('broken'),
      // As GuardedZip does: the refusal is an InputError, which fflate's callback lets through.
      (size) => new InputError('x', `too big: ${size}`),
      { useNative, expected },
    );
    expect(Object.getPrototypeOf(out)).toBe(Uint8Array.prototype);
    return Buffer.from(out).toString('base64');
  } catch (e) {
    return `error: ${e instanceof InputError ? e.problems[0].what : (e as Error).message}`;
  }
}

describe('inflateRaw: zlib and fflate agree', () => {
  const sources = parts();
  let seed = 11;
  const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;

  it('has real parts to work on', () => {
    expect(sources.length).toBeGreaterThan(10);
  });

  it('gives the same bytes or the same error on intact, damaged, truncated and padded streams', () => {
    const kinds = { ok: 0, error: 0 };
    for (let i = 0; i < 600; i++) {
      const src = sources[i % sources.length];
      let data = new Uint8Array(deflateRawSync(src, { level: [0, 1, 6, 9][i % 4] }));
      const op = i % 4;
      if (op === 1) {
        data = data.slice();
        data[Math.floor(rnd() * data.length)] ^= 1 << Math.floor(rnd() * 8);
      } else if (op === 2) data = data.slice(0, Math.floor(rnd() * data.length));
      else if (op === 3) data = new Uint8Array([...data, 1, 2, 3]);
      const cap = i % 3 === 0 ? Math.floor(rnd() * src.length * 1.1) : 200 * 1024 * 1024;
      // The size the zip declares: none, right, too small, too big.
      const expected = [undefined, src.length, Math.floor(src.length / 2), src.length * 3][Math.floor(i / 4) % 4];
      const a = outcome(data, cap, true, expected);
      expect(a).toBe(outcome(data, cap, false));
      kinds[a.startsWith('error') ? 'error' : 'ok']++;
    }
    // Both paths were exercised, not only one kind of input.
    expect(kinds.ok).toBeGreaterThan(100);
    expect(kinds.error).toBeGreaterThan(100);
  });

  it('stops at the cap and says how far it got, as fflate always did', () => {
    const src = sources[sources.length - 1];
    const data = new Uint8Array(deflateRawSync(src));
    expect(outcome(data, src.length, true)).toBe(Buffer.from(src).toString('base64'));
    expect(outcome(data, src.length - 1, true)).toMatch(/^error: too big: \d+$/);
    expect(outcome(data, src.length - 1, true)).toBe(outcome(data, src.length - 1, false));
    expect(outcome(new Uint8Array(0), 10, true)).toBe(outcome(new Uint8Array(0), 10, false));
  });
});
