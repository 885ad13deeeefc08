import type { Rule } from '../rule';
import { AMOUNT_HINT, findAmounts } from '../amounts';
import { nameKey, nameKeyOfNorm, parseProjectLine, projectLists } from '../facts';
import { escapeRe, knownPlain, norm, normSigns, Twin } from '../text';
import { joinedTexts, mayMatch } from '../scan';
import { findDistrict } from '../../model/districts';
import { describePath } from '../../model/fields';
import { formatThousands } from '../../swedish/numbers';

/**
 * Compares a document with its case (`tu check --case`, or the case stored in the document):
 * every project, trip and study of the case is in the text, with its amount and its districts, the
 * years are there, and the document lists no project the case does not have.
 */
/** At most one letter added, dropped or changed. */
export function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return a === b;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  let j = 0;
  while (j < a.length - i && j < b.length - i && a[a.length - 1 - j] === b[b.length - 1 - j]) j++;
  return Math.max(a.length, b.length) - i - j <= 1;
}

const LN = '[\\p{L}\\p{N}]';
const NOT_LN = '[^\\p{L}\\p{N}]';

/** A word's first half (the shorter when its length is odd) and second half. */
function halvesOf(w: string): [string, string] {
  const h = Math.floor(w.length / 2);
  return [w.slice(0, h), w.slice(h)];
}

/**
 * An amount as n.toLocaleString('sv-SE') writes it ("300 000", groups apart by no-break spaces): a
 * whole number without starting Intl, whose first use costs about 10 ms.
 */
export function amountText(n: number): string {
  return Number.isSafeInteger(n) && !Object.is(n, -0) ? formatThousands(n) : n.toLocaleString('sv-SE');
}

/** How many of a name's words must be in the text for nearlyAll: 85 %, rounded up. */
function needed(words: number): number {
  return Math.ceil(words * 0.85);
}

/**
 * The words of a normalized text (its runs of letters and digits, as nameKeyOfNorm joins them),
 * asked about by searching the text instead of splitting a long document into all its words.
 */
export class DocWords {
  private found?: Set<string>;
  private nearFound?: Set<string>;
  private readonly standing = new Map<string, boolean>();
  constructor(private readonly text: string) {}

  /** nameKeyOfNorm(text).includes(k): the words of k stand in the text in a row, the first at the end of a word, the last at the start of one. */
  standsIn(k: string): boolean {
    let hit = this.standing.get(k);
    if (hit === undefined) {
      const ws = k.split(' ');
      // The longest word must stand somewhere before the words are looked for in a row.
      const longest = ws.reduce((a, w) => (w.length > a.length ? w : a), '');
      hit =
        k === '' ||
        (ws.length === 1
          ? this.includes(k)
          : this.includes(longest) && new Twin(new RegExp(ws.map(escapeRe).join(`${NOT_LN}+`), 'u')).for(this.text).test(this.text));
      this.standing.set(k, hit);
    }
    return hit;
  }

  /** text.includes(s), answered from one search for many when `expect` named s. */
  private includes(s: string): boolean {
    return this.substrings?.get(s) ?? this.text.includes(s);
  }

  private substrings?: Map<string, boolean>;

  /**
   * The names (as nameKey makes them) that standsIn will be asked about: whether their longest
   * words stand in the text is found in one search for all of them, not one search each.
   */
  expect(keys: readonly string[]): void {
    const longest = (k: string) => k.split(' ').reduce((a, w) => (w.length > a.length ? w : a), '');
    const list = keys.map(longest).filter((w) => w !== '');
    // Their words (a word that is nowhere in the text does not stand whole in it) and the halves of
    // their long words, which lookUp may ask about (see there), in the same search.
    const words = keys.flatMap((k) => k.split(' ').filter((w) => w.length >= 3));
    const halves = words.filter((w) => w.length >= 8).flatMap(halvesOf);
    const all = [...list, ...words, ...halves];
    const there = this.present(all);
    this.substrings = new Map(all.map((w) => [w, there.has(w)]));
  }

