/**
 * The one place where an action may make more than a fixed number of context.sync() calls:
 * Word on the web limits the size of a request, so a write (or a read of reviewed text) that
 * would make one request over REQUEST_BUDGET bytes is sent as several, one after the other.
 * Chunk k is queued by `queue(k)`, then sent; what `queue` returns runs after its sync (reading
 * its results). The count is fixed before the first sync; nothing here depends on the answers.
 */

/** The most request bytes one context.sync() may send, as the real office.js library serializes it. */
export const REQUEST_BUDGET = 1_000_000;

export async function syncInChunks(
  context: Word.RequestContext,
  chunks: number,
  queue: (k: number) => (() => void) | void,
  k = 0,
): Promise<void> {
  if (k >= chunks) return;
  const after = queue(k);
  await context.sync();
  if (after) after();
  return syncInChunks(context, chunks, queue, k + 1);
}

/** Bytes a string adds to a request once JSON-encoded (UTF-8; control characters as \u00XX). */
export function jsonBytes(s: string): number {
  let n = 2;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20) n += 6;
    else if (c === 0x22 || c === 0x5c) n += 2;
    else if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4; // a surrogate pair is one 4-byte character (a lone one is escaped: counted as 6 below)
      i++;
    } else if (c >= 0xdc00 && c <= 0xdfff) n += 6;
    else n += 3;
  }
  return n;
}

/** Splits weighted steps into consecutive chunks of at most `limit` (a heavier step is a chunk of its own). */
export function packChunks<T extends { bytes: number }>(steps: T[], limit: number): T[][] {
  const out: T[][] = [];
  let cur: T[] = [];
  let size = 0;
  for (const s of steps) {
    if (cur.length > 0 && size + s.bytes > limit) {
      out.push(cur);
      cur = [];
      size = 0;
    }
    cur.push(s);
    size += s.bytes;
  }
  if (cur.length) out.push(cur);
  return out;
}
