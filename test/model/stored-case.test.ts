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
  storedStateSchema,
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

describe('a state read without the schema is what the schema reads', () => {
  // Every combination of right and wrong values for each field: the decoded state (or the message)
  // must be the schema's own, fields in its order (decodeStoredSettings reads most states without it).
  const options: Record<string, unknown[]> = {
    format: ['tu-arende', 'tu-arende2', undefined],
    version: [1, 2, '1'],
    seq: [undefined, 0, 7, -1, 1.5, 2 ** 53, '3', null],
    case: [seed, [], null, 'x', undefined, {}],
    fingerprints: [
      undefined,
      {},
      { forslag: fpA, bakgrund: fpB },
      { forslag: fpA, okand: fpB },
      { forslag: 'fel' },
      [],
      null,
      { okand: 3 },
    ],
    extra: [undefined, 1],
  };
  const keys = Object.keys(options);
  const combos: Record<string, unknown>[] = [{}];
  for (const k of keys) {
    const next: Record<string, unknown>[] = [];
    for (const c of combos) for (const v of options[k]) next.push(v === undefined ? c : { ...c, [k]: v });
    combos.splice(0, combos.length, ...next);
  }

  test.each([0, 1, 2, 3])('combinations, part %i', (part) => {
    let ok = 0;
    for (const value of combos.filter((_, i) => i % 4 === part)) {
      const d = decodeStoredSettings(JSON.stringify(value));
      const r = storedStateSchema().safeParse(JSON.parse(JSON.stringify(value)));
      if (r.success) {
        ok++;
        expect(d.kind).toBe('ok');
        expect(JSON.stringify(d.kind === 'ok' && d.state)).toBe(JSON.stringify(r.data));
      } else if (isRecordLike(value) && value.format !== undefined) {
        expect(d).toEqual({ kind: 'invalid', cause: 'schema', reason: expect.stringContaining(r.error.issues[0].message) as string });
      }
    }
    expect(ok).toBeGreaterThan(10);
  });
});

function isRecordLike(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
