/**
 * A strict fake of the subset of the Word JavaScript API that src/word/adapter.ts uses.
 *
 * What makes it strict (as Word is):
 *  - Every object is a proxy. Scalar properties THROW (PropertyNotLoaded) until they were loaded
 *    AND a context.sync() has run; values are those at the point in the batch where load() was
 *    queued.
 *  - Every method call and property write is QUEUED and runs only at context.sync(), in order.
 *    Navigation (getFirst(), paragraphs, parentContentControlOrNullObject, …) is resolved at
 *    sync time too, at its place in the queue.
 *  - Using an object outside its Word.run, loading an unknown property, a write on a null object,
 *    an API newer than the fake's requirement set (customXmlParts below WordApi 1.4) all throw.
 *  - context.sync() calls are counted (syncCount()).
 *
 * Failures: failOn(method, n) makes the n-th execution of a queued method throw inside sync().
 * The fake is TRANSACTIONAL by default (atomic: true): a sync that fails applies nothing of its
 * batch — this models "the batch is the unit". Real Word may have applied the operations that ran
 * before the failing one; create the fake with { atomic: false } to model that worst case.
 *
 * The document is a small tree you can assert on: paragraphs (text, styleBuiltIn, list id and
 * level, italic), tables (cell texts), content controls (tag, title, children) in order.
 */

// ---------------------------------------------------------------------------------------------
// Document model

export type ListKind = 'Number' | 'Bullet';

interface BodyNode {
  kind: 'body';
  children: DocNode[];
}
interface CellRef {
  kind: 'cell';
  table: TNode;
  row: number;
  col: number;
}
type Parent = BodyNode | CNode | CellRef;

interface PNode {
  kind: 'p';
  uid: number;
  text: string;
  styleBuiltIn: string;
  /** Display name of the style ("Rubrik 1" in a Swedish document); derived when not given. */
  styleName?: string;
  outlineLevel?: number;
  italic: boolean;
  list?: { listId: number; level: number };
  /** A tracked deletion (Track Changes was on when it was removed): still in the document and in `text`. */
  deleted?: boolean;
  /** Highlighted character ranges (Range.font.highlightColor). */
  highlights?: { start: number; end: number; color: string }[];
  /** Inline content controls over character ranges (Range.insertContentControl()). */
  inline?: InlineControl[];
  parent: Parent | null;
}
/** An inline content control inside one paragraph (not a block of paragraphs). */
interface InlineControl {
  start: number;
  end: number;
  tag: string;
  title: string;
  placeholderText: string;
}
interface TNode {
  kind: 'table';
  uid: number;
  rows: PNode[][];
  headerRowCount: number;
  parent: Parent | null;
}
interface CNode {
  kind: 'cc';
  uid: number;
  id: number;
  tag: string;
  title: string;
  appearance: string;
  children: DocNode[];
  parent: Parent | null;
}
type DocNode = PNode | TNode | CNode;

interface ListDef {
  id: number;
  levelTypes: ListKind[];
  levelNumbering: string[];
  startAt: number[];
}

interface PartDef {
  id: string;
  namespaceUri: string;
  xml: string;
}

interface RangeT {
  para: PNode;
  start: number;
  end: number;
}

interface DocState {
  body: BodyNode;
  lists: ListDef[];
  parts: PartDef[];
  selection: { para: PNode; start: number; end: number } | null;
}

// --- Snapshot (plain data) ------------------------------------------------------------------

export interface SnapParagraph {
  type: 'paragraph';
  text: string;
  styleBuiltIn: string;
  italic?: boolean;
  outlineLevel?: number;
  list?: { listId: number; level: number; kind: ListKind; startAt: number };
  /** A tracked deletion (added). */
  deleted?: true;
  /** Inline content controls (a placeholder "[Skriv … här]") with their character ranges (added). */
  inlineControls?: { start: number; end: number; tag: string; title: string; placeholderText: string; text: string }[];
  /** Highlighted character ranges (added). */
  highlights?: { start: number; end: number; color: string; text: string }[];
}
export interface SnapTable {
  type: 'table';
  rows: string[][];
  headerRowCount: number;
}
export interface SnapContentControl {
  type: 'contentControl';
  tag: string;
  title: string;
  children: SnapNode[];
}
export type SnapNode = SnapParagraph | SnapTable | SnapContentControl;

/** One paragraph in document order, as the assertions want it. */
export interface FlatParagraph {
  index: number;
  text: string;
  styleBuiltIn: string;
  italic: boolean;
  isListItem: boolean;
  listId?: number;
  listLevel?: number;
  listKind?: ListKind;
  listStartAt?: number;
  inTable: boolean;
  /** Tags of the enclosing content controls, outermost first. */
  tags: string[];
  /** True for a paragraph removed while Track Changes was on (added). */
  deleted?: boolean;
}

// --- Initial documents ------------------------------------------------------------------------

export type FakeNodeInit =
  | string
  | { type?: 'paragraph'; text: string; styleBuiltIn?: string; style?: string; outlineLevel?: number; italic?: boolean }
  | { type: 'table'; rows: string[][] }
  | { type: 'contentControl'; tag: string; title?: string; children: FakeNodeInit[] };

export interface FakeWordOptions {
  /** Shorthand: body paragraphs (strings are Normal paragraphs). */
  paragraphs?: FakeNodeInit[];
  /** Full control of the body (paragraphs, tables, content controls). Used after `paragraphs`. */
  nodes?: FakeNodeInit[];
  /** The highest WordApi requirement set the fake supports: '1.3' (Office 2021) or '1.4'+. */
  apiVersion?: '1.3' | '1.4';
  /** Transactional syncs (default true): a failing sync applies nothing. */
  atomic?: boolean;
  settings?: Record<string, unknown>;
  customXmlParts?: { xml: string }[];
  /** Where the cursor is: a body paragraph index (default: the last paragraph), at its end. */
  cursor?: number;
  /** Track Changes (Document.changeTrackingMode, WordApi 1.4): 'Off' (default), 'TrackAll' or 'TrackMineOnly'. */
  changeTracking?: ChangeTrackingMode;
  /** The document's language: style display names ("Heading 1" / "Rubrik 1"); default 'en'. */
  language?: 'en' | 'sv';
  /**
   * Office-Add-in-samples #223: styleBuiltIn = HeadingN is accepted but the paragraph stays Normal
   * (formatted, not a real heading). Setting the localized style name (Paragraph.style) works.
   */
  headingStyleNotApplied?: boolean;
}

export type ChangeTrackingMode = 'Off' | 'TrackAll' | 'TrackMineOnly';

export class FakeWordError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(`${code}: ${message}`);
    this.name = 'FakeWordError';
    this.code = code;
  }
}

