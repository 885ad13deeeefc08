/**
 * Opening a .docx (a zip package) safely: recognise what the bytes are, check the sizes the zip
 * declares before inflating anything, and stop inflating as soon as a part passes its declared
 * size or the limits (zip bombs). Every failure is an InputError in plain Swedish.
 */
import { InputError } from '../../model/errors';
import {
  GuardedZip,
  type DeclaredLimits,
  type ReadGuard,
  declaredProblem,
  isEncryptedOle,
  isOle,
  isZip,
  megabytes,
  readCentralDirectory,
  zipRefusal,
} from '../zip';

/** Largest .docx we open at all. */
export const MAX_DOCX_BYTES = 100 * 1024 * 1024;
/** Largest total of the parts we read (the XML parts; never images), once unpacked. */
export const MAX_READ_BYTES = 200 * 1024 * 1024;
/** Largest total of all the entries the zip declares, once unpacked. */
export const MAX_DECLARED_BYTES = 1024 * 1024 * 1024;
/** Deflate cannot honestly pack more than about 1 030 : 1; above this a big part is a bomb. */
export const MAX_RATIO = 1000;

export const SAVE_AS = 'Öppna den i Word och spara den som Word-dokument (*.docx).';

/** What the zip may declare: all its entries together, and the ratio of a big XML part. */
const DECLARED: DeclaredLimits = { total: MAX_DECLARED_BYTES, ratio: { max: MAX_RATIO, minBytes: 1024 * 1024, parts: /\.(xml|rels)$/i } };

/** The parts we read stop at their declared size and at MAX_READ_BYTES together. */
const GUARD: ReadGuard = {
  refuse: (name, entry, used) =>
    used + entry.uncompressed > MAX_READ_BYTES
      ? {
          what: `delen ${name} blir ${megabytes(entry.uncompressed)}; gränsen är ${megabytes(MAX_READ_BYTES)} för dokumentets text`,
          bomb: entry.uncompressed > MAX_RATIO * Math.max(1, entry.compressed),
        }
      : undefined,
  cap: (declared, used) => Math.min(MAX_READ_BYTES - used, declared ?? Infinity),
  overflow: (name, size, cap, declared, compressed) =>
    declared !== undefined && size > declared
      ? { what: `delen ${name} blir större än de ${megabytes(declared)} som zip-arkivet anger`, bomb: true }
      : {
          what: `delen ${name} blir mer än ${megabytes(cap)}; gränsen är ${megabytes(MAX_READ_BYTES)} för dokumentets text`,
          bomb: size > MAX_RATIO * Math.max(1, compressed),
        },
  saveAgain: SAVE_AS,
};

export class DocxPackage extends GuardedZip {
  /** Recognises the bytes and opens the package, or throws InputError saying what the file is. */
  static open(bytes: Uint8Array, source: string): Promise<DocxPackage> {
    try {
      return Promise.resolve(DocxPackage.openSync(bytes, source));
    } catch (e) {
      return Promise.reject(e instanceof Error ? e : new Error(String(e)));
    }
  }

  static openSync(bytes: Uint8Array, source: string): DocxPackage {
    if (bytes.length === 0) throw new InputError(source, 'filen är tom (0 byte) och är ingen Word-fil (.docx). Välj en annan fil.');
    if (bytes.length > MAX_DOCX_BYTES) {
      throw new InputError(
        source,
        `filen är för stor (${megabytes(bytes.length)}; gränsen är ${megabytes(MAX_DOCX_BYTES)}). Ta bort stora bilder eller dela upp dokumentet och försök igen.`,
      );
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
      throw new InputError(
        source,
        `filen är ingen Word-fil (.docx): en .docx-fil är ett zip-arkiv, och den här filen är det inte. ${SAVE_AS}`,
      );
    }
    const entries = readCentralDirectory(bytes)?.entries;
    if (!entries || entries.size === 0) {
      throw new InputError(
        source,
        `filen är skadad: den ser ut som ett zip-arkiv men innehållsförteckningen saknas eller är trasig. ${SAVE_AS}`,
      );
    }
    const why = declaredProblem(entries, DECLARED);
    if (why) throw zipRefusal(source, why);
    return new DocxPackage(bytes, entries, source, GUARD);
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
