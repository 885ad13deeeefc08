/** Comparing the checker's findings before and after a change to a document (the corpus tests). */
import type { Finding } from '../../src/check/types';

/** What makes two findings the same: rule, severity and message. */
export function findingKey(f: Finding): string {
  return `${f.rule}\u0000${f.severity}\u0000${f.message}`;
}

/**
 * The findings of `after` that `before` does not have, as a multiset: a finding that stands twice
 * after and once before is new once. `key` says what makes two findings the same.
 */
export function newFindings(before: readonly Finding[], after: readonly Finding[], key = findingKey): Finding[] {
  const left = new Map<string, number>();
  for (const f of before) left.set(key(f), (left.get(key(f)) ?? 0) + 1);
  const out: Finding[] = [];
  for (const f of after) {
    const n = left.get(key(f)) ?? 0;
    if (n > 0) left.set(key(f), n - 1);
    else out.push(f);
  }
  return out;
}
