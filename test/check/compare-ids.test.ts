/**
 * sortFindings orders findings of one place by rule id with compareIds, which answers as
 * localeCompare does without starting the collator for plain ids (a–z, 0–9, hyphens): checked
 * against localeCompare itself on random ids, plain and not, and on the real rule ids.
 */
import fc from 'fast-check';
import { RULES, sortFindings } from '../../src/check/index';
import { compareIds } from '../../src/check/text';
import type { Finding } from '../../src/check/types';

const sign = (n: number) => Math.sign(n);
const plainId = fc.array(fc.constantFrom('a', 'b', 'm', 'z', '0', '9', '-'), { maxLength: 8 }).map((xs) => xs.join(''));
const anyId = fc
  .array(fc.constantFrom('a', 'z', '-', '0', 'A', 'Z', 'å', 'ä', 'ö', 'é', '_', ' ', '.', 'v', 'w'), { maxLength: 8 })
  .map((xs) => xs.join(''));

describe('compareIds', () => {
  it('orders plain ids as localeCompare does', () => {
    fc.assert(
      fc.property(plainId, plainId, (a, b) => {
        expect(sign(compareIds(a, b))).toBe(sign(a.localeCompare(b)));
      }),
      { numRuns: 20000 },
    );
  });

  it('orders any other ids as localeCompare does', () => {
    fc.assert(
      fc.property(anyId, anyId, (a, b) => {
        expect(sign(compareIds(a, b))).toBe(sign(a.localeCompare(b)));
      }),
      { numRuns: 5000 },
    );
  });

  it('sorts the real rule ids as localeCompare does, and they are all plain', () => {
    const ids = RULES.map((r) => r.meta.id);
    expect(ids.every((id) => /^[a-z0-9-]+$/.test(id))).toBe(true);
    expect([...ids].sort(compareIds)).toEqual([...ids].sort((a, b) => a.localeCompare(b)));
    expect([...ids].reverse().sort(compareIds)).toEqual([...ids].sort((a, b) => a.localeCompare(b)));
  });

  it('gives sortFindings the order of the comparator with localeCompare', () => {
    const ids = RULES.map((r) => r.meta.id);
    const finding = fc.record({
      rule: fc.constantFrom(...ids, 'rule-failed'),
      paragraph: fc.integer({ min: -1, max: 3 }),
      start: fc.integer({ min: 0, max: 2 }),
      severity: fc.constantFrom('error', 'warning', 'info'),
    });
    const rank: Record<string, number> = { error: 0, warning: 1, info: 2 };
    fc.assert(
      fc.property(fc.array(finding, { maxLength: 30 }), (fs) => {
        const got = sortFindings(fs as unknown as Finding[]).map((f) => `${f.paragraph} ${f.start} ${f.severity} ${f.rule}`);
        const want = [...fs]
          .sort(
            (a, b) => a.paragraph - b.paragraph || a.start - b.start || rank[a.severity] - rank[b.severity] || a.rule.localeCompare(b.rule),
          )
          .map((f) => `${f.paragraph} ${f.start} ${f.severity} ${f.rule}`);
        expect(got).toEqual(want);
      }),
      { numRuns: 2000 },
    );
  });
});