const STYLE_NAMES: Record<'en' | 'sv', Record<string, string>> = {
  en: { Normal: 'Normal', ListParagraph: 'List Paragraph', Title: 'Title' },
  sv: { Normal: 'Normal', ListParagraph: 'Liststycke', Title: 'Rubrik' },
};
const HEADING_NAME = { en: 'Heading', sv: 'Rubrik' } as const;
function builtInDisplayName(builtIn: string, lang: 'en' | 'sv'): string {
  const m = /^Heading(\d)$/.exec(builtIn);
  if (m) return `${HEADING_NAME[lang]} ${m[1]}`;
  return STYLE_NAMES[lang][builtIn] ?? builtIn;
}
function styleNameOf(p: PNode, lang: 'en' | 'sv'): string {
  if (p.styleName) return p.styleName;
  return builtInDisplayName(p.styleBuiltIn, lang);
}
/** A localized style name of the document's language → its built-in style; undefined when unknown. */
function builtInOfName(name: string, lang: 'en' | 'sv'): string | undefined {
  for (const b of ['Normal', 'ListParagraph', 'Title', ...Array.from({ length: 9 }, (_, i) => `Heading${i + 1}`)])
    if (builtInDisplayName(b, lang) === name) return b;
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Tree helpers

function childrenOf(parent: Parent): DocNode[] {
  if (parent.kind === 'cell') throw new FakeWordError('NotImplemented', 'the fake keeps one paragraph per table cell');
  return parent.children;
}

function isAttached(node: DocNode): boolean {
  let p: Parent | null = node.parent;
  for (;;) {
    if (!p) return false;
    if (p.kind === 'body') return true;
    if (p.kind === 'cell') p = p.table.parent;
    else p = p.parent;
  }
}

function* walkParagraphs(nodes: DocNode[], ccs: CNode[] = [], inTable = false): Generator<{ p: PNode; ccs: CNode[]; inTable: boolean }> {
  for (const n of nodes) {
    if (n.kind === 'p') yield { p: n, ccs, inTable };
    else if (n.kind === 'table') {
      for (const row of n.rows) for (const cell of row) yield { p: cell, ccs, inTable: true };
    } else yield* walkParagraphs(n.children, [...ccs, n], inTable);
  }
}

function* walkControls(nodes: DocNode[]): Generator<CNode> {
  for (const n of nodes) {
    if (n.kind === 'cc') {
      yield n;
      yield* walkControls(n.children);
    }
  }
}

function paragraphsIn(nodes: DocNode[], out: PNode[] = []): PNode[] {
  for (const n of nodes) {
    if (n.kind === 'p') out.push(n);
    else if (n.kind === 'table') {
      for (const row of n.rows) for (const cell of row) out.push(cell);
    } else paragraphsIn(n.children, out);
  }
  return out;
}

function innermostControl(p: PNode): CNode | null {
  let parent: Parent | null = p.parent;
  while (parent) {
    if (parent.kind === 'cc') return parent;
    if (parent.kind === 'body') return null;
    parent = parent.table.parent;
  }
  return null;
}

function parentTable(p: PNode): TNode | null {
  return p.parent && p.parent.kind === 'cell' ? p.parent.table : null;
}

function textOf(nodes: DocNode[]): string {
  const parts: string[] = [];
  for (const n of nodes) {
    if (n.kind === 'p') parts.push(n.text);
    else if (n.kind === 'table') parts.push(n.rows.map((r) => r.map((c) => c.text).join('\t')).join('\r'));
    else parts.push(textOf(n.children));
  }
  return parts.join('\r');
}

/** Text as Word's getReviewedText gives it: 'Current' leaves tracked deletions out, 'Original' keeps them. */
function reviewedTextOf(nodes: DocNode[], version: string): string {
  if (version !== 'Current' && version !== 'Original') throw new FakeWordError('InvalidArgument', `getReviewedText: ${version}`);
  const parts: string[] = [];
  for (const n of nodes) {
    if (n.kind === 'p') {
      if (!(n.deleted && version === 'Current')) parts.push(n.text);
    } else if (n.kind === 'table') {
      const rows = n.rows.filter((r) => version === 'Original' || r.some((c) => !c.deleted));
      if (rows.length) parts.push(rows.map((r) => r.map((c) => c.text).join('\t')).join('\r'));
    } else {
      const t = reviewedTextOf(n.children, version);
      if (t !== '' || n.children.length === 0) parts.push(t);
    }
  }
  return parts.join('\r');
}

/**
 * Where Paragraph/Table/List.insertParagraph(…, "After") really puts the new paragraph: after the
 * reference, except when the reference is the LAST child of a content control — then Word puts it
 * after the control, outside it (office-js issue #3176). The fake does that every time.
 */
function afterTarget(ref: DocNode): DocNode {
  const parent = ref.parent;
  if (parent && parent.kind === 'cc' && parent.children[parent.children.length - 1] === ref) return parent;
  return ref;
}

// ---------------------------------------------------------------------------------------------
// The fake's runtime: contexts, queue, sync

type OpKind = 'read' | 'write' | 'nav';
interface Op {
  kind: OpKind;
  name: string;
  run: () => void;
}

class Ctx {
  active = true;
  /** True while sync() runs the queued operations (navigation then resolves in place). */
  syncing = false;
  queue: Op[] = [];
  /** Loaded values waiting for the end of the sync that loads them. */
  pending: (() => void)[] = [];
  syncs = 0;
  readonly document: FDocument;
  constructor(readonly world: World) {
    this.document = new FDocument(this);
  }
  check(): void {
    if (!this.active) throw new FakeWordError('InvalidObjectPath', 'the object was used outside its Word.run');
  }
  enqueue(kind: OpKind, name: string, run: () => void): void {
    this.check();
    this.queue.push({ kind, name, run });
  }
  async sync(): Promise<void> {
    this.check();
    this.syncs++;
    this.world.syncs++;
    const ops = this.queue;
    this.queue = [];
    this.pending = [];
    this.world.opsInLastSync = ops.length;
    this.world.writeOps += ops.filter((o) => o.kind === 'write').length;
    const before = this.world.atomic ? cloneState(this.world.state) : null;
    this.syncing = true;
    try {
      if (this.world.failSyncAt !== null && this.world.syncs === this.world.failSyncAt) {
        this.world.failSyncAt = null;
        throw new FakeWordError('GeneralException', `forced failure of sync ${this.world.syncs}`);
      }
      for (const op of ops) {
        if (op.kind === 'write') this.world.countAndMaybeFail(op.name);
        op.run();
      }
      this.syncing = false;
    } catch (e) {
      this.syncing = false;
      if (before) this.world.state = before;
      this.pending = [];
      await Promise.resolve();
      throw e;
    }
    const commits = this.pending;
    this.pending = [];
    for (const c of commits) c();
    await Promise.resolve();
  }
}

class World {
  state: DocState;
  syncs = 0;
  runs = 0;
  writeOps = 0;
  opsInLastSync = 0;
  atomic: boolean;
  apiVersion: '1.3' | '1.4';
  language: 'en' | 'sv';
  changeTracking: ChangeTrackingMode;
  headingStyleNotApplied: boolean;
  failures: { method: string; remaining: number }[] = [];
  failSyncAt: number | null = null;
  methodCounts = new Map<string, number>();
  uid = 1;
  ccId = 100;
  listId = 1000;
  partId = 1;
  constructor(opts: FakeWordOptions) {
    this.atomic = opts.atomic ?? true;
    this.apiVersion = opts.apiVersion ?? '1.4';
    this.language = opts.language ?? 'en';
    this.changeTracking = opts.changeTracking ?? 'Off';
    this.headingStyleNotApplied = opts.headingStyleNotApplied ?? false;
    const body: BodyNode = { kind: 'body', children: [] };
    this.state = { body, lists: [], parts: [], selection: null };
    for (const init of [...(opts.paragraphs ?? []), ...(opts.nodes ?? [])]) body.children.push(this.build(init, body));
    if (body.children.length === 0) body.children.push(this.newParagraph('', body));
    for (const p of opts.customXmlParts ?? [])
      this.state.parts.push({ id: `{part-${this.partId++}}`, namespaceUri: namespaceOf(p.xml), xml: p.xml });
    const paras = paragraphsIn(body.children);
    const at = paras[Math.min(opts.cursor ?? paras.length - 1, paras.length - 1)];
    this.state.selection = { para: at, start: at.text.length, end: at.text.length };
  }
  newParagraph(text: string, parent: Parent | null, style = 'Normal'): PNode {
    return { kind: 'p', uid: this.uid++, text, styleBuiltIn: style, italic: false, parent };
  }
  build(init: FakeNodeInit, parent: Parent): DocNode {
    if (typeof init === 'string') return this.newParagraph(init, parent);
    if (init.type === 'table') {
      const t: TNode = { kind: 'table', uid: this.uid++, rows: [], headerRowCount: 0, parent };
      t.rows = init.rows.map((r, ri) => r.map((c, ci) => this.newParagraph(c, { kind: 'cell', table: t, row: ri, col: ci })));
      return t;
    }
    if (init.type === 'contentControl') {
      const cc: CNode = {
        kind: 'cc',
        uid: this.uid++,
        id: this.ccId++,
        tag: init.tag,
        title: init.title ?? '',
        appearance: 'BoundingBox',
        children: [],
        parent,
      };
      cc.children = init.children.map((c) => this.build(c, cc));
      if (cc.children.length === 0) cc.children.push(this.newParagraph('', cc));
      return cc;
    }
    const p = this.newParagraph(init.text, parent, init.styleBuiltIn ?? 'Normal');
    if (init.style) p.styleName = init.style;
    if (init.outlineLevel !== undefined) p.outlineLevel = init.outlineLevel;
    if (init.italic) p.italic = true;
    return p;
  }
  countAndMaybeFail(method: string): void {
    const n = (this.methodCounts.get(method) ?? 0) + 1;
    this.methodCounts.set(method, n);
    const f = this.failures.find((x) => x.method === method || x.method === '*');
    if (f) {
      f.remaining--;
      if (f.remaining === 0) {
        this.failures = this.failures.filter((x) => x !== f);
        throw new FakeWordError('GeneralException', `forced failure in ${method}`);
      }
    }
  }
  list(id: number): ListDef {
    const l = this.state.lists.find((x) => x.id === id);
    if (!l) throw new FakeWordError('ItemNotFound', `list ${id}`);
    return l;
  }
  newList(): ListDef {
    const l: ListDef = { id: this.listId++, levelTypes: ['Number'], levelNumbering: ['Arabic'], startAt: [1] };
    this.state.lists.push(l);
    return l;
  }
  listParagraphs(id: number): PNode[] {
    return paragraphsIn(this.state.body.children).filter((p) => p.list?.listId === id);
  }
}

function namespaceOf(xml: string): string {
  const m = /<(?:[\w.-]+:)?[\w.-]+[^>]*?\sxmlns(?::[\w.-]+)?="([^"]*)"/.exec(xml.replace(/<\?[\s\S]*?\?>/g, ''));
  return m ? m[1] : '';
}