  /**
   * Which of these strings stand in the text (as text.includes finds them), in one search for all:
   * the longer ones tried first; once 16 matches repeat strings already found, the search goes on
   * from there without them. A string no match shows may still stand where a match overlaps it (the
   * search goes on after each match): it is looked for there.
   */
  private present(strings: readonly string[]): Set<string> {
    const text = this.text;
    const found = new Set<string>();
    let left = [...new Set(strings)].filter((w) => w !== '').sort((a, b) => b.length - a.length);
    const all = left;
    const seen: [number, number][] = [];
    let from = 0;
    while (left.length > 0) {
      const re = new RegExp(left.map(escapeRe).join('|'), 'g');
      re.lastIndex = from;
      let repeats = 0;
      let m: RegExpExecArray | null;
      for (m = re.exec(text); m !== null; m = re.exec(text)) {
        seen.push([m.index, m.index + m[0].length]);
        if (!found.has(m[0])) found.add(m[0]);
        else if (++repeats >= 16) break;
      }
      if (m === null) break;
      from = re.lastIndex;
      left = left.filter((w) => !found.has(w));
    }
    for (const w of all) if (!found.has(w) && seen.some(([a, b]) => text.slice(a, b + w.length - 1).includes(w))) found.add(w);
    return found;
  }

  /**
   * Looks up the words of these names (each name as its words) and, where it can decide whether a
   * name has nearly all its words (see nearlyAll), their near words: one search for whole words,
   * one for words one letter apart.
   */
  lookUp(query: () => string[][]): void {
    if (this.found) return;
    const text = this.text;
    const names = query();
    const ws = [...new Set(names.flat())];
    this.found = new Set();
    this.nearFound = new Set();
    if (ws.length === 0) return;
    if (!knownPlain() && /[\ud800-\udfff]/.test(text)) {
      // Signs outside the BMP: the words counted one by one (the searches below count signs, not UTF-16 units).
      const all = new Set(nameKeyOfNorm(text).split(' '));
      for (const w of ws) if (all.has(w)) this.found.add(w);
      for (const w of ws) if (w.length >= 5 && !all.has(w) && [...all].some((d) => oneEditApart(w, d))) this.nearFound.add(w);
      return;
    }
    // Only words that stand somewhere in the text may stand whole.
    this.findWhole(ws.filter((w) => this.includes(w)));
    // Near words are looked for only where they decide: a name with enough words found is there, and
    // one that lacks more than its near words could make up is not, whatever they are. A word one
    // letter apart from w (changed, added or dropped) keeps w's first half at its start or w's second
    // half at its end, and is one letter longer, shorter or as long: a word whose halves both are
    // nowhere in the text has none (one search for all the halves).
    const found = this.found;
    const half = (w: string) => Math.floor(w.length / 2);
    const undecided = (mayBeNear: (w: string) => boolean) => {
      const out = new Set<string>();
      for (const name of names) {
        const need = needed(name.length);
        const have = name.filter((w) => found.has(w)).length;
        const couldBeNear = name.filter((w) => w.length >= 5 && !found.has(w) && mayBeNear(w));
        if (have < need && have + couldBeNear.length >= need) for (const w of couldBeNear) out.add(w);
      }
      return out;
    };
    // Halves shorter than four letters stand almost anywhere: only words of eight letters or more are looked at.
    const looked = new Set([...undecided(() => true)].filter((w) => w.length >= 8));
    // Halves expect did not look for are looked for now, in one search.
    const asked = [...looked].flatMap(halvesOf);
    const more = this.present(asked.filter((h) => !this.substrings?.has(h)));
    const stands = (h: string) => this.substrings?.get(h) ?? more.has(h);
    const second = undecided((w) => !looked.has(w) || halvesOf(w).some(stands));
    const far = ws.filter((w) => second.has(w));
    if (far.length === 0) return;
    const check = (d: string) => {
      for (const w of far) if (Math.abs(w.length - d.length) <= 1 && oneEditApart(w, d)) this.nearFound!.add(w);
    };
    const starts = far.map((w) => `${escapeRe(w.slice(0, half(w)))}${LN}{${w.length - 1 - half(w)},${w.length + 1 - half(w)}}`);
    const byStart = new Twin(new RegExp(`(?<!${LN})(?:${starts.join('|')})(?!${LN})`, 'gu')).for(text);
    for (let m = byStart.exec(text); m !== null; m = byStart.exec(text)) check(m[0]);
    const byEnd = new Twin(new RegExp(`(?:${far.map((w) => escapeRe(w.slice(half(w)))).join('|')})(?!${LN})`, 'gu')).for(text);
    const letterOrDigit = new Twin(new RegExp(`^${LN}$`, 'u')).for(text);
    for (let m = byEnd.exec(text); m !== null; m = byEnd.exec(text)) {
      // The whole word the ending ends: back to its first letter or digit (a surrogate pair is one sign).
      let start = m.index;
      while (start > 0) {
        const low = text.charCodeAt(start - 1);
        const pair = start >= 2 && low >= 0xdc00 && low <= 0xdfff && (text.charCodeAt(start - 2) & 0xfc00) === 0xd800;
        const size = pair ? 2 : 1;
        if (!letterOrDigit.test(text.slice(start - size, start))) break;
        start -= size;
      }
      check(text.slice(start, m.index + m[0].length));
    }
  }

