/**
 * Drafted text with its sources. The drafter writes every sentence through these helpers, so each
 * sentence records where it comes from (a case field, a criteria field, standard wording or a
 * placeholder) and which of its words are our own (the rest are the case's or the criteria's values).
 *
 *   const C = facts(c, cr);
 *   s`${C.c('metadata.namnd')} godkänner redovisning av ${C.t('lum.projekt')} ${C.c('ar.redovisning')}.`
 *
 * A value is read from its path when the sentence is built: a path that holds nothing is an error
 * in the drafter, so a sentence cannot state a fact the case or the criteria do not have.
 */
import type { Case } from '../model/case';
import { termsOf, type Criteria, type Terms } from '../model/criteria';
import { PLACEHOLDER_MARKER, type ListItem, type ParagraphBlock, type PlaceholderRange, type Sentence, type SourceRef } from './types';

/** A value inside a sentence: the text shown and where it comes from. */
export interface Val {
  text: string;
  sources: SourceRef[];
  /** True when the words are ours (a number word we derive), false when they are the case's or the criteria's. */
  own?: boolean;
}

/** Reads a value at a path like "lum[2].ar.fran" or "utlysning.oppnar". */
export function valueAt(root: unknown, path: string): unknown {
  let cur: unknown = root;
  for (const part of path.split(/\.|(?=\[)/)) {
    if (cur === undefined || cur === null) return undefined;
    const m = /^\[(\d+)\]$/.exec(part);
    if (m) cur = Array.isArray(cur) ? (cur as unknown[])[Number(m[1])] : undefined;
    else cur = (cur as Record<string, unknown>)[part];
  }
  return cur;
}

function present(v: unknown): boolean {
  return v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0);
}

/** Accessors for the values of one case and its criteria. */
export interface Facts {
  case: Case;
  criteria: Criteria | undefined;
  terms: Terms;
  /** Where the terms come from: the criteria's own (criteria:termer…), or the default terms (wording:…). */
  termsFromCriteria: boolean;
  /** A case value, formatted. Throws if the case has nothing there. */
  c(path: string, format?: (v: never) => string): Val;
  /** A criteria value, formatted. Throws if there are no criteria or nothing there. */
  k(path: string, format?: (v: never) => string): Val;
  /** A fund term of the year ("mul.resor" → "studieresor"), from the criteria or the default terms. */
  t(path: string): Val;
  /** Something derived from case fields (a count, a sum): our words, sourced to the fields. */
  d(text: string | number, ...paths: string[]): Val;
}

export function facts(c: Case, cr: Criteria | undefined): Facts {
  const terms = termsOf(cr);
  const termsFromCriteria = Boolean(cr?.termer);
  const read = (root: unknown, kind: 'case' | 'criteria', path: string, format?: (v: never) => string): Val => {
    const v = valueAt(root, path);
    if (!present(v)) throw new Error(`drafter: ${kind}:${path} har inget värde`);
    const text = format ? format(v as never) : String(v);
    return { text, sources: [`${kind}:${path}`] };
  };
  return {
    case: c,
    criteria: cr,
    terms,
    termsFromCriteria,
    c: (path, format) => read(c, 'case', path, format),
    k: (path, format) => read(cr, 'criteria', path, format),
    t: (path) => {
      const v = valueAt(terms, path);
      if (typeof v !== 'string') throw new Error(`drafter: okänd term ${path}`);
      const source: SourceRef = termsFromCriteria ? `criteria:termer.${path}` : cr ? `criteria:mul.namn` : `wording:termer-standard`;
      return { text: v, sources: [source] };
    },
    d: (text, ...paths) => ({ text: String(text), sources: paths.map((p): SourceRef => `case:${p}`), own: true }),
  };
}

type Part = string | Val;

/** Our own text as a value (for a conditional phrase built elsewhere). */
export const own = (text: string, ...sources: SourceRef[]): Val => ({ text, sources, own: true });

/** Joins values into one ("A, B och C"), keeping every source. */
export function joinVals(vals: readonly Val[], conjunction = 'och'): Val {
  const texts = vals.map((v) => v.text);
  const text = texts.length <= 1 ? (texts[0] ?? '') : `${texts.slice(0, -1).join(', ')} ${conjunction} ${texts[texts.length - 1]}`;
  return { text, sources: vals.flatMap((v) => v.sources), own: vals.every((v) => v.own) };
}

/** A value with its text changed (a genitive, a lower-case letter); the sources stay. */
export function mapVal(v: Val, f: (text: string) => string): Val {
  return { ...v, text: f(v.text) };
}

/**
 * A sentence from a template: literal text is our wording; interpolated values bring their
 * sources. Plain strings interpolated count as our own words. Extra sources (standard wording,
 * a criteria field that decides the sentence) go after the template with .from().
 */
