/** Property tests: the Swedish helpers and the checker never throw on arbitrary input and end quickly (bounded sizes). */
import fc from 'fast-check';
import { lix } from '../../src/swedish/lix';
import { findPersonnummer, validateId } from '../../src/swedish/personnummer';
import { parseAmount, parseNumberWord } from '../../src/swedish/numbers';
import { checkDocument } from '../../src/check/index';
import { doc, BASE_TU } from '../helpers/rule-tester';

const swedishish = fc.string({ unit: fc.constantFrom(...'abcåäöÅÄÖ 0123456789-+.,:;()[]!?\n\t\u00a0XÅ'.split('')), maxLength: 400 });
const anyText = fc.oneof(fc.string({ maxLength: 400 }), fc.string({ unit: 'binary', maxLength: 400 }), swedishish);

describe('never throws on arbitrary strings', () => {
  it('lix', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const r = lix(s);
        expect(Number.isFinite(r.lix)).toBe(true);
        expect(r.lix).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 500 },
    );
  });
  it('personnummer finder: every hit validates and lies inside the text', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, fc.stringMatching(/^[0-9 +-]{0,60}$/)), (s) => {
        for (const m of findPersonnummer(s)) {
          expect(s.slice(m.start, m.end)).toBe(m.text);
          expect(validateId(m.text)).toBeDefined();
        }
      }),
      { numRuns: 1000 },
    );
  });
  it('parseNumberWord and parseAmount', () => {
    // Words that are Object.prototype members ("__proto__", "constructor") are mixed in on purpose:
    // a lookup table must not answer for them.
    const proto = fc.constantFrom(...Object.getOwnPropertyNames(Object.prototype));
    fc.assert(
      fc.property(fc.oneof(anyText, proto), (s) => {
        const n = parseNumberWord(s);
        expect(n === undefined || Number.isInteger(n)).toBe(true);
        const a = parseAmount(s);
        expect(a === undefined || typeof a === 'number').toBe(true);
      }),
      { numRuns: 1000 },
    );
    for (const k of Object.getOwnPropertyNames(Object.prototype)) expect(parseNumberWord(k)).toBeUndefined();
  });
  it('the whole checker on random paragraphs mixed into a TU', () => {
    const lines = BASE_TU.split('\n');
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(lines.length), anyText), { maxLength: 8 }), (edits) => {
        const ls = [...lines];
        for (const [i, t] of edits) ls.splice(i, 0, t.replace(/\n/g, ' '));
        const findings = checkDocument(doc(ls.join('\n')));
        for (const f of findings) expect(f.message).not.toMatch(/kunde inte granska/);
      }),
      { numRuns: 150 },
    );
  });
});
