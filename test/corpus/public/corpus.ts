/**
 * The public corpus: real tjänsteutlåtanden and tjänsteskrivelser from Swedish municipalities and
 * regions, none written by this team (see README.md in this folder and manifest.json).
 *
 * This module is shared by scripts/corpus-to-docx.mjs (text → HTML → .docx), scripts/corpus-report.mjs
 * (each finding with its judgement) and test/check/public-corpus.test.ts (the figures and the
 * regression floor). It holds no checker logic: what is a true defect is recorded in
 * expectations.json by a person who read the document.
 *
 * Document text format (docs/<id>.md), one paragraph per line:
 *   "# "…"#### " heading level 1–4 · "1. " numbered list item (the number is kept) · "- " bullet ·
 *   "| a | b |" table row (consecutive rows form one table) · anything else a plain paragraph.
 *   "@header " / "@footer " page header / footer text (page furniture of the original: letterhead,
 *   "Sida 2 (3)" lines, postal address) · Blank lines only separate; "%% " lines are comments.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { DocText, Finding } from '../../../src/check/types';
import { convertWithSoffice } from '../../helpers/soffice';
import { newFindings } from '../../helpers/findings';

export const CORPUS_DIR = __dirname;
export const DOCS_DIR = path.join(CORPUS_DIR, 'docs');
export const DOCX_DIR = path.join(CORPUS_DIR, 'docx');
export const VARIANT_DOCX_DIR = path.join(DOCX_DIR, 'variants');
export const BUILD_FILE = path.join(DOCX_DIR, 'build.json');
/** The held-out set: documents nobody on the team had read when the rules were written (test/corpus/holdout/). */
export const HOLDOUT_DIR = path.join(CORPUS_DIR, '..', 'holdout');

/**
 * A corpus folder (docs/, docx/, manifest.json, expectations.json, variants.json) by name — "public"
 * (this folder, the default everywhere) or "holdout" — or by path.
 */
export function corpusDir(nameOrPath: string): string {
  if (nameOrPath === 'public') return CORPUS_DIR;
  if (nameOrPath === 'holdout') return HOLDOUT_DIR;
  return path.resolve(nameOrPath);
}

// ---------------------------------------------------------------------------------------------
// Data files
// ---------------------------------------------------------------------------------------------

export interface ManifestEntry {
  id: string;
  title: string;
  /** Municipality or region, e.g. "Upplands-Bro kommun"; "okänd …" when the copy does not say (not counted as an organisation). */
  organisation: string;
  /** The förvaltning or office that wrote it and the nämnd it goes to. */
  author: string;
  committee: string;
  /** A missiv is the styrelse's covering skrivelse with the förslag till beslut, drafted by the förvaltning. */
  kind: 'tjänsteskrivelse' | 'tjänsteutlåtande' | 'missiv';
  /** The document's own date (YYYY-MM-DD), or the year when the copy lost the date. */
  date: string;
  dnr?: string;
  sourceUrl: string;
  /** How the text was obtained. */
  retrieved: string;
  /** False when the stored copy ends before the original document does. */
  complete: boolean;
  /** What is missing when complete is false. */
  truncation?: string;
  /** Extraction artefacts in the copy, and every change made to it (paragraph breaks restored, …). */
  artefacts: string[];
}

export interface TrueDefect {
  /** Rule id(s) that may report it (a rule renamed by the checker engineer can be added here). */
  rules: string[];
  /** Text that the finding's paragraph, excerpt or message contains; absent = anywhere. */
  where?: string;
  /**
   * Text the finding's own excerpt must contain (e.g. the abbreviation "LSS"), when its paragraph
   * holds other findings of the same rule that are not this defect (e.g. "DF" in the same sentence).
   */
  excerpt?: string;
  /** Why it is a real problem, for a reader of the document. */
  why: string;
}

export interface IgnoredFinding {
  rules: string[];
  where?: string;
  /** "document": only findings about the whole document (paragraph -1), e.g. a section said to be missing from a truncated copy. */
  scope?: 'document';
  /** Text the finding's message must contain (e.g. the name of the section it says is missing). */
  message?: string;
  /** Why such a finding is neither counted true nor false (e.g. it concerns text after the truncation). */
  why: string;
}

export interface DocExpectation {
  /** How the findings were judged: who read what. */
  judgedBy: string;
  defects: TrueDefect[];
  ignore?: IgnoredFinding[];
  notes?: string[];
}

