/**
 * The plain twins of the checker's Unicode patterns (src/check/text.ts: twin, Twin, plainSource).
 * A pattern with \p{L} and the like (most with the i flag) is costly to compile and to run; on a
 * plain text its twin, with plain character classes and without the u flag, must find exactly the
 * same matches. Checked three ways: every twin against its pattern on the real texts of the corpora
 * and on random plain texts; and whole checks with the twins on and off, on plain documents and on
 * documents with a character outside the plain set (where the patterns themselves must be used).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkDocumentWithProfile, RULES } from '../../src/check/index';
import { allPlain, isPlain, plainData, plainSource, TWINS, setTwins } from '../../src/check/text';
import type { DocText } from '../../src/check/types';
import { readDocx } from '../../src/io/docx/read';

jest.setTimeout(120_000);

const ROOT = path.join(__dirname, '..', '..');
const DOCX_DIRS = ['test/corpus/public/docx', 'test/corpus/holdout/docx', 'test/fixtures/seeds-docx'].map((d) => path.join(ROOT, d));

async function corpusDocs(): Promise<DocText[]> {
  const out: DocText[] = [];
  for (const dir of DOCX_DIRS) {
    if (!fs.existsSync(dir)) continue;
    for (const f of fs
      .readdirSync(dir)
      .filter((x) => x.endsWith('.docx'))
      .sort()) {
      out.push(await readDocx(new Uint8Array(fs.readFileSync(path.join(dir, f))), f));
    }
  }
  return out;
}

/** Every match of a pattern in a text: offset and groups (one exec for a pattern without g or y). */
function matches(re: RegExp, text: string): (string | number | undefined)[][] {
  const r = new RegExp(re.source, re.flags);
  const out: (string | number | undefined)[][] = [];
  for (let m = r.exec(text); m !== null; m = r.global || r.sticky ? r.exec(text) : null) {
    out.push([m.index, ...m]);
    if (m[0] === '') r.lastIndex++;
  }
  return out;
}

