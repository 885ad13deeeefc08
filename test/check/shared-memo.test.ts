/**
 * checkDocument shares per-check work between the rules (sentences, normalized texts, project
 * lists). Running all rules at once must find exactly what running each rule alone finds, and
 * checking the same document twice must give the same findings.
 */
import { checkDocument, RULES, sortFindings } from '../../src/check/index';
import type { DocText } from '../../src/check/types';
import { seedCase, seedDoc, SEED_IDS } from './seed-fixtures';

describe('shared per-check work', () => {
  it.each(SEED_IDS)('seed %s: all rules together = each rule alone, with and without the case', async (id) => {
    const doc = await seedDoc(id);
    const kase = seedCase(id);
    // A defect or two so that several rules have something to say.
    const paragraphs = doc.paragraphs.map((p, i) =>
      i === doc.paragraphs.length - 3 ? { ...p, text: `${p.text} Det det erforderliga XX finns (ABC) i bilaga 1-99.` } : p,
    );
    const broken: DocText = { ...doc, paragraphs };
    for (const [d, c] of [
      [broken, kase],
      [{ ...broken, storedCase: undefined }, undefined],
    ] as const) {
      const together = checkDocument(d, c);
      const alone = sortFindings(RULES.flatMap((r) => checkDocument(d, c, { rules: [r.meta.id] })));
      expect(together.length).toBeGreaterThan(0);
      expect(together).toEqual(alone);
      expect(checkDocument(d, c)).toEqual(together);
    }
  });
});
