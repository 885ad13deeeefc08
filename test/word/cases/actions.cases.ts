/**
 * insertAtCursor, readDocText, select, and where the case is stored (WordApi 1.4 custom XML part,
 * WordApi 1.3 settings).
 */
import { draftCase } from '../../../src/draft/index';
import { occurrenceIndex, WordActionError } from '../../../src/word/adapter';
import {
  CASE_XML_NAMESPACE,
  SETTINGS_KEY,
  decodeStoredSettings,
  decodeStoredXml,
  encodeStoredSettings,
  encodeStoredXml,
  storedStateOf,
} from '../../../src/model/stored-case';

import { ALL, fakeAndAdapter, handDraft, seedCase, tags, test14 } from '../helpers';

/** A case part as the first .docx writer wrote it: the bare case as JSON text, no seq, no fingerprints. */
function caseToXml(value: unknown): string {
  const json = JSON.stringify(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<arende xmlns="${CASE_XML_NAMESPACE}" version="1">${json}</arende>`;
}

/** The cases, on the host chosen with chooseHost() (fake-host.test.ts, officejs-host.test.ts). */
export function actionsCases(): void {
  const c = seedCase(2);
  const projectBlock = [
    { type: 'heading' as const, level: 3 as const, text: 'Nytt projekt, Farsta' },
    { type: 'paragraph' as const, text: 'Syftet är att pröva något nytt.' },
    { type: 'list' as const, ordered: false, items: [{ text: 'Mål ett' }, { text: 'Mål två' }] },
    { type: 'paragraph' as const, text: 'Efter listan.' },
  ];

  describe('insertAtCursor', () => {
    test('at the cursor: after the cursor’s paragraph, with built-in styles and a real list', async () => {
      const { fake, adapter } = fakeAndAdapter({ paragraphs: ['Ett', 'Två', 'Tre'] });
      fake.setCursor(1, 1);
      const r = await adapter.insertAtCursor(projectBlock);
      expect(r).toEqual({ placement: 'cursor' });
      expect(fake.paragraphs().map((p) => [p.text, p.styleBuiltIn, p.isListItem ? p.listKind : '-'])).toEqual([
        ['Ett', 'Normal', '-'],
        ['Två', 'Normal', '-'],
        ['Nytt projekt, Farsta', 'Heading3', '-'],
        ['Syftet är att pröva något nytt.', 'Normal', '-'],
        ['Mål ett', 'ListParagraph', 'Bullet'],
        ['Mål två', 'ListParagraph', 'Bullet'],
        ['Efter listan.', 'Normal', '-'],
        ['Tre', 'Normal', '-'],
      ]);
    });

    test('never inside one of our sections: the cursor in tu:arendet puts the blocks right after it', async () => {
      const { fake, adapter } = fakeAndAdapter();
      await adapter.apply(handDraft(), c, ALL, []);
      const before = fake.contentControls();
      const inside = fake.paragraphs().find((p) => p.text === 'Om projekt ett.')!;
      fake.setCursor(inside.index, 3);
      const r = await adapter.insertAtCursor(projectBlock);
      expect(r.placement).toBe('after-section');
      expect(r.section).toBe('arendet');
      expect(r.message).toBe(
        'Markören stod i avsnittet "Ärendet", som tillägget skriver om vid nästa uppdatering. Texten infogades därför direkt efter avsnittet.',
      );
      expect(fake.contentControls()).toEqual(before); // no control changed
      const seq = fake.snapshot().map((n) => (n.type === 'contentControl' ? n.tag : n.type === 'paragraph' ? n.text : 'table'));
      const at = seq.indexOf('tu:arendet');
      expect(seq.slice(at, at + 6)).toEqual([
        'tu:arendet',
        'Nytt projekt, Farsta',
        'Syftet är att pröva något nytt.',
        'Mål ett',
        'Mål två',
        'Efter listan.',
      ]);
      expect(seq[at + 6]).toBe('tu:synpunkter');
    });

    test('the cursor on a user’s list item: the new paragraphs do not join that list', async () => {
      const { fake, adapter } = fakeAndAdapter({ paragraphs: ['Före'] });
      fake.setCursor(0);
      await adapter.insertAtCursor([{ type: 'list', ordered: true, items: [{ text: 'Användarens punkt' }] }]);
      const userList = fake.paragraphs()[1];
      fake.setCursor(1);
      await adapter.insertAtCursor([
        { type: 'paragraph', text: 'Vanlig text.' },
        { type: 'list', ordered: true, items: [{ text: 'Ny lista' }] },
      ]);
      const ps = fake.paragraphs();
      expect(ps.map((p) => p.text)).toEqual(['Före', 'Användarens punkt', 'Vanlig text.', 'Ny lista']);
      expect(ps[2].isListItem).toBe(false);
      expect(ps[3].isListItem).toBe(true);
      expect(ps[3].listId).not.toBe(userList.listId);
    });

    test('the cursor in a table: after the table', async () => {
      const { fake, adapter } = fakeAndAdapter({ nodes: ['A', { type: 'table', rows: [['x', 'y']] }, 'B'] });
      fake.setCursor(2);
      const r = await adapter.insertAtCursor([{ type: 'paragraph', text: 'Ny' }]);
      expect(r.placement).toBe('after-table');
      expect(fake.snapshot().map((n) => (n.type === 'paragraph' ? n.text : n.type))).toEqual(['A', 'table', 'Ny', 'B']);
    });

    test('nothing to insert, or a malformed block: a Swedish error and no Word.run', async () => {
      const { fake, adapter } = fakeAndAdapter();
      await expect(adapter.insertAtCursor([])).rejects.toThrow('Utkastet: det finns inget att infoga');
      await expect(adapter.insertAtCursor([{ type: 'table', header: [], rows: [] }])).rejects.toThrow('en tabell måste ha minst en kolumn');
      expect(fake.runCount()).toBe(0);
    });
  });

  describe('readDocText', () => {
    test('one batched read: text, heading level by built-in style or outline level, lists, tables, tags', async () => {
      const { fake, adapter } = fakeAndAdapter({
        nodes: [
          { text: 'Rubrik på svenska', styleBuiltIn: 'Heading1', style: 'Rubrik 1' },
          { text: 'Egen rubrikstil', styleBuiltIn: 'Other', style: 'Min rubrik', outlineLevel: 2 },
          'Brödtext',
          { type: 'table', rows: [['cell']] },
        ],
      });
      fake.setCursor(2);
      await adapter.apply(handDraft(), c, ['forslag'], []);
      const before = fake.syncCount();
      const dt = await adapter.readDocText();
      expect(fake.syncCount() - before).toBe(1); // the stored part is unchanged since this adapter wrote it
      expect(dt.source).toBe('Word-dokumentet');
      expect(dt.storedCase).toEqual(c);
      expect(
        dt.paragraphs.map(({ index, text, headingLevel, styleName, isListItem, inTable, part, tag }) => ({
          index,
          text,
          headingLevel,
          styleName,
          isListItem,
          inTable,
          part,
          tag,
        })),
      ).toEqual([
        {
          index: 0,
          text: 'Rubrik på svenska',
          headingLevel: 1,
          styleName: 'Rubrik 1',
          isListItem: false,
          inTable: false,
          part: 'body',
          tag: undefined,
        },
        {
          index: 1,
          text: 'Egen rubrikstil',
          headingLevel: 2,
          styleName: 'Min rubrik',
          isListItem: false,
          inTable: false,
          part: 'body',
          tag: undefined,
        },
        {
          index: 2,
          text: 'Brödtext',
          headingLevel: null,
          styleName: 'Normal',
          isListItem: false,
          inTable: false,
          part: 'body',
          tag: undefined,
        },
        { index: 3, text: 'cell', headingLevel: null, styleName: 'Normal', isListItem: false, inTable: true, part: 'body', tag: undefined },
        {
          index: 4,
          text: 'Förvaltningens förslag till beslut',
          headingLevel: 2,
          styleName: 'Heading 2',
          isListItem: false,
          inTable: false,
          part: 'body',
          tag: 'tu:forslag',
        },
        {
          index: 5,
          text: 'Nämnden godkänner A.',
          headingLevel: null,
          styleName: 'List Paragraph',
          isListItem: true,
          inTable: false,
          part: 'body',
          tag: 'tu:forslag',
        },
        {
          index: 6,
          text: 'Nämnden godkänner B.',
          headingLevel: null,
          styleName: 'List Paragraph',
          isListItem: true,
          inTable: false,
          part: 'body',
          tag: 'tu:forslag',
        },
        {
          index: 7,
          text: 'Ärendet delges C.',
          headingLevel: null,
          styleName: 'List Paragraph',
          isListItem: true,
          inTable: false,
          part: 'body',
          tag: 'tu:forslag',
        },
      ]);
    });

    test14('an invalid stored case is left out of DocText (loadStoredCase still returns it unvalidated)', async () => {
      const bad = { ...c, metadata: { ...c.metadata, dnr: '' } };
      const { adapter } = fakeAndAdapter({ customXmlParts: [{ xml: caseToXml(bad) }] });
      const dt = await adapter.readDocText();
      expect(dt.storedCase).toBeUndefined();
      expect(await adapter.loadStoredCase()).toEqual(bad);
    });
  });

  describe('select', () => {
    test.each([
      ['the whole paragraph', 'Hej på dig', 0, 10, { start: 0, end: 10, text: 'Hej på dig' }],
      ['a word', 'Hej på dig', 4, 6, { start: 4, end: 6, text: 'på' }],
      ['the second of two equal words', 'XX och XX', 7, 9, { start: 7, end: 9, text: 'XX' }],
      ['a caret (Word search escapes ^)', 'a^b a^b', 4, 7, { start: 4, end: 7, text: 'a^b' }],
      ['an empty range selects the paragraph', 'Hej', 1, 1, { start: 0, end: 3, text: 'Hej' }],
      ['a range past the end is clamped', 'Hej', 1, 99, { start: 1, end: 3, text: 'ej' }],
    ])('%s', async (_name, text, start, end, want) => {
      const { fake, adapter } = fakeAndAdapter({ paragraphs: ['Första', text] });
      await adapter.select(1, start, end);
      expect(fake.selection()).toEqual({ paragraph: 1, ...(want as object) });
    });

    test('a paragraph that no longer exists: a Swedish message', async () => {
      const { adapter } = fakeAndAdapter({ paragraphs: ['a'] });
      await expect(adapter.select(5, 0, 1)).rejects.toThrow('Stycke 6 finns inte längre i dokumentet. Granska dokumentet igen.');
    });

    test('occurrenceIndex follows Word’s left-to-right, non-overlapping matches', () => {
      expect(occurrenceIndex('aaaa', 'aa', 0)).toBe(0);
      expect(occurrenceIndex('aaaa', 'aa', 2)).toBe(1);
      expect(occurrenceIndex('aaaa', 'aa', 1)).toBe(-1);
    });
  });

  describe('where the case is stored', () => {
    test14('WordApi 1.4: a custom XML part in urn:stockholm:tu:arende:1, compatible with the .docx writer’s part', async () => {
      const { fake, adapter } = fakeAndAdapter({ apiVersion: '1.4' });
      expect(adapter.usesCustomXmlPart()).toBe(true);
      await adapter.apply(handDraft(), c, ALL, []);
      await adapter.apply(handDraft(), c, ['bakgrund'], []);
      const parts = fake.customXmlParts();
      expect(parts).toHaveLength(1);
      expect(parts[0].namespaceUri).toBe(CASE_XML_NAMESPACE);
      expect(storedStateOf(decodeStoredXml(parts[0].xml))!.seq).toBe(2);
      expect(fake.savedSettings()).toEqual({});
      // The .docx reader's parser reads the case out of our part…
      expect(storedStateOf(decodeStoredXml(parts[0].xml))!.case).toEqual(c);
    });

    test14('…and a part written by the .docx writer (bare case, no fingerprints) is read by the adapter', async () => {
      const doc = draftCase(c);
      const { adapter } = fakeAndAdapter({
        customXmlParts: [{ xml: caseToXml(c) }],
        nodes: [{ type: 'contentControl', tag: 'tu:bakgrund', children: ['Bakgrund', 'Annan text'] }],
      });
      expect(await adapter.loadStoredCase()).toEqual(c);
      // Without fingerprints, differing text counts as edited: the user is asked.
      expect((await adapter.plan(doc, ['bakgrund'])).conflicts.map((x) => x.id)).toEqual(['bakgrund']);
    });

    test14('the part’s content is cached per part id: a part replaced behind the adapter’s back is read again', async () => {
      const { fake, adapter } = fakeAndAdapter({ apiVersion: '1.4' });
      await adapter.apply(handDraft(), c, ALL, []);
      let s0 = fake.syncCount();
      expect(await adapter.loadStoredCase()).toEqual(c);
      expect(fake.syncCount() - s0).toBe(1);
      // Someone else (another add-in instance, a macro) replaces the part: it gets a new id.
      const other = { ...c, titel: 'Ändrad av någon annan' };
      await fake.run(async (context) => {
        const parts = context.document.customXmlParts.getByNamespace(CASE_XML_NAMESPACE);
        parts.load('items/id');
        await context.sync();
        parts.items[0].delete();
        context.document.customXmlParts.add(encodeStoredXml({ format: 'tu-arende', version: 1, seq: 9, case: other, fingerprints: {} }));
        await context.sync();
      });
      s0 = fake.syncCount();
      expect(await adapter.loadStoredCase()).toEqual(other);
      expect(fake.syncCount() - s0).toBe(2);
      // Its fingerprints are empty: every section with text now counts as edited.
      expect((await adapter.plan(handDraft({ para: 'Ny.' }), ['sammanfattning'])).conflicts.map((x) => x.id)).toEqual(['sammanfattning']);
    });

    test('WordApi 1.3: Office settings, saved after the batch; customXmlParts is never touched', async () => {
      const { fake, adapter } = fakeAndAdapter({ apiVersion: '1.3' });
      expect(adapter.usesCustomXmlPart()).toBe(false);
      const r = await adapter.apply(handDraft(), c, ALL, []);
      expect(r.warnings).toBeUndefined();
      const saved = storedStateOf(decodeStoredSettings(fake.savedSettings()[SETTINGS_KEY]))!;
      expect(saved.case).toEqual(c);
      expect(Object.keys(saved.fingerprints).sort()).toEqual([...ALL].sort());
      expect(fake.customXmlParts()).toEqual([]);
      expect(await adapter.loadStoredCase()).toEqual(c);
      // Edits are detected through the settings' fingerprints.
      const i = fake.paragraphs().find((p) => p.text === 'Bakgrundstext.')!.index;
      fake.editParagraph(i, 'Ändrad på 1.3.');
      expect((await adapter.plan(handDraft(), ALL)).conflicts.map((x) => x.id)).toEqual(['bakgrund']);
    });

    test('WordApi 1.3: when settings cannot be saved, the text is in and a warning says what it means', async () => {
      const { fake, adapter } = fakeAndAdapter({ apiVersion: '1.3' });
      fake.failSettingsSave();
      const r = await adapter.apply(handDraft(), c, ['forslag'], []);
      expect(r.inserted).toEqual(['forslag']);
      expect(r.warnings).toEqual([
        'Ärendet kunde inte sparas i dokumentet (forced settings failure). Texten är infogad. Nästa gång frågar tillägget innan det ersätter avsnitten.',
      ]);
      expect(fake.savedSettings()).toEqual({});
      // Fail-safe after reopening the document (nothing was saved): the section counts as edited,
      // so nothing is overwritten silently.
      const { adapter: adapter2 } = fakeAndAdapter({
        apiVersion: '1.3',
        nodes: [{ type: 'contentControl', tag: 'tu:forslag', children: fake.contentControls()[0].paragraphs }],
        settings: fake.savedSettings(),
      });
      const plan = await adapter2.plan(handDraft({ item: 'Ändrad punkt.' }), ['forslag']);
      expect(plan.conflicts.map((x) => x.id)).toEqual(['forslag']);
    });

    test14('a document edited in both kinds of Word: the newer store wins', async () => {
      const older = encodeStoredXml({ format: 'tu-arende', version: 1, seq: 1, case: { ...c, titel: 'Gammal' }, fingerprints: {} });
      const newer = encodeStoredSettings({ format: 'tu-arende', version: 1, seq: 5, case: c, fingerprints: {} });
      const { fake, adapter } = fakeAndAdapter({
        apiVersion: '1.4',
        customXmlParts: [{ xml: older }],
        settings: { [SETTINGS_KEY]: newer },
      });
      expect(await adapter.loadStoredCase()).toEqual(c);
      await adapter.apply(handDraft(), c, ['titel'], []);
      expect(storedStateOf(decodeStoredXml(fake.customXmlParts()[0].xml))!.seq).toBe(6);
    });

    test('Word older than WordApi 1.3: a Swedish message, nothing attempted', async () => {
      const { fake, newAdapter } = fakeAndAdapter();
      const adapter = newAdapter({ isSetSupported: () => false });
      await expect(adapter.apply(handDraft(), c, ALL, [])).rejects.toThrow(WordActionError);
      await expect(adapter.plan(handDraft(), ALL)).rejects.toThrow('Den här versionen av Word är för gammal för tillägget');
      expect(fake.runCount()).toBe(0);
      expect(tags(fake)).toEqual([]);
    });
  });
}
