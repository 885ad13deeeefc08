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
    const leaked = await fake.run(async (context) => {
      const paras = context.document.body.paragraphs;
      paras.load('items/text');
      await context.sync();
      return paras;
    });
    expect(() => leaked.items).toThrow(/outside its Word.run/);
    expect(() => leaked.getFirst()).toThrow(/outside its Word.run/);
  });

  test('unknown properties and load() without a list are refused; a style name must exist in the document’s language', async () => {
    const fake = createFakeWord({ paragraphs: ['Hej'] });
    await fake.run(async (context) => {
      // What the lint rules forbid in our code, the fake refuses at run time too.
      const misuse = context.document.body.paragraphs.getFirst() as unknown as { load(props?: string): unknown };
      expect(() => misuse.load('nonsense')).toThrow(/no loadable property/);
      expect(() => misuse.load()).toThrow(/name the properties/);
      const q = context.document.body.paragraphs.getLast();
      q.style = 'Rubrik 1'; // an English document has no such style
      await expect(context.sync()).rejects.toThrow(/no style named "Rubrik 1"/);
    });
    const sv = createFakeWord({ paragraphs: ['Hej'], language: 'sv' });
    await sv.run(async (context) => {
      context.document.body.paragraphs.getFirst().style = 'Rubrik 1';
      const ps = context.document.body.paragraphs;
      ps.load('items/style,items/styleBuiltIn');
      await context.sync();
      expect([ps.items[0].style, ps.items[0].styleBuiltIn]).toEqual(['Rubrik 1', 'Heading1']);
    });
  });

  test('customXmlParts does not exist below WordApi 1.4', async () => {
    const fake = createFakeWord({ apiVersion: '1.3' });
    expect(fake.isSetSupported('WordApi', '1.3')).toBe(true);
    expect(fake.isSetSupported('WordApi', '1.4')).toBe(false);
    await expect(fake.run((context) => Promise.resolve(context.document.customXmlParts))).rejects.toThrow(/ApiNotFound/);
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

  test.each([true, false])(
    'syncs are counted; a failing sync applies nothing with atomic: %s, its earlier operations otherwise',
    async (atomic) => {
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
    },
  );

  test('Word.run sends what is still queued at its end (and counts it)', async () => {
    const fake = createFakeWord({ paragraphs: ['A'] });
    await fake.run((context) => {
      context.document.body.insertParagraph('B', 'End');
      return Promise.resolve();
    });
    expect(fake.syncCount()).toBe(1);
    expect(fake.paragraphs().map((p) => p.text)).toEqual(['A', 'B']);
  });

  describe('Word’s quirks, as the fake models them', () => {
    test('office-js #3176: a paragraph inserted After the last paragraph of a control lands after the control', async () => {
      const fake = createFakeWord({ nodes: [{ type: 'contentControl', tag: 'tu:x', children: ['Ett', 'Två'] }] });
      await fake.run(async (context) => {
        const ps = context.document.body.paragraphs;
        ps.load('items/text');
        await context.sync();
        ps.items[0].insertParagraph('Efter ett', 'After'); // not the last: stays inside
        ps.items[1].insertParagraph('Efter två', 'After'); // the last: lands outside
        await context.sync();
      });
      expect(fake.paragraphs().map((p) => [p.text, p.tags])).toEqual([
        ['Ett', ['tu:x']],
        ['Efter ett', ['tu:x']],
        ['Två', ['tu:x']],
        ['Efter två', []],
      ]);
    });

    test('insertParagraph at a control’s End and clear() keep the last/first paragraph’s list membership (pressing Enter)', async () => {
      const fake = createFakeWord({ nodes: [{ type: 'contentControl', tag: 'tu:x', children: ['Punkt'] }] });
      await fake.run(async (context) => {
        const cc = context.document.body.contentControls.getFirst();
        cc.paragraphs.getFirst().startNewList();
        cc.insertParagraph('Ny', 'End');
        await context.sync();
      });
      expect(fake.paragraphs().map((p) => p.isListItem)).toEqual([true, true]);
      await fake.run(async (context) => {
        context.document.body.contentControls.getFirst().clear();
        await context.sync();
      });
      expect(fake.paragraphs().map((p) => [p.text, p.isListItem])).toEqual([['', true]]);
    });

    test('office-js #6673: an empty custom XML part collection answers items === undefined', async () => {
      const fake = createFakeWord({ apiVersion: '1.4' });
      const items = await fake.run(async (context) => {
        const parts = context.document.customXmlParts;
        parts.load('items/id');
        await context.sync();
        const items: Word.CustomXmlPart[] | undefined = parts.items;
        return items;
      });
      expect(items).toBeUndefined();
    });

    test('Track Changes: clear() leaves the text as tracked deletions; getReviewedText("Current") leaves them out', async () => {
      const fake = createFakeWord({
        apiVersion: '1.4',
        changeTracking: 'TrackAll',
        nodes: [{ type: 'contentControl', tag: 'tu:x', children: ['Gammal'] }],
      });
      const r = await fake.run(async (context) => {
        context.document.load('changeTrackingMode');
        const cc = context.document.body.contentControls.getFirst();
        cc.clear();
        cc.insertParagraph('Ny', 'End');
        cc.load('text');
        const current = cc.getReviewedText('Current');
        const original = cc.getReviewedText('Original');
        await context.sync();
        return { mode: context.document.changeTrackingMode, text: cc.text, current: current.value, original: original.value };
      });
      expect(r).toEqual({ mode: 'TrackAll', text: 'Gammal\r\rNy', current: '\rNy', original: 'Gammal\r\rNy' });
      expect(fake.paragraphs().map((p) => [p.text, p.deleted ?? false])).toEqual([
        ['Gammal', true],
        ['', false],
        ['Ny', false],
      ]);
    });

    test('Office-Add-in-samples #223 (when asked for): styleBuiltIn = Heading1 leaves the paragraph Normal', async () => {
      const fake = createFakeWord({ paragraphs: ['Rubrik'], headingStyleNotApplied: true });
      const style = await fake.run(async (context) => {
        context.document.body.paragraphs.getFirst().styleBuiltIn = 'Heading1';
        const ps = context.document.body.paragraphs;
        ps.load('items/styleBuiltIn');
        await context.sync();
        return ps.items[0].styleBuiltIn;
      });
      expect(style).toBe('Normal');
    });
  });
});
