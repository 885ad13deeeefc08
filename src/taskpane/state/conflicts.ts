/** The "what would be replaced" dialog: the user's choice per edited section, and a line diff. */
import type { SectionId } from '../../model/sections';
import type { SectionConflict } from '../../word/types';

export type Choice = 'ersatt' | 'behall';

/** Nothing is replaced unless the user says so. */
export function initialChoices(conflicts: readonly SectionConflict[]): Record<string, Choice> {
  return Object.fromEntries(conflicts.map((c) => [c.id, 'behall']));
}

export function replaceList(conflicts: readonly SectionConflict[], choices: Readonly<Record<string, Choice>>): SectionId[] {
  return conflicts.filter((c) => choices[c.id] === 'ersatt').map((c) => c.id);
}

export interface DiffLine {
  op: 'same' | 'del' | 'add';
  text: string;
}

/**
 * A line diff (longest common subsequence) of the current text against the new: 'del' lines are
 * the user's text that would be lost, 'add' lines are new. Large inputs fall back to del-all/add-all.
 */
export function diffLines(current: string, next: string): DiffLine[] {
  const a = current.split(/\r?\n/);
  const b = next.split(/\r?\n/);
  if (a.length * b.length > 4_000_000)
    return [...a.map((text) => ({ op: 'del' as const, text })), ...b.map((text) => ({ op: 'add' as const, text }))];
  const n = a.length;
  const m = b.length;
  const lcs: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  const out: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      out.push({ op: 'same', text: a[i] });
      i++;
      j++;
    } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
      out.push({ op: 'del', text: a[i++] });
    } else {
      out.push({ op: 'add', text: b[j++] });
    }
  }
  while (i < n) out.push({ op: 'del', text: a[i++] });
  while (j < m) out.push({ op: 'add', text: b[j++] });
  return out;
}
