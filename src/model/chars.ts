/**
 * Character tests by UTF-16 code unit, for the scanners that read text one unit at a time (the
 * .docx XML reader, the LIX counter) instead of with a regular expression.
 */

/** Whether the unit is white space as JavaScript's \s finds it. */
export function isJsSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
