/** Small helpers over the XML tree of xml.ts, shared by the .docx reader's parts. */
import { decodeXmlEntities } from './text';
import type { XNode } from './xml';

// ---------------------------------------------------------------------------------------------
// XML

export const MAX_DEPTH = 400;

export function nameOf(n: XNode): string {
  return n.name;
}

export function kids(n: XNode): readonly XNode[] {
  return n.kids;
}

/** An attribute's value with its entities decoded; undefined when the node or the attribute is not there. */
export function attr(n: XNode | undefined, key: string): string | undefined {
  const v = n?.attr(key);
  return v === undefined ? undefined : decodeXmlEntities(v);
}

export function child(n: XNode | undefined, name: string): XNode | undefined {
  if (!n) return undefined;
  for (const c of n.kids) if (c.name === name) return c;
  return undefined;
}

export function textContent(n: XNode): string {
  let s = '';
  for (const c of n.kids) {
    if (c.name === '#text') s += decodeXmlEntities(c.text);
    else if (c.name === '#cdata') s += c.text;
  }
  return s;
}

/** The content of mc:AlternateContent Word would use: the first Choice, else the Fallback. */
export function alternate(n: XNode): readonly XNode[] {
  const choice = child(n, 'Choice');
  if (choice) return choice.kids;
  const fallback = child(n, 'Fallback');
  return fallback ? fallback.kids : [];
}