function cloneState(s: DocState): DocState {
  const map = new Map<DocNode, DocNode>();
  const body: BodyNode = { kind: 'body', children: [] };
  const cloneNode = (n: DocNode, parent: Parent): DocNode => {
    let c: DocNode;
    if (n.kind === 'p')
      c = {
        ...n,
        list: n.list ? { ...n.list } : undefined,
        highlights: n.highlights?.map((h) => ({ ...h })),
        inline: n.inline?.map((x) => ({ ...x })),
        parent,
      };
    else if (n.kind === 'table') {
      const t: TNode = { ...n, rows: [], parent };
      t.rows = n.rows.map((r, ri) =>
        r.map((cell, ci) => {
          const cp: PNode = {
            ...cell,
            list: cell.list ? { ...cell.list } : undefined,
            parent: { kind: 'cell', table: t, row: ri, col: ci },
          };
          map.set(cell, cp);
          return cp;
        }),
      );
      c = t;
    } else {
      const cc: CNode = { ...n, children: [], parent };
      cc.children = n.children.map((x) => cloneNode(x, cc));
      c = cc;
    }
    map.set(n, c);
    return c;
  };
  body.children = s.body.children.map((n) => cloneNode(n, body));
  const sel = s.selection && map.has(s.selection.para) ? { ...s.selection, para: map.get(s.selection.para) as PNode } : s.selection;
  return {
    body,
    lists: s.lists.map((l) => ({ ...l, levelTypes: [...l.levelTypes], levelNumbering: [...l.levelNumbering], startAt: [...l.startAt] })),
    parts: s.parts.map((p) => ({ ...p })),
    selection: sel,
  };
}

// ---------------------------------------------------------------------------------------------
// Proxies

type LoadSpec = { props: Set<string>; nav: Map<string, LoadSpec>; top?: number; skip?: number };

function parseLoad(arg: unknown): LoadSpec {
  const spec: LoadSpec = { props: new Set(), nav: new Map() };
  const addPath = (path: string) => {
    const parts = path
      .trim()
      .split('/')
      .filter((x) => x && x !== 'items');
    if (parts.length === 0) return;
    let s = spec;
    for (let i = 0; i < parts.length - 1; i++) {
      let next = s.nav.get(parts[i]);
      if (!next) {
        next = { props: new Set(), nav: new Map() };
        s.nav.set(parts[i], next);
      }
      s = next;
    }
    s.props.add(parts[parts.length - 1]);
  };
  if (arg === undefined) throw new FakeWordError('InvalidArgument', 'load() without a property list loads everything; name the properties');
  if (typeof arg === 'string') arg.split(',').forEach(addPath);
  else if (Array.isArray(arg)) (arg as string[]).forEach(addPath);
  else if (typeof arg === 'object' && arg) {
    const o = arg as Record<string, unknown>;
    for (const [k, v] of Object.entries(o)) {
      if (k === '$top' || k === 'top') spec.top = v as number;
      else if (k === '$skip' || k === 'skip') spec.skip = v as number;
      else if (k === 'select' || k === '$select') String(v).split(',').forEach(addPath);
      else if (k === 'expand' || k === '$expand')
        String(v)
          .split(',')
          .forEach((x) => addPath(`${x}/$none`));
      else if (v === true) addPath(k);
      else if (typeof v === 'object' && v) spec.nav.set(k, parseLoad(v));
    }
  }
  spec.props.delete('$none');
  return spec;
}

/** What navigation and loads through a path need of an object, whatever its target type. */
interface NavTarget {
  validateSpec(spec: LoadSpec): void;
  captureNow(spec: LoadSpec): void;
  resolveNavNow(): void;
  _resolve(t: unknown): void;
}

abstract class FObject<T> {
  /** undefined: not yet resolved (its nav op has not run); null: a null object. */
  protected target: T | null | undefined = undefined;
  private loaded = new Map<string, unknown>();
  private loadedOnce = false;
  private navCache = new Map<string, unknown>();
  constructor(readonly context: Ctx) {}

  protected abstract readonly typeName: string;
  protected abstract readonly scalarProps: Record<string, (t: T) => unknown>;
  protected navProps(): Record<string, () => NavTarget> {
    return {};
  }
  /** The types of the navigation properties that load() may go through. */
  protected navTypes(): Record<string, new (ctx: Ctx) => NavTarget> {
    return {};
  }

  /** The resolved target at execution time; throws on null objects and detached nodes. */
  protected live(what: string): T {
    if (this.target === undefined) throw new Error(`fake: ${this.typeName} used before it was resolved (internal ordering error)`);
    if (this.target === null) throw new FakeWordError('ItemNotFound', `${what} on a null ${this.typeName}`);
    const t = this.target as unknown as DocNode;
    if (t && typeof t === 'object' && 'kind' in t && (t.kind === 'p' || t.kind === 'cc' || t.kind === 'table') && !isAttached(t)) {
      throw new FakeWordError('ItemNotFound', `${what}: the ${this.typeName} is no longer in the document`);
    }
    return this.target;
  }
  /** @internal */ _resolve(t: T | null): void {
    this.target = t;
  }
  /** @internal */ _target(): T | null | undefined {
    return this.target;
  }
  protected nav<P>(key: string, make: () => P): P {
    this.context.check();
    const hit = this.navCache.get(key);
    if (hit) return hit as P;
    const p = make();
    this.navCache.set(key, p);
    return p;
  }
  protected method(name: string, run: () => void): void {
    this.context.enqueue('write', `${this.typeName}.${name}`, run);
  }
  protected setProp(name: string, run: (t: T) => void): void {
    this.context.enqueue('write', `${this.typeName}.${name}=`, () => run(this.live(`set ${name}`)));
  }
  protected get_(name: string): unknown {
    this.context.check();
    if (!this.loaded.has(name))
      throw new FakeWordError('PropertyNotLoaded', `${this.typeName}.${name} was not loaded (load it, then await context.sync())`);
    return this.loaded.get(name);
  }
  get isNullObject(): boolean {
    this.context.check();
    if (!this.loadedOnce)
      throw new FakeWordError('PropertyNotLoaded', `${this.typeName}.isNullObject is known only after load() and context.sync()`);
    return this.target === null;
  }
  load(arg?: unknown): this {
    this.context.check();
    const spec = parseLoad(arg);
    this.validateSpec(spec);
    this.context.enqueue('read', `${this.typeName}.load`, () => this.captureNow(spec));
    return this;
  }
  /** @internal */ validateSpec(spec: LoadSpec): void {
    for (const p of spec.props)
      if (!(p in this.scalarProps)) throw new FakeWordError('InvalidArgument', `${this.typeName} has no loadable property "${p}"`);
    for (const [k, sub] of spec.nav) {
      const Type = this.navTypes()[k];
      if (!Type) throw new FakeWordError('InvalidArgument', `${this.typeName} has no navigation property "${k}" that can be loaded`);
      new Type(this.context).validateSpec(sub);
    }
  }
  /** Runs at sync time: computes the values now, commits them when the sync ends. */
  /** @internal */ captureNow(spec: LoadSpec): void {
    const t = this.target;
    if (t === undefined) throw new Error(`fake: ${this.typeName} loaded before it was resolved`);
    const values = new Map<string, unknown>();
    if (t !== null) {
      const tt = this.live('load');
      for (const p of spec.props) {
        const v = this.scalarProps[p](tt);
        values.set(p, Array.isArray(v) ? [...(v as unknown[])] : v);
      }
    }
    for (const [k, sub] of spec.nav) {
      const child = this.nav<NavTarget>(k, this.navProps()[k]);
      child.resolveNavNow();
      child.captureNow(sub);
    }
    this.context.pending.push(() => {
      this.loadedOnce = true;
      for (const [k, v] of values) this.loaded.set(k, v);
    });
  }
  /** Navigation children resolve at their own queued op; loads through a path resolve them here. */
  /** @internal */ resolveNavNow(): void {}
  toJSON(): unknown {
    return Object.fromEntries(this.loaded);
  }
}

/** An object reached by navigation: its target is computed from its parent by a queued op. */
function navObject<O extends NavTarget>(ctx: Ctx, obj: O, compute: () => unknown): O {
  if (!ctx.syncing) ctx.enqueue('nav', 'navigate', () => obj._resolve(compute()));
  (obj as unknown as { resolveNavNow: () => void }).resolveNavNow = () => obj._resolve(compute());
  return obj;
}

// --- ClientResult ---------------------------------------------------------------------------

class FClientResult<T> {
  private has = false;
  private v: T | undefined;
  constructor(private ctx: Ctx) {}
  /** @internal */ _set(v: T): void {
    this.ctx.pending.push(() => {
      this.v = v;
      this.has = true;
    });
  }
  get value(): T {
    this.ctx.check();
    if (!this.has) throw new FakeWordError('PropertyNotLoaded', 'ClientResult.value is available after context.sync()');
    return this.v as T;
  }
}

// --- Document, Body ---------------------------------------------------------------------------

