/** Calendar dates written as ÅÅÅÅ-MM-DD (no zod here: case-quick.ts reads dates without the schemas). */

/** True when `s` is ÅÅÅÅ-MM-DD and that day exists in the calendar. */
export function isRealDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const dt = new Date(Date.UTC(y, mo - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d;
}
