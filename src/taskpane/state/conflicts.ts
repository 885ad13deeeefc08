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

export interface DiffSegment {
  op: 'same' | 'del' | 'add';
  text: string;
}

/** Words and the spaces between them, so that joining the tokens gives the text back. */
function tokens(line: string): string[] {
  return line.match(/\s+|[^\s]+/g) ?? [];
}

/** A token-level LCS diff of two lines; null when the lines share no word (show them as two lines). */
function diffTokens(a: string[], b: string[]): DiffSegment[] | null {
  const n = a.length;
  const m = b.length;
  if (n * m > 250_000) return null;
  const lcs: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  }
  const out: DiffSegment[] = [];
  const push = (op: DiffSegment['op'], text: string) => {
    const last = out[out.length - 1];
    if (last && last.op === op) last.text += text;
    else out.push({ op, text });
  };
  let i = 0;
  let j = 0;
  let sharedWords = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      if (/\S/.test(a[i])) sharedWords++;
      push('same', a[i]);
      i++;
      j++;
    } else if (lcs[i + 1][j] >= lcs[i][j + 1]) push('del', a[i++]);
    else push('add', b[j++]);
  }
  while (i < n) push('del', a[i++]);
  while (j < m) push('add', b[j++]);
  return sharedWords > 0 ? out : null;
}

/**
 * A word-level diff for the conflict dialog, as rows (one per line of the merged text): lines are
 * matched first (diffLines), then a removed line and the added line in its place are compared word
 * by word, so that a changed word shows as that word struck out and the new one beside it.
 */
export function diffWords(current: string, next: string): DiffSegment[][] {
  const rows: DiffSegment[][] = [];
  const lines = diffLines(current, next);
  let k = 0;
  while (k < lines.length) {
    if (lines[k].op === 'same') {
      rows.push([{ op: 'same', text: lines[k].text }]);
      k++;
      continue;
    }
    const dels: string[] = [];
    const adds: string[] = [];
    while (k < lines.length && lines[k].op !== 'same') {
      if (lines[k].op === 'del') dels.push(lines[k].text);
      else adds.push(lines[k].text);
      k++;
    }
    const pairs = Math.min(dels.length, adds.length);
    for (let x = 0; x < Math.max(dels.length, adds.length); x++) {
      const words = x < pairs ? diffTokens(tokens(dels[x]), tokens(adds[x])) : null;
      if (words) rows.push(words);
      else {
        if (x < dels.length) rows.push([{ op: 'del', text: dels[x] }]);
        if (x < adds.length) rows.push([{ op: 'add', text: adds[x] }]);
      }
    }
  }
  return rows;
}
