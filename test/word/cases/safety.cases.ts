/**
 * Issue 6 for the Word adapter: text survives exactly, all or nothing, the user's text is safe.
 */
import fc from 'fast-check';
import { draftCase } from '../../../src/draft/index';
import type { DraftDocument } from '../../../src/draft/types';
import { WordActionError } from '../../../src/word/adapter';
import { ALL, caseWithProjects, fakeAndAdapter, handDraft, seedCase, apiVersions } from '../helpers';
import type { FakeWord } from '../../fakes/word';

/** The cases, on the host chosen with chooseHost() (fake-host.test.ts, officejs-host.test.ts). */
export function safetyCases(): void {
  const c = seedCase(2);

  /** Everything the document holds: the body tree, the stored parts, the saved settings. */
  function whole(fake: FakeWord) {
    return { body: fake.snapshot(), parts: fake.customXmlParts(), settings: fake.savedSettings() };
  }

  const NASTY = [
    'Mindre än < och & och > samt "citat" och \'apostrof\' och <w:t>taggar</w:t> &amp; ]]>',
    'Styrtecken:\u0001\u0002\u0007\u000b\u000c\u001b\u001f\u007f\u0085 och tab\t här',
    'Emoji 👩‍👩‍👧‍👦 🇸🇪 ✔︎ och kombinerande a\u0301 o\u0308',
    'Höger till vänster: مرحبا بالعالم — שלום עולם \u200f\u202e omvänt\u202c',
    'Långt ord: ' + 'Socialförvaltningsutvecklingsprojektsredovisning'.repeat(400),
    'Noll\u0000byte och ensamt surrogat \ud800 och \udfff',
    'Hårda mellanslag 500\u00a0000\u00a0kronor och mjukt bindestreck\u00ad',
  ];

  describe('text survives exactly', () => {
    test.each(NASTY.map((t, i) => [i, t]))('nasty text %i through every block type', async (_i, text) => {
      const { fake, adapter } = fakeAndAdapter();
      const doc = handDraft({ para: text, item: text, cell: text, heading: text });
      await adapter.apply(doc, c, ALL, []);
      const texts = fake.paragraphs().map((p) => p.text);
      // Paragraph, list item, heading and table cell each hold the text unchanged.
      expect(texts.filter((t) => t === text).length).toBe(4);
      // And they read back unchanged for the checker.
      const dt = await adapter.readDocText();
      expect(dt.paragraphs.filter((p) => p.text === text).length).toBe(4);
    });

    test('nasty texts in the case itself round-trip through the stored case (1.4 XML part and 1.3 settings)', async () => {
      const cs = caseWithProjects(NASTY.length);
      cs.lum = cs.lum.map((p, i) => ({ ...p, namn: NASTY[i], syfte: NASTY[(i + 1) % NASTY.length] }));
      for (const apiVersion of apiVersions()) {
        const { adapter } = fakeAndAdapter({ apiVersion });
        await adapter.apply(draftCase(cs), cs, ALL, []);
        expect(await adapter.loadStoredCase()).toEqual(cs);
        expect((await adapter.readDocText()).storedCase).toEqual(cs);
      }
    });

    test('a line break inside one paragraph becomes Word’s manual line break (Shift+Enter), not a new paragraph', async () => {
      const { fake, adapter } = fakeAndAdapter();
      await adapter.apply(handDraft({ para: 'rad ett\nrad två\r\nrad tre' }), c, ['sammanfattning'], []);
      expect(fake.paragraphs().map((p) => p.text)).toContain('rad ett\u000brad två\u000brad tre');
    });

    test('property: any Unicode paragraph text arrives unchanged (line breaks as \\u000b)', async () => {
      await fc.assert(
        fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 200 }), async (text) => {
          const { fake, adapter } = fakeAndAdapter();
          await adapter.apply(handDraft({ para: text }), c, ['sammanfattning'], []);
          const got = fake.contentControls()[0].paragraphs;
          expect(got).toEqual(['Sammanfattning', text.replace(/\r\n|\r|\n/g, '\u000b')]);
        }),
        { numRuns: 150 },
      );
    });
  });

  describe('all or nothing: a failure forced mid-action leaves the document as it was', () => {
    async function prepared(atomic = true) {
      const ctx = fakeAndAdapter({ atomic, paragraphs: ['Före.', { text: 'Egen rubrik', styleBuiltIn: 'Heading1' }] });
      await ctx.adapter.apply(handDraft(), c, ['huvud', 'forslag', 'synpunkter'], []);
      ctx.fake.insertUserParagraphAfterControl('tu:forslag', 'Användarens text mellan avsnitten.');
      return ctx;
    }
    const changed = handDraft({ para: 'Ny text.', item: 'Ny punkt.', heading: 'Ny rubrik' });

    test.each([
      ['ContentControl.insertParagraph', 1],
      ['ContentControl.insertParagraph', 7],
      ['List.insertParagraph', 3],
      ['Paragraph.insertTable', 1],
      ['ContentControl.clear', 2],
      ['Paragraph.insertContentControl', 4],
      // The stored part is written only on WordApi 1.4 (on 1.3 the settings are saved after the batch).
      ...(apiVersions().includes('1.4') ? [['CustomXmlPart.setXml', 1] as const] : []),
      ['*', 40],
    ] as const)('apply fails at %s #%i: document, stored case and settings unchanged', async (method, n) => {
      const { fake, adapter } = await prepared();
      const before = whole(fake);
      fake.failOn(method, n);
      const err = await adapter.apply(changed, c, ALL, []).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(WordActionError);
      expect((err as Error).message).toMatch(
        /^Word kunde inte infoga avsnitten \(GeneralException: forced failure in .+\)\. Ärendet sparades inte\./,
      );
      expect(whole(fake)).toEqual(before);
      // And the next attempt works as if nothing happened.
      const r = await adapter.apply(changed, c, ALL, []);
      expect(r.skipped).toEqual([]);
    });

    test('the final sync itself fails (e.g. the connection drops): nothing written', async () => {
      const { fake, adapter, newAdapter } = await prepared();
      const before = whole(fake);
      fake.failSync(2); // reads (1; the stored part is known to this adapter), writes (2)
      await expect(adapter.apply(changed, c, ALL, [])).rejects.toThrow(WordActionError);
      expect(whole(fake)).toEqual(before);
      // A fresh adapter (new task pane) reads the part too: reads (1), XML (2), writes (3); on
      // WordApi 1.3 the settings are read locally: reads (1), writes (2).
      const cold = newAdapter();
      fake.failSync(cold.usesCustomXmlPart() ? 3 : 2);
      await expect(cold.apply(changed, c, ALL, [])).rejects.toThrow(WordActionError);
      expect(whole(fake)).toEqual(before);
    });

    test('insertAtCursor fails part-way: nothing inserted', async () => {
      const { fake, adapter } = await prepared();
      const before = whole(fake);
      fake.setCursor(0);
      fake.failOn('Paragraph.insertParagraph', 2);
      await expect(adapter.insertAtCursor(changed.sections[6].blocks)).rejects.toThrow(/^Word kunde inte infoga vid markören/);
      expect(whole(fake)).toEqual(before);
    });

    test('1.3: a failed batch saves no settings', async () => {
      const { fake, adapter } = fakeAndAdapter({ apiVersion: '1.3' });
      await adapter.apply(handDraft(), c, ['forslag'], []);
      const before = whole(fake);
      fake.failOn('ContentControl.insertParagraph', 3);
      await expect(adapter.apply(changed, c, ALL, [])).rejects.toThrow(WordActionError);
      expect(whole(fake)).toEqual(before);
    });

    test('worst case, real Word without rollback: earlier writes stay, but no user text is touched and the half-written section is reported as edited', async () => {
      const { fake, adapter } = await prepared(false);
      await adapter.apply(handDraft(), c, ALL, []);
      const outside = fake.outsideTu();
      const parts = fake.customXmlParts();
      // Fail in the middle of "Ärendet" (its second list run sets the starting number).
      fake.failOn('List.setLevelStartingNumber', 1);
      await expect(adapter.apply(changed, c, ALL, [])).rejects.toThrow(WordActionError);
      expect(fake.outsideTu()).toEqual(outside);
      expect(fake.customXmlParts()).toEqual(parts); // the store was last in the batch: not written
      const plan = await adapter.plan(changed, ALL);
      expect(plan.conflicts.map((x) => x.id)).toEqual(['arendet']);
      // Sections written before the failure already hold the new text; later ones the old: both safe.
      expect(plan.toUpdate).toEqual(ALL.filter((id) => id !== 'arendet'));
    });
  });

  describe('the user’s text outside our controls is unchanged byte for byte after every action', () => {
    const userNodes = [
      'Inledning av handläggaren.',
      { text: 'Egen rubrik', styleBuiltIn: 'Heading1', style: 'Rubrik 1' },
      {
        type: 'table' as const,
        rows: [
          ['a', 'b'],
          ['c', 'd'],
        ],
      },
      { type: 'contentControl' as const, tag: 'mall:datum', title: 'Datum', children: ['Klicka här för att ange text.'] },
      'Avslutning <&> 👍',
    ];

    test('plan, apply (insert, update, consented replace), readDocText, select, loadStoredCase', async () => {
      const { fake, adapter } = fakeAndAdapter({ nodes: userNodes });
      const outside0 = fake.outsideTu();
      const snapOutside = () => fake.outsideTu();
      const doc: DraftDocument = draftCase(c);
      await adapter.plan(doc, ALL);
      expect(snapOutside()).toEqual(outside0);
      await adapter.apply(doc, c, ['bakgrund', 'bilagor'], []);
      expect(snapOutside()).toEqual(outside0);
      await adapter.apply(doc, c, ALL, []);
      expect(snapOutside()).toEqual(outside0);
      const i = fake.paragraphs().findIndex((p) => p.tags.includes('tu:bakgrund') && p.styleBuiltIn === 'Normal');
      fake.editParagraph(i, 'Ändrad.');
      await adapter.apply(doc, c, ALL, ['bakgrund']);
      expect(snapOutside()).toEqual(outside0);
      await adapter.readDocText();
      await adapter.select(0, 0, 5);
      await adapter.loadStoredCase();
      expect(snapOutside()).toEqual(outside0);
      // The user's own content control (not tu:) is untouched too.
      expect(fake.contentControls().find((x) => x.tag === 'mall:datum')).toEqual({
        tag: 'mall:datum',
        title: 'Datum',
        text: 'Klicka här för att ange text.',
        paragraphs: ['Klicka här för att ange text.'],
      });
    });

    test('insertAtCursor only adds: every earlier paragraph is still there, in order, unchanged', async () => {
      const { fake, adapter } = fakeAndAdapter({ nodes: userNodes });
      await adapter.apply(draftCase(c), c, ALL, []);
      const before = fake.paragraphs().map(({ text, styleBuiltIn, isListItem, tags }) => ({ text, styleBuiltIn, isListItem, tags }));
      fake.setCursor(0);
      await adapter.insertAtCursor([
        { type: 'heading', level: 3, text: 'Nytt projekt' },
        { type: 'paragraph', text: 'Om projektet.' },
      ]);
      const after = fake.paragraphs().map(({ text, styleBuiltIn, isListItem, tags }) => ({ text, styleBuiltIn, isListItem, tags }));
      expect(after.length).toBe(before.length + 2);
      expect([after[0], ...after.slice(3)]).toEqual(before);
      expect(after.slice(1, 3)).toEqual([
        { text: 'Nytt projekt', styleBuiltIn: 'Heading3', isListItem: false, tags: [] },
        { text: 'Om projektet.', styleBuiltIn: 'Normal', isListItem: false, tags: [] },
      ]);
    });
  });
}
