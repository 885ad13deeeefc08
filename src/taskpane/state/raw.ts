/**
 * The case as the pane holds it: a plain JSON value (what the user loaded, then edited), edited
 * immutably. No zod here, so that the first view can load and replace cases without the model.
 */
export type Path = readonly (string | number)[];
/** A JSON object as loaded from a file; edited immutably. */
export type RawCase = Record<string, unknown>;

export function getAt(obj: unknown, path: Path): unknown {
  let cur: unknown = obj;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, unknown>)[key];
  }
  return cur;
}

/**
 * Returns a copy of `obj` with `value` at `path`; objects and arrays on the way are copied, the
 * rest is shared. `undefined` removes the key. Missing objects on the way are created.
 */
export function setAt<T>(obj: T, path: Path, value: unknown): T {
  if (path.length === 0) return value as T;
  const [head, ...rest] = path;
  const base: unknown = obj ?? (typeof head === 'number' ? [] : {});
  if (Array.isArray(base)) {
    const copy: unknown[] = base.slice();
    const i = head as number;
    if (value === undefined && rest.length === 0) copy.splice(i, 1);
    else copy[i] = setAt(copy[i], rest, value);
    return copy as T;
  }
  const copy: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  const k = String(head);
  if (value === undefined && rest.length === 0) delete copy[k];
  else copy[k] = setAt(copy[k], rest, value);
  return copy as T;
}

/** A new case to fill in, for the given kind (the form then shows what is missing). */
export function emptyCase(kind: 'inriktning-redovisning' | 'arsrapport', today: Date = new Date()): RawCase {
  const year = today.getFullYear();
  return {
    version: 1,
    dokumenttyp: kind,
    metadata: {
      forvaltning: 'Socialförvaltningen',
      avdelning: '',
      namnd: 'Socialnämnden',
      sammantradesdatum: '',
      datum: '',
      dnr: '',
      handlaggare: { namn: '', telefon: '' },
      underskrifter: [{ namn: '', titel: 'Socialdirektör' }],
      beredning: { beretts: '' },
    },
    ar: kind === 'arsrapport' ? { redovisning: year - 1 } : { inriktning: year + 1, redovisning: year - 1 },
    lum: [],
    mul: [],
    fum: [],
  };
}

/**
 * Projects imported from a spreadsheet into the case being edited: the case keeps its metadata and
 * takes the imported LUM, MUL and FUM lists. Without a current case, the imported case is used whole.
 */
export function mergeImported(current: RawCase | null, imported: RawCase): RawCase {
  if (!current) return imported;
  return { ...current, lum: imported.lum ?? [], mul: imported.mul ?? [], fum: imported.fum ?? [] };
}

export interface Signatory {
  namn: string;
  titel: string;
  forvaltning?: string;
}

export function signatories(raw: RawCase): Signatory[] {
  const list = getAt(raw, ['metadata', 'underskrifter']);
  return Array.isArray(list) ? (list as Signatory[]) : [];
}

export function addSignatory(raw: RawCase): RawCase {
  return setAt(raw, ['metadata', 'underskrifter'], [...signatories(raw), { namn: '', titel: '' }]);
}

export function removeSignatory(raw: RawCase, index: number): RawCase {
  return setAt(
    raw,
    ['metadata', 'underskrifter'],
    signatories(raw).filter((_, i) => i !== index),
  );
}

/** A file name for the downloaded document: "Tjänsteutlåtande 3.2.1-792-2020.docx". */
export function docxFileName(raw: RawCase): string {
  const value = getAt(raw, ['metadata', 'dnr']);
  const dnr = typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '';
  const safe = [...dnr]
    .map((ch) => (ch.charCodeAt(0) < 0x20 ? '/' : ch)) // control characters count as forbidden too
    .join('')
    .replace(/[\\/:*?"<>|]+/g, '-')
    .replace(/\s+/g, ' ')
    .slice(0, 60)
    .trim();
  return safe ? `Tjänsteutlåtande ${safe}.docx` : 'Tjänsteutlåtande.docx';
}