export function s(strings: TemplateStringsArray, ...parts: Part[]): Sentence {
  let text = strings[0];
  let ownText = strings[0];
  const sources: SourceRef[] = [];
  const seen = new Set<SourceRef>(); // a Set: a value joined from 10 000 projects has 10 000 sources
  parts.forEach((p, i) => {
    if (typeof p === 'string') {
      text += p;
      ownText += p;
    } else {
      text += p.text;
      if (p.own) ownText += p.text;
      else ownText += ' ';
      for (const src of p.sources) {
        if (seen.has(src)) continue;
        seen.add(src);
        sources.push(src);
      }
    }
    text += strings[i + 1];
    ownText += strings[i + 1];
  });
  return { text, sources, own: ownText.replace(/\s+/g, ' ').trim() };
}

/** Adds sources to a sentence (a wording id, a criteria field that decides whether it is written). */
export function from(sentence: Sentence, ...sources: SourceRef[]): Sentence {
  return { ...sentence, sources: [...sentence.sources, ...sources.filter((x) => !sentence.sources.includes(x))] };
}

/** Standard wording: a whole sentence named by an id (src/draft/wording.ts). */
export function wording(id: string, text: string): Sentence {
  return { text, sources: [`wording:${id}`], own: text };
}

/** The case's or the criteria's own text, copied as written. */
export function verbatim(text: string, source: SourceRef): Sentence {
  return { text, sources: [source], verbatim: true, own: '' };
}

/** The marker text of a placeholder: "[Skriv … här]". */
export function placeholderText(prompt: string): string {
  return `[${prompt}]`;
}

/** A placeholder as a sentence (inline, or a whole paragraph on its own). */
export function placeholderSentence(id: string, prompt: string): Sentence {
  if (!prompt.startsWith('Skriv ')) throw new Error(`drafter: en platshållare ska börja med "Skriv ": ${prompt}`);
  return { text: placeholderText(prompt), sources: [`placeholder:${id}`], own: '' };
}

/** Placeholder ranges in a text built from sentences: each marker matched to its placeholder source, in order. */
function placeholderRanges(text: string, sentences: readonly Sentence[]): PlaceholderRange[] {
  const ids = sentences.flatMap((x) => x.sources.filter((src) => src.startsWith('placeholder:')).map((src) => src.slice(12)));
  const out: PlaceholderRange[] = [];
  const re = new RegExp(PLACEHOLDER_MARKER.source, 'gu');
  for (let m = re.exec(text), i = 0; m !== null && i < ids.length; m = re.exec(text), i++) {
    out.push({ start: m.index, end: m.index + m[0].length, id: ids[i], prompt: m[0].slice(1, -1) });
  }
  return out;
}

/** A paragraph of sentences. */
export function para(sentences: readonly Sentence[], opts: { italic?: boolean } = {}): ParagraphBlock {
  const list = sentences.filter((x) => x.text.trim() !== '');
  const text = list.map((x) => x.text).join(' ');
  const block: ParagraphBlock = { type: 'paragraph', text, sentences: [...list] };
  if (opts.italic) block.italic = true;
  const ranges = placeholderRanges(text, list);
  if (ranges.length) block.placeholders = ranges;
  return block;
}

/** A paragraph that is only a placeholder. */
export function placeholderPara(id: string, prompt: string): ParagraphBlock {
  return para([placeholderSentence(id, prompt)]);
}

/** A list item of sentences. */
export function item(sentences: readonly Sentence[], opts: { italic?: boolean } = {}): ListItem {
  const it: ListItem = { text: sentences.map((x) => x.text).join(' '), sentences: [...sentences] };
  if (opts.italic) it.italic = true;
  return it;
}

/** A line of free text: a bullet point ("- ", "• ", "* ", "– ") or prose. */
const BULLET = /^\s*(?:[-•*–]|\u2022)\s+/;

/** A piece of the case's free text: a paragraph, or the items of a bulleted list written in it. */
export type TextPiece = { kind: 'paragraph'; text: string } | { kind: 'bullets'; items: string[] };

/**
 * Splits free text into paragraphs (at blank lines; single line breaks join) and bulleted lists
 * (consecutive lines starting with "- ", "• ", "* " or "– "), so lists people write are kept as lists.
 */
export function textPieces(text: string | undefined): TextPiece[] {
  if (!text) return [];
  const out: TextPiece[] = [];
  let prose: string[] = [];
  const flush = () => {
    const t = prose.join(' ').replace(/\s+/g, ' ').trim();
    if (t) out.push({ kind: 'paragraph', text: t });
    prose = [];
  };
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    if (line.trim() === '') {
      flush();
      continue;
    }
    if (BULLET.test(line)) {
      flush();
      const t = line.replace(BULLET, '').trim();
      const last = out[out.length - 1];
      if (last?.kind === 'bullets') last.items.push(t);
      else out.push({ kind: 'bullets', items: [t] });
    } else if (/^\s+\S/.test(line) && out[out.length - 1]?.kind === 'bullets' && prose.length === 0) {
      // An indented line continues the bullet above it.
      const last = out[out.length - 1] as { kind: 'bullets'; items: string[] };
      last.items[last.items.length - 1] += ` ${line.trim()}`;
    } else prose.push(line.trim());
  }
  flush();
  return out;
}
