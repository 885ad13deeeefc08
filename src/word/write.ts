/**
 * Writing blocks into Word (the emitter). Queues only: never syncs (the adapter syncs between
 * chunks, see chunks.ts).
 *
 * A section is written FROM ITS CONTENT CONTROL: every new paragraph is
 * contentControl.insertParagraph(text, "End"); a table goes before an empty paragraph appended the
 * same way; list items are List.insertParagraph(text, "End"). Never "After" a paragraph inside the
 * control: Word may put that paragraph after the control's end, outside it (office-js #3176), and
 * the strict fake does exactly that.
 *
 * Word's new paragraphs behave like pressing Enter: they take the previous paragraph's formatting,
 * list membership included. So every paragraph gets its style set explicitly, italic is set
 * whenever it may differ from the previous paragraph's, and detachFromList() is called on a
 * paragraph that follows a list and on the empty paragraph clear() leaves.
 *
 * Headings are set by styleBuiltIn (Heading1…, never a localized name) and read back in the same
 * request: Word has been seen to format such a paragraph without making it a real heading
 * (Office-Add-in-samples #223); those are set again by their localized style name ("Rubrik 1" in
 * Swedish Word) in one more sync, only when it happened.
 *
 * insertAtCursor writes outside every control: there the blocks are a chain, each inserted after
 * the previous one.
 *
 * Placeholders (ParagraphBlock.placeholders, "[Skriv … här]"): the paragraph is written whole, then
 * each marker is found in it (Paragraph.search, matchCase), highlighted, and wrapped in an inline
 * content control tagged "tu:platshallare:<id>" whose placeholderText is the marker — as the .docx
 * writer does. The marker stays the control's text, so the section's text (and its fingerprint)
 * is the draft's, and a marker left in the document is what the checker's placeholder-left rule
 * reports; when the user empties the control, Word shows the prompt again as placeholder text.
 * A marker Word's search cannot take (over 255 characters) is left as plain highlighted-less text.
 */
import type { Block, DraftSection, PlaceholderRange } from '../draft/types';
import { jsonBytes } from './chunks';

export type StyleName = 'Normal' | 'ListParagraph' | `Heading${1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9}`;

/** Line breaks inside one paragraph's text become Word's manual line break (Shift+Enter). */
export function wordText(s: string): string {
  return s.replace(/\r\n|\r|\n/g, '\u000b');
}

/**
 * Request bytes of each step besides its text, as Microsoft's library serializes them (measured
 * with test/officejs: a new paragraph with its style, the library's auto-tracking and object paths
 * ≈ 450 bytes, a heading with its read-back ≈ 550, a further list item ≈ 350, the first item of a
 * list run ≈ 1 100, a table ≈ 570 + its cells). Rounded up by about 25 % (object path ids grow to six digits in a long write), so that the estimate
 * stays above what the library sends.
 */
export const PARAGRAPH_BYTES = 600;
export const HEADING_BYTES = 700;
export const LIST_ITEM_BYTES = 500;
export const LIST_START_BYTES = 1400;
export const TABLE_BYTES = 800;
export const CELL_BYTES = 4;
/** Setting italic, and setting it back on the next paragraph (Word's new paragraphs inherit it). */
export const ITALIC_BYTES = 2 * 220;
export const SECTION_BYTES = 2500;
/**
 * A paragraph longer than this many characters is written in pieces (the first with the
 * paragraph, the rest appended with insertText(…, "End")), one step each, so that no request
 * grows past REQUEST_BUDGET with one very long text (at most 6 bytes a character once escaped).
 */
export const PIECE_CHARS = 100_000;
export const APPEND_BYTES = 400;

/** Splits a text into pieces of at most PIECE_CHARS, never inside a surrogate pair or a CR LF. */
export function pieces(text: string): string[] {
  const out: string[] = [];
  let at = 0;
  while (text.length - at > PIECE_CHARS) {
    let end = at + PIECE_CHARS;
    const c = text.charCodeAt(end - 1);
    if ((c >= 0xd800 && c <= 0xdbff) || (c === 0x0d && text.charCodeAt(end) === 0x0a)) end--;
    out.push(text.slice(at, end));
    at = end;
  }
  out.push(text.slice(at));
  return out;
}

/** One placeholder: the search, the highlight and the inline control with its three properties. */
export const PLACEHOLDER_BYTES = 1600;

/** The tag of a placeholder's inline content control (the .docx writer uses the same). */
export function placeholderTag(id: string): string {
  return `tu:platshallare:${id}`;
}

type Anchor = { kind: 'para'; p: Word.Paragraph } | { kind: 'table'; t: Word.Table } | { kind: 'list'; l: Word.List };

/** A heading written, for the read-back of its style. */
export interface WrittenHeading {
  p: Word.Paragraph;
  style: StyleName;
  level: number;
}

/**
 * Queues blocks. In a control (`cc` given) everything is appended at the control's end; without
 * one (insertAtCursor) each block goes after the previous. `pending` is an empty paragraph of ours
 * that the first paragraph fills.
 */
