/**
 * A case read without building its zod schema: `tu check` of a document that carries its case
 * (the add-in and `tu draft` store it) validates one object once, in a fresh process, where making
 * the schema (case.ts, criteria.ts) costs more than everything else the model does.
 *
 * quickCase answers only when it is certain: it returns exactly what Case.parse returns (the same
 * fields in the same order, defaults filled in, text that must not be empty trimmed), and
 * undefined whenever anything is unusual — a field it does not know, a value of the wrong kind, a
 * broken rule, criteria written in full. Then the schema decides and words the messages
 * (validate.ts), so a case with a problem gets the same messages as before. A field added to the
 * schema is unknown here, so such a case goes to the schema until this file learns it.
 * test/model/case-quick.test.ts compares the two on every case we have and on thousands of damaged
 * copies of them.
 */
import type { Case, FumStudy, LumProject, MulTrip, Person } from './case';
import { isRealDate } from './calendar';
import { caseNameProblems } from './case-checks';

type Obj = Record<string, unknown>;

/** Thrown inside quickCase when the schema must decide; never leaves this file (one object, made once). */
const DOUBT = new Error('quickCase: the schema decides');

function doubt(): never {
  throw DOUBT;
}

/** An object as JSON.parse makes it (in any realm): its prototype is Object.prototype, or none. */
function isPlain(v: unknown): v is Obj {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v) as object | null;
  return proto === null || Object.getPrototypeOf(proto) === null;
}

/** A plain object whose keys are all among `keys` and whose values are never undefined. */
function obj(v: unknown, keys: readonly string[]): Obj {
  if (!isPlain(v)) doubt();
  for (const k in v) if (!Object.hasOwn(v, k) || !keys.includes(k) || v[k] === undefined) doubt();
  return v;
}

function list(v: unknown): unknown[] {
  return Array.isArray(v) ? v : doubt();
}

function text(v: unknown): string {
  return typeof v === 'string' ? v : doubt();
}

/** NonEmpty: trimmed, at least one character left. */
function nonEmpty(v: unknown): string {
  const s = text(v).trim();
  return s.length > 0 ? s : doubt();
}

function date(v: unknown): string {
  const s = text(v);
  return /^\d{4}-\d{2}-\d{2}$/.test(s) && isRealDate(s) ? s : doubt();
}

function int(v: unknown, min: number, max = Number.MAX_SAFE_INTEGER): number {
  return typeof v === 'number' && Number.isSafeInteger(v) && v >= min && v <= max ? v : doubt();
}

const year = (v: unknown): number => int(v, 2000, 2100);
const kronor = (v: unknown): number => int(v, 0);

function bool(v: unknown): boolean {
  return typeof v === 'boolean' ? v : doubt();
}

function oneOf<T extends string>(v: unknown, options: readonly T[]): T {
  return options.includes(v as T) ? (v as T) : doubt();
}

/** Sets `out[k]` from `o[k]` read by `read`, when `o` has it (an optional field). */
function opt<T>(out: Obj, o: Obj, k: string, read: (v: unknown) => T): void {
  if (Object.hasOwn(o, k)) out[k] = read(o[k]);
}

/** Sets `out[k]` from `o[k]`, or to `fallback()` when `o` has no such field (a field with a default). */
function dflt<T>(out: Obj, o: Obj, k: string, read: (v: unknown) => T, fallback: () => T): void {
  out[k] = Object.hasOwn(o, k) ? read(o[k]) : fallback();
}

/** Sets `out[k]` from `o[k]`, which must be there. */
function req<T>(out: Obj, o: Obj, k: string, read: (v: unknown) => T): void {
  if (!Object.hasOwn(o, k)) doubt();
  out[k] = read(o[k]);
}

const PERSON = ['namn', 'titel', 'forvaltning'];
function person(v: unknown): Person {
  const o = obj(v, PERSON);
  const out: Obj = {};
  req(out, o, 'namn', nonEmpty);
  req(out, o, 'titel', nonEmpty);
  opt(out, o, 'forvaltning', text);
  return out as Person;
}

