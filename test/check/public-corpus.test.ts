/**
 * The checker on real public tjänsteutlåtanden and tjänsteskrivelser that nobody on the team wrote
 * (test/corpus/public/: the texts with their source addresses in manifest.json, the .docx made from
 * them by scripts/corpus-to-docx.mjs, and expectations.json where each true defect was listed by a
 * person who read the document).
 *
 * Measures, with `tu check`'s rules as a reviewer runs them (no case, no profile named):
 *   precision            true findings / all error and warning findings on the originals
 *   false errors         error findings that match no listed true defect
 *   false warnings/doc   warning findings that match no listed true defect, per document
 *   recall               variants (one number, year, count, date, name or heading changed) where
 *                        the expected rule reports something the original did not have
 * and fails when a figure falls below the floors in test/corpus/public/thresholds.json (raise them
 * there as the rules improve). `node scripts/corpus-report.mjs` prints every finding with its
 * judgement.
 */
import { loadThresholds, CORPUS_DIR } from '../corpus/public/corpus';
import { currentDocxDir, itChecksJudgementsAndVariants, itChecksManifest } from '../corpus/public/corpus-tests';
import { evaluateCorpus, formatFigures, type CorpusRun } from '../corpus/public/evaluate';

jest.setTimeout(300_000);

describe('offentliga korpusen: data', () => {
  itChecksManifest(CORPUS_DIR, 'varje dokument har källadress, organisation, text och en bedömning', (m) => {
    expect(m.organisation.trim()).not.toBe('');
    expect(m.complete || (m.truncation ?? '').length > 0).toBe(true);
  });
  itChecksJudgementsAndVariants(CORPUS_DIR);
});

describe('offentliga korpusen: granskarens träffsäkerhet', () => {
  let run: CorpusRun;
  beforeAll(async () => {
    run = await evaluateCorpus(currentDocxDir(CORPUS_DIR, 'Offentliga korpusen', 'node scripts/corpus-to-docx.mjs'));
    console.log(formatFigures(run.figures));
  });

  it('håller golven i thresholds.json', () => {
    const t = loadThresholds();
    const f = run.figures;
    expect(f.precision).toBeGreaterThanOrEqual(t.minPrecision);
    expect(f.falseErrors).toBeLessThanOrEqual(t.maxFalseErrors);
    expect(f.falseWarningsPerDocument).toBeLessThanOrEqual(t.maxFalseWarningsPerDocument);
    expect(f.recall).toBeGreaterThanOrEqual(t.minRecall);
  });

  it('läser varje dokument med rubriker från .docx-filen', () => {
    for (const m of run.manifest) {
      const doc = run.texts.get(m.id);
      expect(doc?.paragraphs.some((p) => p.part === 'body' && p.headingLevel === 1)).toBe(true);
    }
  });
});