export class Writer {
  private last: Anchor | null = null;
  /** Italic of the last paragraph written; null when unknown (then it is always set). */
  private lastItalic: boolean | null = null;
  private list: Word.List | null = null;
  private number = 1;
  readonly headings: WrittenHeading[] = [];

  constructor(
    private readonly cc: Word.ContentControl | null,
    private pending: Word.Paragraph | null,
  ) {}

  private nextParagraph(text: string): Word.Paragraph {
    if (this.pending) {
      const p = this.pending;
      this.pending = null;
      p.insertText(text, 'Replace');
      return p;
    }
    const a = this.last;
    if (this.cc) {
      const p = this.cc.insertParagraph(text, 'End');
      if (a?.kind === 'list') p.detachFromList();
      return p;
    }
    if (!a) throw new Error('Writer: no anchor');
    if (a.kind === 'para') return a.p.insertParagraph(text, 'After');
    if (a.kind === 'table') return a.t.insertParagraph(text, 'After');
    return a.l.insertParagraph(text, 'After');
  }

  paragraph(text: string, style: StyleName, italic = false, placeholders: readonly PlaceholderRange[] = []): Word.Paragraph {
    const unknown = this.pending !== null || this.lastItalic === null;
    const p = this.nextParagraph(wordText(text));
    this.placeholders(p, text, placeholders);
    this.finishParagraph(p, style, italic, unknown);
    return p;
  }

  /** Appends a piece of a long paragraph's text to the paragraph written last. */
  appendText(piece: string): void {
    if (this.last?.kind !== 'para') throw new Error('Writer: no paragraph to append to');
    this.last.p.insertText(wordText(piece), 'End');
  }

  /** After the last piece of a long paragraph: its placeholders (found in the whole text). */
  placeholdersOfLast(text: string, ranges: readonly PlaceholderRange[]): void {
    if (this.last?.kind !== 'para') throw new Error('Writer: no paragraph for the placeholders');
    this.placeholders(this.last.p, text, ranges);
  }

  private finishParagraph(p: Word.Paragraph, style: StyleName, italic: boolean, unknown: boolean): void {
    p.styleBuiltIn = style;
    if (unknown || italic !== this.lastItalic) p.font.italic = italic;
    this.lastItalic = italic;
    this.last = { kind: 'para', p };
    this.list = null;
    if (style.startsWith('Heading')) {
      p.load('styleBuiltIn');
      this.headings.push({ p, style, level: Number(style.slice(7)) });
    }
  }

  private placeholders(p: Word.Paragraph, text: string, ranges: readonly PlaceholderRange[]): void {
    const done = new Set<string>();
    for (const r of ranges) {
      const marker = wordText(text.slice(r.start, r.end));
      if (marker.trim() === '' || marker.length > 255 || done.has(marker)) continue;
      done.add(marker); // the same marker twice in a paragraph: Word's search finds the first only
      const range = p.search(marker.replace(/\^/g, '^^'), { matchCase: true }).getFirst();
      range.font.highlightColor = 'Yellow';
      const cc = range.insertContentControl();
      cc.tag = placeholderTag(r.id);
      cc.title = 'Platshållare';
      cc.placeholderText = marker;
    }
  }

  table(header: string[], rows: string[][]): void {
    const values = [header, ...rows].map((r) => r.map(wordText));
    const n = values.length;
    const m = header.length;
    let t: Word.Table;
    if (!this.pending && this.cc) {
      // An empty paragraph at the control's end; the table goes before it and it stays after the
      // table (Word needs a paragraph there anyway); the next paragraph fills it.
      const p = this.cc.insertParagraph('', 'End');
      if (this.last?.kind === 'list') p.detachFromList();
      this.pending = p;
    }
    if (this.pending) {
      this.pending.styleBuiltIn = 'Normal';
      t = this.pending.insertTable(n, m, 'Before', values);
    } else {
      const a = this.last;
      if (!a) throw new Error('Writer: no anchor');
      if (a.kind === 'para') t = a.p.insertTable(n, m, 'After', values);
      else if (a.kind === 'table') t = a.t.insertTable(n, m, 'After', values);
      else {
        const p = a.l.insertParagraph('', 'After');
        p.styleBuiltIn = 'Normal';
        t = p.insertTable(n, m, 'Before', values);
        this.pending = p;
      }
    }
    t.headerRowCount = 1;
    this.last = { kind: 'table', t };
    this.list = null;
    this.lastItalic = null;
  }

  /** Starts a list run (the next item starts a new Word list numbered from `number`). */
  startList(): void {
    this.list = null;
    this.number = 1;
  }

