/**
 * Issue 11: what real Word does that a naive adapter breaks on, and bounded requests. The fake
 * models each behaviour (test/fakes/word.ts); on the library's host the same cases also go
 * through Microsoft's office.js.
 */
import { sectionText } from '../../../src/draft/types';
import { sectionTag } from '../../../src/model/sections';
import { REQUEST_BUDGET, syncBudget, WordActionError } from '../../../src/word/adapter';
import { ALL, currentHost, draftWithProjects, fakeAndAdapter, handDraft, seedCase, tags, test14 } from '../helpers';

const c = seedCase(2);

/** Paragraphs of a control, in order. */
function inControl(fake: ReturnType<typeof fakeAndAdapter>['fake'], tag: string) {
  return fake.paragraphs().filter((p) => p.tags.includes(tag));
}

export function quirksCases(): void {
  describe('Word’s quirks', () => {
    test('office-js #3176: nothing of a section lands after its control, whatever its last block (list, table, paragraph)', async () => {
      const { fake, adapter } = fakeAndAdapter({ paragraphs: ['Före.', 'Efter.'] });
      const doc = handDraft();
      // Sections ending in a list (forslag, bilagor), a table (huvud), signatures (synpunkter).
      await adapter.apply(doc, c, ALL, []);
      await adapter.apply(handDraft({ para: 'Uppdaterad.' }), c, ALL, []);
      expect(fake.outsideTu().map((p) => p.text)).toEqual(['Före.', 'Efter.']);
      for (const s of doc.sections.filter((x) => x.id !== 'huvud' && x.id !== 'sammanfattning'))
        expect(inControl(fake, sectionTag(s.id)).map((p) => p.text)).toEqual(sectionText(s).split('\n'));
    });

    test('a section whose old first paragraph is a list item: after clear() nothing of ours joins that list', async () => {
      const { fake, adapter } = fakeAndAdapter();
      await adapter.apply(handDraft(), c, ['forslag'], []);
      // The user deletes the heading: the control now starts with a list item.
      fake.deleteParagraph(inControl(fake, 'tu:forslag')[0].index);
      expect(inControl(fake, 'tu:forslag')[0].isListItem).toBe(true);
      await adapter.apply(handDraft(), c, ['forslag'], ['forslag']);
      const after = inControl(fake, 'tu:forslag');
      expect(after.map((p) => [p.text, p.styleBuiltIn, p.isListItem])).toEqual([
        ['Förvaltningens förslag till beslut', 'Heading2', false],
        ['Nämnden godkänner A.', 'ListParagraph', true],
        ['Nämnden godkänner B.', 'ListParagraph', true],
        ['Ärendet delges C.', 'ListParagraph', true],
      ]);
    });

    test('a paragraph after a list is not a list item, and italic does not leak to the next paragraph', async () => {
      const { fake, adapter } = fakeAndAdapter();
      await adapter.apply(handDraft(), c, ['arendet'], []);
      const get = (t: string) => fake.paragraphs().find((p) => p.text === t)!;
      expect([get('Om projekt ett.').isListItem, get('Om projekt två.').isListItem]).toEqual([false, false]);
      expect([get('Projekt Två, Skarpnäck.').italic, get('Om projekt två.').italic, get('Projekt Tre, Kista.').italic]).toEqual([
        true,
        false,
        false,
      ]);
      expect([get('Fortgående projekt').isListItem, get('Fortgående projekt').italic]).toEqual([false, true]);
    });

    test('Office-Add-in-samples #223: a heading that did not take styleBuiltIn is set by its Swedish name, one more sync', async () => {
      const { fake, adapter } = fakeAndAdapter({ language: 'sv', headingStyleNotApplied: true }, { language: 'sv-SE' });
      const s0 = fake.syncCount();
      const r = await adapter.apply(handDraft(), c, ['bakgrund', 'arendet'], []);
      expect(r.warnings).toBeUndefined();
      const syncs = fake.syncCount() - s0;
      const heads = fake.paragraphs().filter((p) => ['Bakgrund', 'Ärendet', 'Redovisning'].includes(p.text));
      expect(heads.map((p) => p.styleBuiltIn)).toEqual(['Heading2', 'Heading2', 'Heading3']);
      const dt = await adapter.readDocText();
      expect(dt.paragraphs.filter((p) => p.headingLevel !== null).map((p) => [p.text, p.styleName])).toEqual([
        ['Bakgrund', 'Rubrik 2'],
        ['Ärendet', 'Rubrik 2'],
        ['Redovisning', 'Rubrik 3'],
      ]);
      // Without the quirk the same insert takes one sync less.
      const plain = fakeAndAdapter({ language: 'sv' }, { language: 'sv-SE' });
      const p0 = plain.fake.syncCount();
      await plain.adapter.apply(handDraft(), c, ['bakgrund', 'arendet'], []);
      expect(syncs).toBe(plain.fake.syncCount() - p0 + 1);
    });

    test('manual line breaks, tabs, non-BMP characters and a paragraph of 200 000 characters arrive unchanged', async () => {
      const long = 'Lång text om projektet 🧪\t'.repeat(8000);
      const texts = ['rad ett\nrad två', 'kolumn\tkolumn', '𝔘𝔫𝔦𝔠𝔬𝔡𝔢 👩‍👩‍👧 och 𠀀', long];
      const { fake, adapter } = fakeAndAdapter();
      for (const t of texts) {
        await adapter.apply(handDraft({ para: t }), c, ['sammanfattning'], []);
        expect(inControl(fake, 'tu:sammanfattning').map((p) => p.text)).toEqual(['Sammanfattning', t.replace(/\n/g, '\u000b')]);
        const dt = await adapter.readDocText();
        expect(dt.paragraphs.find((p) => p.tag === 'tu:sammanfattning' && p.headingLevel === null)!.text).toBe(t.replace(/\n/g, '\u000b'));
      }
    });

    test14('office-js #6673: a document without a stored part (Word answers items === undefined) reads and writes', async () => {
      const { fake, adapter } = fakeAndAdapter({ apiVersion: '1.4' });
      expect(await adapter.loadStoredCase()).toBeUndefined();
      expect((await adapter.plan(handDraft(), ALL)).toInsert).toEqual(ALL);
      await adapter.apply(handDraft(), c, ['bakgrund'], []);
      expect(fake.customXmlParts()).toHaveLength(1);
    });
  });

  describe('placeholders (issue 12): a prompt where the case has no text', () => {
    const prompt = '[Skriv årets viktigaste resultat här]';
    const text = `Under året har projekten ${prompt}. Mer om det i bilagan.`;
    const withPlaceholder = () => {
      const doc = handDraft();
      doc.sections.find((s) => s.id === 'sammanfattning')!.blocks = [
        {
          type: 'paragraph',
          text,
          placeholders: [
            {
              start: text.indexOf(prompt),
              end: text.indexOf(prompt) + prompt.length,
              id: 'sammanfattning-resultat',
              prompt: 'Skriv årets viktigaste resultat här',
            },
          ],
        },
      ];
      return doc;
    };

    test('shown as an inline content control with the prompt as placeholder text, highlighted; the text stays the draft’s', async () => {
      const { fake, adapter } = fakeAndAdapter();
      await adapter.apply(withPlaceholder(), c, ['sammanfattning'], []);
      const cc = fake.snapshot().find((n) => n.type === 'contentControl' && n.tag === 'tu:sammanfattning');
      const para = cc && cc.type === 'contentControl' ? cc.children[1] : undefined;
      expect(para).toEqual({
        type: 'paragraph',
        text,
        styleBuiltIn: 'Normal',
        inlineControls: [
          {
            start: text.indexOf(prompt),
            end: text.indexOf(prompt) + prompt.length,
            tag: 'tu:platshallare:sammanfattning-resultat',
            title: 'Platshållare',
            placeholderText: prompt,
            text: prompt,
          },
        ],
        highlights: [{ start: text.indexOf(prompt), end: text.indexOf(prompt) + prompt.length, color: 'Yellow', text: prompt }],
      });
      // Not edited by the user: the next update replaces it without asking.
      expect((await adapter.plan(withPlaceholder(), ['sammanfattning'])).conflicts).toEqual([]);
      expect((await adapter.readDocText()).paragraphs.some((p) => p.text === text)).toBe(true);
    });

    test('a placeholder outside its paragraph is refused before Word is touched', async () => {
      const { fake, adapter } = fakeAndAdapter();
      const doc = withPlaceholder();
      const b = doc.sections.find((s) => s.id === 'sammanfattning')!.blocks[0];
      if (b.type === 'paragraph') b.placeholders = [{ start: 5, end: 999, id: 'x', prompt: 'x' }];
      await expect(adapter.apply(doc, c, ['sammanfattning'], [])).rejects.toThrow('platshållaren ligger inte inom stycket');
      expect(fake.runCount()).toBe(0);
    });
  });

  describe('Track Changes (WordApi 1.4)', () => {
    test14('with tracking on, replaced text stays as tracked deletions, yet the section is not “edited by the user”', async () => {
      const { fake, adapter } = fakeAndAdapter({ apiVersion: '1.4' });
      await adapter.apply(handDraft(), c, ALL, []);
      expect((await adapter.plan(handDraft(), ALL)).trackChanges).toBeUndefined();
      fake.setChangeTracking('TrackAll');
      const r = await adapter.apply(handDraft({ para: 'Ny sammanfattning.' }), c, ['sammanfattning'], []);
      expect(r.trackChanges).toBe(true);
      // The old text is still in the document, as a deletion.
      expect(inControl(fake, 'tu:sammanfattning').map((p) => [p.text, p.deleted ?? false])).toEqual([
        ['Sammanfattning', true],
        ['Ett vanligt stycke.', true],
        ['Sammanfattning', false],
        ['Ny sammanfattning.', false],
      ]);
      const plan = await adapter.plan(handDraft({ para: 'Ny sammanfattning.' }), ALL);
      expect(plan.trackChanges).toBe(true);
      expect(plan.conflicts).toEqual([]);
      // A real edit by the user is still caught.
      const i = fake.paragraphs().find((p) => p.text === 'Ny sammanfattning.')!.index;
      fake.editParagraph(i, 'Handläggarens egen sammanfattning.');
      expect((await adapter.plan(handDraft(), ALL)).conflicts.map((x) => x.id)).toEqual(['sammanfattning']);
    });

    test14('the checker does not read tracked deletions; paragraph indexes still match the document', async () => {
      const { fake, adapter } = fakeAndAdapter({ apiVersion: '1.4', changeTracking: 'TrackAll' });
      await adapter.apply(handDraft(), c, ['bakgrund'], []);
      await adapter.apply(handDraft(), c, ['bakgrund'], []);
      const dt = await adapter.readDocText();
      expect(dt.paragraphs).toHaveLength(fake.paragraphs().length);
      expect(dt.paragraphs.map((p) => p.text).filter((t) => t !== '')).toEqual(['Bakgrund', 'Bakgrundstext.']);
      expect(
        fake
          .paragraphs()
          .filter((p) => p.deleted)
          .map((p) => p.text),
      ).toEqual(['Bakgrund', 'Bakgrundstext.']);
    });

    test14('tracking off: the reads are as before (no extra sync)', async () => {
      const on = fakeAndAdapter({ apiVersion: '1.4', changeTracking: 'TrackAll' });
      const off = fakeAndAdapter({ apiVersion: '1.4' });
      for (const x of [on, off]) await x.adapter.apply(handDraft(), c, ALL, []);
      const count = async (x: typeof on) => {
        const s = x.fake.syncCount();
        await x.adapter.plan(handDraft(), ALL);
        return x.fake.syncCount() - s;
      };
      expect([await count(off), await count(on)]).toEqual([1, 2]);
    });
  });

  describe('bounded requests', () => {
    test(`1 000 projects: each request under ${REQUEST_BUDGET} bytes on ${currentHost() === 'officejs' ? 'the real library' : 'the fake'}, syncs within 3 + one per extra MB, the stored case last`, async () => {
      const { c: big, doc } = draftWithProjects(1000);
      const { fake, adapter, requests } = fakeAndAdapter({ paragraphs: ['Före.'] });
      const s0 = fake.syncCount();
      const r0 = requests?.length ?? 0;
      await adapter.apply(doc, big, ALL, []);
      const syncs = fake.syncCount() - s0;
      expect(tags(fake)).toEqual(ALL.map(sectionTag));
      expect(await adapter.loadStoredCase()).toEqual(big);
      if (requests) {
        const sent = requests.slice(r0).filter((x) => !x.cleanup);
        const total = sent.reduce((n, x) => n + x.bytes, 0);
        console.log(`1 000 projekt, infoga alla: ${sent.map((x) => x.bytes).join(' + ')} = ${total} byte i ${sent.length} anrop`);
        expect(sent).toHaveLength(syncs);
        expect(Math.max(...sent.map((x) => x.bytes))).toBeLessThanOrEqual(REQUEST_BUDGET);
        expect(syncs).toBeLessThanOrEqual(syncBudget(total));
      } else expect(syncs).toBeGreaterThan(2); // split into chunks on the fake too
    });

    test('one paragraph of 1.5 million characters (with a placeholder at its end): written in pieces, each request under the budget, the text unchanged', async () => {
      const prompt = '[Skriv slutsatsen här]';
      const text = `${'Resultaten redovisas i bilagan – ÅÄÖ åäö 👍\t'.repeat(36000)}${prompt}`;
      const doc = handDraft();
      doc.sections.find((s) => s.id === 'sammanfattning')!.blocks = [
        {
          type: 'paragraph',
          text,
          placeholders: [{ start: text.length - prompt.length, end: text.length, id: 'slutsats', prompt: 'Skriv slutsatsen här' }],
        },
      ];
      const { fake, adapter, requests } = fakeAndAdapter();
      const r0 = requests?.length ?? 0;
      const s0 = fake.syncCount();
      await adapter.apply(doc, c, ['sammanfattning'], []);
      expect(fake.syncCount() - s0).toBeGreaterThan(2);
      const ps = inControl(fake, 'tu:sammanfattning');
      expect(ps.map((p) => p.text.length)).toEqual([14, text.length]);
      expect(ps[1].text === text).toBe(true);
      const snap = fake.snapshot().find((n) => n.type === 'contentControl' && n.tag === 'tu:sammanfattning');
      const para = snap && snap.type === 'contentControl' ? snap.children[1] : undefined;
      expect(para && para.type === 'paragraph' ? para.inlineControls?.map((x) => x.text) : undefined).toEqual([prompt]);
      if (requests) {
        const sent = requests.slice(r0).filter((x) => !x.cleanup);
        expect(Math.max(...sent.map((x) => x.bytes))).toBeLessThanOrEqual(REQUEST_BUDGET);
        expect(sent.length).toBeLessThanOrEqual(syncBudget(sent.reduce((n, x) => n + x.bytes, 0)));
      }
    });

    test('a write that fails in a later chunk (no rollback): the store is not written and the half-written section counts as edited', async () => {
      const { c: big, doc } = draftWithProjects(1000);
      const { fake, adapter } = fakeAndAdapter({ atomic: false, paragraphs: ['Före.'] });
      await adapter.apply(doc, big, ['sammanfattning'], []);
      const stored = await adapter.loadStoredCase();
      // The third write sync fails (the read is sync 1): Ärendet is then written in part.
      fake.failSync(4);
      await expect(adapter.apply(doc, big, ALL, [])).rejects.toThrow(WordActionError);
      expect(fake.outsideTu().map((p) => p.text)).toEqual(['Före.']);
      expect(await adapter.loadStoredCase()).toEqual(stored);
      const plan = await adapter.plan(doc, ALL);
      expect(plan.conflicts.map((x) => x.id)).toContain('arendet');
      // Nothing is overwritten silently: the half-written section is skipped without consent.
      const r = await adapter.apply(doc, big, ALL, []);
      expect(r.skipped).toContain('arendet');
    });
  });
}
