/**
 * The Word adapter against the strict fake: the resulting document (texts, built-in styles, list
 * membership, content-control tags and order), updates in place, neighbours, consent for edited
 * sections, user text outside our controls.
 */
import { sectionText, type DraftDocument } from '../../../src/draft/types';
import { SECTION_TITLES, sectionTag, type SectionId } from '../../../src/model/sections';
import { draftCase } from '../../../src/draft/index';
import { CASE_XML_NAMESPACE, decodeStoredXml, storedStateOf } from '../../../src/model/stored-case';
import { fingerprint } from '../../../src/model/fingerprint';
import { ALL, caseWithProjects, fakeAndAdapter, handDraft, seedCase, tags, test14 } from '../helpers';

/** The cases, on the host chosen with chooseHost() (fake-host.test.ts, officejs-host.test.ts). */
export function adapterCases(): void {
  const c = seedCase(2);

  function controlParagraphs(fake: ReturnType<typeof fakeAndAdapter>['fake'], tag: string) {
    return fake.paragraphs().filter((p) => p.tags.includes(tag));
  }

  describe('inserting every section into an empty document', () => {
    const doc = handDraft();
    const { fake, adapter } = fakeAndAdapter();
    let result: Awaited<ReturnType<typeof adapter.apply>>;
    beforeAll(async () => {
      result = await adapter.apply(doc, c, ALL, []);
    });

    test('one rich-text content control per section, tagged and titled, in standard order', () => {
      expect(result.inserted).toEqual(ALL);
      expect(result.updated).toEqual([]);
      expect(tags(fake)).toEqual(ALL.map(sectionTag));
      expect(fake.contentControls().map((x) => x.title)).toEqual(ALL.map((id) => SECTION_TITLES[id]));
    });

    test('each control holds exactly its section text, paragraph by paragraph', () => {
      for (const s of doc.sections) {
        if (s.blocks.some((b) => b.type === 'table')) continue;
        expect(controlParagraphs(fake, sectionTag(s.id)).map((p) => p.text)).toEqual(sectionText(s).split('\n'));
      }
      // The header block is a table: cells, then the empty paragraph Word keeps after a table.
      const snap = fake.snapshot().find((n) => n.type === 'contentControl' && n.tag === 'tu:huvud');
      expect(snap).toEqual({
        type: 'contentControl',
        tag: 'tu:huvud',
        title: 'Dokumenthuvud',
        children: [
          {
            type: 'table',
            rows: [
              ['Handläggare', 'Till'],
              ['Anna', 'Socialnämnden'],
            ],
            headerRowCount: 1,
          },
          { type: 'paragraph', text: '', styleBuiltIn: 'Normal' },
        ],
      });
    });

    test('headings carry built-in heading styles by level; body text is Normal', () => {
      const byText = new Map(fake.paragraphs().map((p) => [p.text, p]));
      expect(byText.get('Inriktning 2025')!.styleBuiltIn).toBe('Heading1');
      for (const id of ['forslag', 'sammanfattning', 'bakgrund', 'beredning', 'arendet', 'synpunkter', 'bilagor'] as const) {
        expect(byText.get(doc.sections.find((s) => s.id === id)!.heading!)!.styleBuiltIn).toBe('Heading2');
      }
      expect(byText.get('Redovisning')!.styleBuiltIn).toBe('Heading3');
      for (const t of ['Ett vanligt stycke.', 'Bakgrundstext.', 'Om projekt ett.', 'Vera V', 'Socialdirektör', 'Lina L']) {
        expect(byText.get(t)!.styleBuiltIn).toBe('Normal');
        expect(byText.get(t)!.isListItem).toBe(false);
      }
    });

    test('numbered lists are real Word lists; body paragraphs interrupt them and numbering continues', () => {
      const ps = fake.paragraphs();
      const get = (t: string) => ps.find((p) => p.text === t)!;
      const forslag = ['Nämnden godkänner A.', 'Nämnden godkänner B.', 'Ärendet delges C.'].map(get);
      expect(forslag.every((p) => p.isListItem && p.listKind === 'Number' && p.listLevel === 0)).toBe(true);
      expect(new Set(forslag.map((p) => p.listId)).size).toBe(1);

      const one = get('Projekt Ett, Farsta.');
      const two = get('Projekt Två, Skarpnäck.');
      const three = get('Projekt Tre, Kista.');
      expect([one, two, three].map((p) => [p.isListItem, p.listKind, p.listStartAt])).toEqual([
        [true, 'Number', 1],
        [true, 'Number', 2],
        [true, 'Number', 3],
      ]);
      expect(two.italic).toBe(true);
      expect(one.italic).toBe(false);
      // Order: item, its body, next item.
      const order = ps.filter((p) => p.tags.includes('tu:arendet')).map((p) => p.text);
      expect(order).toEqual([
        'Ärendet',
        'Redovisning',
        'Projekt Ett, Farsta.',
        'Om projekt ett.',
        'Mer om ett.',
        'Projekt Två, Skarpnäck.',
        'Om projekt två.',
        'Projekt Tre, Kista.',
        'Punkt a',
        'Punkt b',
        'Fortgående projekt',
      ]);
      const bullets = ['Punkt a', 'Punkt b'].map(get);
      expect(bullets.every((p) => p.isListItem && p.listKind === 'Bullet')).toBe(true);
      expect(bullets[0].listId).toBe(bullets[1].listId);
      expect(bullets[0].listId).not.toBe(three.listId);
      const after = get('Fortgående projekt');
      expect([after.isListItem, after.italic, after.styleBuiltIn]).toEqual([false, true, 'Normal']);
    });

    test14('the case and a fingerprint per section are stored in one custom XML part', async () => {
      const parts = fake.customXmlParts().filter((p) => p.namespaceUri === CASE_XML_NAMESPACE);
      expect(parts).toHaveLength(1);
      const state = storedStateOf(decodeStoredXml(parts[0].xml))!;
      expect(state.case).toEqual(c);
      for (const s of doc.sections) expect(state.fingerprints[s.id]).toBe(fingerprint(sectionText(s)));
      expect(await adapter.loadStoredCase()).toEqual(c);
      expect(fake.savedSettings()).toEqual({});
    });

    test('the document’s own first paragraph is left alone, outside every control', () => {
      expect(fake.outsideTu()).toEqual([{ text: '', styleBuiltIn: 'Normal', isListItem: false, inTable: false }]);
    });
  });

  describe('inserting twice updates in place', () => {
    test('same controls, same text, nothing duplicated', async () => {
      const doc = draftCase(c);
      const { fake, adapter } = fakeAndAdapter({ paragraphs: ['Användarens rad före.'] });
      await adapter.apply(doc, c, ALL, []);
      const first = fake.snapshot();
      const r = await adapter.apply(doc, c, ALL, []);
      expect(r).toEqual({ inserted: [], updated: ALL, skipped: [] });
      expect(tags(fake)).toEqual(ALL.map(sectionTag));
      // List ids are new Word lists, everything else is identical.
      const strip = (x: unknown): unknown => JSON.parse(JSON.stringify(x, (k: string, v: unknown) => (k === 'listId' ? undefined : v)));
      expect(strip(fake.snapshot())).toEqual(strip(first));
    });

    test('an update with new content replaces only that section', async () => {
      const { fake, adapter } = fakeAndAdapter();
      await adapter.apply(handDraft(), c, ALL, []);
      const before = fake.contentControls();
      const r = await adapter.apply(handDraft({ para: 'Ny sammanfattning.' }), c, ['sammanfattning'], []);
      expect(r).toEqual({ inserted: [], updated: ['sammanfattning'], skipped: [] });
      const after = fake.contentControls();
      expect(after.map((x) => x.tag)).toEqual(before.map((x) => x.tag));
      after.forEach((x, i) => {
        if (x.tag === 'tu:sammanfattning') expect(x.paragraphs).toEqual(['Sammanfattning', 'Ny sammanfattning.']);
        else expect(x).toEqual(before[i]);
      });
    });
  });

  describe('a section inserted alone lands between its neighbours', () => {
    const doc = handDraft();
    test.each<[SectionId[], SectionId[], SectionId[]]>([
      [['huvud', 'forslag', 'synpunkter'], ['bakgrund'], ['huvud', 'forslag', 'bakgrund', 'synpunkter']],
      [['huvud', 'forslag', 'synpunkter'], ['titel'], ['huvud', 'titel', 'forslag', 'synpunkter']],
      [['huvud', 'forslag', 'synpunkter'], ['bilagor'], ['huvud', 'forslag', 'synpunkter', 'bilagor']],
      [['synpunkter'], ['sammanfattning'], ['sammanfattning', 'synpunkter']],
      [
        ['synpunkter', 'bilagor'],
        ['huvud', 'arendet'],
        ['huvud', 'arendet', 'synpunkter', 'bilagor'],
      ],
      [
        ['forslag', 'bilagor'],
        ['arendet', 'sammanfattning'],
        ['forslag', 'sammanfattning', 'arendet', 'bilagor'],
      ],
    ])('existing %j, inserting %j gives %j', async (existing, insert, expected) => {
      const { fake, adapter } = fakeAndAdapter({ paragraphs: ['Före.', 'Mitten.', 'Efter.'] });
      await adapter.apply(doc, c, existing, []);
      const outside = fake.outsideTu();
      const r = await adapter.apply(doc, c, insert, []);
      expect(r.inserted).toEqual([...insert].sort((a, b) => ALL.indexOf(a) - ALL.indexOf(b)));
      expect(tags(fake)).toEqual(expected.map(sectionTag));
      expect(fake.outsideTu()).toEqual(outside);
    });

    test('with user text between sections, the new section goes right after its preceding neighbour', async () => {
      const { fake, adapter } = fakeAndAdapter({ paragraphs: ['Före.'] });
      await adapter.apply(doc, c, ['huvud', 'synpunkter'], []);
      // The user writes between the two sections.
      fake.insertUserParagraphAfterControl('tu:huvud', 'Användarens egen text.');
      const outside = fake.outsideTu();
      await adapter.apply(doc, c, ['bakgrund'], []);
      const seq = fake.snapshot().map((n) => (n.type === 'contentControl' ? n.tag : n.type === 'paragraph' ? n.text : 'table'));
      expect(seq).toEqual(['Före.', 'tu:huvud', 'tu:bakgrund', 'Användarens egen text.', 'tu:synpunkter']);
      expect(fake.outsideTu()).toEqual(outside);
    });

    test('with no section in the document, sections go to the end, after the user’s text', async () => {
      const { fake, adapter } = fakeAndAdapter({ paragraphs: ['Rad 1', 'Rad 2'] });
      await adapter.apply(doc, c, ['bakgrund', 'forslag'], []);
      const seq = fake.snapshot().map((n) => (n.type === 'contentControl' ? n.tag : n.type === 'paragraph' ? n.text : 'table'));
      expect(seq).toEqual(['Rad 1', 'Rad 2', 'tu:forslag', 'tu:bakgrund']);
    });
  });

  describe('edited sections are not replaced without consent', () => {
    async function setup() {
      const ctx = fakeAndAdapter({ paragraphs: ['Användarens inledning.'] });
      await ctx.adapter.apply(handDraft(), c, ALL, []);
      const i = ctx.fake.paragraphs().find((p) => p.text === 'Bakgrundstext.')!.index;
      ctx.fake.editParagraph(i, 'Bakgrundstext som handläggaren har skrivit om.');
      return ctx;
    }

    test('plan reports the conflict with the current and the new text', async () => {
      const { adapter } = await setup();
      const doc = handDraft({ para: 'Ändrad sammanfattning.' });
      const plan = await adapter.plan(doc, ALL);
      expect(plan.toInsert).toEqual([]);
      expect(plan.toUpdate).toEqual(ALL.filter((id) => id !== 'bakgrund'));
      expect(plan.conflicts).toEqual([
        {
          id: 'bakgrund',
          title: 'Bakgrund',
          currentText: 'Bakgrund\nBakgrundstext som handläggaren har skrivit om.',
          newText: 'Bakgrund\nBakgrundstext.',
        },
      ]);
    });

    test('apply without consent skips it and leaves the user’s text; with consent it replaces it', async () => {
      const { fake, adapter } = await setup();
      const r1 = await adapter.apply(handDraft(), c, ALL, []);
      expect(r1.skipped).toEqual(['bakgrund']);
      // apply reports the conflict with both texts, so the pane can ask without a separate plan.
      expect(r1.conflicts).toEqual([
        {
          id: 'bakgrund',
          title: 'Bakgrund',
          currentText: 'Bakgrund\nBakgrundstext som handläggaren har skrivit om.',
          newText: 'Bakgrund\nBakgrundstext.',
        },
      ]);
      expect(r1.updated).toEqual(ALL.filter((id) => id !== 'bakgrund'));
      expect(fake.contentControls().find((x) => x.tag === 'tu:bakgrund')!.paragraphs).toEqual([
        'Bakgrund',
        'Bakgrundstext som handläggaren har skrivit om.',
      ]);
      // Still a conflict next time: skipping did not store the new fingerprint.
      expect((await adapter.plan(handDraft(), ['bakgrund'])).conflicts.map((x) => x.id)).toEqual(['bakgrund']);

      const r2 = await adapter.apply(handDraft(), c, ALL, ['bakgrund']);
      expect(r2.skipped).toEqual([]);
      expect(r2.updated).toEqual(ALL);
      expect(fake.contentControls().find((x) => x.tag === 'tu:bakgrund')!.paragraphs).toEqual(['Bakgrund', 'Bakgrundstext.']);
      expect((await adapter.plan(handDraft(), ALL)).conflicts).toEqual([]);
    });

    test('an edit made after the plan is still caught by apply (it re-reads)', async () => {
      const { fake, adapter } = fakeAndAdapter();
      await adapter.apply(handDraft(), c, ALL, []);
      const plan = await adapter.plan(handDraft(), ALL);
      expect(plan.conflicts).toEqual([]);
      const i = fake.paragraphs().find((p) => p.text === 'Beredningstext.')!.index;
      fake.editParagraph(i, 'Beredningstext, ändrad under tiden.');
      const r = await adapter.apply(handDraft(), c, ALL, []);
      expect(r.skipped).toEqual(['beredning']);
      expect(fake.paragraphs()[i].text).toBe('Beredningstext, ändrad under tiden.');
    });

    test('consent for one section does not cover another', async () => {
      const { fake, adapter } = await setup();
      const i = fake.paragraphs().find((p) => p.text === 'Beredningstext.')!.index;
      fake.editParagraph(i, 'Egen beredning.');
      const r = await adapter.apply(handDraft(), c, ALL, ['bakgrund']);
      expect(r.skipped).toEqual(['beredning']);
      expect(fake.paragraphs().some((p) => p.text === 'Egen beredning.')).toBe(true);
    });

    test('spacing-only edits do not count as edits (documented choice)', async () => {
      const { fake, adapter } = fakeAndAdapter();
      await adapter.apply(handDraft(), c, ALL, []);
      const i = fake.paragraphs().find((p) => p.text === 'Bakgrundstext.')!.index;
      fake.editParagraph(i, '  Bakgrundstext. ');
      expect((await adapter.plan(handDraft(), ALL)).conflicts).toEqual([]);
    });

    test('a section of ours without a stored fingerprint counts as edited unless it already has the new text', async () => {
      const doc = handDraft();
      const bak = doc.sections.find((s) => s.id === 'bakgrund')!;
      const { adapter } = fakeAndAdapter({
        nodes: [
          { type: 'contentControl', tag: 'tu:bakgrund', children: [{ text: 'Bakgrund', styleBuiltIn: 'Heading2' }, 'Något annat.'] },
          {
            type: 'contentControl',
            tag: 'tu:beredning',
            children: sectionText(doc.sections.find((s) => s.id === 'beredning')!).split('\n'),
          },
        ],
      });
      const plan = await adapter.plan(doc, ['bakgrund', 'beredning']);
      expect(plan.conflicts.map((x) => [x.id, x.currentText, x.newText])).toEqual([
        ['bakgrund', 'Bakgrund\nNågot annat.', sectionText(bak)],
      ]);
      expect(plan.toUpdate).toEqual(['beredning']);
    });
  });

  describe('duplicated sections (the user copied a control)', () => {
    test('the first is updated, the copy is left, and a warning says so', async () => {
      const { fake, adapter } = fakeAndAdapter();
      await adapter.apply(handDraft(), c, ALL, []);
      fake.duplicateControl('tu:sammanfattning');
      const copyBefore = fake.contentControls().filter((x) => x.tag === 'tu:sammanfattning')[1];
      const plan = await adapter.plan(handDraft({ para: 'Ny.' }), ['sammanfattning']);
      expect(plan.warnings).toEqual([expect.stringContaining('"Sammanfattning" finns 2 gånger')]);
      const r = await adapter.apply(handDraft({ para: 'Ny.' }), c, ['sammanfattning'], []);
      expect(r.updated).toEqual(['sammanfattning']);
      expect(r.warnings).toEqual([expect.stringMatching(/Sammanfattning.*2 gånger.*Bara det första uppdateras/)]);
      const both = fake.contentControls().filter((x) => x.tag === 'tu:sammanfattning');
      expect(both).toHaveLength(2);
      expect(both[0].paragraphs).toEqual(['Sammanfattning', 'Ny.']);
      expect(both[1]).toEqual(copyBefore);
    });
  });

  describe('drafts from the drafter (seed 002 with 1, 10 and 100 projects)', () => {
    test.each([1, 10, 100])('%i projects: every section’s text arrives paragraph by paragraph', async (n) => {
      const cs = caseWithProjects(n);
      const doc = draftCase(cs);
      const { fake, adapter } = fakeAndAdapter();
      await adapter.apply(doc, cs, ALL, []);
      expect(tags(fake)).toEqual(ALL.map(sectionTag));
      for (const s of doc.sections) {
        const got = controlParagraphs(fake, sectionTag(s.id)).map((p) => p.text);
        const want = sectionText(s)
          .split('\n')
          .flatMap((line) => line.split('\t'));
        expect(got.filter((t) => t !== '')).toEqual(want.filter((t) => t !== ''));
      }
      expect(await adapter.loadStoredCase()).toEqual(cs);
    });
  });

  describe('validation happens before Word is touched', () => {
    test('a section missing from the draft: Swedish InputError, no Word.run at all', async () => {
      const { fake, adapter } = fakeAndAdapter();
      const doc: DraftDocument = { ...handDraft(), sections: handDraft().sections.filter((s) => s.id !== 'bakgrund') };
      await expect(adapter.apply(doc, c, ['bakgrund'], [])).rejects.toThrow(
        'Utkastet har ett fel:\n  • Bakgrund: avsnittet finns inte i utkastet',
      );
      expect(fake.runCount()).toBe(0);
    });

    test('a table row with the wrong number of cells names the section and row', async () => {
      const { fake, adapter } = fakeAndAdapter();
      const doc = handDraft();
      const huvud = doc.sections[0];
      huvud.blocks = [{ type: 'table', header: ['A', 'B'], rows: [['1', '2'], ['3']] }];
      await expect(adapter.apply(doc, c, ALL, [])).rejects.toThrow(
        'Dokumenthuvud[0].rows[1]: raden har 1 celler men tabellen har 2 kolumner',
      );
      expect(fake.runCount()).toBe(0);
    });

    test('an invalid case is refused before the first write', async () => {
      const { fake, adapter } = fakeAndAdapter();
      const bad = { ...c, metadata: { ...c.metadata, dnr: '' } };
      await expect(adapter.apply(handDraft(), bad, ALL, [])).rejects.toThrow(
        /Ärendet har ett fel:\n {2}• [^\n]*dnr\)?: får inte vara tomt/,
      );
      expect(fake.runCount()).toBe(0);
    });

    test('no sections chosen', async () => {
      const { adapter } = fakeAndAdapter();
      await expect(adapter.apply(handDraft(), c, [], [])).rejects.toThrow('inga avsnitt är valda');
    });
  });
}
