/**
 * Test parts shared by the corpus tests (test/check/public-corpus.test.ts on the tuned-on public
 * corpus, test/check/holdout-corpus.test.ts on the held-out one): the .docx folder to read, and the
 * checks that a corpus's manifest, judgements and variants are whole and point at text that is
 * really there.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { sofficeAvailable } from '../../helpers/soffice';
import {
  buildDocx,
  docText,
  loadExpectations,
  loadManifest,
  loadVariants,
  staleItems,
  variantText,
  type ManifestEntry,
} from './corpus';

const ROOT = path.resolve(__dirname, '..', '..', '..');

/**
 * The .docx folder to read: the committed one (dir/docx), or a fresh build in a temporary folder
 * when the texts changed and LibreOffice is here. Without LibreOffice a stale folder is an error
 * that says how to rebuild it (`rebuild`, the command).
 */
export function currentDocxDir(dir: string, name: string, rebuild: string): string {
  const docx = path.join(dir, 'docx');
  const stale = staleItems(undefined, dir);
  if (stale.length === 0) return docx;
  const where = path.relative(ROOT, docx);
  if (!sofficeAvailable()) {
    throw new Error(
      `${stale.length} .docx-filer i ${where} är inte byggda från dagens texter (${stale
        .slice(0, 3)
        .map((s) => s.key)
        .join(', ')} …). Kör ${rebuild} och checka in filerna.`,
    );
  }
  const out = fs.mkdtempSync(path.join(os.tmpdir(), `${path.basename(dir)}-corpus-`));
  fs.cpSync(docx, out, { recursive: true });
  console.warn(
    `${name}: ${stale.length} .docx-filer var inaktuella; byggde dem på nytt i ${out}. Kör ${rebuild} och checka in filerna.`,
  );
  buildDocx(stale, out, dir);
  return out;
}

/**
 * Registers the manifest test every corpus has, named `title`: each document listed once, with a
 * source address, its text and a judgement, and every judgement for a listed document; `each` adds
 * the corpus's own checks of an entry.
 */
export function itChecksManifest(dir: string, title: string, each: (m: ManifestEntry) => void = () => undefined): void {
  it(title, () => {
    const expectations = loadExpectations(dir);
    const ids = new Set<string>();
    for (const m of loadManifest(dir)) {
      expect(ids.has(m.id)).toBe(false);
      ids.add(m.id);
      expect(m.sourceUrl).toMatch(/^https?:\/\//);
      each(m);
      expect(docText(m.id, dir).length).toBeGreaterThan(200);
      expect(expectations.documents[m.id]?.judgedBy).toBeTruthy();
    }
    expect(Object.keys(expectations.documents).sort()).toEqual([...ids].sort());
  });
}

/**
 * Registers the two data tests every corpus has: each listed defect and ignored finding quotes
 * text the document really holds, and each variant changes its original and names a rule.
 */
export function itChecksJudgementsAndVariants(dir: string): void {
  it('varje bedömd brist och undantag pekar på text som finns i dokumentet', () => {
    for (const [id, exp] of Object.entries(loadExpectations(dir).documents)) {
      const text = docText(id, dir).replace(/\s+/g, ' ').toLowerCase();
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
    const ids = new Set(loadManifest(dir).map((m) => m.id));
    for (const v of loadVariants(dir)) {
      expect(ids.has(v.doc)).toBe(true);
      const original = docText(v.doc, dir);
      expect(variantText(v, original)).not.toBe(original);
      expect(v.expect.rules.length).toBeGreaterThan(0);
    }
  });
}
