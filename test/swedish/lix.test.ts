import { lix, lixBand, words, countSentences } from '../../src/swedish/lix';

describe('lix', () => {
  it('computes words/sentences + 100 × long words/words', () => {
    // 6 words, 2 sentences, 2 long words (more than six letters: "förvaltningen", "utvecklingsmedel")
    const r = lix('Förvaltningen ger utvecklingsmedel. Det går bra.');
    expect(r.words).toBe(6);
    expect(r.sentences).toBe(2);
    expect(r.longWords).toBe(2);
    expect(r.lix).toBe(Math.round(6 / 2 + (100 * 2) / 6));
  });
  it('names the Swedish bands', () => {
    expect([20, 27, 35, 45, 55].map(lixBand)).toEqual(['mycket lättläst', 'lättläst', 'medelsvår', 'svår', 'mycket svår']);
  });
  it('handles empty text and text without full stops', () => {
    expect(lix('')).toMatchObject({ lix: 0, words: 0 });
    expect(lix('bara några ord').sentences).toBe(1);
    expect(words('FoU-rådet, t.ex. 500 000')).toEqual(['FoU-rådet', 't', 'ex', '500', '000']);
    expect(countSentences('En. Två! Tre?')).toBe(3);
  });
});
