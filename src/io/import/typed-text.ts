/**
 * Input as people type it, before anything is matched or validated:
 * - every text is put in Unicode NFC (å typed as a + ring becomes å) and loses its zero-width
 *   characters (U+200B–U+200D, U+2060, U+FEFF, soft hyphen U+00AD), so "Farsta" pasted with a
 *   zero-width space or a decomposed "Skärholmen" match the district names;
 * - bidirectional control characters (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C)
 *   are found in any field: they can make a Dnr or an amount show something other than it
 *   holds, so they are refused with the field named;
 * - numbers that JSON writes but a computer cannot hold (1e400) are said to be too big, not
 *   "ett tal, men är ett tal";
 * - a key that appears twice in one JSON object is refused with its line and column (JSON.parse
 *   would silently keep the last one: a second "lum": [] empties the list).
 */
import { problem, type Problem } from '../../model/errors';

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const BIDI = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/;
const BIDI_NAMES: Record<string, string> = {
  '\u202A': 'U+202A vänster-till-höger-inbäddning',
  '\u202B': 'U+202B höger-till-vänster-inbäddning',
  '\u202C': 'U+202C slut på inbäddning',
  '\u202D': 'U+202D vänster-till-höger-tvingning',
  '\u202E': 'U+202E höger-till-vänster-tvingning',
  '\u2066': 'U+2066 vänster-till-höger-isolering',
  '\u2067': 'U+2067 höger-till-vänster-isolering',
  '\u2068': 'U+2068 första-stark-isolering',
  '\u2069': 'U+2069 slut på isolering',
  '\u200E': 'U+200E vänster-till-höger-markering',
  '\u200F': 'U+200F höger-till-vänster-markering',
  '\u061C': 'U+061C arabisk bokstavsmarkering',
};

/** NFC, without zero-width characters. */
export function cleanText(s: string): string {
  // Fast path: plain ASCII needs nothing.
  if (/^[\x20-\x7e\t\r\n]*$/.test(s)) return s;
  return s.normalize('NFC').replace(ZERO_WIDTH, '');
}

/** What to say about a text with bidirectional control characters, or undefined. */
export function bidiProblem(s: string): string | undefined {
  const m = BIDI.exec(s);
  if (!m) return undefined;
  return `innehåller ett osynligt styrtecken för skrivriktning (${BIDI_NAMES[m[0]] ?? 'U+' + m[0].charCodeAt(0).toString(16).toUpperCase()}) som kan få texten att visas på ett annat sätt än den lyder. Skriv om värdet utan det (kopiera inte från en källa du inte känner).`;
}

type Path = (string | number)[];

function pathText(path: Path): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out ? `.${p}` : p;
  return out || '(hela filen)';
}

/**
 * A parsed JSON value with every string cleaned (cleanText), and the problems found: bidi control
 * characters and numbers out of range, each with its field path (as data and as `where`).
 * Iterative: a deeply nested value cannot overflow the stack.
 */
export function cleanJsonValue(value: unknown): { value: unknown; problems: (Problem & { path: Path })[] } {
  const problems: (Problem & { path: Path })[] = [];
  // Each entry knows its parent, so a path is built only for a value that has a problem.
  interface Entry {
    holder: Record<string | number, unknown>;
    key: string | number;
    parent: Entry | undefined;
  }
  const pathOf = (e: Entry | undefined): Path => {
    const out: Path = [];
    for (let x = e; x && x.parent !== undefined; x = x.parent) out.push(x.key);
    return out.reverse();
  };
  const report = (e: Entry, what: string) => {
    const path = pathOf(e);
    problems.push({ ...problem({ what, path }), where: pathText(path), path });
  };
  const root: Record<string, unknown> = { v: value };
  const stack: Entry[] = [{ holder: root, key: 'v', parent: undefined }];
  while (stack.length > 0) {
    const e = stack.pop()!;
    const v = e.holder[e.key];
    if (typeof v === 'string') {
      const why = bidiProblem(v);
      if (why) report(e, why);
      const clean = cleanText(v);
      if (clean !== v) e.holder[e.key] = clean;
    } else if (typeof v === 'number') {
      if (!Number.isFinite(v))
        report(e, 'är ett tal som är för stort för att räknas med (större än 1,8 · 10^308). Skriv det verkliga värdet.');
    } else if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({ holder: v as unknown as Record<number, unknown>, key: i, parent: e });
    } else if (v !== null && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      const keys = Object.keys(o);
      for (let i = keys.length - 1; i >= 0; i--) stack.push({ holder: o, key: keys[i], parent: e });
    }
  }
  return { value: root.v, problems };
}

export interface DuplicateKey {
  key: string;
  /** Where the key stands the second time (1-based). */
  line: number;
  column: number;
  /** The line where it stood first. */
  firstLine: number;
  /** The object's path, "metadata" or "lum[2]" ("" for the top level). */
  path: string;
}

/**
 * The first key that appears twice in one object of a JSON text (the text must be valid JSON),
 * or undefined. One pass, no recursion.
 */
export function findDuplicateKey(text: string): DuplicateKey | undefined {
  interface Frame {
    object: boolean;
    keys?: Map<string, number>;
    path: string;
    index: number;
    key?: string;
  }
  const stack: Frame[] = [];
  let line = 1;
  let lineStart = 0;
  let i = 0;
  const n = text.length;
  let expectKey = false;
  const childPath = (f: Frame | undefined): string => {
    if (!f) return '';
    if (f.object) return f.path ? `${f.path}.${f.key ?? ''}` : (f.key ?? '');
    return `${f.path}[${f.index}]`;
  };
  while (i < n) {
    const ch = text[i];
    if (ch === '\n') {
      line++;
      lineStart = i + 1;
      i++;
    } else if (ch === '"') {
      const startLine = line;
      const startCol = i - lineStart + 1;
      let j = i + 1;
      let escaped = false;
      while (j < n) {
        const c = text[j];
        if (c === '\\') {
          escaped = true;
          j += 2;
          continue;
        }
        if (c === '"') break;
        j++;
      }
      const raw = text.slice(i, j + 1);
      i = j + 1;
      const top = stack[stack.length - 1];
      if (expectKey && top?.object) {
        let key = raw.slice(1, -1);
        if (escaped) {
          try {
            key = JSON.parse(raw) as string;
          } catch {
            // valid JSON was promised; keep the raw key
          }
        }
        const first = top.keys!.get(key);
        if (first !== undefined) return { key, line: startLine, column: startCol, firstLine: first, path: top.path };
        top.keys!.set(key, startLine);
        top.key = key;
        expectKey = false;
      }
    } else if (ch === '{' || ch === '[') {
      const parent = stack[stack.length - 1];
      const path = childPath(parent);
      stack.push(ch === '{' ? { object: true, keys: new Map(), path, index: 0 } : { object: false, path, index: 0 });
      expectKey = ch === '{';
      i++;
    } else if (ch === '}' || ch === ']') {
      stack.pop();
      expectKey = false;
      i++;
    } else if (ch === ',') {
      const top = stack[stack.length - 1];
      if (top?.object) expectKey = true;
      else if (top) top.index++;
      i++;
    } else {
      i++;
    }
  }
  return undefined;
}
