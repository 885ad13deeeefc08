/**
 * Opening a zip package (.xlsx) safely: check the sizes the zip declares before inflating
 * anything, and stop inflating past a limit (zip bombs). The zip machinery is in ../zip.
 */
import { InputError } from '../../model/errors';
import {
  GuardedZip,
  type DeclaredLimits,
  type ReadGuard,
  declaredProblem,
  isEncryptedOle as encryptionInfoWithin,
  megabytes,
  readCentralDirectory,
  zipRefusal,
} from '../zip';

/** Largest size one part may have once unpacked. */
export const MAX_PART_BYTES = 40 * 1024 * 1024;
/** Largest size of all the parts we read, together, once unpacked. */
export const MAX_UNPACKED_BYTES = 80 * 1024 * 1024;

/** True when an OLE file is an encrypted Office package: its "EncryptionInfo" stream is named in the first 4 MB. */
export function isEncryptedOle(bytes: Uint8Array): boolean {
  return encryptionInfoWithin(bytes, 4 * 1024 * 1024);
}

const DECLARED: DeclaredLimits = { part: MAX_PART_BYTES, total: MAX_UNPACKED_BYTES };

/** Each part stops at MAX_PART_BYTES, and all parts read at MAX_UNPACKED_BYTES together. */
const GUARD: ReadGuard = {
  refuse: (name, entry) => declaredProblem([[name, entry]], DECLARED),
  cap: (_declared, used) => Math.min(MAX_PART_BYTES, MAX_UNPACKED_BYTES - used),
  overflow: (name, size, _cap, declared, compressed) => ({
    what: `delen ${name} blir ${megabytes(size, 'MB')}${declared !== undefined && size > declared ? ` fast zip-arkivet anger ${megabytes(declared)}` : ''}; gränsen är ${megabytes(MAX_PART_BYTES)}`,
    bomb: (declared !== undefined && size > declared) || size > 1030 * Math.max(1, compressed),
  }),
  saveAgain: 'Spara filen på nytt.',
};

export class ZipPackage extends GuardedZip {
  static open(bytes: Uint8Array, source: string, what: string): Promise<ZipPackage> {
    try {
      return Promise.resolve(ZipPackage.openSync(bytes, source, what));
    } catch (e) {
      return Promise.reject(e instanceof Error ? e : new Error(String(e)));
    }
  }

  static openSync(bytes: Uint8Array, source: string, what: string): ZipPackage {
    const cd = readCentralDirectory(bytes);
    if (!cd || (cd.damaged && cd.entries.size === 0)) {
      throw new InputError(
        source,
        `filen är skadad: den ser ut som en zip-fil men innehållsförteckningen saknas eller är trasig. Spara den på nytt som ${what}.`,
      );
    }
    return new ZipPackage(bytes, cd.entries, source, GUARD);
  }

  /** Checks, before inflating anything, that the parts we are going to read fit the limits. */
  checkDeclared(names: string[]): void {
    const why = declaredProblem(
      names.map((n) => [n, this.entries.get(n)]),
      DECLARED,
    );
    if (why) throw zipRefusal(this.source, why);
  }

  /** Reads one part as text, inflating in chunks and stopping as soon as it passes the limits. */
  async text(name: string): Promise<string> {
    const bytes = await this.bytes(name);
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
