/**
 * A Word host for Microsoft's real Word client library (library.ts): every request the library
 * sends is decoded here — its actions (Instantiate, Query, Method, SetProperty) and object paths
 * (global object, property, method, indexer, reference id) — and executed, in the request's
 * order, on the strict fake's document model (test/fakes/word.ts), which therefore decides what
 * each call does (Word's quirks included). The answer has the shape Word's answer has: one
 * result per action that has one, PascalCase property names, collections under "_Items", null
 * for a null object, "_ReferenceId" for objects the library keeps a reference to (Word.run
 * tracks every object it creates, so they stay usable across syncs as in Word). A failure is
 * answered as Word answers it (Body.Error with code and message), and the library raises it.
 *
 * One Word.run of the library is one fake Word.run; one request is one fake context.sync().
 * Every request is logged with its body size in bytes (UTF-8, as serialized by the library) and
 * its number of actions, so tests and the bench can bound them.
 *
 * What the npm build of the library lacks is not filled in: it has no Document.customXmlParts
 * (WordApi 1.4), so this host is a WordApi 1.3 host for the store (Office settings) — see
 * `missingApis()` — and the adapter's cases that need the XML part run on the fake only.
 */
import { createFakeWord, type FakeWord, type FakeWordOptions } from '../fakes/word';
import { loadOfficeJs, type LibraryRequest, type LibraryResponse, type OfficeJsLibrary } from './library';

/** One request the library sent. */
export interface RequestRecord {
  /** Bytes of the request body as the library serialized it (UTF-8). */
  bytes: number;
  /** Actions in the request. */
  actions: number;
  /** True for the library's own clean-up request at the end of Word.run (releasing references). */
  cleanup: boolean;
}

export interface OfficeJsHost {
  /** The library: context objects are the library's Word.RequestContext. */
  library: OfficeJsLibrary;
  /** The document model (assert on it as on the fake: snapshot(), paragraphs(), …). */
  fake: FakeWord;
  /** Word.run of the real library, against this host. */
  run: <T>(batch: (context: Word.RequestContext) => Promise<T>) => Promise<T>;
  isSetSupported: (name: string, version?: string) => boolean;
  settings: FakeWord['settings'];
  /** Every request so far. */
  requests: RequestRecord[];
  /** Requests per Word.run, in order (the adapter's context.sync() calls, clean-up excluded). */
  syncsOfRun(i: number): RequestRecord[];
  runCount(): number;
}

