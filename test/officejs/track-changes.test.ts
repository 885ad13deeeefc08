/**
 * Track Changes through Microsoft's office.js: the adapter's reading code (src/word/read.ts) with
 * Track Changes on, its requests sent by the real library (Document.changeTrackingMode and
 * getReviewedText('Current') as the library encodes them) and answered from the document model.
 * The adapter itself uses them only on WordApi 1.4, which this library build cannot be (it lacks
 * customXmlParts), so the reading functions are called here directly, with the settings store.
 */
import { readParagraphs, readSections } from '../../src/word/read';
import { CaseStore } from '../../src/word/store';
import { createOfficeJsHost } from './host';

function hostWithTrackedDeletion() {
  const host = createOfficeJsHost({
    modelOnly14: true,
    apiVersion: '1.4',
    changeTracking: 'TrackAll',
    nodes: [
      'Före.',
      { type: 'contentControl', tag: 'tu:bakgrund', children: [{ text: 'Bakgrund', styleBuiltIn: 'Heading2' }, 'Gammal text.'] },
    ],
  });
  return host;
}

test('a section’s text is its current text: the tracked deletion is left out', async () => {
  const host = hostWithTrackedDeletion();
  // The add-in's earlier update with tracking on: the old text stays as a tracked deletion.
  await host.fake.run(async (context) => {
    const cc = context.document.contentControls.getByTag('tu:bakgrund').getFirst();
    cc.clear();
    cc.insertParagraph('Bakgrund', 'End');
    cc.insertParagraph('Ny text.', 'End');
    await context.sync();
  });
  const store = new CaseStore(
    () => false,
    () => null,
  );
  const read = await host.run((context) => readSections(context, store, ['bakgrund'], true));
  expect(read.trackChanges).toBe(true);
  expect(read.states.get('bakgrund')!.currentText).toBe('\rBakgrund\rNy text.');
  // What Word gives as the control's text still holds the deletion.
  expect(host.fake.contentControls()[0].text).toContain('Gammal text.');
  expect(host.syncsOfRun(host.runCount() - 1)).toHaveLength(2);
});

test('the checker’s paragraphs: deleted text is not read, indexes still match the document', async () => {
  const host = hostWithTrackedDeletion();
  await host.fake.run(async (context) => {
    context.document.contentControls.getByTag('tu:bakgrund').getFirst().clear();
    await context.sync();
  });
  const store = new CaseStore(
    () => false,
    () => null,
  );
  const read = await host.run((context) => readParagraphs(context, store, true));
  expect(read.trackChanges).toBe(true);
  expect(read.paragraphs.map((p) => p.text)).toEqual(['Före.', '', '', '']);
  expect(host.fake.paragraphs().map((p) => p.text)).toEqual(['Före.', 'Bakgrund', 'Gammal text.', '']);
});

test('tracking off: one request, texts as Word gives them', async () => {
  const host = createOfficeJsHost({ modelOnly14: true, apiVersion: '1.4', paragraphs: ['Ett.', 'Två.'] });
  const store = new CaseStore(
    () => false,
    () => null,
  );
  const read = await host.run((context) => readParagraphs(context, store, true));
  expect(read.trackChanges).toBe(false);
  expect(read.paragraphs.map((p) => p.text)).toEqual(['Ett.', 'Två.']);
  expect(host.syncsOfRun(0)).toHaveLength(1);
});
