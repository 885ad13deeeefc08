/** Small helpers over the XML tree of xml.ts, shared by the .docx reader's parts. */
import { decodeXmlEntities } from './text';
import type { XNode } from './xml';

// ---------------------------------------------------------------------------------------------
// XML

export const MAX_DEPTH = 400;

export function nameOf(n: XNode): string {
  for (const k in n) if (k !== ':@') return k;
  return '';
}

export function kids(n: XNode): XNode[] {
  const v = n[nameOf(n)];
  return Array.isArray(v) ? (v as XNode[]) : [];
}

export function attr(n: XNode | undefined, key: string): string | undefined {
  if (!n) return undefined;
  const a = n[':@'] as Record<string, unknown> | undefined;
  const v = a?.[key];
  return typeof v === 'string' ? decodeXmlEntities(v) : undefined;
}

export function child(n: XNode | undefined, name: string): XNode | undefined {
  if (!n) return undefined;
  for (const c of kids(n)) if (nameOf(c) === name) return c;
  return undefined;
}

export function textContent(n: XNode): string {
  let s = '';
  for (const c of kids(n)) {
    if ('#text' in c) s += decodeXmlEntities(String(c['#text']));
    else if ('#cdata' in c) s += cdataText(c);
  }
  return s;
}

export function cdataText(n: XNode): string {
  const v = n['#cdata'];
  const str = (x: unknown) => (typeof x === 'string' || typeof x === 'number' ? String(x) : '');
  if (Array.isArray(v)) return v.map((x: XNode) => str(x['#text'])).join('');
  return str(v);
}

/** The content of mc:AlternateContent Word would use: the first Choice, else the Fallback. */
export function alternate(n: XNode): XNode[] {
  const choice = child(n, 'Choice');
  if (choice) return kids(choice);
  const fallback = child(n, 'Fallback');
  return fallback ? kids(fallback) : [];
}
