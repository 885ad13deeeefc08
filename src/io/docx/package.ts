/**
 * Opening a .docx (a zip package) safely: recognise what the bytes are, check the sizes the zip
 * declares before inflating anything, and stop inflating as soon as a part passes its declared
 * size or the limits (zip bombs). Every failure is an InputError in plain Swedish.
 */
import JSZip from 'jszip';
import { InputError } from '../../model/errors';

/** Largest .docx we open at all. */
export const MAX_DOCX_BYTES = 100 * 1024 * 1024;
/** Largest total of the parts we read (the XML parts; never images), once unpacked. */
export const MAX_READ_BYTES = 200 * 1024 * 1024;
/** Largest total of all the entries the zip declares, once unpacked. */
export const MAX_DECLARED_BYTES = 1024 * 1024 * 1024;
/** Deflate cannot honestly pack more than about 1 030 : 1; above this a big part is a bomb. */
export const MAX_RATIO = 1000;

export const SAVE_AS = 'Öppna den i Word och spara den som Word-dokument (*.docx).';

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, sig: readonly number[]): boolean {
  return bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b);
}

export function isOle(bytes: Uint8Array): boolean {
  return startsWith(bytes, OLE);
}

export function isZip(bytes: Uint8Array): boolean {
  return startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]);
}

/** True when an OLE compound file holds an encrypted OOXML package (its "EncryptionInfo" stream). */
export function isEncryptedOle(bytes: Uint8Array): boolean {
  const pattern: number[] = [];
  for (const ch of 'EncryptionInfo') pattern.push(ch.charCodeAt(0), 0);
  const limit = Math.min(bytes.length, 8 * 1024 * 1024) - pattern.length;
  outer: for (let i = 0; i <= limit; i++) {
    for (let j = 0; j < pattern.length; j++) if (bytes[i + j] !== pattern[j]) continue outer;
    return true;
  }
  return false;
}

export function megabytes(n: number): string {
  if (n < 1024 * 1024) return `${Math.max(1, Math.ceil(n / 1024))} kB`;
  const mb = n / (1024 * 1024);
  const shown = mb >= 10 ? Math.round(mb).toString() : (Math.round(mb * 10) / 10).toString().replace('.', ',');
  return `${shown} MB`;
}

interface Entry {
  compressed: number;
  /** undefined for ZIP64 entries (sizes in the extra field). */
  uncompressed: number | undefined;
}

