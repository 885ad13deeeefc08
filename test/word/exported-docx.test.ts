/**
 * A .docx written by the CLI (or "Ladda ner .docx") and later opened in Word: the add-in finds the
 * stored case and fingerprints, so it updates untouched sections without asking and still asks for
 * a section the user has edited. The document is rebuilt in the fake from what readDocx reads.
 */
import { readDocx } from '../../src/io/docx/read';
import { writeDocx } from '../../src/io/docx/write';
import { SECTION_IDS } from '../../src/model/sections';
import { strFromU8, unzipSync } from 'fflate';
import type { FakeNodeInit } from '../fakes/word';
import { draftWithProjects, fakeAndAdapter } from './helpers';

async function openInFakeWord(bytes: Uint8Array, edit?: { tag: string; text: string }) {
  const doc = await readDocx(bytes, 'utkast.docx');
  const xml = strFromU8(unzipSync(bytes)['customXml/item1.xml']);
  const nodes: FakeNodeInit[] = [];
  for (const p of doc.paragraphs.filter((x) => x.part === 'body')) {
    const last = nodes[nodes.length - 1];
    const child: FakeNodeInit = { text: p.text, styleBuiltIn: p.headingLevel ? `Heading${p.headingLevel}` : 'Normal' };
    if (p.tag && typeof last === 'object' && 'type' in last && last.type === 'contentControl' && last.tag === p.tag)
      last.children.push(child);
    else if (p.tag) nodes.push({ type: 'contentControl', tag: p.tag, children: [child] });
    else nodes.push(child);
  }
  if (edit) {
    const cc = nodes.find((n) => typeof n === 'object' && 'type' in n && n.type === 'contentControl' && n.tag === edit.tag) as {
      children: FakeNodeInit[];
    };
    cc.children.push({ text: edit.text });
  }
  return fakeAndAdapter({ nodes, customXmlParts: [{ xml }], apiVersion: '1.4' });
}

test('an exported .docx updates in Word without asking, and asks only for the edited section', async () => {
  const { c, doc } = draftWithProjects(7);
  const bytes = await writeDocx(doc, c);
  const { adapter } = await openInFakeWord(bytes);
  const plan = await adapter.plan(doc, [...SECTION_IDS]);
  expect(plan.conflicts).toEqual([]);
  expect(plan.toUpdate).toEqual([...SECTION_IDS]);
  expect(await adapter.loadStoredCase()).toEqual(c);

  const edited = await openInFakeWord(bytes, { tag: 'tu:bakgrund', text: 'En mening som handläggaren lade till.' });
  const plan2 = await edited.adapter.plan(doc, [...SECTION_IDS]);
  expect(plan2.conflicts.map((x) => x.id)).toEqual(['bakgrund']);
  expect(plan2.conflicts[0].currentText).toContain('En mening som handläggaren lade till.');
});
