/**
 * Runs the checker on every public-corpus document and variant (.docx read with the real reader)
 * and judges the findings. Used by test/check/public-corpus.test.ts and scripts/corpus-report.mjs.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkDocumentWithProfile } from '../../../src/check';
import { readDocx } from '../../../src/io/docx/read';
import type { DocText, Finding } from '../../../src/check/types';
import {
  CORPUS_DIR,
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

/** The profile the checker chose for a document, and why (for the report). */
export interface ProfileUsed {
  id: string;
  why: string;
}

/**
 * The checker as a reviewer runs it on a document nobody told it anything about: no case, no
 * profile named, so the profile is detected from the document (src/model/profiles/).
 */
export function runChecker(doc: DocText): { findings: Finding[]; profile: ProfileUsed } {
  const r = checkDocumentWithProfile(doc);
  return { findings: r.findings, profile: { id: r.profile.profile.id, why: r.profile.reason } };
}

export interface CorpusRun {
  manifest: ManifestEntry[];
  docs: DocResult[];
  variants: VariantResult[];
  figures: Figures;
  texts: Map<string, DocText>;
  profiles: Map<string, ProfileUsed>;
}

async function read(dir: string, key: string): Promise<DocText> {
  const file = path.join(dir, `${key}.docx`);
  return readDocx(new Uint8Array(fs.readFileSync(file)), `${path.basename(key)}.docx`);
}

/**
 * Reads the .docx files from docxDir (the corpus's docx/ by default) and judges every finding.
 * corpus: the corpus folder (test/corpus/public/ by default; test/corpus/holdout/ for the held-out set).
 */
export async function evaluateCorpus(docxDir?: string, corpus = CORPUS_DIR): Promise<CorpusRun> {
  const docx = docxDir ?? path.join(corpus, 'docx');
  const manifest = loadManifest(corpus);
  const expectations = loadExpectations(corpus);
  const texts = new Map<string, DocText>();
  const profiles = new Map<string, ProfileUsed>();
  const found = new Map<string, Finding[]>();
  const docs: DocResult[] = [];
  for (const m of manifest) {
    const exp = expectations.documents[m.id];
    if (!exp) throw new Error(`expectations.json has no judgement for ${m.id}`);
    const doc = await read(docx, m.id);
    const { findings: f, profile } = runChecker(doc);
    texts.set(m.id, doc);
    profiles.set(m.id, profile);
    found.set(m.id, f);
    docs.push(judgeDocument(m.id, doc, f, exp));
  }
  const variants: VariantResult[] = [];
  for (const v of loadVariants(corpus)) {
    const doc = await read(docx, `variants/${v.id}`);
    variants.push(judgeVariant(v, doc, found.get(v.doc) ?? [], runChecker(doc).findings));
  }
  return { manifest, docs, variants, figures: figures(manifest, docs, variants), texts, profiles };
}

/** The figures as the test and the report print them (label: which corpus, e.g. "Hållna utanför"). */
export function formatFigures(f: Figures, label = 'Offentliga korpusen'): string {
  return [
    `${label}: ${f.documents} dokument från ${f.organisations} kommuner/regioner, ${f.variants} varianter.`,
    `Anmärkningar (fel+varning): ${f.truePositives} sanna, ${f.falseErrors} falska fel, ${f.falseWarnings} falska varningar` +
      ` → precision ${f.precision.toFixed(2)}, falska varningar per dokument ${f.falseWarningsPerDocument.toFixed(2)}.`,
    `Verkliga brister i originalen: ${f.defectsFound} av ${f.defectsListed} hittade.`,
    `Recall på varianterna: ${f.variantsDetected} av ${f.variants} = ${f.recall.toFixed(2)}.`,
  ].join('\n');
}
