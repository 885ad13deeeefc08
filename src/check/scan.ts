/**
 * One search through many paragraphs instead of one per paragraph. On a long document most
 * paragraphs have none of the words a rule looks for, and a pattern run once per paragraph costs
 * more in calls than in searching; run once through the paragraphs' texts joined by line breaks it
 * finds the few paragraphs worth reading. The rule then reads those as before, in order.
 */
import type { DocParagraph } from './types';
import { scoped, type Twin } from './text';

/** Texts joined by '\n', and where each begins (one more entry: the joined length + 1). */
export interface Joined {
  text: string;
  starts: number[];
}

/** The texts of a list of paragraphs joined by line breaks; kept per list while a check runs. */
export function joinedTexts(paras: readonly DocParagraph[]): Joined {
  return scoped('joined', paras, () => {
    // A part that is one run of the whole's paragraphs is a piece of the whole's joined texts.
    const part = parts.get(paras);
    if (part && paras.length > 0) {
      const first = part.at.indexOf(0);
      const last = first + paras.length - 1;
      if (last < part.at.length && part.at[last] === paras.length - 1) {
        const whole = joinedTexts(part.whole);
        const base = whole.starts[first];
        const starts = new Array<number>(paras.length + 1);
        for (let i = 0; i <= paras.length; i++) starts[i] = whole.starts[first + i] - base;
        return { text: whole.text.slice(base, whole.starts[last + 1] - 1), starts };
      }
    }
    const starts: number[] = new Array<number>(paras.length + 1);
    let at = 0;
    for (let i = 0; i < paras.length; i++) {
      starts[i] = at;
      at += paras[i].text.length + 1;
    }
    starts[paras.length] = at;
    return { text: paras.map((p) => p.text).join('\n'), starts };
  });
}

/** A global copy of each hint pattern (the hint itself is used as given elsewhere). */
const globalCopies = new WeakMap<RegExp, RegExp>();

/**
 * The paragraphs (in order) that may match `hint`: every paragraph whose text matches it is among
 * them. The hint must find in a paragraph's text what it finds there within the joined texts: no
 * ^ or $, and no look-around that a line break could answer differently than the text's start or
 * end (a look-behind or look-ahead for a letter, digit or sign other than white space is fine). A
 * match that runs over a line break marks every paragraph it touches, so none is missed.
 */
export function mayMatch(paras: readonly DocParagraph[], hint: RegExp | Twin): DocParagraph[] {
  return mayMatchAt(paras, hint).map((i) => paras[i]);
}

/** mayMatch as a set, kept per list and hint while a check runs (for asking about a part of the list). */
export function mayMatchSet(paras: readonly DocParagraph[], hint: RegExp | Twin): Set<DocParagraph> {
  return scoped('mayMatchSet', paras, () => new Map<RegExp | Twin, Set<DocParagraph>>()).get(hint) ?? keep(paras, hint);
}

function keep(paras: readonly DocParagraph[], hint: RegExp | Twin): Set<DocParagraph> {
  const set = new Set(mayMatch(paras, hint));
  scoped('mayMatchSet', paras, () => new Map<RegExp | Twin, Set<DocParagraph>>()).set(hint, set);
  return set;
}

/**
 * Lists that are a part of a longer one (structure.body of doc.paragraphs), with each paragraph's
 * position in the part (-1: not in it), and whether every paragraph's index is its position in the whole.
 */
const parts = new WeakMap<readonly DocParagraph[], { whole: readonly DocParagraph[]; at: Int32Array; regular: boolean }>();

/**
 * Says that `part` is `whole` without some of its paragraphs (in the same order): mayMatch on the part
 * then searches the whole's joined texts, joined once for both.
 */
export function partOf(part: readonly DocParagraph[], whole: readonly DocParagraph[]): void {
  const at = new Int32Array(whole.length);
  let k = 0;
  let regular = true;
  for (let j = 0; j < whole.length; j++) {
    at[j] = k < part.length && whole[j] === part[k] ? k++ : -1;
    if (whole[j].index !== j) regular = false;
  }
  if (k === part.length) parts.set(part, { whole, at, regular });
}

/**
 * Where the paragraph with this index stands in a part (-1: nowhere), when the part was registered
 * with partOf and every index is a position in the whole (as DocText's are); else undefined.
 */
export function positionInPart(part: readonly DocParagraph[], index: number): number | undefined {
  const p = parts.get(part);
  if (!p?.regular) return undefined;
  return index >= 0 && index < p.at.length && Number.isInteger(index) ? p.at[index] : -1;
}

/** Lists that are a run of a longer one (a section's content in structure.body), and where they begin in it. */
const runs = new WeakMap<readonly DocParagraph[], { whole: readonly DocParagraph[]; from: number }>();

/** Says that `run` is whole.slice(from, from + run.length) (mayMatchIn then reads the whole's search). */
export function runOf(run: readonly DocParagraph[], whole: readonly DocParagraph[], from: number): void {
  runs.set(run, { whole, from });
}

/**
 * The paragraphs of `list` that the search of `whole` for `hint` gives (mayMatchSet(whole, hint)),
 * in the list's order: for a run of `whole` registered with runOf, from the search's positions
 * without reading the list; else each paragraph of the list asked for.
 */
export function mayMatchIn(list: readonly DocParagraph[], whole: readonly DocParagraph[], hint: RegExp | Twin): DocParagraph[] {
  const r = runs.get(list);
  if (r && r.whole === whole) {
    const out: DocParagraph[] = [];
    const end = r.from + list.length;
    for (const i of mayMatchAt(whole, hint)) if (i >= r.from && i < end) out.push(whole[i]);
    return out;
  }
  const set = mayMatchSet(whole, hint);
  return list.filter((p) => set.has(p));
}

/** mayMatch's paragraphs by their positions in the list (kept per list and hint while a check runs; callers do not change it). */
export function mayMatchAt(paras: readonly DocParagraph[], hint: RegExp | Twin): number[] {
  const kept = scoped('mayMatchAt', paras, () => new Map<RegExp | Twin, number[]>());
  let out = kept.get(hint);
  if (!out) kept.set(hint, (out = searchAt(paras, hint)));
  return out;
}

function searchAt(paras: readonly DocParagraph[], hint: RegExp | Twin): number[] {
  const part = parts.get(paras);
  if (part) {
    const out: number[] = [];
    for (const j of mayMatchAt(part.whole, hint)) if (part.at[j] >= 0) out.push(part.at[j]);
    return out;
  }
  if (paras.length === 0) return [];
  const { text, starts } = joinedTexts(paras);
  const base = hint instanceof RegExp ? hint : hint.for(text);
  let re = globalCopies.get(base);
  if (!re) globalCopies.set(base, (re = new RegExp(base.source, base.flags.includes('g') ? base.flags : `${base.flags}g`)));
  re.lastIndex = 0;
  const out: number[] = [];
  let k = 0;
  let last = -1;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const end = m.index + Math.max(1, m[0].length);
    while (starts[k + 1] <= m.index) k++;
    for (let j = k; j < paras.length && starts[j] < end; j++) {
      if (j > last) {
        out.push(j);
        last = j;
      }
    }
    if (m[0] === '') re.lastIndex++;
  }
  return out;
}