const METADATA = [
  'forvaltning',
  'avdelning',
  'namnd',
  'sammantradesdatum',
  'datum',
  'dnr',
  'handlaggare',
  'underskrifter',
  'underskrifterPlacering',
  'beredning',
  'delges',
];
function metadata(v: unknown): Case['metadata'] {
  const o = obj(v, METADATA);
  const out: Obj = {};
  req(out, o, 'forvaltning', nonEmpty);
  req(out, o, 'avdelning', nonEmpty);
  req(out, o, 'namnd', nonEmpty);
  req(out, o, 'sammantradesdatum', date);
  req(out, o, 'datum', date);
  req(out, o, 'dnr', nonEmpty);
  req(out, o, 'handlaggare', (h) => {
    const ho = obj(h, ['namn', 'telefon', 'epost']);
    const hout: Obj = {};
    req(hout, ho, 'namn', nonEmpty);
    req(hout, ho, 'telefon', nonEmpty);
    opt(hout, ho, 'epost', text);
    return hout;
  });
  req(out, o, 'underskrifter', (u) => {
    const people = list(u).map(person);
    return people.length >= 1 ? people : doubt();
  });
  dflt(
    out,
    o,
    'underskrifterPlacering',
    (p) => oneOf(p, ['efter-forslag', 'sist']),
    () => 'efter-forslag',
  );
  req(out, o, 'beredning', (b) => {
    const bo = obj(b, ['beretts', 'fouRadet', 'forvaltningsgrupp', 'funktionshinderradet']);
    const bout: Obj = {};
    req(bout, bo, 'beretts', nonEmpty);
    dflt(bout, bo, 'fouRadet', bool, () => false);
    opt(bout, bo, 'forvaltningsgrupp', date);
    opt(bout, bo, 'funktionshinderradet', date);
    return bout;
  });
  dflt(
    out,
    o,
    'delges',
    (d) => list(d).map(nonEmpty),
    () => ['samtliga stadsdelsnämnder'],
  );
  return out as Case['metadata'];
}

function yearSpan(v: unknown): { fran: number; till: number } {
  const o = obj(v, ['fran', 'till']);
  const out: Obj = {};
  req(out, o, 'fran', year);
  req(out, o, 'till', year);
  return (out.till as number) >= (out.fran as number) ? (out as { fran: number; till: number }) : doubt();
}

const LUM = [
  'id',
  'namn',
  'sdf',
  'medsokande',
  'ar',
  'status',
  'syfte',
  'resultat',
  'forskningspartner',
  'gemensamtAgande',
  'belopp',
  'bilaga',
];
function lumProject(v: unknown): LumProject {
  const o = obj(v, LUM);
  const out: Obj = {};
  opt(out, o, 'id', text);
  req(out, o, 'namn', nonEmpty);
  req(out, o, 'sdf', nonEmpty);
  dflt(
    out,
    o,
    'medsokande',
    (m) => list(m).map(nonEmpty),
    () => [],
  );
  req(out, o, 'ar', yearSpan);
  req(out, o, 'status', (s) => oneOf(s, ['slutredovisas', 'fortgar']));
  dflt(out, o, 'syfte', text, () => '');
  dflt(out, o, 'resultat', text, () => '');
  opt(out, o, 'forskningspartner', text);
  dflt(out, o, 'gemensamtAgande', bool, () => false);
  opt(out, o, 'belopp', kronor);
  opt(out, o, 'bilaga', nonEmpty);
  return out as LumProject;
}

function mulTrip(v: unknown): MulTrip {
  const o = obj(v, ['sdf', 'destination', 'syfte', 'belopp']);
  const out: Obj = {};
  req(out, o, 'sdf', nonEmpty);
  req(out, o, 'destination', nonEmpty);
  dflt(out, o, 'syfte', text, () => '');
  opt(out, o, 'belopp', kronor);
  return out as MulTrip;
}

const FUM = ['namn', 'kortnamn', 'utforare', 'klart', 'kostnad', 'beskrivning', 'status', 'bilagor'];
function fumStudy(v: unknown): FumStudy {
  const o = obj(v, FUM);
  const out: Obj = {};
  req(out, o, 'namn', nonEmpty);
  opt(out, o, 'kortnamn', text);
  req(out, o, 'utforare', nonEmpty);
  opt(out, o, 'klart', nonEmpty);
  opt(out, o, 'kostnad', kronor);
  dflt(out, o, 'beskrivning', text, () => '');
  dflt(
    out,
    o,
    'status',
    (s) => oneOf(s, ['avslutad', 'pagar']),
    () => 'pagar',
  );
  dflt(
    out,
    o,
    'bilagor',
    (b) => list(b).map(nonEmpty),
    () => [],
  );
  return out as FumStudy;
}

