/**
 * Fingerprints of section text, to tell whether the user edited a section since the add-in
 * inserted it. Pure code: no Word.
 *
 * Word does not report a control's text exactly as we sent it (paragraph marks become "\r",
 * table cells add tabs or cell marks, list numbers are not text at all), so the fingerprint is
 * taken over the text with every kind of whitespace and every control character removed, in
 * Unicode NFC. The consequence, accepted on purpose: an edit that only changes spacing or line
 * breaks does not count as an edit, and such a section is updated without asking.
 */

/**
 * Whitespace (incl. NBSP, line/paragraph separators), C0/C1 controls, zero-width characters, BOM.
 * Made on first use: a Unicode property in a pattern costs a fresh process about a millisecond,
 * and `tu check` reads stored fingerprints without taking any.
 */
let ignored: RegExp | undefined;

/** The text a fingerprint is taken over. */
export function normalizeForFingerprint(text: string): string {
  return text.normalize('NFC').replace((ignored ??= /[\s\p{Cc}\u200b-\u200d\u2060\ufeff]/gu), '');
}

/**
 * "fnv1a64:<16 hex>:<length>" — two FNV-1a 32-bit hashes over the UTF-16 code units with
 * different offset bases (one pass), plus the normalized length. Stable across sessions and hosts.
 */
export function fingerprint(text: string): string {
  const n = normalizeForFingerprint(text);
  let a = 0x811c9dc5;
  let b = 0x050c5d1f;
  for (let i = 0; i < n.length; i++) {
    const c = n.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193);
  }
  const hex = (h: number) => (h >>> 0).toString(16).padStart(8, '0');
  return `fnv1a64:${hex(a)}${hex(b)}:${n.length}`;
}

/** What fingerprint() returns: "fnv1a64:<16 hex>:<length>". */
export const FINGERPRINT_PATTERN = /^fnv1a64:[0-9a-f]{16}:\d+$/;
