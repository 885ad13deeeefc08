/** The fake is as strict as Word: otherwise the adapter tests would prove little. */
import { createFakeWord, FakeWordError } from '../fakes/word';

describe('the strict Word fake', () => {
  test('a property throws until it is loaded AND synced', async () => {
    const fake = createFakeWord({ paragraphs: ['Hej'] });
    await fake.run(async (context) => {
      const ps = context.document.body.paragraphs;
      expect(() => ps.items).toThrow(/PropertyNotLoaded/);
      ps.load('items/text');
      expect(() => ps.items).toThrow(/PropertyNotLoaded/); // loaded, not yet synced
      await context.sync();
      expect(ps.items[0].text).toBe('Hej');
      expect(() => ps.items[0].styleBuiltIn).toThrow(/PropertyNotLoaded/); // not in the list
    });
  });

  test('values are those at the load’s place in the batch; writes run only at sync', async () => {
    const fake = createFakeWord({ paragraphs: ['Hej'] });
    await fake.run(async (context) => {
      const first = context.document.body.paragraphs.getFirst();
      first.load('text');
      first.insertText('Nytt', 'Replace');
      expect(fake.paragraphs()[0].text).toBe('Hej'); // queued, not applied
      await context.sync();
      expect(first.text).toBe('Hej');
      expect(fake.paragraphs()[0].text).toBe('Nytt');
    });
  });

  test('objects cannot be used outside their Word.run', async () => {
    const fake = createFakeWord({ paragraphs: ['Hej'] });
    let leaked: any;
    await fake.run(async (context) => {
      leaked = context.document.body.paragraphs;
      leaked.load('items/text');
      await context.sync();
    });
    expect(() => leaked.items).toThrow(/outside its Word.run/);
    expect(() => leaked.getFirst()).toThrow(/outside its Word.run/);
  });

  test('unknown properties and load() without a list are refused; a style name must exist in the document’s language', async () => {
    const fake = createFakeWord({ paragraphs: ['Hej'] });
    await fake.run(async (context) => {
      const p = context.document.body.paragraphs.getFirst();
      expect(() => p.load('nonsense')).toThrow(/no loadable property/);
      expect(() => p.load()).toThrow(/name the properties/);
      p.style = 'Rubrik 1'; // an English document has no such style
      await expect(context.sync()).rejects.toThrow(/no style named "Rubrik 1"/);
    });
    const sv = createFakeWord({ paragraphs: ['Hej'], language: 'sv' });
    await sv.run(async (context) => {
      const p = context.document.body.paragraphs.getFirst();
      p.style = 'Rubrik 1';
      p.load('style,styleBuiltIn');
      await context.sync();
      expect([p.style, p.styleBuiltIn]).toEqual(['Rubrik 1', 'Heading1']);
    });
  });

  test('customXmlParts does not exist below WordApi 1.4', async () => {
    const fake = createFakeWord({ apiVersion: '1.3' });
    expect(fake.isSetSupported('WordApi', '1.3')).toBe(true);
    expect(fake.isSetSupported('WordApi', '1.4')).toBe(false);
    await expect(fake.run(async (context) => context.document.customXmlParts)).rejects.toThrow(/ApiNotFound/);
  });

  test('a write on a null object fails at sync; isNullObject is known after the sync', async () => {
    const fake = createFakeWord({ paragraphs: ['Hej'] });
    await fake.run(async (context) => {
      const cc = context.document.getSelection().parentContentControlOrNullObject;
      cc.load('tag');
      expect(() => cc.isNullObject).toThrow(/PropertyNotLoaded/);
      await context.sync();
      expect(cc.isNullObject).toBe(true);
      cc.insertParagraph('x', 'After');
      await expect(context.sync()).rejects.toBeInstanceOf(FakeWordError);
    });
    expect(fake.paragraphs().map((p) => p.text)).toEqual(['Hej']);
  });

  test('a new paragraph inherits its neighbour’s list membership, as in Word (pressing Enter)', async () => {
    const fake = createFakeWord({ paragraphs: ['Punkt'] });
    await fake.run(async (context) => {
      const p = context.document.body.paragraphs.getFirst();
      p.startNewList();
      p.insertParagraph('Ärver listan', 'After');
      await context.sync();
    });
    const [a, b] = fake.paragraphs();
    expect(b.isListItem).toBe(true);
    expect(b.listId).toBe(a.listId);
  });

  test('syncs are counted; a failing sync is transactional by default and partial with atomic: false', async () => {
    for (const atomic of [true, false]) {
      const fake = createFakeWord({ atomic, paragraphs: ['A'] });
      fake.failOn('Paragraph.insertParagraph', 2);
      await expect(
        fake.run(async (context) => {
          const p = context.document.body.paragraphs.getFirst();
          p.insertParagraph('B', 'After').insertParagraph('C', 'After');
          await context.sync();
        }),
      ).rejects.toThrow(/forced failure/);
      expect(fake.syncCount()).toBe(1);
      expect(fake.paragraphs().map((p) => p.text)).toEqual(atomic ? ['A'] : ['A', 'B']);
    }
  });

  test('Word.run sends what is still queued at its end (and counts it)', async () => {
    const fake = createFakeWord({ paragraphs: ['A'] });
    await fake.run(async (context) => {
      context.document.body.insertParagraph('B', 'End');
    });
    expect(fake.syncCount()).toBe(1);
    expect(fake.paragraphs().map((p) => p.text)).toEqual(['A', 'B']);
  });
});