/** APIs the adapter may use that the npm build of the library does not have, with what it means. */
export function missingApis(lib: OfficeJsLibrary = loadOfficeJs()): string[] {
  const out: string[] = [];
  const proto = (lib.Word as unknown as { Document: { prototype: object } }).Document.prototype;
  if (!('customXmlParts' in proto))
    out.push('Word.Document.customXmlParts (WordApi 1.4): ärendet kan inte sparas i en egen XML-del med detta bibliotek');
  return out;
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
interface PathInfo {
  Id: number;
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: { Arguments?: Json[]; ReferencedObjectPathIds?: (number | null)[] };
}
interface Action {
  Id: number;
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: { Arguments?: Json[]; ReferencedObjectPathIds?: (number | null)[] };
  QueryInfo?: { Select?: string[]; Expand?: string[]; Top?: number; Skip?: number };
}
interface RequestBody {
  Actions: Action[];
  ObjectPaths: Record<string, PathInfo>;
}

/** A fake Word.run kept open for the whole of one library Word.run. */
interface Session {
  context: FakeApi;
  end: () => void;
  done: Promise<unknown>;
  /** Objects by the library's object path id (valid within this session). */
  byPath: Map<number, unknown>;
  /** Objects the library keeps a reference to, by reference id. */
  refs: Map<string, unknown>;
  refOf: Map<unknown, string>;
  records: RequestRecord[];
}

interface FakeApi {
  document: unknown;
  sync(): Promise<void>;
  _discardQueue(): void;
}

const camel = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const pascal = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

class HostError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

let hostCount = 0;

export interface OfficeJsHostOptions extends FakeWordOptions {
  /**
   * Let the document model answer the WordApi 1.4 calls the library HAS (Track Changes: Document.
   * changeTrackingMode, getReviewedText), for tests of src/word/read.ts through the library. The
   * host still reports WordApi 1.3 to the adapter: the library has no customXmlParts.
   */
  modelOnly14?: boolean;
}

export function createOfficeJsHost(opts: OfficeJsHostOptions = {}): OfficeJsHost {
  if (opts.apiVersion === '1.4' && !opts.modelOnly14)
    throw new Error(`Värden med Microsofts bibliotek kan inte vara WordApi 1.4: ${missingApis().join('; ')}`);
  const library = loadOfficeJs();
  // The document model answers the WordApi 1.4 members the library has (changeTrackingMode,
  // getReviewedText) only when asked for; isSetSupported stays at 1.3 either way.
  const fake = createFakeWord({ ...opts, apiVersion: opts.modelOnly14 ? '1.4' : '1.3' });
  const base = `https://word-host-${++hostCount}.test`;
  const sessions = new Map<string, Session>();
  const requests: RequestRecord[] = [];
  const perRun: RequestRecord[][] = [];
  let refCounter = 0;

  const openSession = (): Promise<Session> =>
    new Promise((resolveSession) => {
      let end!: () => void;
      const ended = new Promise<void>((r) => (end = r));
      const s = {
        byPath: new Map(),
        refs: new Map(),
        refOf: new Map(),
        records: [],
      } as unknown as Session;
      s.end = end;
      s.done = fake.run(async (wordContext) => {
        const context = wordContext as unknown as FakeApi;
        s.context = context;
        resolveSession(s);
        await ended;
      });
    });

  function evalPath(s: Session, paths: Record<string, PathInfo>, id: number): unknown {
    if (s.byPath.has(id)) return s.byPath.get(id);
    const info = paths[String(id)];
    if (!info) throw new HostError('InvalidObjectPath', `object path ${id} is not in the request`);
    let obj: unknown;
    const args = argumentsOf(s, paths, info.ArgumentInfo);
    if (info.ObjectPathType === 1) obj = s.context.document;
    else if (info.ObjectPathType === 2) {
      // A new client-side object, e.g. Microsoft.WordServices.SearchOptions: its properties
      // arrive as SetProperty actions; a method taking it gets the plain object.
      if (info.Name !== 'Microsoft.WordServices.SearchOptions') throw new HostError('NotImplemented', `new object ${info.Name}`);
      obj = {};
    } else if (info.ObjectPathType === 6) {
      if (!s.refs.has(info.Name)) throw new HostError('InvalidObjectPath', `unknown reference ${info.Name}`);
      obj = s.refs.get(info.Name);
    } else {
      const parent = evalPath(s, paths, info.ParentObjectPathId!) as Record<string, unknown>;
      if (info.ObjectPathType === 4) {
        const name = camel(info.Name);
        if (!(name in parent)) throw new HostError('ApiNotFound', `the host has no property ${info.Name}`);
        obj = parent[name];
      } else if (info.ObjectPathType === 3) {
        if (info.Name === 'GetItemAt') obj = call(parent, '_itemAt', args);
        else obj = call(parent, camel(info.Name), args);
      } else throw new HostError('NotImplemented', `object path type ${info.ObjectPathType} (${info.Name})`);
    }
    s.byPath.set(id, obj);
    return obj;
  }

  /** A method's arguments: object paths (ReferencedObjectPathIds) resolved, null as undefined (the default). */
  function argumentsOf(s: Session, paths: Record<string, PathInfo>, info: PathInfo['ArgumentInfo']): unknown[] {
    const refs = info?.ReferencedObjectPathIds ?? [];
    return (info?.Arguments ?? []).map((a, i) => {
      if (refs[i]) return evalPath(s, paths, refs[i]);
      return a === null ? undefined : a;
    });
  }

  function call(target: Record<string, unknown>, name: string, args: unknown[]): unknown {
    const f = target[name];
    if (typeof f !== 'function') throw new HostError('ApiNotFound', `the host has no method ${pascal(name)}`);
    return (f as (...a: unknown[]) => unknown).apply(target, args);
  }

  /** A loaded fake object → Word's JSON for the selected properties (PascalCase, nested navigation). */
  function pick(obj: Record<string, unknown>, select: string[]): Json {
    if (obj.isNullObject === true) return null;
    const out: Record<string, Json> = {};
    const nav = new Map<string, string[]>();
    for (const p of select) {
      const i = p.indexOf('/');
      if (i >= 0) {
        const head = p.slice(0, i);
        nav.set(head, [...(nav.get(head) ?? []), p.slice(i + 1)]);
      } else out[pascal(p)] = obj[p] as Json;
    }
    for (const [head, sub] of nav) out[pascal(head)] = pick(obj[head] as Record<string, unknown>, sub);
    return out;
  }

  async function execute(s: Session, body: RequestBody): Promise<{ Results: { ActionId: number; Value: Json }[] }> {
    const paths = body.ObjectPaths ?? {};
    const after: (() => { ActionId: number; Value: Json } | null)[] = [];
    const kept = new Set<unknown>();
    for (const a of body.Actions ?? []) {
      const obj = evalPath(s, paths, a.ObjectPathId) as Record<string, unknown>;
      const args = argumentsOf(s, paths, a.ArgumentInfo);
      switch (a.ActionType) {
        case 1: // Instantiate
          after.push(() => {
            const ref = s.refOf.get(obj);
            if (ref) return { ActionId: a.Id, Value: { _ReferenceId: ref } };
            return null;
          });
          break;
        case 2: {
          // Query
          const q = a.QueryInfo ?? {};
          const select = q.Select ?? [];
          const isCollection = obj && typeof obj === 'object' && 'items' in Object.getPrototypeOf(obj);
          if (isCollection) {
            const spec: Record<string, unknown> = { select: select.map((x) => `items/${x}`).join(',') || 'items/$none' };
            if (q.Top !== undefined) spec.top = q.Top;
            if (q.Skip !== undefined) spec.skip = q.Skip;
            (obj as { load(x: unknown): void }).load(select.length ? spec : 'items/$none');
            after.push(() => ({
              ActionId: a.Id,
              // _Index: the item's place in the whole collection, which the library uses for the
              // item's path (GetItemAt) in later requests; with Skip it is not the array index.
              Value: {
                _Items: ((obj as { items?: Record<string, unknown>[] }).items ?? []).map((it, i) => ({
                  ...(pick(it, select) as Record<string, Json>),
                  _Index: (q.Skip ?? 0) + i,
                })),
              },
            }));
          } else {
            (obj as { load(x: unknown): void }).load(select.join(','));
            after.push(() => ({ ActionId: a.Id, Value: pick(obj, select) }));
          }
          break;
        }
        case 3: {
          // Method
          if (a.Name === '_KeepReference') {
            kept.add(obj);
            break;
          }
          if (a.Name === '_RemoveReference' || a.Name === '_RemoveAllReferences') break;
          const r = call(obj, camel(a.Name), args);
          if (r && typeof r === 'object' && 'value' in Object.getPrototypeOf(r)) {
            after.push(() => ({ ActionId: a.Id, Value: (r as { value: Json }).value }));
          }
          break;
        }
        case 4: // SetProperty
          obj[camel(a.Name)] = args[0];
          break;
        default:
          throw new HostError('NotImplemented', `action type ${a.ActionType} (${a.Name})`);
      }
    }
    await s.context.sync();
    for (const o of kept) {
      if (s.refOf.has(o)) continue;
      const ref = `ref-${++refCounter}`;
      s.refOf.set(o, ref);
      s.refs.set(ref, o);
    }
    return { Results: after.map((f) => f()).filter((x): x is { ActionId: number; Value: Json } => x !== null) };
  }

  library.route(base, async (req: LibraryRequest): Promise<LibraryResponse> => {
    const text = typeof req.body === 'string' ? req.body : JSON.stringify(req.body);
    const body = JSON.parse(text) as RequestBody;
    const key = req.url.slice(base.length).split('/')[1] ?? '';
    const s = sessions.get(key);
    const actions = body.Actions ?? [];
    const removes = (a: Action) => a.ActionType === 3 && /^_Remove/.test(a.Name);
    const cleanup = actions.some(removes) && actions.every((a) => a.ActionType === 1 || removes(a));
    const rec: RequestRecord = { bytes: Buffer.byteLength(text, 'utf8'), actions: actions.length, cleanup };
    requests.push(rec);
    if (!s) return { statusCode: 404, headers: {}, body: '' };
    s.records.push(rec);
    // The library's release of its references at the end of Word.run: nothing to do on the document.
    if (cleanup) return { statusCode: 200, headers: {}, body: JSON.stringify({ Results: [] }) };
    try {
      const result = await execute(s, body).catch((e: unknown) => {
        s.context._discardQueue();
        throw e;
      });
      return { statusCode: 200, headers: {}, body: JSON.stringify(result) };
    } catch (e) {
      const code = e instanceof HostError ? e.code : ((e as { code?: string }).code ?? 'GeneralException');
      // Word's message, without the code the fake puts in front of it.
      const message = (e instanceof Error ? e.message : String(e)).replace(`${code}: `, '');
      return {
        statusCode: 200,
        headers: {},
        body: JSON.stringify({ Error: { Code: code, Message: message, HttpStatusCode: 500, Location: '' } }),
      };
    }
  });

  const run = async <T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T> => {
    const key = `run-${perRun.length + 1}`;
    const s = await openSession();
    sessions.set(key, s);
    perRun.push(s.records);
    const context = new library.Word.RequestContext(`${base}/${key}`);
    try {
      // Word.run(context, batch): the library's own batch handling (auto-tracking, clean-up).
      const wordRun = library.Word.run as unknown as (ctx: Word.RequestContext, b: typeof batch) => Promise<T>;
      return await wordRun(context, batch);
    } finally {
      s.end();
      await s.done.catch(() => undefined);
      sessions.delete(key);
    }
  };

  return {
    library,
    fake,
    run,
    isSetSupported: (name, version) => name === 'WordApi' && Number(version ?? '1.1') <= 1.3,
    settings: fake.settings,
    requests,
    syncsOfRun: (i) => (perRun[i] ?? []).filter((r) => !r.cleanup),
    runCount: () => perRun.length,
  };
}
