/** Near misses: how many edits apart two words are, and the candidate a misspelling most likely means. */

/** Edits (insert, delete, substitute, swap two neighbours) from a to b, stopping early above `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
      cur.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length];
}

/**
 * The candidate closest to `word` within the allowed edits (1 for words under six letters, 2 from six),
 * compared through `key` (for example folded case); undefined when none is that close or two are equally close.
 */
export function closest(word: string, candidates: readonly string[], key: (s: string) => string = (s) => s): string | undefined {
  const w = key(word);
  const max = w.length >= 6 ? 2 : 1;
  let best: string | undefined;
  let bestD = max + 1;
  let tie = false;
  for (const c of candidates) {
    const d = editDistance(w, key(c), max);
    if (d < bestD) {
      best = c;
      bestD = d;
      tie = false;
    } else if (d === bestD && best !== c) tie = true;
  }
  return bestD <= max && !tie ? best : undefined;
}