export interface Expectations {
  method: string;
  documents: Record<string, DocExpectation>;
}

export interface VariantSpec {
  id: string;
  doc: string;
  /** Exact text in the document's .md that occurs exactly once. */
  find: string;
  replace: string;
  /** What kind of change (for the report): total, count, year, date, abbreviation, heading, name. */
  kind: string;
  /** The finding a reviewer expects: one of these rules, in a paragraph containing `where` when given. */
  expect: { rules: string[]; where?: string };
  why: string;
}

export interface Thresholds {
  /** Floors/ceilings the test enforces; raise them as the checker improves. */
  minPrecision: number;
  maxFalseErrors: number;
  maxFalseWarningsPerDocument: number;
  minRecall: number;
  /** The issue's goal, for the printout. */
  goal: { minPrecision: number; maxFalseErrors: number; maxFalseWarningsPerDocument: number; minRecall: number };
  /** The measured baseline before the checker work on issue 13. */
  baseline?: Record<string, unknown>;
}

function readJson<T>(file: string): T {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
}

export function loadManifest(dir = CORPUS_DIR): ManifestEntry[] {
  return readJson<ManifestEntry[]>(path.join(dir, 'manifest.json'));
}
export function loadExpectations(dir = CORPUS_DIR): Expectations {
  return readJson<Expectations>(path.join(dir, 'expectations.json'));
}
export function loadVariants(dir = CORPUS_DIR): VariantSpec[] {
  return readJson<VariantSpec[]>(path.join(dir, 'variants.json'));
}
export function loadThresholds(): Thresholds {
  return readJson<Thresholds>(path.join(CORPUS_DIR, 'thresholds.json'));
}

export function docText(id: string, dir = CORPUS_DIR): string {
  return fs.readFileSync(path.join(dir, 'docs', `${id}.md`), 'utf8');
}

/** The variant's text: the original with `find` replaced by `replace` (which must occur exactly once). */
export function variantText(v: VariantSpec, original: string): string {
  const first = original.indexOf(v.find);
  if (first < 0) throw new Error(`variant ${v.id}: the text ${JSON.stringify(v.find)} is not in ${v.doc}.md`);
  if (original.indexOf(v.find, first + 1) >= 0) throw new Error(`variant ${v.id}: the text ${JSON.stringify(v.find)} occurs more than once in ${v.doc}.md`);
  return original.slice(0, first) + v.replace + original.slice(first + v.find.length);
}

// ---------------------------------------------------------------------------------------------
// Text → HTML
// ---------------------------------------------------------------------------------------------

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The document text as HTML with real headings (h1–h4), numbered and bulleted lists and tables. */
export function toHtml(text: string, title: string): string {
  const out: string[] = [];
  const header: string[] = [];
  const footer: string[] = [];
  let open: 'ol' | 'ul' | 'table' | null = null;
  const close = (): void => {
    if (open) out.push(`</${open}>`);
    open = null;
  };
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('%%')) continue;
    const furniture = /^@(header|footer) (.*)$/.exec(line);
    if (furniture) {
      (furniture[1] === 'header' ? header : footer).push(`<p>${esc(furniture[2])}</p>`);
      continue;
    }
    const h = /^(#{1,4}) (.*)$/.exec(line);
    const ol = /^(\d{1,2})\. (.*)$/.exec(line);
    const ul = /^[-•] (.*)$/.exec(line);
    if (h) {
      close();
      out.push(`<h${h[1].length}>${esc(h[2])}</h${h[1].length}>`);
    } else if (ol) {
      if (open !== 'ol') {
        close();
        out.push(ol[1] === '1' ? '<ol>' : `<ol start="${ol[1]}">`);
        open = 'ol';
      }
      out.push(`<li>${esc(ol[2])}</li>`);
    } else if (ul) {
      if (open !== 'ul') {
        close();
        out.push('<ul>');
        open = 'ul';
      }
      out.push(`<li>${esc(ul[1])}</li>`);
    } else if (line.startsWith('|')) {
      if (open !== 'table') {
        close();
        out.push('<table border="1">');
        open = 'table';
      }
      const cells = line.replace(/^\|/, '').replace(/\|$/, '').split('|');
      out.push(`<tr>${cells.map((c) => `<td>${esc(c.trim())}</td>`).join('')}</tr>`);
    } else {
      close();
      out.push(`<p>${esc(line)}</p>`);
    }
  }
  close();
  const top = header.length ? `<div title="header">${header.join('')}</div>\n` : '';
  const bottom = footer.length ? `\n<div title="footer">${footer.join('')}</div>` : '';
  return `<!DOCTYPE html>\n<html lang="sv"><head><meta charset="utf-8"><title>${esc(title)}</title></head><body>\n${top}${out.join('\n')}${bottom}\n</body></html>\n`;
}