  /**
   * Adds to `found` the words that stand whole in the text (each is a whole run of letters and
   * digits, so no two matches overlap). A common word ("och") would match thousands of times: once
   * a few matches repeat words already found, the search goes on from there without them.
   */
  private findWhole(ws: string[]): void {
    const text = this.text;
    const found = this.found!;
    let left = ws;
    let from = 0;
    while (left.length > 0) {
      const re = new Twin(new RegExp(`(?<!${LN})(?:${left.map(escapeRe).join('|')})(?!${LN})`, 'gu')).for(text);
      re.lastIndex = from;
      let repeats = 0;
      let m: RegExpExecArray | null;
      for (m = re.exec(text); m !== null; m = re.exec(text)) {
        if (!found.has(m[0])) found.add(m[0]);
        else if (++repeats >= 16) break;
      }
      if (m === null) return;
      // Every word that stands whole before lastIndex has been met.
      from = re.lastIndex;
      left = left.filter((w) => !found.has(w));
    }
  }

  /**
   * Whether a name (its words, as lookUp was given them) has nearly all its words in the text: at
   * least 85 % of them stand whole, or have a word one letter apart (five letters or more).
   */
  nearlyAll(name: readonly string[]): boolean {
    const hits = name.filter((w) => this.has(w) || (w.length >= 5 && this.near(w))).length;
    return hits >= needed(name.length);
  }

  /** Whether the text has the word (after lookUp). */
  has(w: string): boolean {
    return this.found?.has(w) ?? false;
  }

  /**
   * Whether the text has a word one letter apart from w (after lookUp; for a word it does not have,
   * of a name whose nearlyAll it may decide).
   */
  near(w: string): boolean {
    return this.nearFound?.has(w) ?? false;
  }
}