class FDocument {
  constructor(private ctx: Ctx) {}
  private bodyObj: FBody | undefined;
  private ccs: FContentControlCollection | undefined;
  private parts: FCustomXmlPartCollection | undefined;
  get body(): FBody {
    this.ctx.check();
    return (this.bodyObj ??= new FBody(this.ctx));
  }
  get contentControls(): FContentControlCollection {
    this.ctx.check();
    return (this.ccs ??= new FContentControlCollection(this.ctx, () => [...walkControls(this.ctx.world.state.body.children)]));
  }
  get customXmlParts(): FCustomXmlPartCollection {
    this.ctx.check();
    if (this.ctx.world.apiVersion === '1.3') throw new FakeWordError('ApiNotFound', 'Document.customXmlParts needs WordApi 1.4');
    return (this.parts ??= new FCustomXmlPartCollection(this.ctx));
  }
  private tracking: ChangeTrackingMode | undefined;
  /** Document.load: only changeTrackingMode (WordApi 1.4) is loadable here. */
  load(arg?: unknown): this {
    this.ctx.check();
    const spec = parseLoad(arg);
    for (const p of spec.props) {
      if (p !== 'changeTrackingMode') throw new FakeWordError('InvalidArgument', `Document has no loadable property "${p}" in this fake`);
      if (this.ctx.world.apiVersion === '1.3') throw new FakeWordError('ApiNotFound', 'Document.changeTrackingMode needs WordApi 1.4');
    }
    this.ctx.enqueue('read', 'Document.load', () => {
      const v = this.ctx.world.changeTracking;
      this.ctx.pending.push(() => {
        this.tracking = v;
      });
    });
    return this;
  }
  get changeTrackingMode(): ChangeTrackingMode {
    this.ctx.check();
    if (this.tracking === undefined) throw new FakeWordError('PropertyNotLoaded', 'Document.changeTrackingMode was not loaded');
    return this.tracking;
  }
  set changeTrackingMode(v: ChangeTrackingMode) {
    this.ctx.check();
    if (this.ctx.world.apiVersion === '1.3') throw new FakeWordError('ApiNotFound', 'Document.changeTrackingMode needs WordApi 1.4');
    this.ctx.enqueue('write', 'Document.changeTrackingMode=', () => {
      this.ctx.world.changeTracking = v;
    });
  }
  getSelection(): FRange {
    this.ctx.check();
    const r = new FRange(this.ctx);
    return navObject(this.ctx, r, () => {
      const s = this.ctx.world.state.selection;
      return s ? { para: s.para, start: s.start, end: s.end } : null;
    });
  }
}

class FBody {
  private paras: FParagraphCollection | undefined;
  private ccs: FContentControlCollection | undefined;
  constructor(private ctx: Ctx) {}
  get paragraphs(): FParagraphCollection {
    this.ctx.check();
    return (this.paras ??= new FParagraphCollection(this.ctx, () => paragraphsIn(this.ctx.world.state.body.children)));
  }
  get contentControls(): FContentControlCollection {
    this.ctx.check();
    return (this.ccs ??= new FContentControlCollection(this.ctx, () => [...walkControls(this.ctx.world.state.body.children)]));
  }
  getReviewedText(version: 'Current' | 'Original' = 'Current'): FClientResult<string> {
    this.ctx.check();
    if (this.ctx.world.apiVersion === '1.3') throw new FakeWordError('ApiNotFound', 'Body.getReviewedText needs WordApi 1.4');
    const r = new FClientResult<string>(this.ctx);
    this.ctx.enqueue('read', 'Body.getReviewedText', () => r._set(reviewedTextOf(this.ctx.world.state.body.children, version)));
    return r;
  }
  insertParagraph(text: string, loc: string): FParagraph {
    this.ctx.check();
    const p = new FParagraph(this.ctx);
    this.ctx.enqueue('write', 'Body.insertParagraph', () => {
      const body = this.ctx.world.state.body;
      const n = this.ctx.world.newParagraph(String(text), body);
      if (loc === 'Start') body.children.unshift(n);
      else if (loc === 'End') body.children.push(n);
      else throw new FakeWordError('InvalidArgument', `Body.insertParagraph: ${loc}`);
      p._resolve(n);
    });
    return p;
  }
}

// --- Collections ----------------------------------------------------------------------------

abstract class FCollection<N, O extends FObject<N>> {
  private itemsLoaded: O[] | undefined;
  constructor(
    protected ctx: Ctx,
    protected source: () => N[],
  ) {}
  protected abstract make(): O;
  protected abstract readonly typeName: string;
  /** office-js #6673: Word on the web has answered an empty CustomXmlPart collection with items === undefined. */
  protected readonly emptyItemsUndefined: boolean = false;
  get items(): O[] {
    this.ctx.check();
    if (!this.itemsLoaded) throw new FakeWordError('PropertyNotLoaded', `${this.typeName}.items was not loaded`);
    if (this.emptyItemsUndefined && this.itemsLoaded.length === 0) return undefined as unknown as O[];
    return this.itemsLoaded;
  }
  load(arg?: unknown): this {
    this.ctx.check();
    const spec = parseLoad(arg ?? 'items/$none');
    this.make().validateSpec({ props: spec.props, nav: spec.nav });
    this.ctx.enqueue('read', `${this.typeName}.load`, () => {
      let nodes = this.source();
      if (spec.skip) nodes = nodes.slice(spec.skip);
      if (spec.top !== undefined) nodes = nodes.slice(0, spec.top);
      const objs = nodes.map((n) => {
        const o = this.make();
        o._resolve(n);
        o.captureNow({ props: spec.props, nav: spec.nav });
        return o;
      });
      this.ctx.pending.push(() => {
        this.itemsLoaded = objs;
      });
    });
    return this;
  }
  private pick(name: string, which: (xs: N[]) => N | undefined, orNull: boolean): O {
    this.ctx.check();
    const o = this.make();
    this.ctx.enqueue('nav', `${this.typeName}.${name}`, () => {
      const x = which(this.source());
      if (x === undefined && !orNull) throw new FakeWordError('ItemNotFound', `${this.typeName}.${name} on an empty collection`);
      o._resolve(x ?? null);
    });
    return o;
  }
  getFirst(): O {
    return this.pick('getFirst', (xs) => xs[0], false);
  }
  /** @internal The library's GetItemAt(index) path (test/officejs/host.ts): the item at that index when the path runs. */
  _itemAt(index: number): O {
    return this.pick('getItemAt', (xs) => xs[index], false);
  }
  getFirstOrNullObject(): O {
    return this.pick('getFirstOrNullObject', (xs) => xs[0], true);
  }
  getLast(): O {
    return this.pick('getLast', (xs) => xs[xs.length - 1], false);
  }
  getLastOrNullObject(): O {
    return this.pick('getLastOrNullObject', (xs) => xs[xs.length - 1], true);
  }
}

class FParagraphCollection extends FCollection<PNode, FParagraph> {
  protected readonly typeName = 'ParagraphCollection';
  protected make(): FParagraph {
    return new FParagraph(this.ctx);
  }
}
class FContentControlCollection extends FCollection<CNode, FContentControl> {
  protected readonly typeName = 'ContentControlCollection';
  protected make(): FContentControl {
    return new FContentControl(this.ctx);
  }
  getByTag(tag: string): FContentControlCollection {
    this.ctx.check();
    const src = this.source;
    return new FContentControlCollection(this.ctx, () => src().filter((c) => c.tag === tag));
  }
}
class FRangeCollection extends FCollection<RangeT, FRange> {
  protected readonly typeName = 'RangeCollection';
  protected make(): FRange {
    return new FRange(this.ctx);
  }
}

// --- Paragraph --------------------------------------------------------------------------------

function insertSibling(ref: DocNode, node: DocNode, where: 'Before' | 'After'): void {
  if (!ref.parent) throw new FakeWordError('ItemNotFound', 'reference is not in the document');
  const siblings = childrenOf(ref.parent);
  const i = siblings.indexOf(ref);
  node.parent = ref.parent;
  siblings.splice(where === 'Before' ? i : i + 1, 0, node);
}

/**
 * Word's insertParagraph on a paragraph behaves like pressing Enter: the new paragraph takes the
 * reference paragraph's formatting, INCLUDING its list membership. The fake models that worst
 * case, so the adapter must set every paragraph's style and never continue from a list item.
 */
function inheritFrom(ref: PNode, n: PNode): void {
  n.styleBuiltIn = ref.styleBuiltIn;
  n.styleName = ref.styleName;
  n.italic = ref.italic;
  if (ref.list) n.list = { ...ref.list };
}

function checkValues(rowCount: number, columnCount: number, values: string[][] | undefined): string[][] {
  if (!Number.isInteger(rowCount) || !Number.isInteger(columnCount) || rowCount < 1 || columnCount < 1) {
    throw new FakeWordError('InvalidArgument', `insertTable: ${rowCount}×${columnCount}`);
  }
  const v = values ?? Array.from({ length: rowCount }, () => Array.from({ length: columnCount }, () => ''));
  if (v.length !== rowCount || v.some((r) => r.length !== columnCount))
    throw new FakeWordError('InvalidArgument', 'insertTable: values do not match rowCount × columnCount');
  return v;
}

