/**
 * Runs the checker on every public-corpus document and variant (.docx read with the real reader)
 * and judges the findings. Used by test/check/public-corpus.test.ts and scripts/corpus-report.mjs.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkDocument } from '../../../src/check';
import { readDocx } from '../../../src/io/docx/read';
import type { DocText, Finding } from '../../../src/check/types';
import {
  DOCX_DIR,
  figures,
  judgeDocument,
  judgeVariant,
  loadExpectations,
  loadManifest,
  loadVariants,
  type DocResult,
  type Figures,
  type ManifestEntry,
  type VariantResult,
} from './corpus';

/**
 * The checker as a reviewer runs it on a document nobody told it anything about: no case, no
 * profile named. When profile auto-detection lands (src/model/profiles/), this is the one place
 * to call it, if checkDocument does not detect by itself.
 */
export function runChecker(doc: DocText): Finding[] {
  return checkDocument(doc);
}

export interface CorpusRun {
  manifest: ManifestEntry[];
  docs: DocResult[];
  variants: VariantResult[];
  figures: Figures;
  texts: Map<string, DocText>;
}

async function read(dir: string, key: string): Promise<DocText> {
  const file = path.join(dir, `${key}.docx`);
  return readDocx(new Uint8Array(fs.readFileSync(file)), `${path.basename(key)}.docx`);
}

/** Reads the .docx files from docxDir (docx/ by default) and judges every finding. */
export async function evaluateCorpus(docxDir = DOCX_DIR): Promise<CorpusRun> {
  const manifest = loadManifest();
  const expectations = loadExpectations();
  const texts = new Map<string, DocText>();
  const found = new Map<string, Finding[]>();
  const docs: DocResult[] = [];
  for (const m of manifest) {
    const exp = expectations.documents[m.id];
    if (!exp) throw new Error(`expectations.json has no judgement for ${m.id}`);
    const doc = await read(docxDir, m.id);
    const f = runChecker(doc);
    texts.set(m.id, doc);
    found.set(m.id, f);
    docs.push(judgeDocument(m.id, doc, f, exp));
  }
  const variants: VariantResult[] = [];
  for (const v of loadVariants()) {
    const doc = await read(docxDir, `variants/${v.id}`);
    variants.push(judgeVariant(v, doc, found.get(v.doc) ?? [], runChecker(doc)));
  }
  return { manifest, docs, variants, figures: figures(manifest, docs, variants), texts };
}

/** The figures as the test and the report print them. */
export function formatFigures(f: Figures): string {
  return [
    `Offentliga korpusen: ${f.documents} dokument från ${f.organisations} kommuner/regioner, ${f.variants} varianter.`,
    `Anmärkningar (fel+varning): ${f.truePositives} sanna, ${f.falseErrors} falska fel, ${f.falseWarnings} falska varningar` +
      ` → precision ${f.precision.toFixed(2)}, falska varningar per dokument ${f.falseWarningsPerDocument.toFixed(2)}.`,
    `Verkliga brister i originalen: ${f.defectsFound} av ${f.defectsListed} hittade.`,
    `Recall på varianterna: ${f.variantsDetected} av ${f.variants} = ${f.recall.toFixed(2)}.`,
  ].join('\n');
}
