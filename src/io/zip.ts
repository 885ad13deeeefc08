/**
 * What the .docx reader (docx/package.ts) and the .xlsx reader (import/zip.ts) share when they open
 * a zip package safely: recognising the bytes (OLE, encrypted OLE, zip), reading the sizes the zip
 * declares before inflating anything, and inflating a part in chunks that stops as soon as it
 * passes a limit (zip bombs). Pure: bytes in, no Node APIs. Each caller brings its own limits and
 * its own Swedish messages; the messages that both say alike are written once here.
 * Unpacking is fflate's public streaming Inflate, fed the entry's bytes found through the
 * central directory that this module reads itself.
 */
import { Inflate } from 'fflate';
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
  /** The unpacked size the zip declares (ZIP64 sizes read from the extra field); undefined when unknown. */
  uncompressed: number | undefined;
  /** 0 = stored, 8 = deflate; anything else cannot be read. */
  method: number;
  /** General purpose flags; bit 0 = encrypted. */
  flags: number;
  /** Offset of the entry's local header. */
  offset: number;
}

export interface CentralDirectory {
  /** Entry name → declared sizes, as far as the directory could be read. */
  entries: Map<string, ZipEntry>;
  /** True when reading stopped at a record that is not a directory record (or runs past the end). */
  damaged: boolean;
}