class FParagraph extends FObject<PNode> {
  protected readonly typeName = 'Paragraph';
  protected readonly scalarProps: Record<string, (t: PNode) => unknown> = {
    text: (p) => p.text,
    style: (p) => styleNameOf(p, this.context.world.language),
    styleBuiltIn: (p) => p.styleBuiltIn,
    outlineLevel: (p) => p.outlineLevel ?? (/^Heading(\d)$/.test(p.styleBuiltIn) ? Number(p.styleBuiltIn.slice(7)) : 10),
    isListItem: (p) => p.list !== undefined,
    tableNestingLevel: (p) => (parentTable(p) ? 1 : 0),
  };
  protected override navProps(): Record<string, () => NavTarget> {
    return {
      parentContentControlOrNullObject: () =>
        navObject(this.context, new FContentControl(this.context), () => innermostControl(this.live('parentContentControlOrNullObject'))),
      parentTableOrNullObject: () =>
        navObject(this.context, new FTable(this.context), () => parentTable(this.live('parentTableOrNullObject'))),
    };
  }
  protected override navTypes(): Record<string, new (ctx: Ctx) => NavTarget> {
    return { parentContentControlOrNullObject: FContentControl, parentTableOrNullObject: FTable };
  }
  get text(): string {
    return this.get_('text') as string;
  }
  get style(): string {
    return this.get_('style') as string;
  }
  get styleBuiltIn(): string {
    return this.get_('styleBuiltIn') as string;
  }
  set styleBuiltIn(v: string) {
    if (!/^(Normal|Heading[1-9]|ListParagraph|Title|Subtitle|Quote|NoSpacing)$/.test(v))
      throw new FakeWordError('InvalidArgument', `styleBuiltIn "${v}" is not a built-in style the fake knows`);
    this.setProp('styleBuiltIn', (p) => {
      // Office-Add-in-samples #223 (when asked for): a heading is formatted, not made a real heading.
      p.styleBuiltIn = this.context.world.headingStyleNotApplied && /^Heading/.test(v) ? 'Normal' : v;
      p.styleName = undefined;
      p.outlineLevel = undefined;
    });
  }
  /** A style by its display name in the document's language ("Rubrik 1" in Swedish); other names fail at sync. */
  set style(v: string) {
    this.context.check();
    this.setProp('style', (p) => {
      const b = builtInOfName(String(v), this.context.world.language);
      if (!b) throw new FakeWordError('ItemNotFound', `there is no style named "${v}" in this (${this.context.world.language}) document`);
      p.styleBuiltIn = b;
      p.styleName = undefined;
      p.outlineLevel = undefined;
    });
  }
  get outlineLevel(): number {
    return this.get_('outlineLevel') as number;
  }
  get isListItem(): boolean {
    return this.get_('isListItem') as boolean;
  }
  get tableNestingLevel(): number {
    return this.get_('tableNestingLevel') as number;
  }
  get parentContentControlOrNullObject(): FContentControl {
    return this.nav('parentContentControlOrNullObject', this.navProps().parentContentControlOrNullObject as () => FContentControl);
  }
  get parentTableOrNullObject(): FTable {
    return this.nav('parentTableOrNullObject', this.navProps().parentTableOrNullObject as () => FTable);
  }
  get font(): FFont {
    return this.nav('font', () => new FFont(this.context, (fn) => this.setProp('font.italic', fn)));
  }
  insertParagraph(text: string, loc: 'Before' | 'After'): FParagraph {
    this.context.check();
    const p = new FParagraph(this.context);
    this.method('insertParagraph', () => {
      const ref = this.live('insertParagraph');
      if (loc !== 'Before' && loc !== 'After') throw new FakeWordError('InvalidArgument', `Paragraph.insertParagraph: ${String(loc)}`);
      const n = this.context.world.newParagraph(String(text), null);
      inheritFrom(ref, n);
      insertSibling(loc === 'After' ? afterTarget(ref) : ref, n, loc);
      p._resolve(n);
    });
    return p;
  }
  insertText(text: string, loc: 'Replace' | 'Start' | 'End'): FRange {
    this.context.check();
    const r = new FRange(this.context);
    this.method('insertText', () => {
      const p = this.live('insertText');
      const t = String(text);
      if (loc === 'Replace') p.text = t;
      else if (loc === 'Start') p.text = t + p.text;
      else if (loc === 'End') p.text += t;
      else throw new FakeWordError('InvalidArgument', `Paragraph.insertText: ${String(loc)}`);
      r._resolve({
        para: p,
        start: loc === 'End' ? p.text.length - t.length : 0,
        end: loc === 'Start' || loc === 'Replace' ? t.length : p.text.length,
      });
    });
    return r;
  }
  insertTable(rowCount: number, columnCount: number, loc: 'Before' | 'After', values?: string[][]): FTable {
    this.context.check();
    const t = new FTable(this.context);
    const vals = values?.map((r) => [...r]);
    this.method('insertTable', () => {
      const ref = this.live('insertTable');
      const node = makeTable(this.context.world, checkValues(rowCount, columnCount, vals));
      if (loc !== 'Before' && loc !== 'After') throw new FakeWordError('InvalidArgument', `Paragraph.insertTable: ${String(loc)}`);
      insertSibling(ref, node, loc);
      t._resolve(node);
    });
    return t;
  }
  insertContentControl(): FContentControl {
    this.context.check();
    const cc = new FContentControl(this.context);
    this.method('insertContentControl', () => {
      const p = this.live('insertContentControl');
      if (!p.parent || p.parent.kind === 'cell') throw new FakeWordError('NotImplemented', 'content control in a table cell');
      const siblings = childrenOf(p.parent);
      const i = siblings.indexOf(p);
      const node: CNode = {
        kind: 'cc',
        uid: this.context.world.uid++,
        id: this.context.world.ccId++,
        tag: '',
        title: '',
        appearance: 'BoundingBox',
        children: [p],
        parent: p.parent,
      };
      siblings.splice(i, 1, node);
      p.parent = node;
      cc._resolve(node);
    });
    return cc;
  }
  getReviewedText(version: 'Current' | 'Original' = 'Current'): FClientResult<string> {
    this.context.check();
    if (this.context.world.apiVersion === '1.3') throw new FakeWordError('ApiNotFound', 'Paragraph.getReviewedText needs WordApi 1.4');
    const r = new FClientResult<string>(this.context);
    this.context.enqueue('read', 'Paragraph.getReviewedText', () => r._set(reviewedTextOf([this.live('getReviewedText')], version)));
    return r;
  }
  detachFromList(): void {
    this.context.check();
    this.method('detachFromList', () => {
      const p = this.live('detachFromList');
      p.list = undefined;
    });
  }
  startNewList(): FList {
    this.context.check();
    const l = new FList(this.context);
    this.method('startNewList', () => {
      const p = this.live('startNewList');
      if (p.list) throw new FakeWordError('InvalidArgument', 'startNewList: the paragraph is already a list item');
      const def = this.context.world.newList();
      p.list = { listId: def.id, level: 0 };
      p.styleBuiltIn = 'ListParagraph';
      p.styleName = undefined;
      l._resolve(def);
    });
    return l;
  }
  getRange(loc: 'Whole' | 'Content' | 'Start' | 'End' = 'Whole'): FRange {
    this.context.check();
    const r = new FRange(this.context);
    return navObject(this.context, r, () => {
      const p = this.live('getRange');
      if (loc === 'Start') return { para: p, start: 0, end: 0 };
      if (loc === 'End') return { para: p, start: p.text.length, end: p.text.length };
      return { para: p, start: 0, end: p.text.length };
    });
  }
  search(searchText: string, options?: { matchCase?: boolean; matchWildcards?: boolean }): FRangeCollection {
    this.context.check();
    if (typeof searchText !== 'string' || searchText.length === 0) throw new FakeWordError('InvalidArgument', 'search: empty text');
    if (searchText.length > 255) throw new FakeWordError('InvalidArgument', 'search: text longer than 255 characters');
    if (options?.matchWildcards) throw new FakeWordError('NotImplemented', 'wildcards');
    const needle = unescapeSearch(searchText);
    const matchCase = options?.matchCase ?? false;
    let snapshot: RangeT[] | undefined;
    const coll = new FRangeCollection(this.context, () => snapshot ?? []);
    this.context.enqueue('nav', 'Paragraph.search', () => {
      const p = this.live('search');
      const hay = matchCase ? p.text : p.text.toLocaleLowerCase();
      const n = matchCase ? needle : needle.toLocaleLowerCase();
      const out: RangeT[] = [];
      let from = 0;
      for (;;) {
        const i = hay.indexOf(n, from);
        if (i < 0) break;
        out.push({ para: p, start: i, end: i + n.length });
        from = i + n.length;
      }
      snapshot = out;
    });
    return coll;
  }
  select(mode: 'Select' | 'Start' | 'End' = 'Select'): void {
    this.getRange('Content').select(mode);
  }
}

/** Word's search syntax: "^^" is a literal caret; other ^-codes are special (unsupported here). */
function unescapeSearch(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '^') {
      if (s[i + 1] === '^') {
        out += '^';
        i++;
        continue;
      }
      throw new FakeWordError('InvalidArgument', `search: special code "^${s[i + 1] ?? ''}" (escape ^ as ^^)`);
    }
    out += s[i];
  }
  return out;
}