export function sha256(s: string): string {
  return createHash('sha256').update(s).digest('hex');
}

/** One .docx to build: an original document or a variant. */
export interface BuildItem {
  /** "upplands-bro-sn-2018-riktlinjer" or "variants/v01-…" (path under docx/ without .docx). */
  key: string;
  html: string;
}

export function buildItems(dir = CORPUS_DIR): BuildItem[] {
  const manifest = loadManifest(dir);
  const byId = new Map(manifest.map((m) => [m.id, m]));
  const items: BuildItem[] = manifest.map((m) => ({ key: m.id, html: toHtml(docText(m.id, dir), m.title) }));
  for (const v of loadVariants(dir)) {
    const m = byId.get(v.doc);
    if (!m) throw new Error(`variant ${v.id}: no document ${v.doc} in manifest.json`);
    items.push({ key: `variants/${v.id}`, html: toHtml(variantText(v, docText(v.doc, dir)), `${m.title} (variant ${v.id})`) });
  }
  return items;
}

/** docx/build.json: for each built .docx, the SHA-256 of the HTML it was made from. */
export function loadBuild(dir = CORPUS_DIR): Record<string, string> {
  const file = path.join(dir, 'docx', 'build.json');
  return fs.existsSync(file) ? readJson<Record<string, string>>(file) : {};
}

/** Items whose committed .docx is missing or was built from other text than today's. */
export function staleItems(items?: BuildItem[], dir = CORPUS_DIR): BuildItem[] {
  const build = loadBuild(dir);
  return (items ?? buildItems(dir)).filter(
    (it) => build[it.key] !== sha256(it.html) || !fs.existsSync(path.join(dir, 'docx', `${it.key}.docx`)),
  );
}

/**
 * Converts the items to .docx with LibreOffice into outDir (docx/ by default) and, when writing
 * into docx/, records their hashes in build.json.
 */
export function buildDocx(items: BuildItem[], outDir?: string, dir = CORPUS_DIR): string[] {
  const docxDir = path.join(dir, 'docx');
  const out = outDir ?? docxDir;
  const written: string[] = [];
  const build = loadBuild(dir);
  for (const it of items) {
    const target = path.join(out, `${it.key}.docx`);
    const dir = path.dirname(target);
    fs.mkdirSync(dir, { recursive: true });
    const htmlPath = path.join(dir, `${path.basename(it.key)}.html`);
    fs.writeFileSync(htmlPath, it.html);
    try {
      convertWithSoffice(htmlPath, 'docx:MS Word 2007 XML', { infilter: 'HTML (StarWriter)', outDir: dir });
    } finally {
      fs.rmSync(htmlPath, { force: true });
    }
    build[it.key] = sha256(it.html);
    written.push(target);
  }
  if (path.resolve(out) === path.resolve(docxDir)) {
    const sorted = Object.fromEntries(Object.entries(build).sort(([a], [b]) => a.localeCompare(b)));
    fs.writeFileSync(path.join(docxDir, 'build.json'), `${JSON.stringify(sorted, null, 2)}\n`);
  }
  return written;
}

// ---------------------------------------------------------------------------------------------
// Judging findings
// ---------------------------------------------------------------------------------------------

function norm(s: string): string {
  return s.replace(/[\s\u00a0]+/g, ' ').trim().toLowerCase();
}

/** The text a finding can be matched on: its paragraph, excerpt and message. */
function findingText(f: Finding, doc: DocText): string {
  const para = f.paragraph >= 0 ? (doc.paragraphs[f.paragraph]?.text ?? '') : '';
  return norm(`${para} ${f.excerpt} ${f.message}`);
}

function matches(f: Finding, doc: DocText, rules: string[], where: string | undefined): boolean {
  return rules.includes(f.rule) && (where === undefined || findingText(f, doc).includes(norm(where)));
}