export const rule: Rule = {
  meta: {
    id: 'case-coverage',
    title: 'Dokument och ärende stämmer inte',
    severity: 'error',
    needsCase: true,
    docs: {
      description:
        'Jämför dokumentet med ärendet: varje projekt, belopp, stadsdel och år i ärendet ska finnas i texten, och texten ska inte ha projekt som ärendet saknar.',
    },
    messages: {
      projectMissing: '{field} finns i ärendet men inte i dokumentet. Skriv in projektet, eller ta bort det ur ärendet.',
      studyMissing: '{field} finns i ärendet men inte i dokumentet. Skriv in studien, eller ta bort den ur ärendet.',
      tripMissing: '{field} finns i ärendet men inte i dokumentet. Skriv in resan, eller ta bort den ur ärendet.',
      amountMissing:
        'Ärendet anger {amount} för {name} ({field}), men beloppet står inte i dokumentet. Skriv in beloppet, eller rätta det i ärendet.',
      districtMissing:
        '{district} äger projektet {name} enligt ärendet ({field}), men dokumentet nämner inte stadsdelen. Skriv in den, eller rätta ärendet.',
      yearMissing: 'Året {year} ({field}) i ärendet står inte i dokumentet. Kontrollera åren i rubriken och i förslaget till beslut.',
      extraProject:
        'Projektet {name} står i dokumentet men finns inte i ärendet. Lägg till det i ärendet, eller ta bort det ur dokumentet.',
    },
  },
  check(ctx) {
    const c = ctx.case;
    if (!c) return;
    const body = ctx.structure.body;
    // The body's text as norm makes it, but for its white space (norm would make each run one space):
    // the same words and years, and a phrase of norm's stands in it with any white space between its words.
    const text = normSigns(joinedTexts(body).text);
    const words = new DocWords(text);
    // A name is there when it stands in the text, or when nearly all its words do (real documents
    // write "Stavanger i Norge" for "Stavanger, Norge", and text from a PDF may have a wrong letter).
    const names = [
      ...c.lum.map((p) => p.namn),
      ...c.fum.flatMap((f) => (f.kortnamn ? [f.namn, f.kortnamn] : [f.namn])),
      ...c.mul.map((m) => m.destination),
    ];
    words.expect(names.map(nameKey));
    const has = (name: string) => {
      const k = nameKey(name);
      if (words.standsIn(k)) return true;
      const nameWords = k.split(' ').filter((w) => w.length >= 3);
      if (nameWords.length < 2) return false;
      // The words of every name not found as it stands are looked up together, the first time one is needed.
      words.lookUp(() =>
        names
          .map(nameKey)
          .filter((n) => !words.standsIn(n))
          .map((n) => n.split(' ').filter((w) => w.length >= 3))
          .filter((ws) => ws.length >= 2),
      );
      return words.nearlyAll(nameWords);
    };
    const amounts = new Set<number>();
    // A paragraph with an amount has "kr" or "sek" (see findAmounts).
    for (const p of mayMatch(body, AMOUNT_HINT)) for (const a of findAmounts(p.text)) amounts.add(a.value);
    const whole = { paragraph: -1 };
    // The field for people ("LUM-projekt 2 («Våga anmäla»), Belopp") and as a path for tools.
    const where = (path: string) => ({ field: describePath(path, c), path });
    const kr = (n: number) => `${amountText(n)} kronor`;

    for (const y of [c.ar.redovisning, c.ar.inriktning]) {
      if (y !== undefined && !new RegExp(`(?<!\\d)${y}(?!\\d)`).test(text))
        ctx.report({
          ...whole,
          messageId: 'yearMissing',
          data: { year: y, ...where(y === c.ar.redovisning ? 'ar.redovisning' : 'ar.inriktning') },
        });
    }
    c.lum.forEach((p, i) => {
      const name = `”${p.namn}”`;
      if (!has(p.namn)) {
        ctx.report({ ...whole, messageId: 'projectMissing', data: { name, ...where(`lum[${i}]`) } });
        return;
      }
      if (p.belopp !== undefined && !amounts.has(p.belopp))
        ctx.report({ ...whole, messageId: 'amountMissing', data: { amount: kr(p.belopp), name, ...where(`lum[${i}].belopp`) } });
      [p.sdf, ...p.medsokande].forEach((owner, k) => {
        const d = findDistrict(owner);
        const short = norm(d?.namn ?? owner.trim());
        if (!(short.includes(' ') ? new RegExp(escapeRe(short).replace(/ /g, '\\s+')).test(text) : text.includes(short)))
          ctx.report({
            ...whole,
            messageId: 'districtMissing',
            data: { district: d?.forvaltning ?? owner, name, ...where(k === 0 ? `lum[${i}].sdf` : `lum[${i}].medsokande[${k - 1}]`) },
          });
      });
    });
    c.fum.forEach((f, i) => {
      if (!has(f.namn) && !(f.kortnamn && has(f.kortnamn)))
        ctx.report({ ...whole, messageId: 'studyMissing', data: { name: `”${f.namn}”`, ...where(`fum[${i}]`) } });
    });
    c.mul.forEach((m, i) => {
      if (!has(m.destination)) ctx.report({ ...whole, messageId: 'tripMissing', data: { name: m.destination, ...where(`mul[${i}]`) } });
    });
    // Projects the document lists that the case does not have.
    const known = c.lum.map((p) => nameKey(p.namn));
    const lists = projectLists(ctx.structure);
    for (const para of [...lists.reported, ...lists.ongoing]) {
      const line = parseProjectLine(para);
      if (!line) continue;
      const k = nameKey(line.name);
      if (known.some((n) => n === k || (n.length >= 12 && k.length >= 12 && (n.includes(k) || k.includes(n))))) continue;
      ctx.report({
        paragraph: para.index,
        start: line.nameStart,
        end: line.nameStart + line.name.length,
        messageId: 'extraProject',
        data: { name: `”${line.name}”` },
      });
    }
  },
};
