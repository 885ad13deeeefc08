/**
 * The case stored inside a .docx as a custom XML part (customXml/itemN.xml).
 *
 * The part's root element is in CASE_XML_NAMESPACE, so Office.js finds it with
 * `context.document.customXmlParts.getByNamespace(CASE_XML_NAMESPACE)` (WordApi 1.4) and the
 * .docx reader finds it by the same namespace. The case JSON is the root element's text,
 * XML-escaped (a CDATA section is accepted too when reading).
 */
import { decodeXmlEntities, escapeXml } from './text';

export const CASE_XML_NAMESPACE = 'urn:stockholm:tu:arende:1';
export const CASE_XML_ROOT = 'arende';

/**
 * The XML of the custom part that stores a case. JSON.stringify already writes C0 controls and
 * lone surrogates as \uXXXX escapes; U+FFFE and U+FFFF (not allowed in XML) are escaped the same
 * way, so every character of the case survives.
 */
export function caseToXml(c: unknown): string {
  const json = (JSON.stringify(c) ?? 'null').replace(/[\uFFFE\uFFFF]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16)}`);
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<${CASE_XML_ROOT} xmlns="${CASE_XML_NAMESPACE}" version="1">${escapeXml(json)}</${CASE_XML_ROOT}>`
  );
}

/** True when an XML text's root element is in CASE_XML_NAMESPACE. */
export function isCaseXml(xml: string): boolean {
  const root = /<(?:([A-Za-z_][\w.-]*):)?arende\b([^>]*)>/.exec(xml);
  if (!root) return false;
  const prefix = root[1];
  const attr = prefix ? `xmlns:${prefix}` : 'xmlns';
  const ns = new RegExp(`${attr.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*=\\s*["']([^"']*)["']`).exec(root[2]);
  return ns !== null && ns[1] === CASE_XML_NAMESPACE;
}

/**
 * The JSON value stored in a case part, or undefined when the XML is not a case part or its
 * content is not valid JSON. Never throws.
 */
export function caseFromXml(xml: string): unknown | undefined {
  if (!isCaseXml(xml)) return undefined;
  const m = /<(?:[A-Za-z_][\w.-]*:)?arende\b[^>]*>([\s\S]*)<\/(?:[A-Za-z_][\w.-]*:)?arende\s*>/.exec(xml);
  if (!m) return undefined;
  let body = m[1];
  const cdata = /^\s*<!\[CDATA\[([\s\S]*)\]\]>\s*$/.exec(body);
  body = cdata ? cdata[1] : decodeXmlEntities(body);
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return undefined;
  }
}
