import { readFileSync } from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { FINGERPRINT_PATTERN, fingerprint, normalizeForFingerprint } from '../../src/model/fingerprint';
import {
  CASE_XML_NAMESPACE,
  decodeStoredSettings,
  decodeStoredXml,
  encodeStoredSettings,
  encodeStoredXml,
  newer,
  storedStateOf,
  type StoredDecode,
  type StoredState,
} from '../../src/model/stored-case';

const seed = JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'examples', 'seed-002.json'), 'utf8')) as Record<string, unknown>;
const fpA = fingerprint('Förvaltningen föreslår att nämnden beslutar');
const fpB = fingerprint('Bakgrund');

function state(over: Partial<StoredState> = {}): StoredState {
  return { format: 'tu-arende', version: 1, seq: 3, case: seed, fingerprints: { forslag: fpA, bakgrund: fpB }, ...over };
}

function invalidCause(d: StoredDecode): string {
  if (d.kind !== 'invalid') throw new Error(`expected invalid, got ${d.kind}`);
  return d.cause;
}

const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

describe('fingerprint', () => {
  test('has the documented form and ignores whitespace, control characters and Unicode normalization', () => {
    const fp = fingerprint('Hej  på\tdig\r\n');
    expect(fp).toMatch(FINGERPRINT_PATTERN);
    expect(fingerprint('Hejpådig')).toBe(fp);
    expect(fingerprint('He\u0301j')).toBe(fingerprint('H\u00e9j'));
    expect(fingerprint('Hej på dag')).not.toBe(fp);
    expect(normalizeForFingerprint(' a\u00a0b\u200bc ')).toBe('abc');
  });
});

describe('the custom XML part', () => {
  test('round-trips a state, and an independent XML parser reads the case JSON as the root element’s text', () => {
    const xml = encodeStoredXml(state());
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(xml) as {
      arende: { '#text': string; '@xmlns': string; '@seq': string };
    };
    expect(parsed.arende['@xmlns']).toBe(CASE_XML_NAMESPACE);
    expect(parsed.arende['@seq']).toBe('3');
    expect(JSON.parse(parsed.arende['#text'])).toEqual(seed);
    expect(decodeStoredXml(xml)).toEqual({ kind: 'ok', state: state() });
  });

  test('any text in the case survives, and the part stays well-formed ASCII', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const s = state({ case: { ...seed, titel: text } });
        const xml = encodeStoredXml(s);
        expect(/^[\t\n -~]*$/.test(xml)).toBe(true);
        expect(XMLValidator.validate(xml)).toBe(true);
        expect(storedStateOf(decodeStoredXml(xml))).toEqual(s);
      }),
      { numRuns: 200 },
    );
  });

  test('reads a part as the first .docx writer wrote it: the bare case, no seq, no fingerprints', () => {
    const json = JSON.stringify(seed).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    const xml = `${XML_DECL}<arende xmlns="${CASE_XML_NAMESPACE}" version="1">${json}</arende>`;
    expect(decodeStoredXml(xml)).toEqual({ kind: 'ok', state: state({ seq: 0, fingerprints: {} }) });
  });

  test('reads the whole state written as the part’s text, a prefixed root, and a CDATA section', () => {
    const whole = `<arende xmlns="${CASE_XML_NAMESPACE}">${JSON.stringify(state()).replace(/&/g, '&amp;').replace(/</g, '&lt;')}</arende>`;
    expect(storedStateOf(decodeStoredXml(whole))).toEqual(state());
    const prefixed = `<t:arende xmlns:t="${CASE_XML_NAMESPACE}" seq="7"><![CDATA[${JSON.stringify(seed)}]]></t:arende>`;
    expect(storedStateOf(decodeStoredXml(prefixed))).toEqual(state({ seq: 7, fingerprints: {} }));
  });

  test('fingerprints of sections this version does not know are dropped, not refused', () => {
    const xml = `<arende xmlns="${CASE_XML_NAMESPACE}" seq="2" fingerprints="forslag=${fpA};bilaga9=${fpB}">{}</arende>`;
    expect(storedStateOf(decodeStoredXml(xml))?.fingerprints).toEqual({ forslag: fpA });
  });

  test.each([
    ['an empty part', ''],
    ['plain text', 'hej'],
    ['another add-in’s part', `${XML_DECL}<arende xmlns="urn:annat:1">{}</arende>`],
    ['no namespace', '<arende>{}</arende>'],
    ['a prefix bound to another namespace', `<t:arende xmlns:t="urn:annat" xmlns="${CASE_XML_NAMESPACE}">{}</t:arende>`],
  ])('not found: %s', (_name, xml) => {
    expect(decodeStoredXml(xml)).toEqual({ kind: 'not-found' });
  });

  const ns = `xmlns="${CASE_XML_NAMESPACE}"`;
  test.each([
    ['no end tag', `<arende ${ns}>{}`, 'xml'],
    ['something after the end tag', `<arende ${ns}>{}</arende><x/>`, 'xml'],
    ['child elements', `<arende ${ns}><titel>x</titel></arende>`, 'xml'],
    ['a bare ampersand', `<arende ${ns}>{"titel":"A & B"}</arende>`, 'xml'],
    ['an impossible character reference', `<arende ${ns}>{"titel":"&#xD800;"}</arende>`, 'xml'],
    ['a DOCTYPE', `<!DOCTYPE arende [<!ENTITY x "y">]><arende ${ns}>{}</arende>`, 'xml'],
    ['another root element in our namespace', `<case ${ns}>{}</case>`, 'xml'],
    ['an empty element', `<arende ${ns}/>`, 'json'],
    ['no text', `<arende ${ns}>  </arende>`, 'json'],
    ['broken JSON', `<arende ${ns}>{"titel": }</arende>`, 'json'],
    ['a list instead of a case', `<arende ${ns}>[1,2]</arende>`, 'schema'],
    ['a seq that is not a number', `<arende ${ns} seq="tre">{}</arende>`, 'schema'],
    ['fingerprints without =', `<arende ${ns} fingerprints="forslag">{}</arende>`, 'schema'],
    ['a fingerprint of the wrong form', `<arende ${ns} fingerprints="forslag=abc">{}</arende>`, 'schema'],
    ['a whole state of another version', `<arende ${ns}>{"format":"tu-arende","version":2,"case":{}}</arende>`, 'schema'],
    ['a whole state with a negative seq', `<arende ${ns}>{"format":"tu-arende","version":1,"seq":-1,"case":{}}</arende>`, 'schema'],
  ])('invalid (%s), with a Swedish reason', (_name, xml, cause) => {
    const d = decodeStoredXml(xml);
    expect(invalidCause(d)).toBe(cause);
    if (d.kind !== 'invalid') return;
    expect(d.reason).toMatch(/^Ärendet som är sparat i dokumentet går inte att läsa: .+\.$/);
    expect(d.reason).not.toMatch(/Invalid|expected|undefined/);
  });
});

