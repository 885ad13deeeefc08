/** Paragraph styles of a .docx: which style is a heading (by name in several languages, or outline level). */
import { attr, child, kids, nameOf } from './nodes';
import type { XNode } from './xml';
// ---------------------------------------------------------------------------------------------
// Styles

/** "heading 1" in the languages Word is used in around here, and the common ones beyond. */
const HEADING_NAME =
  /^(?:heading|rubrik|överskrift|overskrift|overskrift|überschrift|uberschrift|titre|titolo|título|titulo|kop|otsikko|nagłówek|naglowek|nadpis|címsor|заголовок|başlık|baslik|antraštė|virsraksts|pealkiri|fyrirsögn)\s*([1-9])$/i;

/** The heading level a style name or id stands for ("Rubrik 1", "Heading1", "heading 2"), else null. */
export function headingLevelFromStyleName(name: string): number | null {
  const m = HEADING_NAME.exec(name.trim());
  return m ? Number(m[1]) : null;
}

export interface StyleInfo {
  name?: string;
  basedOn?: string;
  outline?: number;
  /** numId given by the style: undefined = none, '0' = explicitly none. */
  numId?: string;
}

export interface Styles {
  byId: Map<string, StyleInfo>;
  defaultParagraph?: string;
}

export function parseStyles(root: XNode[] | undefined): Styles {
  const byId = new Map<string, StyleInfo>();
  let defaultParagraph: string | undefined;
  const stylesEl = root?.find((n) => nameOf(n) === 'styles');
  for (const s of stylesEl ? kids(stylesEl) : []) {
    if (nameOf(s) !== 'style') continue;
    const type = attr(s, 'type') ?? 'paragraph';
    if (type !== 'paragraph') continue;
    const id = attr(s, 'styleId');
    if (id === undefined) continue;
    const pPr = child(s, 'pPr');
    const outline = attr(child(pPr, 'outlineLvl'), 'val');
    const numPr = child(pPr, 'numPr');
    const info: StyleInfo = {
      name: attr(child(s, 'name'), 'val'),
      basedOn: attr(child(s, 'basedOn'), 'val'),
      outline: outline !== undefined && /^\d+$/.test(outline) ? Number(outline) : undefined,
      numId: numPr ? (attr(child(numPr, 'numId'), 'val') ?? undefined) : undefined,
    };
    byId.set(id, info);
    const def = attr(s, 'default');
    if (def === '1' || def === 'true' || def === 'on') defaultParagraph = id;
  }
  return { byId, defaultParagraph };
}

export class StyleResolver {
  private readonly levelCache = new Map<string, number | null>();
  private readonly listCache = new Map<string, boolean>();
  constructor(private readonly styles: Styles) {}

  get defaultId(): string | undefined {
    return this.styles.defaultParagraph;
  }

  name(id: string): string {
    return this.styles.byId.get(id)?.name ?? id;
  }

  level(id: string): number | null {
    const hit = this.levelCache.get(id);
    if (hit !== undefined) return hit;
    let level: number | null = null;
    let cur: string | undefined = id;
    const seen = new Set<string>();
    while (cur !== undefined && !seen.has(cur) && seen.size < 20) {
      seen.add(cur);
      const s = this.styles.byId.get(cur);
      const byName = headingLevelFromStyleName(s?.name ?? cur);
      if (byName !== null) {
        level = byName;
        break;
      }
      if (s?.outline !== undefined) {
        level = s.outline <= 8 ? s.outline + 1 : null;
        break;
      }
      cur = s?.basedOn;
    }
    this.levelCache.set(id, level);
    return level;
  }

  isList(id: string): boolean {
    let hit = this.listCache.get(id);
    if (hit === undefined) {
      hit = this.findList(id);
      this.listCache.set(id, hit);
    }
    return hit;
  }

  private findList(id: string): boolean {
    let cur: string | undefined = id;
    const seen = new Set<string>();
    while (cur !== undefined && !seen.has(cur) && seen.size < 20) {
      seen.add(cur);
      const s = this.styles.byId.get(cur);
      if (s?.numId !== undefined) return s.numId !== '0';
      cur = s?.basedOn;
    }
    return false;
  }
}
