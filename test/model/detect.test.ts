/**
 * Detection finds a cue word only at the start of a word: after the start of the text, a space or
 * a sign, never after a letter or a digit of any script (ASCII is decided without the Unicode
 * pattern; everything else by it).
 */
import { builtInProfile, detectProfile, type ResolvedProfile } from '../../src/model/profiles/index';

const fallback = builtInProfile('tjansteskrivelse')!;
const cued: ResolvedProfile = {
  ...fallback,
  id: 'prov',
  prioritet: 5,
  kannetecken: [{ var: ['text'], ord: ['kommun'], beskrivning: 'texten nämner kommun' }],
};

function found(text: string): boolean {
  return detectProfile({ header: [], headings: [], text: [text] }, [cued], fallback).profile.id === 'prov';
}

describe('a cue word at the start of a word', () => {
  test.each(['kommun', 'Min kommun', 'Kommunen', '(kommun)', '-kommun', '"kommun', '\u00a0kommun', '\nkommun'])('found in %j', (t) => {
    expect(found(t)).toBe(true);
  });

  test.each(['storkommun', 'Xkommun', '9kommun', 'äkommun', 'Ékommun', 'økommun', 'ωkommun', 'жkommun', '٣kommun', '²kommun'])(
    'not found inside a word: %j',
    (t) => {
      expect(found(t)).toBe(false);
    },
  );

  test('every ASCII sign before the word: found exactly when it is not a letter or a digit', () => {
    for (let c = 1; c < 0x80; c++) {
      const ch = String.fromCharCode(c);
      expect({ ch, found: found(`${ch}kommun`) }).toEqual({ ch, found: !/[A-Za-z0-9]/.test(ch) });
    }
  });
});