describe('the settings value (WordApi 1.3)', () => {
  test('round-trips a state as a JSON string', () => {
    const text = encodeStoredSettings(state());
    expect(typeof text).toBe('string');
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(state())));
    expect(decodeStoredSettings(text)).toEqual({ kind: 'ok', state: state() });
  });

  test.each([undefined, null, ''])('%p: not found', (v) => {
    expect(decodeStoredSettings(v)).toEqual({ kind: 'not-found' });
  });

  test('an object (not a string) and a bare case are read; seq and fingerprints default', () => {
    expect(storedStateOf(decodeStoredSettings(state()))).toEqual(state());
    expect(storedStateOf(decodeStoredSettings(JSON.stringify(seed)))).toEqual(state({ seq: 0, fingerprints: {} }));
    expect(storedStateOf(decodeStoredSettings({ format: 'tu-arende', version: 1, case: seed }))).toEqual(
      state({ seq: 0, fingerprints: {} }),
    );
  });

  test.each([
    ['broken JSON', '{"format":', 'json'],
    ['a number', '42', 'schema'],
    ['a state without a case', JSON.stringify({ format: 'tu-arende', version: 1, seq: 1 }), 'schema'],
    ['a fractional seq', JSON.stringify({ format: 'tu-arende', version: 1, seq: 1.5, case: {} }), 'schema'],
    ['fingerprints as a list', JSON.stringify({ format: 'tu-arende', version: 1, seq: 1, case: {}, fingerprints: [] }), 'schema'],
    ['another format', JSON.stringify({ format: 'annat', case: {} }), 'schema'],
  ])('invalid: %s', (_name, value, cause) => {
    const d = decodeStoredSettings(value);
    expect(invalidCause(d)).toBe(cause);
    if (d.kind === 'invalid') expect(d.reason).not.toMatch(/Invalid|expected/);
  });
});

test('newer: the higher seq wins; the first when equal; either when the other is missing', () => {
  const a = state({ seq: 2 });
  const b = state({ seq: 5 });
  expect(newer(a, b)).toBe(b);
  expect(newer(b, a)).toBe(b);
  const c = state({ seq: 2 });
  expect(newer(a, c)).toBe(a);
  expect(newer(undefined, a)).toBe(a);
  expect(newer(a, undefined)).toBe(a);
  expect(newer(undefined, undefined)).toBeUndefined();
});
