/** Zip helpers for the io tests, with fflate (the same library the readers and writers use). */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';

/** A zip of these entries (text or bytes), deflated unless `store`. */
export function zipOf(files: Record<string, string | Uint8Array>, store = false): Uint8Array {
  const z: Zippable = {};
  for (const [name, data] of Object.entries(files)) z[name] = typeof data === 'string' ? strToU8(data) : data;
  return zipSync(z, { level: store ? 0 : 6 });
}

/** Every entry of a zip as text. */
export function unzipText(bytes: Uint8Array): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, data] of Object.entries(unzipSync(bytes))) out[name] = strFromU8(data);
  return out;
}

/** One entry of a zip as text; throws when it is missing. */
export function entryText(bytes: Uint8Array, name: string): string {
  const parts = unzipSync(bytes, { filter: (f) => f.name === name });
  if (!parts[name]) throw new Error(`no ${name} in the zip`);
  return strFromU8(parts[name]);
}

/** A zip with some entries replaced or added. */
export function withEntries(bytes: Uint8Array, files: Record<string, string | Uint8Array>): Uint8Array {
  const all: Record<string, string | Uint8Array> = unzipSync(bytes);
  Object.assign(all, files);
  return zipOf(all);
}