const TEXTER = ['sammanfattning', 'bakgrund', 'synpunkter', 'mulRedovisning', 'arendetInledning', 'beredning', 'inriktning'];

const CASE = [
  '$schema',
  'version',
  'dokumenttyp',
  'titel',
  'profil',
  'metadata',
  'ar',
  'kriterier',
  'texter',
  'lum',
  'mul',
  'fum',
  'mulBeviljadeAntal',
  'summor',
  'slutrapporterSomBilagor',
  'mulRapporterPaKunskapsbanken',
  'bilagor',
];

function readCase(v: unknown): Case {
  const o = obj(v, CASE);
  const out: Obj = {};
  opt(out, o, '$schema', text);
  dflt(
    out,
    o,
    'version',
    (x) => (x === 1 ? 1 : doubt()),
    () => 1,
  );
  req(out, o, 'dokumenttyp', (d) => oneOf(d, ['inriktning-redovisning', 'arsrapport']));
  opt(out, o, 'titel', text);
  opt(out, o, 'profil', (p) => (/^[a-z0-9]+(-[a-z0-9]+)*$/.test(text(p)) ? (p as string) : doubt()));
  req(out, o, 'metadata', metadata);
  req(out, o, 'ar', (a) => {
    const ao = obj(a, ['inriktning', 'redovisning']);
    const aout: Obj = {};
    opt(aout, ao, 'inriktning', year);
    req(aout, ao, 'redovisning', year);
    return aout;
  });
  // Only a reference to a built-in year ({"ar": 2025}); criteria written in full go to the schema.
  opt(out, o, 'kriterier', (k) => {
    const ko = obj(k, ['ar']);
    if (!Object.hasOwn(ko, 'ar')) doubt();
    return { ar: year(ko.ar) };
  });
  dflt(
    out,
    o,
    'texter',
    (t) => {
      const to = obj(t, TEXTER);
      const tout: Obj = {};
      for (const k of TEXTER) opt(tout, to, k, text);
      return tout;
    },
    () => ({}),
  );
  dflt(
    out,
    o,
    'lum',
    (l) => list(l).map(lumProject),
    () => [],
  );
  dflt(
    out,
    o,
    'mul',
    (l) => list(l).map(mulTrip),
    () => [],
  );
  dflt(
    out,
    o,
    'fum',
    (l) => list(l).map(fumStudy),
    () => [],
  );
  opt(out, o, 'mulBeviljadeAntal', (n) => int(n, 0));
  dflt(
    out,
    o,
    'summor',
    (s) => {
      const so = obj(s, ['lumBeviljat', 'mulBeviljat']);
      const sout: Obj = {};
      opt(sout, so, 'lumBeviljat', kronor);
      opt(sout, so, 'mulBeviljat', kronor);
      return sout;
    },
    () => ({}),
  );
  dflt(out, o, 'slutrapporterSomBilagor', bool, () => true);
  dflt(out, o, 'mulRapporterPaKunskapsbanken', bool, () => false);
  dflt(
    out,
    o,
    'bilagor',
    (b) => list(b).map(nonEmpty),
    () => [],
  );
  const c = out as Case;
  // The schema's rules across fields (case.ts, superRefine): a case that breaks one goes to the schema.
  if (c.dokumenttyp === 'inriktning-redovisning' && c.ar.inriktning === undefined) doubt();
  if (c.ar.inriktning !== undefined && c.ar.inriktning < c.ar.redovisning) doubt();
  if (c.lum.some((p) => p.ar.fran > c.ar.redovisning)) doubt();
  return c;
}

/** What Case.parse(value) returns, when this file is certain of it; undefined when the schema must decide. */
export function quickCase(value: unknown): Case | undefined {
  try {
    return readCase(value);
  } catch (e) {
    if (e === DOUBT) return undefined;
    throw e;
  }
}

/**
 * validateCase (validate.ts) for a case quickCase is certain of and whose names are right: the
 * case; undefined when validateCase must decide (it would throw, or quickCase is not certain).
 * Callers that must not build the schema try this first and load validate.ts only when it fails.
 */
export function validateCaseQuick(value: unknown): Case | undefined {
  const c = quickCase(value);
  return c && caseNameProblems(c, value).length === 0 ? c : undefined;
}
