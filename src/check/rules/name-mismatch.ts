import type { Rule } from '../rule';
import { twin } from '../text';
import { mayMatch } from '../scan';

/** A name: a capitalized word of five letters or more ("Heroma", "Procapita", "Skarpnäck"). */
const NAME = twin(/(?<![\p{L}\p{N}-])(\p{Lu}\p{Ll}{4,})(?![\p{L}\p{N}-])/gu);
/**
 * A capital after a lower-case word, as every name the rule counts stands: a paragraph without one
 * is not searched.
 */
const AFTER_WORD = twin(/\p{Ll}[,)]?\s+\(?\p{Lu}/u);
const SAME_LETTERS = twin(/^(\p{L})\1+$/iu);
const AFTER_WORD_BEFORE = twin(/\p{Ll}[,)]?\s+\(?$/u);

/** Edit distance (letters changed, added or left out) between two short words. */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}

/**
 * Whether b looks like a misspelling of a: the same first two letters and the same last letter
 * (so not an inflection: "Heromas", "Farstas"), and one letter apart (two for names of seven
 * letters or more: "Hermona" for "Heroma").
 */
function misspelt(a: string, b: string): boolean {
  if (a === b || a.slice(0, 2) !== b.slice(0, 2) || a[a.length - 1] !== b[b.length - 1]) return false;
  // An ending added ("Dokumenthanteringsplan", "Dokumenthanteringsplanen") is the same word inflected.
  if (a.startsWith(b) || b.startsWith(a)) return false;
  const d = distance(a, b);
  return d > 0 && d <= (Math.max(a.length, b.length) >= 7 ? 2 : 1);
}

export const rule: Rule = {
  meta: {
    id: 'name-mismatch',
    title: 'Namn stavat på olika sätt',
    severity: 'warning',
    docs: {
      description:
        'Ett namn (ett system, en plats, en organisation) som står en gång med en bokstav annorlunda än där det annars står, till exempel ”Hermona” där dokumentet annars skriver ”Heroma”.',
    },
    messages: {
      spelling: 'Namnet ”{name}” står bara här; på {count} andra ställen står ”{usual}”. Kontrollera stavningen.',
    },
  },
  check(ctx) {
    const uses = new Map<string, { paragraph: number; start: number; end: number }[]>();
    for (const p of mayMatch(ctx.structure.body, AFTER_WORD)) {
      if (!AFTER_WORD.for(p.text).test(p.text)) continue;
      const name = NAME.for(p.text);
      name.lastIndex = 0;
      for (let m = name.exec(p.text); m !== null; m = name.exec(p.text)) {
        if (SAME_LETTERS.for(p.text).test(m[1])) continue; // "Xxxxxx": an anonymised text, not a name
        // Only inside a sentence: a capital after a lower-case word is a name, not a sentence's first word.
        if (!AFTER_WORD_BEFORE.for(p.text).test(p.text.slice(Math.max(0, m.index - 30), m.index))) continue;
        const list = uses.get(m[1]) ?? [];
        list.push({ paragraph: p.index, start: m.index, end: m.index + m[1].length });
        uses.set(m[1], list);
      }
    }
    // Names written at least twice, by length, for the comparison.
    const usual = [...uses].filter(([, l]) => l.length >= 2).map(([n, l]) => ({ name: n, count: l.length }));
    if (usual.length === 0) return;
    for (const [name, list] of uses) {
      if (list.length !== 1) continue;
      const like = usual.filter((u) => misspelt(u.name, name));
      if (like.length !== 1) continue;
      ctx.report({ ...list[0], messageId: 'spelling', data: { name, count: like[0].count, usual: like[0].name } });
    }
  },
};
