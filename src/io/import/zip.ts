/**
 * Opening a zip package (.xlsx) safely: recognise what the bytes are, check the sizes the zip
 * declares before inflating anything, and stop inflating past a limit (zip bombs).
 */
import JSZip from 'jszip';
import { InputError } from '../../model/errors';

/** Largest size one part may have once unpacked. */
export const MAX_PART_BYTES = 40 * 1024 * 1024;
/** Largest size of all the parts we read, together, once unpacked. */
export const MAX_UNPACKED_BYTES = 80 * 1024 * 1024;

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function startsWith(bytes: Uint8Array, sig: readonly number[]): boolean {
  if (bytes.length < sig.length) return false;
  return sig.every((b, i) => bytes[i] === b);
}

export function isZip(bytes: Uint8Array): boolean {
  return startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]);
}

export function isOle(bytes: Uint8Array): boolean {
  return startsWith(bytes, OLE);
}

/** True when an OLE compound file holds an encrypted Office package ("EncryptionInfo" stream). */
export function isEncryptedOle(bytes: Uint8Array): boolean {
  const name = 'EncryptionInfo';
  const pattern: number[] = [];
  for (const ch of name) pattern.push(ch.charCodeAt(0), 0);
  const limit = Math.min(bytes.length, 4 * 1024 * 1024) - pattern.length;
  outer: for (let i = 0; i <= limit; i++) {
    for (let j = 0; j < pattern.length; j++) if (bytes[i + j] !== pattern[j]) continue outer;
    return true;
  }
  return false;
}

export function megabytes(n: number): string {
  const mb = n / (1024 * 1024);
  const shown = mb >= 10 ? Math.round(mb).toString() : (Math.round(mb * 10) / 10).toString().replace('.', ',');
  return `${shown} MB`;
}

/** Entry name → declared uncompressed size (undefined for ZIP64 entries), from the central directory. */
export function declaredSizes(bytes: Uint8Array): Map<string, number | undefined> | undefined {
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const min = Math.max(0, bytes.length - 65_557);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= min; i--) {
    if (dv.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return undefined;
  const count = dv.getUint16(eocd + 10, true);
  let p = dv.getUint32(eocd + 16, true);
  const out = new Map<string, number | undefined>();
  const decoder = new TextDecoder('utf-8');
  for (let k = 0; k < count; k++) {
    if (p + 46 > bytes.length || dv.getUint32(p, true) !== 0x02014b50) return out.size ? out : undefined;
    const size = dv.getUint32(p + 24, true);
    const nameLen = dv.getUint16(p + 28, true);
    const extraLen = dv.getUint16(p + 30, true);
    const commentLen = dv.getUint16(p + 32, true);
    if (p + 46 + nameLen > bytes.length) break;
    const name = decoder.decode(bytes.subarray(p + 46, p + 46 + nameLen));
    out.set(name, size === 0xffffffff ? undefined : size);
    p += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

/** JSZip's streaming reader (present at run time, missing from its typings). */
interface StreamHelper {
  on(event: 'data', fn: (chunk: Uint8Array) => void): StreamHelper;
  on(event: 'error' | 'end', fn: (e?: unknown) => void): StreamHelper;
  pause(): StreamHelper;
  resume(): StreamHelper;
}
interface StreamingFile {
  internalStream(type: 'uint8array'): StreamHelper;
}

export class ZipPackage {
  private used = 0;
  private constructor(
    private readonly zip: JSZip,
    private readonly sizes: Map<string, number | undefined>,
    private readonly source: string,
  ) {}

  static async open(bytes: Uint8Array, source: string, what: string): Promise<ZipPackage> {
    const sizes = declaredSizes(bytes);
    if (!sizes) throw new InputError(source, `filen är skadad: den ser ut som en zip-fil men innehållsförteckningen saknas eller är trasig. Spara den på nytt som ${what}.`);
    let zip: JSZip;
    try {
      zip = await JSZip.loadAsync(bytes, { checkCRC32: false });
    } catch {
      throw new InputError(source, `filen är skadad och kan inte packas upp. Spara den på nytt som ${what}.`);
    }
    return new ZipPackage(zip, sizes, source);
  }

  has(name: string): boolean {
    return this.zip.file(name) !== null;
  }

  names(): string[] {
    return Object.keys(this.zip.files);
  }

  /** Checks, before inflating anything, that the parts we are going to read fit the limits. */
  checkDeclared(names: string[]): void {
    let total = 0;
    for (const n of names) {
      const s = this.sizes.get(n);
      if (s === undefined) continue;
      if (s > MAX_PART_BYTES) throw this.bomb(n, s);
      total += s;
    }
    if (total > MAX_UNPACKED_BYTES) throw this.bomb(undefined, total);
  }

  private bomb(name: string | undefined, size: number): InputError {
    const part = name ? `delen ${name} blir ${megabytes(size)}` : `delarna blir tillsammans ${megabytes(size)}`;
    return new InputError(
      this.source,
      `filen packas upp till mer än vad som tillåts (${part}; gränsen är ${megabytes(name ? MAX_PART_BYTES : MAX_UNPACKED_BYTES)}). Den kan vara en så kallad zip-bomb och läses inte.`,
    );
  }

  /** Reads one part as text, inflating in chunks and stopping as soon as it passes the limits. */
  async text(name: string): Promise<string> {
    const file = this.zip.file(name);
    if (!file) throw new InputError(this.source, `filen saknar delen ${name}.`);
    this.checkDeclared([name]);
    const bytes = await new Promise<Uint8Array>((resolve, reject) => {
      const chunks: Uint8Array[] = [];
      let size = 0;
      let done = false;
      const helper = (file as unknown as StreamingFile).internalStream('uint8array');
      helper
        .on('data', (chunk: Uint8Array) => {
          if (done) return;
          size += chunk.length;
          if (size > MAX_PART_BYTES || this.used + size > MAX_UNPACKED_BYTES) {
            done = true;
            helper.pause();
            reject(this.bomb(name, size));
            return;
          }
          chunks.push(chunk);
        })
        .on('error', () => {
          if (done) return;
          done = true;
          reject(new InputError(this.source, `filen är skadad: delen ${name} kan inte packas upp. Spara filen på nytt.`));
        })
        .on('end', () => {
          if (done) return;
          done = true;
          const out = new Uint8Array(size);
          let o = 0;
          for (const c of chunks) {
            out.set(c, o);
            o += c.length;
          }
          resolve(out);
        })
        .resume();
    });
    this.used += bytes.length;
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
    } catch {
      try {
        return new TextDecoder('utf-16').decode(bytes).replace(/^\uFEFF/, '');
      } catch {
        throw new InputError(this.source, `filen är skadad: delen ${name} är inte läsbar text.`);
      }
    }
  }
}