  /**
   * One list item and its body paragraphs. Items with body paragraphs end a run of the list; the
   * body paragraphs are Normal paragraphs after it, and the next item starts a new Word list whose
   * numbering starts where the previous run stopped (setLevelStartingNumber), so "1. … body … 2."
   * reads as one list without needing a list id (which would cost a sync).
   */
  listItem(ordered: boolean, item: { text: string; italic?: boolean }): void {
    const italic = item.italic ?? false;
    if (!this.list) {
      const p = this.paragraph(item.text, 'ListParagraph', italic);
      const list = p.startNewList();
      if (ordered) list.setLevelNumbering(0, 'Arabic', [0, '.']);
      else list.setLevelBullet(0, 'Solid');
      if (this.number > 1) list.setLevelStartingNumber(0, this.number);
      this.list = list;
    } else {
      const p = this.list.insertParagraph(wordText(item.text), 'End');
      if (italic !== this.lastItalic) p.font.italic = italic;
      this.lastItalic = italic;
    }
    this.last = { kind: 'list', l: this.list };
    this.number++;
    // Body paragraphs (their own steps, paragraph()) end this run of the list.
  }

  /** Called at the end of a section: a section with no content still owns its (empty) paragraph. */
  finish(): void {
    if (this.pending && this.last === null) this.paragraph('', 'Normal');
  }
}

/** One step of writing: queued by `run`, weighing about `bytes` in the request. */
export interface Step {
  bytes: number;
  run: (w: Writer) => void;
}

/**
 * The steps of one paragraph: one, or for a very long text one per piece (see PIECE_CHARS), the
 * placeholders last.
 */
function paragraphSteps(text: string, style: StyleName, italic: boolean, placeholders: readonly PlaceholderRange[], extra: number): Step[] {
  const base = (style.startsWith('Heading') ? HEADING_BYTES : PARAGRAPH_BYTES) + (italic ? ITALIC_BYTES : 0) + extra;
  const marks = placeholders.reduce((n, r) => n + PLACEHOLDER_BYTES + 3 * jsonBytes(text.slice(r.start, r.end)), 0);
  const parts = pieces(text);
  if (parts.length === 1)
    return [{ bytes: base + jsonBytes(text) + marks, run: (w) => void w.paragraph(text, style, italic, placeholders) }];
  return [
    { bytes: base + jsonBytes(parts[0]), run: (w) => void w.paragraph(parts[0], style, italic) },
    ...parts.slice(1).map((piece) => ({ bytes: APPEND_BYTES + jsonBytes(piece), run: (w: Writer) => w.appendText(piece) })),
    ...(placeholders.length ? [{ bytes: marks, run: (w: Writer) => w.placeholdersOfLast(text, placeholders) }] : []),
  ];
}

/** The steps of a block: one per paragraph (or piece of a long one), table or list item. */
export function blockSteps(b: Block): Step[] {
  switch (b.type) {
    case 'heading':
      return paragraphSteps(b.text, `Heading${b.level}`, false, [], 0);
    case 'paragraph':
      return paragraphSteps(b.text, 'Normal', b.italic ?? false, b.placeholders ?? [], 0);
    case 'list':
      return b.items.flatMap((item, i) => [
        {
          // The first item, and every item after one with body paragraphs, starts a new Word list.
          bytes:
            (i === 0 || (b.items[i - 1].body?.length ?? 0) > 0 ? LIST_START_BYTES : LIST_ITEM_BYTES) +
            jsonBytes(item.text) +
            (item.italic ? ITALIC_BYTES : 0),
          run: (w: Writer) => {
            if (i === 0) w.startList();
            w.listItem(b.ordered, item);
          },
        },
        ...(item.body ?? []).flatMap((t) => paragraphSteps(t, 'Normal', false, [], 0)),
      ]);
    case 'table':
      return [
        {
          bytes: TABLE_BYTES + [b.header, ...b.rows].reduce((s, r) => s + r.reduce((t, c) => t + jsonBytes(c) + CELL_BYTES, 0), 0),
          run: (w) => w.table(b.header, b.rows),
        },
      ];
    case 'signatures':
      return b.people.flatMap((person) =>
        [person.namn, person.titel, ...(person.forvaltning ? [person.forvaltning] : [])].flatMap((t) =>
          paragraphSteps(t, 'Normal', false, [], 0),
        ),
      );
  }
}

/** The steps of a section's content: its heading, then its blocks. */
export function sectionSteps(s: DraftSection): Step[] {
  const steps: Step[] = [];
  if (s.heading !== null) steps.push(...paragraphSteps(s.heading, `Heading${s.headingLevel}`, false, [], 0));
  for (const b of s.blocks) steps.push(...blockSteps(b));
  return steps;
}

/** The localized display name of a built-in heading style, for Word's language. */
export function localizedHeadingName(level: number, language: string): string {
  const lang = language.toLowerCase();
  if (lang.startsWith('sv')) return `Rubrik ${level}`;
  if (lang.startsWith('da') || lang.startsWith('nb') || lang.startsWith('no')) return `Overskrift ${level}`;
  if (lang.startsWith('de')) return `Überschrift ${level}`;
  if (lang.startsWith('fi')) return `Otsikko ${level}`;
  return `Heading ${level}`;
}