/** ZIP64 sizes and offset from an entry's extra field (only the fields that are 0xFFFFFFFF in the record). */
function zip64Extra(dv: DataView, start: number, len: number, need: { size: boolean; compressed: boolean; offset: boolean }) {
  const out: { size?: number; compressed?: number; offset?: number } = {};
  let p = start;
  const end = start + len;
  while (p + 4 <= end) {
    const id = dv.getUint16(p, true);
    const n = dv.getUint16(p + 2, true);
    if (id === 0x0001) {
      let q = p + 4;
      const take = (): number | undefined => {
        if (q + 8 > p + 4 + n) return undefined;
        const v = dv.getUint32(q, true) + dv.getUint32(q + 4, true) * 2 ** 32;
        q += 8;
        return v;
      };
      if (need.size) out.size = take();
      if (need.compressed) out.compressed = take();
      if (need.offset) out.offset = take();
      return out;
    }
    p += 4 + n;
  }
  return out;
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
  let count = dv.getUint16(eocd + 10, true);
  let p = dv.getUint32(eocd + 16, true);
  // ZIP64: the end record's locator points at the ZIP64 end record with the real count and offset.
  if ((count === 0xffff || p === 0xffffffff) && eocd >= 20 && dv.getUint32(eocd - 20, true) === 0x07064b50) {
    const at = dv.getUint32(eocd - 12, true) + dv.getUint32(eocd - 8, true) * 2 ** 32;
    if (at + 56 <= bytes.length && dv.getUint32(at, true) === 0x06064b50) {
      count = Math.min(dv.getUint32(at + 32, true) + dv.getUint32(at + 36, true) * 2 ** 32, 1_000_000);
      p = dv.getUint32(at + 48, true) + dv.getUint32(at + 52, true) * 2 ** 32;
    }
  }
  const entries = new Map<string, ZipEntry>();
  const decoder = new TextDecoder('utf-8');
  for (let k = 0; k < count; k++) {
    if (p + 46 > bytes.length || dv.getUint32(p, true) !== 0x02014b50) return { entries, damaged: true };
    const flags = dv.getUint16(p + 8, true);
    const method = dv.getUint16(p + 10, true);
    let compressed = dv.getUint32(p + 20, true);
    let size: number | undefined = dv.getUint32(p + 24, true);
    const nameLen = dv.getUint16(p + 28, true);
    const extraLen = dv.getUint16(p + 30, true);
    const commentLen = dv.getUint16(p + 32, true);
    let offset = dv.getUint32(p + 42, true);
    if (p + 46 + nameLen + extraLen > bytes.length) return { entries, damaged: true };
    const name = decoder.decode(bytes.subarray(p + 46, p + 46 + nameLen));
    if (size === 0xffffffff || compressed === 0xffffffff || offset === 0xffffffff) {
      const z = zip64Extra(dv, p + 46 + nameLen, extraLen, {
        size: size === 0xffffffff,
        compressed: compressed === 0xffffffff,
        offset: offset === 0xffffffff,
      });
      if (size === 0xffffffff) size = z.size;
      if (compressed === 0xffffffff) compressed = z.compressed ?? Number.MAX_SAFE_INTEGER;
      if (offset === 0xffffffff) offset = z.offset ?? Number.MAX_SAFE_INTEGER;
    }
    entries.set(name, { compressed, uncompressed: size, method, flags, offset });
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
 * Why a zip is refused: `what` says which limit and by how much. `bomb` is true only when the
 * zip packs far more than deflate honestly can (the ratio) or unpacks to more than it declares;
 * a big file that packs normally is too big, not a zip bomb, and is called that.
 */
export interface ZipProblem {
  what: string;
  bomb: boolean;
}

/** Deflate cannot honestly pack more than about 1 030 : 1. */
const HONEST_RATIO = 1030;

function sizeProblem(what: string, size: number, compressed: number | undefined): ZipProblem {
  return { what, bomb: compressed !== undefined && size > HONEST_RATIO * Math.max(1, compressed) };
}

/**
 * Checks the sizes the zip declares for these parts (ZIP64 and unknown parts are skipped): the
 * reason to refuse the file, for zipRefusal(), or undefined when they fit.
 */
export function declaredProblem(parts: Iterable<[string, ZipEntry | undefined]>, limits: DeclaredLimits): ZipProblem | undefined {
  let total = 0;
  let packed = 0;
  for (const [name, e] of parts) {
    const size = e?.uncompressed;
    if (e === undefined || size === undefined) continue;
    if (limits.part !== undefined && size > limits.part)
      return sizeProblem(`delen ${name} blir ${megabytes(size)} uppackad; gränsen är ${megabytes(limits.part)}`, size, e.compressed);
    const r = limits.ratio;
    if (r && r.parts.test(name) && size > r.minBytes && size > r.max * Math.max(1, e.compressed)) {
      return {
        what: `delen ${name} packas upp ${Math.round(size / Math.max(1, e.compressed))} gånger större än den är packad; högst ${r.max} gånger tillåts`,
        bomb: true,
      };
    }
    total += size;
    packed += e.compressed;
  }
  if (limits.total !== undefined && total > limits.total)
    return sizeProblem(`delarna blir tillsammans ${megabytes(total)}; gränsen är ${megabytes(limits.total)}`, total, packed);
  return undefined;
}

/** The error for a file that is refused by its sizes: a zip bomb, or honestly too big, said as what it is. */
export function zipRefusal(source: string, p: ZipProblem): InputError {
  if (p.bomb) {
    return new InputError(
      source,
      `filen packas upp till mer än vad som tillåts (${p.what}). Den kan vara en så kallad zip-bomb och läses inte.`,
    );
  }
  return new InputError(
    source,
    `filen är för stor för att läsas (${p.what}). Det är en gräns för hur mycket som läses, inte ett fel i filen: dela upp innehållet på flera filer eller ta bort det som inte behövs (bilder, tomma men formaterade rader) och försök igen.`,
  );
}

/** How one caller limits the parts it reads, and what it says when a part does not fit. */
export interface ReadGuard {
  /** Before inflating a part whose size the zip declares: the reason to refuse it, or undefined. */
  refuse(name: string, entry: ZipEntry & { uncompressed: number }, used: number): ZipProblem | undefined;
  /** How many bytes the part may unpack to, given its declared size and what is read already. */
  cap(declared: number | undefined, used: number): number;
  /** The reason to stop a part that unpacked to more than its cap. */
  overflow(name: string, size: number, cap: number, declared: number | undefined, compressed: number): ZipProblem;
  /** Said after "filen är skadad: delen … kan inte packas upp." */
  saveAgain: string;
}

/** An opened zip whose parts are read within a caller's limits, counting all that is read. */
export class GuardedZip {
  private used = 0;
  protected constructor(
    private readonly zipBytes: Uint8Array,
    protected readonly entries: Map<string, ZipEntry>,
    readonly source: string,
    private readonly guard: ReadGuard,
  ) {}

  has(name: string): boolean {
    return this.entries.has(name) && !name.endsWith('/');
  }

  /** The names of the files (not folders) in the package. */
  names(): string[] {
    const out: string[] = [];
    for (const n of this.entries.keys()) if (!n.endsWith('/')) out.push(n);
    return out;
  }

  /** Reads one part as bytes, inflating in chunks (fflate) and stopping as soon as it passes the limits. */
  bytes(name: string): Promise<Uint8Array> {
    try {
      return Promise.resolve(this.bytesSync(name));
    } catch (e) {
      return Promise.reject(e instanceof Error ? e : new Error(String(e)));
    }
  }

  private bytesSync(name: string): Uint8Array {
    const entry = this.has(name) ? this.entries.get(name) : undefined;
    if (!entry) throw new InputError(this.source, `filen saknar delen ${name}.`);
    const declared = entry.uncompressed;
    if (declared !== undefined) {
      const why = this.guard.refuse(name, { ...entry, uncompressed: declared }, this.used);
      if (why) throw zipRefusal(this.source, why);
    }
    const cap = this.guard.cap(declared, this.used);
    const broken = () => new InputError(this.source, `filen är skadad: delen ${name} kan inte packas upp. ${this.guard.saveAgain}`);
    const data = this.rawData(entry);
    if (!data || entry.flags & 1) throw broken();
    let out: Uint8Array;
    if (entry.method === 0) {
      if (data.length > cap) throw zipRefusal(this.source, this.guard.overflow(name, data.length, cap, declared, entry.compressed));
      out = data;
    } else if (entry.method === 8) {
      out = inflateRaw(
        data,
        cap,
        broken,
        (size) => zipRefusal(this.source, this.guard.overflow(name, size, cap, declared, entry.compressed)),
        { expected: declared },
      );
    } else {
      throw broken();
    }
    this.used += out.length;
    return out;
  }

  /** The entry's packed bytes, found through its local header; undefined when they are not there. */
  private rawData(entry: ZipEntry): Uint8Array | undefined {
    const b = this.zipBytes;
    const at = entry.offset;
    if (at + 30 > b.length) return undefined;
    const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
    if (dv.getUint32(at, true) !== 0x04034b50) return undefined;
    const start = at + 30 + dv.getUint16(at + 26, true) + dv.getUint16(at + 28, true);
    const end = start + entry.compressed;
    if (end > b.length) return undefined;
    return b.subarray(start, end);
  }
}

const CHUNK = 64 * 1024;

/** Node's zlib inflateRawSync, as much of it as we use. */
type NativeInflate = (data: Uint8Array, options: { maxOutputLength: number; chunkSize: number }) => Uint8Array;
let native: NativeInflate | null | undefined;

/**
 * Node's own zlib (C, about ten times faster than fflate in a fresh process), found at run time
 * through process.getBuiltinModule so that nothing here imports Node: in the task pane there is
 * no such function and fflate does the work. null when not available.
 */
function nativeInflate(): NativeInflate | null {
  if (native === undefined) {
    native = null;
    const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
    const zlib =
      typeof proc?.getBuiltinModule === 'function' ? (proc.getBuiltinModule('node:zlib') as { inflateRawSync?: unknown }) : undefined;
    if (zlib && typeof zlib.inflateRawSync === 'function') native = zlib.inflateRawSync as NativeInflate;
  }
  return native;
}

/**
 * Inflates raw deflate data, never to more than `cap` bytes: with Node's zlib when there is one
 * (`useNative`), else with fflate in chunks. zlib is only a shortcut for data it inflates whole
 * within the cap; anything it refuses (damaged data, more than the cap) goes to fflate, which
 * decides and throws `broken()` or `tooBig(size)` exactly as it always has. `expected` (the size
 * the zip declares) lets zlib unpack into one buffer of that size instead of joining 16 kB pieces.
 */
export function inflateRaw(
  data: Uint8Array,
  cap: number,
  broken: () => Error,
  tooBig: (size: number) => Error,
  options: { useNative?: boolean; expected?: number } = {},
): Uint8Array {
  const zlib = options.useNative !== false && data.length > 0 && cap >= 1 ? nativeInflate() : null;
  if (zlib) {
    const max = Math.min(cap, 2 ** 31 - 1);
    // One byte more than expected, so that zlib sees the end of the data before it wants a second buffer.
    const chunkSize = Math.max(64, Math.min(max, (options.expected ?? 0) + 1, 64 * 1024 * 1024));
    let out: Uint8Array | undefined;
    try {
      out = zlib(data, { maxOutputLength: max, chunkSize: options.expected === undefined ? 16 * 1024 : chunkSize });
    } catch {
      // fflate below says what is wrong.
    }
    // A plain Uint8Array view, not a Buffer (whose slice() does not copy).
    if (out) return new Uint8Array(out.buffer, out.byteOffset, out.length);
  }
  return inflateCapped(data, cap, broken, tooBig);
}

/** Inflates raw deflate data in chunks; stops (throws tooBig) as soon as the output passes `cap`. */
function inflateCapped(data: Uint8Array, cap: number, broken: () => Error, tooBig: (size: number) => Error): Uint8Array {
  const chunks: Uint8Array[] = [];
  let size = 0;
  let ended = false;
  const inflater = new Inflate((chunk, final) => {
    size += chunk.length;
    if (size > cap) throw tooBig(size);
    chunks.push(chunk);
    if (final) ended = true;
  });
  try {
    for (let i = 0; i < data.length; i += CHUNK)
      inflater.push(data.subarray(i, Math.min(data.length, i + CHUNK)), i + CHUNK >= data.length);
    if (data.length === 0) inflater.push(new Uint8Array(0), true);
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw broken();
  }
  if (!ended && data.length > 0) throw broken();
  return chunks.length === 1 ? chunks[0] : concatBytes(chunks);
}

/** The chunks joined into one new array (a zip streamed out, a part inflated in pieces). */
export function concatBytes(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
