/**
 * The pane's actions on files and on Word. Heavy code is loaded on demand with import():
 * the case model and zod, the importers (xlsx/csv), the .docx writer and reader, the checker and
 * the Word adapter are separate chunks, so the first render needs only React and Fluent UI.
 * Every loader first loads ./zodConfig, which must run before any zod schema is built.
 */
import type { Case } from '../model/case';
import type { DraftDocument } from '../draft/types';
import type { DocText } from '../check/types';
import type { CheckResult } from '../check/index';
import type { WordAdapter } from '../word/types';
import type { RawCase } from './state/raw';

/** zod, configured for the pane's CSP, then the case model. */
async function caseModel() {
  await import(/* webpackChunkName: "model" */ './zodConfig');
  const [validate, caseEdit] = await Promise.all([
    import(/* webpackChunkName: "model" */ '../model/validate'),
    import(/* webpackChunkName: "model" */ './state/caseEdit'),
  ]);
  return {
    parseJsonText: validate.parseJsonText,
    validateRaw: caseEdit.validateRaw,
    asRawCase: caseEdit.asRawCase,
    InputError: (await import(/* webpackChunkName: "model" */ '../model/errors')).InputError,
  };
}

/** Larger files are refused before they are read (a case is a few hundred kilobytes at most). */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

function megabytes(n: number): string {
  return `${(n / (1024 * 1024)).toFixed(1).replace('.', ',')} MB`;
}

async function readBytes(file: File): Promise<Uint8Array> {
  if (file.size === 0 || file.size > MAX_FILE_BYTES) {
    const { InputError } = await caseModel();
    if (file.size === 0) throw new InputError(file.name, 'filen är tom (0 byte). Välj en annan fil.');
    throw new InputError(file.name, `filen är för stor (${megabytes(file.size)}). Största storlek är ${megabytes(MAX_FILE_BYTES)}.`);
  }
  return new Uint8Array(await file.arrayBuffer());
}

export interface LoadedCase {
  raw: RawCase;
  /** True when the file held project lists only (a spreadsheet), to be merged into the current case. */
  projectsOnly: boolean;
}

/**
 * A case from a file the user picked. JSON is parsed but not yet validated, so that the form can
 * show each problem next to its field; .xlsx and .csv go through the importers.
 */
export async function loadCaseFile(file: File): Promise<LoadedCase> {
  const bytes = await readBytes(file);
  if (/\.json$/i.test(file.name)) {
    const { parseJsonText, asRawCase } = await caseModel();
    const text = new TextDecoder('utf-8').decode(bytes);
    return { raw: asRawCase(parseJsonText(text, file.name), file.name), projectsOnly: false };
  }
  if (/\.(xlsx|csv)$/i.test(file.name)) {
    await caseModel();
    const { importCase } = await import(/* webpackChunkName: "import" */ '../io/import/index');
    const c = await importCase(bytes, file.name);
    return { raw: c as unknown as RawCase, projectsOnly: true };
  }
  const { InputError } = await caseModel();
  throw new InputError(file.name, 'har en filtyp som inte kan läsas. Välj en .json-, .xlsx- eller .csv-fil.');
}

/** The built-in example (seed 002's case), loaded on demand. */
export async function loadExampleCase(): Promise<RawCase> {
  const mod = await import(/* webpackChunkName: "example" */ '../../examples/seed-002.json');
  const value = (mod as { default?: unknown }).default ?? mod;
  return JSON.parse(JSON.stringify(value)) as RawCase;
}

/** How many problems the case has (0: valid); loads the case model. */
export async function countProblems(raw: RawCase): Promise<number> {
  const { validateRaw } = await caseModel();
  return validateRaw(raw).problems.length;
}

/** Criteria from a JSON file the user picked. */
export async function loadCriteriaFile(file: File): Promise<unknown> {
  const bytes = await readBytes(file);
  const { parseJsonText } = await caseModel();
  return parseJsonText(new TextDecoder('utf-8').decode(bytes), file.name);
}

export async function buildDocx(doc: DraftDocument, c: Case): Promise<Uint8Array> {
  await caseModel();
  const { writeDocx } = await import(/* webpackChunkName: "docx-write" */ '../io/docx/write');
  return writeDocx(doc, c);
}

export async function readDocxFile(file: File): Promise<DocText> {
  const bytes = await readBytes(file);
  await caseModel();
  const { readDocx } = await import(/* webpackChunkName: "docx-read" */ '../io/docx/read');
  return readDocx(bytes, file.name);
}

/** Runs the checker under a house-style profile (a built-in id), else the case's or the detected one. */
export async function runChecker(doc: DocText, c?: Case, profile?: string): Promise<CheckResult> {
  await caseModel();
  const { checkDocumentWithProfile } = await import(/* webpackChunkName: "check" */ '../check/index');
  return checkDocumentWithProfile(doc, c, profile ? { profile } : {});
}

let adapterPromise: Promise<WordAdapter> | undefined;
export function wordAdapter(): Promise<WordAdapter> {
  adapterPromise ??= caseModel()
    .then(() => import(/* webpackChunkName: "word" */ '../word/adapter'))
    .then((m) => m.createWordAdapter());
  return adapterPromise;
}

/** Lets the browser save bytes as a file. */
export function saveFile(bytes: Uint8Array | string, fileName: string, mime: string): void {
  const blob = new Blob([bytes as BlobPart], { type: mime });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Copies text to the clipboard; falls back to a hidden textarea where the Clipboard API is blocked (Office webviews). */
export async function copyText(text: string): Promise<void> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return;
    }
  } catch {
    // fall through to the textarea
  }
  const ta = document.createElement('textarea');
  ta.value = text;
  ta.setAttribute('readonly', '');
  ta.setAttribute('aria-hidden', 'true');
  ta.style.position = 'fixed';
  ta.style.opacity = '0';
  document.body.appendChild(ta);
  ta.select();
  const ok = document.execCommand('copy');
  ta.remove();
  if (!ok) throw new Error('Webbläsaren tillät inte kopiering. Använd "Spara som .txt" i stället.');
}
