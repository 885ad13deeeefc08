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

/** Whitespace (incl. NBSP, line/paragraph separators), C0/C1 controls, zero-width characters, BOM. */
const IGNORED = /[\s\u0000-\u001f\u007f-\u009f\u200b-\u200d\u2060\ufeff]/gu;

/** The text a fingerprint is taken over. */
export function normalizeForFingerprint(text: string): string {
  return text.normalize('NFC').replace(IGNORED, '');
}

/** FNV-1a, 32 bits, over UTF-16 code units, with a given offset basis. */
function fnv1a(s: string, basis: number): number {
  let h = basis >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/**
 * "fnv1a64:<16 hex>:<length>" — two FNV-1a 32-bit hashes with different offset bases, plus the
 * normalized length. Stable across sessions and hosts.
 */
export function fingerprint(text: string): string {
  const n = normalizeForFingerprint(text);
  const a = fnv1a(n, 0x811c9dc5).toString(16).padStart(8, '0');
  const b = fnv1a(n, 0x050c5d1f).toString(16).padStart(8, '0');
  return `fnv1a64:${a}${b}:${n.length}`;
}

/** True when two texts are the same for the purpose of "was it edited". */
export function sameText(a: string, b: string): boolean {
  return normalizeForFingerprint(a) === normalizeForFingerprint(b);
}