function makeTable(world: World, values: string[][]): TNode {
  const t: TNode = { kind: 'table', uid: world.uid++, rows: [], headerRowCount: 0, parent: null };
  t.rows = values.map((r, ri) => r.map((c, ci) => world.newParagraph(String(c), { kind: 'cell', table: t, row: ri, col: ci })));
  return t;
}

class FFont {
  constructor(
    private ctx: Ctx,
    private set: (fn: (p: PNode) => void) => void,
  ) {}
  set italic(v: boolean) {
    this.ctx.check();
    this.set((p) => {
      p.italic = Boolean(v);
    });
  }
  get italic(): boolean {
    throw new FakeWordError('PropertyNotLoaded', 'Font.italic is not loadable in this fake');
  }
}

// --- Content control ----------------------------------------------------------------------------

class FContentControl extends FObject<CNode> {
  protected readonly typeName = 'ContentControl';
  protected readonly scalarProps: Record<string, (t: CNode) => unknown> = {
    id: (c) => c.id,
    tag: (c) => c.tag,
    title: (c) => c.title,
    text: (c) => textOf(c.children),
    appearance: (c) => c.appearance,
    type: () => 'RichText',
  };
  protected override navProps(): Record<string, () => NavTarget> {
    return {
      parentContentControlOrNullObject: () =>
        navObject(this.context, new FContentControl(this.context), () => {
          const c = this.live('parentContentControlOrNullObject');
          let p = c.parent;
          while (p) {
            if (p.kind === 'cc') return p;
            if (p.kind === 'body') return null;
            p = p.table.parent;
          }
          return null;
        }),
    };
  }
  protected override navTypes(): Record<string, new (ctx: Ctx) => NavTarget> {
    return { parentContentControlOrNullObject: FContentControl };
  }
  get id(): number {
    return this.get_('id') as number;
  }
  get tag(): string {
    return this.get_('tag') as string;
  }
  set tag(v: string) {
    this.setProp('tag', (c) => {
      c.tag = String(v);
    });
  }
  get title(): string {
    return this.get_('title') as string;
  }
  set title(v: string) {
    this.setProp('title', (c) => {
      c.title = String(v);
    });
  }
  get appearance(): string {
    return this.get_('appearance') as string;
  }
  set appearance(v: string) {
    this.setProp('appearance', (c) => {
      c.appearance = String(v);
    });
  }
  get text(): string {
    return this.get_('text') as string;
  }
  get parentContentControlOrNullObject(): FContentControl {
    return this.nav('parentContentControlOrNullObject', this.navProps().parentContentControlOrNullObject as () => FContentControl);
  }
  get paragraphs(): FParagraphCollection {
    return this.nav('paragraphs', () => new FParagraphCollection(this.context, () => paragraphsIn(this.live('paragraphs').children)));
  }
  getReviewedText(version: 'Current' | 'Original' = 'Current'): FClientResult<string> {
    this.context.check();
    if (this.context.world.apiVersion === '1.3') throw new FakeWordError('ApiNotFound', 'ContentControl.getReviewedText needs WordApi 1.4');
    const r = new FClientResult<string>(this.context);
    this.context.enqueue('read', 'ContentControl.getReviewedText', () =>
      r._set(reviewedTextOf(this.live('getReviewedText').children, version)),
    );
    return r;
  }
  clear(): void {
    this.context.check();
    this.method('clear', () => {
      const c = this.live('clear');
      const w = this.context.world;
      const old = paragraphsIn(c.children).filter((p) => !p.deleted);
      const n = w.newParagraph('', c);
      if (w.changeTracking !== 'Off') {
        // Track Changes: the text stays, as tracked deletions; the new empty paragraph follows it.
        for (const p of old) p.deleted = true;
        if (old.length) inheritFrom(old[old.length - 1], n);
        c.children.push(n);
        return;
      }
      // The empty paragraph Word leaves keeps the first paragraph's formatting, list included.
      if (old.length) inheritFrom(old[0], n);
      for (const x of c.children) x.parent = null;
      c.children = [n];
    });
  }
  insertParagraph(text: string, loc: 'Start' | 'End' | 'Before' | 'After'): FParagraph {
    this.context.check();
    const p = new FParagraph(this.context);
    this.method('insertParagraph', () => {
      const c = this.live('insertParagraph');
      const n = this.context.world.newParagraph(String(text), null);
      if (loc === 'Start' || loc === 'End') {
        // Like pressing Enter at the control's end: the new paragraph takes the last paragraph's
        // formatting, list membership included.
        const ps = paragraphsIn(c.children);
        const ref = loc === 'End' ? ps[ps.length - 1] : undefined;
        if (ref && !parentTable(ref)) inheritFrom(ref, n);
        n.parent = c;
        if (loc === 'Start') c.children.unshift(n);
        else c.children.push(n);
      } else if (loc === 'Before' || loc === 'After') {
        const ps = paragraphsIn(c.children);
        const ref = loc === 'After' ? ps[ps.length - 1] : ps[0];
        if (ref) inheritFrom(ref, n);
        insertSibling(c, n, loc);
      } else throw new FakeWordError('InvalidArgument', `ContentControl.insertParagraph: ${String(loc)}`);
      p._resolve(n);
    });
    return p;
  }
  select(): void {
    this.context.check();
    this.method('select', () => {
      const c = this.live('select');
      const ps = paragraphsIn(c.children);
      this.context.world.state.selection = { para: ps[0], start: 0, end: ps[0].text.length };
    });
  }
}

// --- Table, List, Range ----------------------------------------------------------------------------

class FTable extends FObject<TNode> {
  protected readonly typeName = 'Table';
  protected readonly scalarProps: Record<string, (t: TNode) => unknown> = {
    rowCount: (t) => t.rows.length,
    headerRowCount: (t) => t.headerRowCount,
    values: (t) => t.rows.map((r) => r.map((c) => c.text)),
  };
  get values(): string[][] {
    return this.get_('values') as string[][];
  }
  set headerRowCount(v: number) {
    this.setProp('headerRowCount', (t) => {
      t.headerRowCount = v;
    });
  }
  get headerRowCount(): number {
    return this.get_('headerRowCount') as number;
  }
  insertParagraph(text: string, loc: 'Before' | 'After'): FParagraph {
    this.context.check();
    const p = new FParagraph(this.context);
    this.method('insertParagraph', () => {
      const t = this.live('insertParagraph');
      if (loc !== 'Before' && loc !== 'After') throw new FakeWordError('InvalidArgument', `Table.insertParagraph: ${String(loc)}`);
      const n = this.context.world.newParagraph(String(text), null);
      insertSibling(loc === 'After' ? afterTarget(t) : t, n, loc);
      p._resolve(n);
    });
    return p;
  }
  insertTable(rowCount: number, columnCount: number, loc: 'Before' | 'After', values?: string[][]): FTable {
    this.context.check();
    const out = new FTable(this.context);
    const vals = values?.map((r) => [...r]);
    this.method('insertTable', () => {
      const t = this.live('insertTable');
      const node = makeTable(this.context.world, checkValues(rowCount, columnCount, vals));
      insertSibling(t, node, loc);
      out._resolve(node);
    });
    return out;
  }
}

class FList extends FObject<ListDef> {
  protected readonly typeName = 'List';
  protected readonly scalarProps: Record<string, (t: ListDef) => unknown> = {
    id: (l) => l.id,
    levelTypes: (l) => l.levelTypes,
  };
  get id(): number {
    return this.get_('id') as number;
  }
  get levelTypes(): string[] {
    return this.get_('levelTypes') as string[];
  }
  insertParagraph(text: string, loc: 'Start' | 'End' | 'Before' | 'After'): FParagraph {
    this.context.check();
    const p = new FParagraph(this.context);
    this.method('insertParagraph', () => {
      const l = this.live('insertParagraph');
      const ps = this.context.world.listParagraphs(l.id);
      if (ps.length === 0) throw new FakeWordError('ItemNotFound', 'the list has no paragraphs');
      const ref = loc === 'Start' || loc === 'Before' ? ps[0] : ps[ps.length - 1];
      const n = this.context.world.newParagraph(String(text), null);
      if (loc === 'Start' || loc === 'End') {
        // A new item of the list.
        n.styleBuiltIn = 'ListParagraph';
        n.list = { listId: l.id, level: ref.list?.level ?? 0 };
      } else if (loc !== 'Before' && loc !== 'After') throw new FakeWordError('InvalidArgument', `List.insertParagraph: ${String(loc)}`);
      // 'Before' / 'After': outside the list, a Normal paragraph ('After' the list's last item when
      // that is a control's last paragraph: after the control, as for Paragraph.insertParagraph).
      if (loc === 'After') insertSibling(afterTarget(ref), n, 'After');
      else insertSibling(ref, n, loc === 'Start' || loc === 'Before' ? 'Before' : 'After');
      p._resolve(n);
    });
    return p;
  }
  setLevelNumbering(level: number, numbering: string, _format?: unknown[]): void {
    this.context.check();
    this.method('setLevelNumbering', () => {
      const l = this.live('setLevelNumbering');
      l.levelTypes[level] = 'Number';
      l.levelNumbering[level] = numbering;
    });
  }
  setLevelBullet(level: number, bullet: string): void {
    this.context.check();
    this.method('setLevelBullet', () => {
      const l = this.live('setLevelBullet');
      l.levelTypes[level] = 'Bullet';
      l.levelNumbering[level] = bullet;
    });
  }
  setLevelStartingNumber(level: number, n: number): void {
    this.context.check();
    this.method('setLevelStartingNumber', () => {
      const l = this.live('setLevelStartingNumber');
      l.startAt[level] = n;
    });
  }
}

