/**
 * What the .docx reader (docx/package.ts) and the .xlsx reader (import/zip.ts) share when they open
 * a zip package safely: recognising the bytes (OLE, encrypted OLE, zip), reading the sizes the zip
 * declares before inflating anything, and inflating a part in chunks that stops as soon as it
 * passes a limit (zip bombs). Pure: bytes in, no Node APIs. Each caller brings its own limits and
 * its own Swedish messages; the messages that both say alike are written once here.
 */
import JSZip from 'jszip';
import { InputError } from '../model/errors';

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function startsWith(bytes: Uint8Array, sig: readonly number[]): boolean {
  return bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b);
}

/** An OLE compound file: an old Office file (.doc, .xls) or an encrypted new one. */
export function isOle(bytes: Uint8Array): boolean {
  return startsWith(bytes, OLE);
}

export function isZip(bytes: Uint8Array): boolean {
  return startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]);
}

/**
 * True when an OLE compound file holds an encrypted Office package (its "EncryptionInfo" stream),
 * looking for the stream's name in the first `scanBytes` bytes.
 */
export function isEncryptedOle(bytes: Uint8Array, scanBytes = 8 * 1024 * 1024): boolean {
  const pattern: number[] = [];
  for (const ch of 'EncryptionInfo') pattern.push(ch.charCodeAt(0), 0);
  const limit = Math.min(bytes.length, scanBytes) - pattern.length;
  outer: for (let i = 0; i <= limit; i++) {
    for (let j = 0; j < pattern.length; j++) if (bytes[i + j] !== pattern[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * A size in Swedish: "615 kB", "3,4 MB", "101 MB". With smallest 'MB' a size under 1 MB is also
 * given in MB ("0,6 MB"), as the .xlsx reader has always said it.
 */
export function megabytes(n: number, smallest: 'kB' | 'MB' = 'kB'): string {
  if (smallest === 'kB' && n < 1024 * 1024) return `${Math.max(1, Math.ceil(n / 1024))} kB`;
  const mb = n / (1024 * 1024);
  const shown = mb >= 10 ? Math.round(mb).toString() : (Math.round(mb * 10) / 10).toString().replace('.', ',');
  return `${shown} MB`;
}

export interface ZipEntry {
  compressed: number;
  /** undefined for ZIP64 entries (sizes in the extra field). */
  uncompressed: number | undefined;
}

export interface CentralDirectory {
  /** Entry name → declared sizes, as far as the directory could be read. */
  entries: Map<string, ZipEntry>;
  /** True when reading stopped at a record that is not a directory record (or runs past the end). */
  damaged: boolean;
}

/** The zip's central directory; undefined when there is no end-of-directory record. */
export function readCentralDirectory(bytes: Uint8Array): CentralDirectory | undefined {
  if (bytes.length < 22) return undefined;
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
  const entries = new Map<string, ZipEntry>();
  const decoder = new TextDecoder('utf-8');
  for (let k = 0; k < count; k++) {
    if (p + 46 > bytes.length || dv.getUint32(p, true) !== 0x02014b50) return { entries, damaged: true };
    const compressed = dv.getUint32(p + 20, true);
    const size = dv.getUint32(p + 24, true);
    const nameLen = dv.getUint16(p + 28, true);
    const extraLen = dv.getUint16(p + 30, true);
    const commentLen = dv.getUint16(p + 32, true);
    if (p + 46 + nameLen > bytes.length) break;
    const name = decoder.decode(bytes.subarray(p + 46, p + 46 + nameLen));
    entries.set(name, { compressed, uncompressed: size === 0xffffffff ? undefined : size });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return { entries, damaged: false };
}

/** Entry name → declared sizes, from the zip's central directory; undefined when there is none. */
export function centralDirectory(bytes: Uint8Array): Map<string, ZipEntry> | undefined {
  return readCentralDirectory(bytes)?.entries;
}

/** Limits on the sizes a zip declares, checked before anything is inflated. */
export interface DeclaredLimits {
  /** Largest size of one part once unpacked. */
  part?: number;
  /** Largest size of the parts together once unpacked. */
  total?: number;
  /** Largest unpacked : packed ratio of a big part whose name matches `parts`. */
  ratio?: { max: number; minBytes: number; parts: RegExp };
}

/**
 * Checks the sizes the zip declares for these parts (ZIP64 and unknown parts are skipped): the
 * reason to refuse the file, for zipBomb(), or undefined when they fit.
 */
export function declaredProblem(parts: Iterable<[string, ZipEntry | undefined]>, limits: DeclaredLimits): string | undefined {
  let total = 0;
  for (const [name, e] of parts) {
    const size = e?.uncompressed;
    if (e === undefined || size === undefined) continue;
    if (limits.part !== undefined && size > limits.part)
      return `delen ${name} blir ${megabytes(size)}; gränsen är ${megabytes(limits.part)}`;
    const r = limits.ratio;
    if (r && r.parts.test(name) && size > r.minBytes && size > r.max * Math.max(1, e.compressed)) {
      return `delen ${name} packas upp ${Math.round(size / Math.max(1, e.compressed))} gånger större än den är packad; högst ${r.max} gånger tillåts`;
    }
    total += size;
  }
  if (limits.total !== undefined && total > limits.total)
    return `delarna blir tillsammans ${megabytes(total)}; gränsen är ${megabytes(limits.total)}`;
  return undefined;
}

/** The error for a file that unpacks past the limits; `what` says which limit and by how much. */
export function zipBomb(source: string, what: string): InputError {
  return new InputError(
    source,
    `filen packas upp till mer än vad som tillåts (${what}). Den kan vara en så kallad zip-bomb och läses inte.`,
  );
}

/** Loads the zip (nothing is inflated yet), or throws InputError(source, corrupt). */
export async function loadZip(bytes: Uint8Array, source: string, corrupt: string): Promise<JSZip> {
  try {
    return await JSZip.loadAsync(bytes, { checkCRC32: false });
  } catch {
    throw new InputError(source, corrupt);
  }
}

/** How one caller limits the parts it reads, and what it says when a part does not fit. */
export interface ReadGuard {
  /** Before inflating a part whose size the zip declares: the reason to refuse it, or undefined. */
  refuse(name: string, entry: ZipEntry & { uncompressed: number }, used: number): string | undefined;
  /** How many bytes the part may unpack to, given its declared size and what is read already. */
  cap(declared: number | undefined, used: number): number;
  /** The reason to stop a part that unpacked to more than its cap. */
  overflow(name: string, size: number, cap: number, declared: number | undefined): string;
  /** Said after "filen är skadad: delen … kan inte packas upp." */
  saveAgain: string;
}

/** JSZip's streaming reader (present at run time, missing from its typings). */
interface StreamHelper {
  on(event: 'data', cb: (chunk: Uint8Array) => void): StreamHelper;
  on(event: 'error' | 'end', cb: (e?: unknown) => void): StreamHelper;
  resume(): StreamHelper;
  pause(): StreamHelper;
}
interface StreamingFile {
  internalStream(type: 'uint8array'): StreamHelper;
}

/** An opened zip whose parts are read within a caller's limits, counting all that is read. */
export class GuardedZip {
  private used = 0;
  protected constructor(
    private readonly zip: JSZip,
    protected readonly entries: Map<string, ZipEntry>,
    readonly source: string,
    private readonly guard: ReadGuard,
  ) {}

  has(name: string): boolean {
    return this.zip.file(name) !== null;
  }

  /** The names of the files (not folders) in the package. */
  names(): string[] {
    return Object.keys(this.zip.files).filter((n) => !this.zip.files[n].dir);
  }

  /** Reads one part as bytes, inflating in chunks and stopping as soon as it passes the limits. */
  async bytes(name: string): Promise<Uint8Array> {
    const file = this.zip.file(name);
    if (!file) throw new InputError(this.source, `filen saknar delen ${name}.`);
    const entry = this.entries.get(name);
    const declared = entry?.uncompressed;
    if (entry && declared !== undefined) {
      const why = this.guard.refuse(name, { ...entry, uncompressed: declared }, this.used);
      if (why) throw zipBomb(this.source, why);
    }
    const cap = this.guard.cap(declared, this.used);
    const broken = () => new InputError(this.source, `filen är skadad: delen ${name} kan inte packas upp. ${this.guard.saveAgain}`);
    const out = await new Promise<Uint8Array>((resolve, reject) => {
      const chunks: Uint8Array[] = [];
      let size = 0;
      let done = false;
      let helper: StreamHelper;
      try {
        helper = (file as unknown as StreamingFile).internalStream('uint8array');
      } catch {
        reject(broken());
        return;
      }
      helper
        .on('data', (chunk: Uint8Array) => {
          if (done) return;
          size += chunk.length;
          if (size > cap) {
            done = true;
            helper.pause();
            reject(zipBomb(this.source, this.guard.overflow(name, size, cap, declared)));
            return;
          }
          chunks.push(chunk);
        })
        .on('error', () => {
          if (done) return;
          done = true;
          reject(broken());
        })
        .on('end', () => {
          if (done) return;
          done = true;
          const all = new Uint8Array(size);
          let o = 0;
          for (const c of chunks) {
            all.set(c, o);
            o += c.length;
          }
          resolve(all);
        })
        .resume();
    });
    this.used += out.length;
    return out;
  }
}
