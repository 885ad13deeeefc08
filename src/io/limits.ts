/**
 * The limits on what the readers and the CLI accept, in one place and without imports, so the
 * CLI can check a file's size before it loads any reader. Each limit is named for what it is:
 * a file's size on disk, a part's size once unpacked, or how many projects a case may hold.
 */

/** Largest case file (.json, .xlsx, .csv) read at all: 20 MB on disk. Also `tu check --case`. */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

/** Largest .docx opened at all: 100 MB on disk. */
export const MAX_DOCX_BYTES = 100 * 1024 * 1024;

/**
 * Most projects, trips and studies in one case (LUM, MUL and FUM together). A real case has a
 * few dozen; 10 000 are drafted in about a second. Past this the draft would be a document
 * nobody can read, and the CLI stops before drafting.
 */
export const MAX_PROJECTS = 20_000;

/** A size in Swedish: "615 kB", "3,4 MB", "101 MB". */
export function sizeText(n: number): string {
  if (n < 1024 * 1024) return `${Math.max(1, Math.ceil(n / 1024))} kB`;
  const mb = n / (1024 * 1024);
  const shown = mb >= 10 ? Math.round(mb).toString() : (Math.round(mb * 10) / 10).toString().replace('.', ',');
  return `${shown} MB`;
}