class FRange extends FObject<RangeT> {
  protected readonly typeName = 'Range';
  protected readonly scalarProps: Record<string, (t: RangeT) => unknown> = {
    text: (r) => r.para.text.slice(r.start, r.end),
    isEmpty: (r) => r.start === r.end,
  };
  protected override navProps(): Record<string, () => NavTarget> {
    return {
      parentContentControlOrNullObject: () =>
        navObject(this.context, new FContentControl(this.context), () =>
          innermostControl(this.live('parentContentControlOrNullObject').para),
        ),
      parentTableOrNullObject: () =>
        navObject(this.context, new FTable(this.context), () => parentTable(this.live('parentTableOrNullObject').para)),
    };
  }
  protected override navTypes(): Record<string, new (ctx: Ctx) => NavTarget> {
    return { parentContentControlOrNullObject: FContentControl, parentTableOrNullObject: FTable };
  }
  get text(): string {
    return this.get_('text') as string;
  }
  get parentContentControlOrNullObject(): FContentControl {
    return this.nav('parentContentControlOrNullObject', this.navProps().parentContentControlOrNullObject as () => FContentControl);
  }
  get parentTableOrNullObject(): FTable {
    return this.nav('parentTableOrNullObject', this.navProps().parentTableOrNullObject as () => FTable);
  }
  get paragraphs(): FParagraphCollection {
    return this.nav('paragraphs', () => new FParagraphCollection(this.context, () => [this.live('paragraphs').para]));
  }
  /** Range.font: only highlightColor can be set here (a highlighted range of the paragraph). */
  get font(): FRangeFont {
    return this.nav('font', () => new FRangeFont(this));
  }
  /** @internal */ _setHighlight(color: string): void {
    this.method('font.highlightColor=', () => {
      const r = this.live('font.highlightColor');
      (r.para.highlights ??= []).push({ start: r.start, end: r.end, color: String(color) });
    });
  }
  /** An inline content control over the range (within one paragraph). */
  insertContentControl(): FInlineControl {
    this.context.check();
    const cc = new FInlineControl(this.context);
    this.method('insertContentControl', () => {
      const r = this.live('insertContentControl');
      if (r.start === r.end) throw new FakeWordError('InvalidArgument', 'insertContentControl on an empty range');
      const def: InlineControl = { start: r.start, end: r.end, tag: '', title: '', placeholderText: '' };
      const inline = (r.para.inline ??= []);
      if (inline.some((x) => x.start < def.end && def.start < x.end))
        throw new FakeWordError('InvalidArgument', 'overlapping inline content controls');
      inline.push(def);
      cc._resolve(def);
    });
    return cc;
  }
  select(_mode: 'Select' | 'Start' | 'End' = 'Select'): void {
    this.context.check();
    this.method('select', () => {
      const r = this.live('select');
      this.context.world.state.selection = { para: r.para, start: r.start, end: r.end };
    });
  }
}

class FRangeFont {
  constructor(private range: FRange) {}
  set highlightColor(v: string) {
    this.range.context.check();
    this.range._setHighlight(v);
  }
  get highlightColor(): string {
    throw new FakeWordError('PropertyNotLoaded', 'Font.highlightColor is not loadable in this fake');
  }
}

/** An inline content control (Range.insertContentControl): tag, title and placeholderText can be set. */
class FInlineControl extends FObject<InlineControl> {
  protected readonly typeName = 'ContentControl';
  protected readonly scalarProps: Record<string, (t: InlineControl) => unknown> = {
    tag: (c) => c.tag,
    title: (c) => c.title,
    placeholderText: (c) => c.placeholderText,
  };
  set tag(v: string) {
    this.setProp('tag', (c) => {
      c.tag = String(v);
    });
  }
  get tag(): string {
    return this.get_('tag') as string;
  }
  set title(v: string) {
    this.setProp('title', (c) => {
      c.title = String(v);
    });
  }
  get title(): string {
    return this.get_('title') as string;
  }
  set placeholderText(v: string) {
    this.setProp('placeholderText', (c) => {
      c.placeholderText = String(v);
    });
  }
  get placeholderText(): string {
    return this.get_('placeholderText') as string;
  }
}

// --- Custom XML parts (WordApi 1.4) ----------------------------------------------------------------

class FCustomXmlPart extends FObject<PartDef> {
  protected readonly typeName = 'CustomXmlPart';
  protected readonly scalarProps: Record<string, (t: PartDef) => unknown> = {
    id: (p) => p.id,
    namespaceUri: (p) => p.namespaceUri,
  };
  get id(): string {
    return this.get_('id') as string;
  }
  get namespaceUri(): string {
    return this.get_('namespaceUri') as string;
  }
  getXml(): FClientResult<string> {
    this.context.check();
    const r = new FClientResult<string>(this.context);
    this.context.enqueue('read', 'CustomXmlPart.getXml', () => r._set(this.live('getXml').xml));
    return r;
  }
  setXml(xml: string): void {
    this.context.check();
    this.method('setXml', () => {
      const p = this.live('setXml');
      p.xml = String(xml);
      p.namespaceUri = namespaceOf(p.xml);
    });
  }
  delete(): void {
    this.context.check();
    this.method('delete', () => {
      const p = this.live('delete');
      const w = this.context.world;
      w.state.parts = w.state.parts.filter((x) => x.id !== p.id);
    });
  }
}

class FCustomXmlPartScoped extends FCollection<PartDef, FCustomXmlPart> {
  protected readonly typeName = 'CustomXmlPartScopedCollection';
  protected override readonly emptyItemsUndefined = true;
  protected make(): FCustomXmlPart {
    return new FCustomXmlPart(this.ctx);
  }
  getOnlyItemOrNullObject(): FCustomXmlPart {
    this.ctx.check();
    const o = this.make();
    this.ctx.enqueue('nav', 'getOnlyItemOrNullObject', () => {
      const xs = this.source();
      if (xs.length > 1) throw new FakeWordError('InvalidOperation', 'getOnlyItemOrNullObject: more than one part');
      o._resolve(xs[0] ?? null);
    });
    return o;
  }
}

class FCustomXmlPartCollection extends FCollection<PartDef, FCustomXmlPart> {
  protected readonly typeName = 'CustomXmlPartCollection';
  protected override readonly emptyItemsUndefined = true;
  constructor(ctx: Ctx) {
    super(ctx, () => ctx.world.state.parts);
  }
  protected make(): FCustomXmlPart {
    return new FCustomXmlPart(this.ctx);
  }
  getByNamespace(ns: string): FCustomXmlPartScoped {
    this.ctx.check();
    return new FCustomXmlPartScoped(this.ctx, () => this.ctx.world.state.parts.filter((p) => p.namespaceUri === ns));
  }
  add(xml: string): FCustomXmlPart {
    this.ctx.check();
    const o = this.make();
    this.ctx.enqueue('write', 'CustomXmlPartCollection.add', () => {
      const w = this.ctx.world;
      const text = String(xml);
      if (!/^\s*(<\?xml[\s\S]*?\?>)?\s*</.test(text)) throw new FakeWordError('InvalidArgument', 'add: not XML');
      const def: PartDef = { id: `{part-${w.partId++}}`, namespaceUri: namespaceOf(text), xml: text };
      w.state.parts.push(def);
      o._resolve(def);
    });
    return o;
  }
}

// ---------------------------------------------------------------------------------------------
// Settings (Office.context.document.settings)

export interface FakeSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(callback?: (result: { status: 'succeeded' | 'failed'; error?: { message: string } }) => void): void;
}

// ---------------------------------------------------------------------------------------------
// The public face

export interface FakeWord {
  /** Use as `createWordAdapter({ run: fake.run, ... })`. Typed loosely; cast where needed. */
  run: <T>(batch: (context: Word.RequestContext) => Promise<T>) => Promise<T>;
  isSetSupported: (name: string, version?: string) => boolean;
  settings: FakeSettings;
  /** Total context.sync() calls so far (every Word.run). */
  syncCount(): number;
  /** Syncs of the most recent Word.run. */
  lastRunSyncs(): number;
  /** Word.run calls so far. */
  runCount(): number;
  /** Write operations executed so far (method calls and property sets). */
  writeOpCount(): number;
  resetCounts(): void;
  /** Make the n-th execution (from now) of a queued method throw inside sync(). Names like "Paragraph.insertParagraph", or "*" for any write. */
  failOn(method: string, occurrence?: number): void;
  /** Make the n-th context.sync() from now fail before it applies anything. */
  failSync(n?: number): void;
  /** Make the next settings.saveAsync fail. */
  failSettingsSave(): void;