export type Verdict = 'true' | 'false' | 'ignored' | 'info';

export interface JudgedFinding {
  finding: Finding;
  verdict: Verdict;
  /** The true defect or the ignore entry it matched. */
  reason?: string;
}

export interface DocResult {
  id: string;
  judged: JudgedFinding[];
  truePositives: number;
  falseErrors: number;
  falseWarnings: number;
  defectsListed: number;
  /** Listed true defects that no finding reported. */
  missedDefects: TrueDefect[];
}

/** Judges one document's findings against its expectation (errors and warnings; infos are listed, not counted). */
function isDefect(f: Finding, doc: DocText, d: TrueDefect): boolean {
  return matches(f, doc, d.rules, d.where) && (d.excerpt === undefined || norm(f.excerpt).includes(norm(d.excerpt)));
}

export function judgeDocument(id: string, doc: DocText, findings: Finding[], exp: DocExpectation): DocResult {
  const judged: JudgedFinding[] = findings.map((f) => {
    if (f.severity === 'info') return { finding: f, verdict: 'info' };
    const d = exp.defects.find((x) => isDefect(f, doc, x));
    if (d) return { finding: f, verdict: 'true', reason: d.why };
    const ig = exp.ignore?.find(
      (x) =>
        matches(f, doc, x.rules, x.where) &&
        (x.scope !== 'document' || f.paragraph < 0) &&
        (x.message === undefined || norm(f.message).includes(norm(x.message))),
    );
    if (ig) return { finding: f, verdict: 'ignored', reason: ig.why };
    return { finding: f, verdict: 'false' };
  });
  const missedDefects = exp.defects.filter((d) => !findings.some((f) => f.severity !== 'info' && isDefect(f, doc, d)));
  return {
    id,
    judged,
    truePositives: judged.filter((j) => j.verdict === 'true').length,
    falseErrors: judged.filter((j) => j.verdict === 'false' && j.finding.severity === 'error').length,
    falseWarnings: judged.filter((j) => j.verdict === 'false' && j.finding.severity === 'warning').length,
    defectsListed: exp.defects.length,
    missedDefects,
  };
}

export interface VariantResult {
  variant: VariantSpec;
  detected: boolean;
  /** New findings (compared with the original) of the expected rule(s). */
  hits: Finding[];
  /** Other new findings (error/warning) the change caused. */
  others: Finding[];
}

export function judgeVariant(v: VariantSpec, doc: DocText, original: Finding[], variant: Finding[]): VariantResult {
  const fresh = newFindings(original, variant).filter((f) => f.severity !== 'info');
  const hits = fresh.filter((f) => matches(f, doc, v.expect.rules, v.expect.where));
  return { variant: v, detected: hits.length > 0, hits, others: fresh.filter((f) => !hits.includes(f)) };
}

export interface Figures {
  documents: number;
  organisations: number;
  findings: number;
  truePositives: number;
  falseErrors: number;
  falseWarnings: number;
  falseWarningsPerDocument: number;
  precision: number;
  defectsListed: number;
  defectsFound: number;
  variants: number;
  variantsDetected: number;
  recall: number;
}

export function figures(manifest: ManifestEntry[], docs: DocResult[], variants: VariantResult[]): Figures {
  const sum = (f: (d: DocResult) => number): number => docs.reduce((s, d) => s + f(d), 0);
  const tp = sum((d) => d.truePositives);
  const fe = sum((d) => d.falseErrors);
  const fw = sum((d) => d.falseWarnings);
  const detected = variants.filter((v) => v.detected).length;
  const round = (x: number): number => Math.round(x * 1000) / 1000;
  const counted = tp + fe + fw;
  return {
    documents: docs.length,
    organisations: new Set(manifest.map((m) => m.organisation).filter((o) => !/^okänd/i.test(o))).size,
    findings: sum((d) => d.judged.length),
    truePositives: tp,
    falseErrors: fe,
    falseWarnings: fw,
    falseWarningsPerDocument: docs.length ? round(fw / docs.length) : 0,
    precision: counted ? round(tp / counted) : 1,
    defectsListed: sum((d) => d.defectsListed),
    defectsFound: sum((d) => d.defectsListed - d.missedDefects.length),
    variants: variants.length,
    variantsDetected: detected,
    recall: variants.length ? round(detected / variants.length) : 0,
  };
}