/** Entry name → declared sizes, from the zip's central directory; undefined when there is none. */
export function centralDirectory(bytes: Uint8Array): Map<string, Entry> | undefined {
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
  const out = new Map<string, Entry>();
  const decoder = new TextDecoder('utf-8');
  for (let k = 0; k < count; k++) {
    if (p + 46 > bytes.length || dv.getUint32(p, true) !== 0x02014b50) break;
    const compressed = dv.getUint32(p + 20, true);
    const size = dv.getUint32(p + 24, true);
    const nameLen = dv.getUint16(p + 28, true);
    const extraLen = dv.getUint16(p + 30, true);
    const commentLen = dv.getUint16(p + 32, true);
    if (p + 46 + nameLen > bytes.length) break;
    const name = decoder.decode(bytes.subarray(p + 46, p + 46 + nameLen));
    out.set(name, { compressed, uncompressed: size === 0xffffffff ? undefined : size });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

interface StreamHelper {
  on(event: 'data', cb: (chunk: Uint8Array) => void): StreamHelper;
  on(event: 'error', cb: (e: unknown) => void): StreamHelper;
  on(event: 'end', cb: () => void): StreamHelper;
  resume(): StreamHelper;
  pause(): StreamHelper;
}

export class DocxPackage {
  private used = 0;
  private constructor(
    private readonly zip: JSZip,
    private readonly entries: Map<string, Entry>,
    readonly source: string,
  ) {}

  /** Recognises the bytes and opens the package, or throws InputError saying what the file is. */
  static async open(bytes: Uint8Array, source: string): Promise<DocxPackage> {
    if (bytes.length === 0) throw new InputError(source, 'filen är tom (0 byte) och är ingen Word-fil (.docx). Välj en annan fil.');
    if (bytes.length > MAX_DOCX_BYTES) {
      throw new InputError(source, `filen är för stor (${megabytes(bytes.length)}; gränsen är ${megabytes(MAX_DOCX_BYTES)}). Ta bort stora bilder eller dela upp dokumentet och försök igen.`);
    }
    if (isOle(bytes)) {
      if (isEncryptedOle(bytes)) {
        throw new InputError(
          source,
          'filen är lösenordsskyddad eller krypterad och kan inte läsas. Öppna den i Word, ta bort lösenordet (Arkiv > Info > Skydda dokument > Kryptera med lösenord) och spara den som Word-dokument (*.docx).',
        );
      }
      throw new InputError(source, `filen är en äldre Word-fil (.doc) eller en krypterad fil, inte en .docx-fil. ${SAVE_AS}`);
    }
    if (!isZip(bytes)) {
      throw new InputError(source, `filen är ingen Word-fil (.docx): en .docx-fil är ett zip-arkiv, och den här filen är det inte. ${SAVE_AS}`);
    }
    const entries = centralDirectory(bytes);
    if (!entries || entries.size === 0) {
      throw new InputError(source, `filen är skadad: den ser ut som ett zip-arkiv men innehållsförteckningen saknas eller är trasig. ${SAVE_AS}`);
    }
    let declared = 0;
    for (const [name, e] of entries) {
      if (e.uncompressed === undefined) continue;
      declared += e.uncompressed;
      if (/\.(xml|rels)$/i.test(name) && e.uncompressed > 1024 * 1024 && e.uncompressed > MAX_RATIO * Math.max(1, e.compressed)) {
        throw bomb(source, `delen ${name} packas upp ${Math.round(e.uncompressed / Math.max(1, e.compressed))} gånger större än den är packad; högst ${MAX_RATIO} gånger tillåts`);
      }
    }
    if (declared > MAX_DECLARED_BYTES) throw bomb(source, `delarna blir tillsammans ${megabytes(declared)}; gränsen är ${megabytes(MAX_DECLARED_BYTES)}`);
    let zip: JSZip;
    try {
      zip = await JSZip.loadAsync(bytes, { checkCRC32: false });
    } catch {
      throw new InputError(source, `filen är skadad och kan inte packas upp. ${SAVE_AS}`);
    }
    return new DocxPackage(zip, entries, source);
  }

  has(name: string): boolean {
    const f = this.zip.file(name);
    return f !== null && !f.dir;
  }

  names(): string[] {
    return Object.keys(this.zip.files).filter((n) => !this.zip.files[n].dir);
  }

  /** Reads one part as bytes, inflating in chunks and stopping as soon as it passes the limits. */
  async bytes(name: string): Promise<Uint8Array> {
    const file = this.zip.file(name);
    if (!file) throw new InputError(this.source, `filen saknar delen ${name}.`);
    const declared = this.entries.get(name)?.uncompressed;
    if (declared !== undefined && this.used + declared > MAX_READ_BYTES) {
      throw bomb(this.source, `delen ${name} blir ${megabytes(declared)}; gränsen är ${megabytes(MAX_READ_BYTES)} för dokumentets text`);
    }
    const cap = Math.min(MAX_READ_BYTES - this.used, declared ?? Infinity);
    const out = await new Promise<Uint8Array>((resolve, reject) => {
      const chunks: Uint8Array[] = [];
      let size = 0;
      let done = false;
      let helper: StreamHelper;
      try {
        helper = (file as unknown as { internalStream(t: 'uint8array'): StreamHelper }).internalStream('uint8array');
      } catch {
        reject(new InputError(this.source, `filen är skadad: delen ${name} kan inte packas upp. ${SAVE_AS}`));
        return;
      }
      helper
        .on('data', (chunk: Uint8Array) => {
          if (done) return;
          size += chunk.length;
          if (size > cap) {
            done = true;
            helper.pause();
            reject(
              declared !== undefined && size > declared
                ? bomb(this.source, `delen ${name} blir större än de ${megabytes(declared)} som zip-arkivet anger`)
                : bomb(this.source, `delen ${name} blir mer än ${megabytes(cap)}; gränsen är ${megabytes(MAX_READ_BYTES)} för dokumentets text`),
            );
            return;
          }
          chunks.push(chunk);
        })
        .on('error', () => {
          if (done) return;
          done = true;
          reject(new InputError(this.source, `filen är skadad: delen ${name} kan inte packas upp. ${SAVE_AS}`));
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

  /** Reads one part as text (UTF-8, or UTF-16 with a byte order mark), without a BOM. */
  async text(name: string): Promise<string> {
    return decodeText(await this.bytes(name));
  }
}

export function decodeText(bytes: Uint8Array): string {
  let text: string;
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le').decode(bytes);
  else if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be').decode(bytes);
  else text = new TextDecoder('utf-8').decode(bytes);
  return text.replace(/^\uFEFF/, '');
}

function bomb(source: string, what: string): InputError {
  return new InputError(
    source,
    `filen packas upp till mer än vad som tillåts (${what}). Den kan vara en så kallad zip-bomb och läses inte.`,
  );
}