/** A small seeded generator, so a failure can be repeated. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

let docs: DocText[] = [];
beforeAll(async () => {
  docs = await corpusDocs();
});

afterEach(() => setTwins(true));

describe('plain twins of the patterns', () => {
  it('every Unicode pattern of the rules has a plain twin', () => {
    expect(RULES.length).toBeGreaterThan(10);
    expect(TWINS.length).toBeGreaterThan(50);
    const without = TWINS.filter((t) => plainSource(t.re.source) === undefined).map((t) => t.re.source);
    expect(without).toEqual([]);
  });

  it('finds a text plain in one search exactly when each of its characters is plain', () => {
    const differ: number[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      if (allPlain([ch]) !== isPlain(ch) || allPlain(['Åtta – ”år”', `x${ch}y`]) !== isPlain(ch)) differ.push(c);
    }
    expect(differ).toEqual([]);
    expect(allPlain(['Förvaltningen – ”Bilaga 1”', 'Summa: 25 000 kr'])).toBe(true);
    expect(allPlain(['Förvaltningen', 'Tromsø'])).toBe(false);
    // A case: every key and string in it, however deep.
    expect(plainData({ lum: [{ namn: 'Våga – ”anmäla”', belopp: 500000, medsokande: [] }], x: null })).toBe(true);
    expect(plainData({ mul: [{ destination: 'Tromsø' }] })).toBe(false);
    expect(plainData({ 'namn\u00f8': 'x' })).toBe(false);
    expect(plainData(undefined)).toBe(true);
  });

  it('turns \\p classes into plain classes, inside and outside brackets, and refuses what it cannot', () => {
    expect(plainSource('(?<![\\p{L}\\p{N}])\\p{Lu}\\p{Ll}+')).toBe('(?<![A-Za-zÅÄÖÉÜåäöéü0-9])[A-ZÅÄÖÉÜ][a-zåäöéü]+');
    expect(plainSource('[^\\p{L}-]')).toBe('[^A-Za-zÅÄÖÉÜåäöéü-]');
    expect(plainSource('\\\\p{L}')).toBe('\\\\p{L}');
    expect(plainSource('\\p{Script=Latin}')).toBeUndefined();
    expect(plainSource('\\P{L}')).toBeUndefined();
    expect(plainSource('\\u{1F600}')).toBeUndefined();
  });

  it('finds the same matches as its pattern in every paragraph of the corpora', () => {
    const texts = [...new Set(docs.flatMap((d) => d.paragraphs.map((p) => p.text)))].filter(isPlain);
    expect(texts.length).toBeGreaterThan(1000);
    const differ: string[] = [];
    for (const t of TWINS) {
      for (const text of texts) {
        const fast = t.for(text);
        if (fast === t.re) differ.push(`no twin used for /${t.re.source}/`);
        if (JSON.stringify(matches(fast, text)) !== JSON.stringify(matches(t.re, text)))
          differ.push(`/${t.re.source}/ on ${JSON.stringify(text)}`);
        if (differ.length > 5) break;
      }
    }
    expect(differ).toEqual([]);
  });

  it('finds the same matches as its pattern in random plain texts', () => {
    const next = random(20261201);
    const words = [
      ...new Set(
        docs
          .flatMap((d) => d.paragraphs.map((p) => p.text))
          .join(' ')
          .split(/\s+/)
          .filter((w) => w && isPlain(w)),
      ),
    ];
    const signs = [' ', '  ', '\n', '\t', '\u00a0', ', ', '. ', ': ', '; ', '-', '–', '”', '(', ')', '[', ']', '!', '?', '§', '/', ''];
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)];
    const casing = (w: string): string => (next() < 0.15 ? w.toUpperCase() : next() < 0.3 ? w.toLowerCase() : w);
    const differ: string[] = [];
    for (let n = 0; n < 1500 && differ.length <= 5; n++) {
      let text = '';
      const len = 1 + Math.floor(next() * 14);
      for (let k = 0; k < len; k++) text += casing(pick(words)) + pick(signs);
      // A word twice ("har har"), and a year or a number now and then.
      if (next() < 0.3) text += ` ${text.split(' ')[0]} ${text.split(' ')[0]}`;
      if (next() < 0.3) text += ` ${1990 + Math.floor(next() * 110)}`;
      for (const t of TWINS) {
        if (JSON.stringify(matches(t.for(text), text)) !== JSON.stringify(matches(t.re, text)))
          differ.push(`/${t.re.source}/ on ${JSON.stringify(text)}`);
      }
    }
    expect(differ).toEqual([]);
  });
});

describe('the check with and without the twins', () => {
  const both = (doc: DocText) => {
    setTwins(false);
    const slow = checkDocumentWithProfile(doc);
    setTwins(true);
    const fast = checkDocumentWithProfile(doc);
    return { slow, fast };
  };

  it('gives the same findings and profile on every document of the corpora', () => {
    expect(docs.length).toBeGreaterThan(20);
    for (const doc of docs) {
      const { slow, fast } = both(doc);
      expect({ source: doc.source, findings: fast.findings, profile: fast.profile.profile.id, why: fast.profile.reason }).toEqual({
        source: doc.source,
        findings: slow.findings,
        profile: slow.profile.profile.id,
        why: slow.profile.reason,
      });
    }
  });

  it('gives the same findings when a paragraph has a character outside the plain set', () => {
    // ſ and K (Kelvin) match s and k under the i and u flags; ø and € are letters and signs outside the plain set.
    const odd = ['ſ', '\u212a', 'ø', '€', '\u2028'];
    let changed = 0;
    docs.slice(0, 12).forEach((doc, k) => {
      const i = doc.paragraphs.findIndex((p) => p.part === 'body' && p.text.length > 40);
      if (i < 0) return;
      const text = doc.paragraphs[i].text;
      const paragraphs = doc.paragraphs.map((p, j) =>
        j === i ? { ...p, text: `${text.slice(0, 20)}${odd[k % odd.length]}${text.slice(20)}` } : p,
      );
      const { slow, fast } = both({ ...doc, paragraphs });
      expect(fast.findings).toEqual(slow.findings);
      changed++;
    });
    expect(changed).toBeGreaterThan(5);
  });
});