  snapshot(): SnapNode[];
  paragraphs(): FlatParagraph[];
  contentControls(): { tag: string; title: string; text: string; paragraphs: string[] }[];
  /** Texts of body paragraphs that are not inside a content control tagged "tu:…". */
  outsideTu(): { text: string; styleBuiltIn: string; isListItem: boolean; inTable: boolean }[];
  customXmlParts(): { id: string; namespaceUri: string; xml: string }[];
  /** Settings as saved with saveAsync. */
  savedSettings(): Record<string, unknown>;
  /** The current selection: body paragraph index and character range. */
  selection(): { paragraph: number; start: number; end: number; text: string } | null;

  // Simulated user actions (not through the API, as if typed in Word).
  setCursor(paragraph: number, offset?: number): void;
  editParagraph(paragraph: number, text: string): void;
  /** As if the user selected a whole paragraph (not a table cell) and deleted it (added). */
  deleteParagraph(paragraph: number): void;
  insertUserParagraphAfter(paragraph: number, text: string): void;
  /** As if the user typed a new paragraph right after the first control with this tag (outside it). */
  insertUserParagraphAfterControl(tag: string, text: string): void;
  /** Copies the first content control with this tag and pastes it right after itself. */
  duplicateControl(tag: string): void;
  deleteControl(tag: string): void;
  /** As if the user switched Track Changes (Granska › Spåra ändringar) (added). */
  setChangeTracking(mode: ChangeTrackingMode): void;
  changeTracking(): ChangeTrackingMode;
}

export function createFakeWord(initial: FakeWordOptions = {}): FakeWord {
  const world = new World(initial);
  let lastRun = 0;
  let saved: Record<string, unknown> = { ...(initial.settings ?? {}) };
  const memory: Record<string, unknown> = { ...saved };
  let failSave = false;

  const run = async <T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T> => {
    world.runs++;
    const ctx = new Ctx(world);
    const api = {
      get document() {
        ctx.check();
        return ctx.document;
      },
      sync: () => ctx.sync(),
      trackedObjects: { add() {}, remove() {} },
      /** @internal For test/officejs/host.ts: a request that failed before it ran queues nothing. */
      _discardQueue: () => {
        ctx.queue = [];
      },
    };
    try {
      const result = await batch(api as unknown as Word.RequestContext);
      // Word.run sends what is still queued when the batch function returns.
      if (ctx.queue.length > 0) await ctx.sync();
      return result;
    } finally {
      ctx.active = false;
      lastRun = ctx.syncs;
    }
  };

  const flat = (): FlatParagraph[] =>
    [...walkParagraphs(world.state.body.children)].map(({ p, ccs, inTable }, index) => {
      const l = p.list ? world.state.lists.find((x) => x.id === p.list!.listId) : undefined;
      return {
        index,
        text: p.text,
        styleBuiltIn: p.styleBuiltIn,
        italic: p.italic,
        isListItem: !!p.list,
        listId: p.list?.listId,
        listLevel: p.list?.level,
        listKind: l ? (l.levelTypes[p.list!.level] ?? 'Number') : undefined,
        listStartAt: l ? (l.startAt[p.list!.level] ?? 1) : undefined,
        inTable,
        tags: ccs.map((c) => c.tag),
        ...(p.deleted ? { deleted: true } : {}),
      };
    });

  const snapNode = (n: DocNode): SnapNode => {
    if (n.kind === 'p') {
      const s: SnapParagraph = { type: 'paragraph', text: n.text, styleBuiltIn: n.styleBuiltIn };
      if (n.italic) s.italic = true;
      if (n.deleted) s.deleted = true;
      if (n.inline?.length) s.inlineControls = n.inline.map((c) => ({ ...c, text: n.text.slice(c.start, c.end) }));
      if (n.highlights?.length) s.highlights = n.highlights.map((h) => ({ ...h, text: n.text.slice(h.start, h.end) }));
      if (n.outlineLevel !== undefined) s.outlineLevel = n.outlineLevel;
      if (n.list) {
        const l = world.list(n.list.listId);
        s.list = {
          listId: n.list.listId,
          level: n.list.level,
          kind: l.levelTypes[n.list.level] ?? 'Number',
          startAt: l.startAt[n.list.level] ?? 1,
        };
      }
      return s;
    }
    if (n.kind === 'table') return { type: 'table', rows: n.rows.map((r) => r.map((c) => c.text)), headerRowCount: n.headerRowCount };
    return { type: 'contentControl', tag: n.tag, title: n.title, children: n.children.map(snapNode) };
  };

  const paraAt = (i: number): PNode => {
    const ps = paragraphsIn(world.state.body.children);
    const p = ps[i];
    if (!p) throw new Error(`fake: no paragraph ${i}`);
    return p;
  };

  return {
    run,
    isSetSupported: (name: string, version?: string) => {
      if (name !== 'WordApi') return false;
      const v = Number(version ?? '1.1');
      return v <= Number(world.apiVersion);
    },
    settings: {
      get: (name) => memory[name] ?? null,
      set: (name, value) => {
        memory[name] = value;
      },
      remove: (name) => {
        delete memory[name];
      },
      saveAsync: (cb) => {
        setTimeout(() => {
          if (failSave) {
            failSave = false;
            cb?.({ status: 'failed', error: { message: 'forced settings failure' } });
            return;
          }
          saved = JSON.parse(JSON.stringify(memory)) as Record<string, unknown>;
          cb?.({ status: 'succeeded' });
        }, 0);
      },
    },
    syncCount: () => world.syncs,
    lastRunSyncs: () => lastRun,
    runCount: () => world.runs,
    writeOpCount: () => world.writeOps,
    resetCounts: () => {
      world.syncs = 0;
      world.runs = 0;
      world.writeOps = 0;
    },
    failOn: (method, occurrence = 1) => {
      world.failures.push({ method, remaining: occurrence });
    },
    failSync: (n = 1) => {
      world.failSyncAt = world.syncs + n;
    },
    failSettingsSave: () => {
      failSave = true;
    },
    snapshot: () => world.state.body.children.map(snapNode),
    paragraphs: flat,
    contentControls: () =>
      [...walkControls(world.state.body.children)].map((c) => ({
        tag: c.tag,
        title: c.title,
        text: textOf(c.children),
        paragraphs: paragraphsIn(c.children).map((p) => p.text),
      })),
    outsideTu: () =>
      [...walkParagraphs(world.state.body.children)]
        .filter(({ ccs }) => !ccs.some((c) => c.tag.startsWith('tu:')))
        .map(({ p, inTable }) => ({ text: p.text, styleBuiltIn: p.styleBuiltIn, isListItem: !!p.list, inTable })),
    customXmlParts: () => world.state.parts.map((p) => ({ ...p })),
    savedSettings: () => JSON.parse(JSON.stringify(saved)) as Record<string, unknown>,
    selection: () => {
      const s = world.state.selection;
      if (!s) return null;
      const ps = paragraphsIn(world.state.body.children);
      return { paragraph: ps.indexOf(s.para), start: s.start, end: s.end, text: s.para.text.slice(s.start, s.end) };
    },
    setCursor: (i, offset) => {
      const p = paraAt(i);
      const o = offset ?? p.text.length;
      world.state.selection = { para: p, start: o, end: o };
    },
    editParagraph: (i, text) => {
      paraAt(i).text = text;
    },
    deleteParagraph: (i) => {
      const p = paraAt(i);
      if (!p.parent || p.parent.kind === 'cell') throw new Error(`fake: paragraph ${i} is in a table cell`);
      const sib = childrenOf(p.parent);
      if (sib.length === 1 && p.parent.kind === 'cc') {
        p.text = ''; // a control keeps one paragraph
        return;
      }
      sib.splice(sib.indexOf(p), 1);
      p.parent = null;
    },
    insertUserParagraphAfter: (i, text) => {
      const ref = paraAt(i);
      const n = world.newParagraph(text, null);
      insertSibling(ref, n, 'After');
    },
    insertUserParagraphAfterControl: (tag, text) => {
      const c = [...walkControls(world.state.body.children)].find((x) => x.tag === tag);
      if (!c) throw new Error(`fake: no control ${tag}`);
      insertSibling(c, world.newParagraph(text, null), 'After');
    },
    duplicateControl: (tag) => {
      const c = [...walkControls(world.state.body.children)].find((x) => x.tag === tag);
      if (!c || !c.parent) throw new Error(`fake: no control ${tag}`);
      const tmp = cloneState({ body: { kind: 'body', children: [c] }, lists: [], parts: [], selection: null });
      const copy = tmp.body.children[0] as CNode;
      copy.id = world.ccId++;
      insertSibling(c, copy, 'After');
    },
    setChangeTracking: (mode) => {
      world.changeTracking = mode;
    },
    changeTracking: () => world.changeTracking,
    deleteControl: (tag) => {
      const c = [...walkControls(world.state.body.children)].find((x) => x.tag === tag);
      if (!c || !c.parent) throw new Error(`fake: no control ${tag}`);
      const sib = childrenOf(c.parent);
      sib.splice(sib.indexOf(c), 1);
      c.parent = null;
    },
  };
}
