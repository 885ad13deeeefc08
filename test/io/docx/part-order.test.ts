/**
 * Headers, footers and stored-case parts are read in the order localeCompare(…, 'en', numeric)
 * gives; sortPartNames skips the collator for Word's usual names. Both must agree on any names.
 */
import { sortPartNames } from '../../../src/io/docx/read';

const collated = (names: string[]) => [...names].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));

describe('sortPartNames', () => {
  it('sorts Word-style numbered parts by their number', () => {
    expect(sortPartNames(['word/header10.xml', 'word/header2.xml', 'word/header1.xml'])).toEqual([
      'word/header1.xml',
      'word/header2.xml',
      'word/header10.xml',
    ]);
  });

  it('gives what the collator gives, for numbered, zero-padded, mixed-case and unnumbered names', () => {
    let seed = 5;
    const rnd = (n: number) => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n;
    const stems = [
      'word/header',
      'word/footer',
      'customXml/item',
      'word/Header',
      'word/header_',
      'word/h2',
      'customXml/itemProps',
      'word/',
    ];
    const numbers = ['1', '2', '3', '9', '10', '11', '02', '007', '0', '100', '', '1a'];
    for (let i = 0; i < 3000; i++) {
      const count = 1 + rnd(5);
      const sameStem = rnd(2) === 0 ? stems[rnd(stems.length)] : undefined;
      const names: string[] = [];
      for (let k = 0; k < count; k++) names.push(`${sameStem ?? stems[rnd(stems.length)]}${numbers[rnd(numbers.length)]}.xml`);
      expect(sortPartNames([...names])).toEqual(collated(names));
    }
  });
});
