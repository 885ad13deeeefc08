import { memoize } from '../../src/model/memo';

describe('memoize', () => {
  it('works each key out once, an undefined answer too', () => {
    const calls: string[] = [];
    const f = memoize((k: string) => {
      calls.push(k);
      return k.startsWith('x') ? undefined : k.length;
    }, 10);
    expect([f('abc'), f('abc'), f('xy'), f('xy'), f('de')]).toEqual([3, 3, undefined, undefined, 2]);
    expect(calls).toEqual(['abc', 'xy', 'de']);
  });

  it('empties its store when it grows past max, and still answers right', () => {
    const calls: string[] = [];
    const f = memoize((k: string) => {
      calls.push(k);
      return k.toUpperCase();
    }, 2);
    for (const k of ['a', 'b', 'c', 'd', 'a']) expect(f(k)).toBe(k.toUpperCase());
    // a, b, c fill the store past 2; d empties it, so a is worked out again.
    expect(calls).toEqual(['a', 'b', 'c', 'd', 'a']);
  });
});
