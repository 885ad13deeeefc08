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
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { sofficeAvailable } from '../helpers/soffice';
import {
  buildDocx,
  docText,
  loadExpectations,
  loadManifest,
  loadThresholds,
  loadVariants,
  staleItems,
  variantText,
  DOCX_DIR,
} from '../corpus/public/corpus';
import { evaluateCorpus, formatFigures, type CorpusRun } from '../corpus/public/evaluate';

jest.setTimeout(300_000);

/** The .docx directory to read: the committed one, or a fresh build when the texts changed and LibreOffice is here. */
function docxDir(): string {
  const stale = staleItems();
  if (stale.length === 0) return DOCX_DIR;
  if (!sofficeAvailable()) {
    throw new Error(
      `${stale.length} .docx-filer i test/corpus/public/docx är inte byggda från dagens texter (${stale
        .slice(0, 3)
        .map((s) => s.key)
        .join(', ')} …). Kör node scripts/corpus-to-docx.mjs och checka in filerna.`,
    );
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'public-corpus-'));
  fs.cpSync(DOCX_DIR, dir, { recursive: true });
  console.warn(
    `Offentliga korpusen: ${stale.length} .docx-filer var inaktuella; byggde dem på nytt i ${dir}. Kör node scripts/corpus-to-docx.mjs och checka in filerna.`,
  );
  buildDocx(stale, dir);
  return dir;
}

describe('offentliga korpusen: data', () => {
  const manifest = loadManifest();
  const expectations = loadExpectations();

  it('varje dokument har källadress, organisation, text och en bedömning', () => {
    const ids = new Set<string>();
    for (const m of manifest) {
      expect(ids.has(m.id)).toBe(false);
      ids.add(m.id);
      expect(m.sourceUrl).toMatch(/^https?:\/\//);
      expect(m.organisation.trim()).not.toBe('');
      expect(m.complete || (m.truncation ?? '').length > 0).toBe(true);
      expect(docText(m.id).length).toBeGreaterThan(200);
      expect(expectations.documents[m.id]?.judgedBy).toBeTruthy();
    }
    expect(Object.keys(expectations.documents).sort()).toEqual([...ids].sort());
  });

  it('varje bedömd brist och undantag pekar på text som finns i dokumentet', () => {
    for (const [id, exp] of Object.entries(expectations.documents)) {
      const text = docText(id).replace(/\s+/g, ' ').toLowerCase();
      for (const d of [...exp.defects, ...(exp.ignore ?? [])]) {
        if (d.where !== undefined)
          expect({ id, where: d.where, found: text.includes(d.where.replace(/\s+/g, ' ').toLowerCase()) }).toEqual({
            id,
            where: d.where,
            found: true,
          });
        expect(d.why.trim()).not.toBe('');
      }
    }
  });

  it('varje variant ändrar originalet på exakt ett ställe och säger vilken regel som ska slå till', () => {
    const ids = new Set(manifest.map((m) => m.id));
    for (const v of loadVariants()) {
      expect(ids.has(v.doc)).toBe(true);
      const original = docText(v.doc);
      expect(variantText(v, original)).not.toBe(original);
      expect(v.expect.rules.length).toBeGreaterThan(0);
    }
  });
});

describe('offentliga korpusen: granskarens träffsäkerhet', () => {
  let run: CorpusRun;
  beforeAll(async () => {
    run = await evaluateCorpus(docxDir());
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
