/**
 * @jest-environment jsdom
 *
 * The pane in Word mode, rendered with React in jsdom against a fake WordAdapter: inserting asks
 * before replacing an edited section ("Ersätt" / "Behåll min text" / "Avbryt"), an invalid case is
 * never inserted, and "Infoga projekt vid markören" sends that project's block.
 */
import * as fs from 'fs';
import * as path from 'path';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { DocText } from '../../src/check/types';
import type { ApplyResult, UpdatePlan, WordAdapter } from '../../src/word/types';
import { type Block } from '../../src/draft/types';
import { ALL_SECTION_IDS, type SectionId } from '../../src/model/sections';
import { installFluentShims } from './jsdom-shims';

const EXAMPLE = JSON.parse(fs.readFileSync(path.join(__dirname, '../../examples/seed-002.json'), 'utf8')) as {
  lum: { resultat: string; namn: string }[];
};

const calls: { plan: SectionId[][]; apply: { ids: SectionId[]; replace: SectionId[] }[]; cursor: Block[][] } = {
  plan: [],
  apply: [],
  cursor: [],
};
let edited: SectionId[] = [];
/** Word's Track Changes, as the fake reports it. */
let trackOn = false;
/** The case "Använd exemplet" gives, when not seed 002. */
const mockExample: { next: unknown } = { next: null };
/** The profile of the case each apply stored in the document. */
const storedProfiles: (string | undefined)[] = [];
const selections: [number, number, number][] = [];
const para = (index: number, text: string, headingLevel: number | null = null) => ({
  index,
  text,
  headingLevel,
  isListItem: false,
  inTable: false,
  part: 'body' as const,
});
let reviewDoc: DocText = { source: 'Word-dokumentet', paragraphs: [] };

// The fake answers at once, as resolved promises (the real adapter is tested in test/word).
const fake: WordAdapter = {
  plan(doc, ids) {
    calls.plan.push([...ids]);
    const present = new Set<SectionId>(calls.apply.flatMap((a) => a.ids));
    const plan: UpdatePlan = { toInsert: [], toUpdate: [], conflicts: [] };
    for (const id of ids) {
      if (edited.includes(id))
        plan.conflicts.push({
          id,
          title: doc.sections.find((s) => s.id === id)?.heading ?? id,
          currentText: 'Min egen sammanfattning.',
          newText: 'Sammanfattning\nNy text.',
        });
      else if (present.has(id)) plan.toUpdate.push(id);
      else plan.toInsert.push(id);
    }
    if (trackOn) plan.trackChanges = true;
    return Promise.resolve(plan);
  },
  apply(doc, _c, ids, replace): Promise<ApplyResult> {
    // Like the real adapter: edited sections without consent are skipped and reported with both texts.
    calls.apply.push({ ids: [...ids], replace: [...replace] });
    storedProfiles.push(_c.profil);
    const skipped = ids.filter((id) => edited.includes(id) && !replace.includes(id));
    return Promise.resolve({
      ...(trackOn ? { trackChanges: true } : {}),
      inserted: ids.filter((id) => !edited.includes(id)),
      updated: ids.filter((id) => edited.includes(id) && replace.includes(id)),
      skipped,
      conflicts: skipped.map((id) => ({
        id,
        title: doc.sections.find((s) => s.id === id)?.heading ?? id,
        currentText: 'Min egen sammanfattning.',
        newText: 'Sammanfattning\nNy text.',
      })),
    });
  },
  insertAtCursor(blocks) {
    calls.cursor.push(blocks);
    return Promise.resolve();
  },
  readDocText() {
    return Promise.resolve(reviewDoc);
  },
  select(paragraph, start, end) {
    selections.push([paragraph, start, end]);
    return Promise.resolve();
  },
  loadStoredCase() {
    return Promise.resolve(undefined);
  },
};

jest.mock('../../src/taskpane/services', () => {
  const actual = jest.requireActual<typeof import('../../src/taskpane/services')>('../../src/taskpane/services');
  return {
    ...actual,
    wordAdapter: () => Promise.resolve(fake),
    loadExampleCase: () => Promise.resolve(JSON.parse(JSON.stringify(mockExample.next ?? EXAMPLE)) as typeof EXAMPLE),
  };
});

// jsdom lacks these; Fluent UI asks for them.
beforeAll(installFluentShims);

let root: Root;
let container: HTMLDivElement;

async function flush(): Promise<void> {
  for (let i = 0; i < 5; i++) await act(() => new Promise<void>((r) => setTimeout(r, 0)));
}

function button(name: string | RegExp): HTMLButtonElement {
  const all = [...document.querySelectorAll('button')];
  const b = all.find((el) => {
    const label = el.getAttribute('aria-label') ?? el.textContent ?? '';
    return typeof name === 'string' ? label.trim() === name : name.test(label);
  });
  if (!b)
    throw new Error(`Ingen knapp "${name}". Knappar: ${all.map((el) => el.getAttribute('aria-label') ?? el.textContent).join(' | ')}`);
  return b;
}

/** Focuses the button, then clicks it, as a keyboard or mouse user does. */
async function click(name: string | RegExp): Promise<void> {
  const b = button(name);
  act(() => {
    b.focus();
    b.click();
  });
  await flush();
}

beforeEach(async () => {
  calls.plan = [];
  calls.apply = [];
  trackOn = false;
  mockExample.next = null;
  calls.cursor = [];
  edited = [];
  document.body.innerHTML = '';
  container = document.createElement('div');
  document.body.appendChild(container);
  const { App } = await import('../../src/taskpane/App');
  root = createRoot(container);
  act(() => root.render(<App mode="word" />));
  await click('Använd exemplet');
});

afterEach(() => {
  act(() => root.unmount());
});

/** The per-section buttons are folded under "Välj avsnitt …". */
async function openSections(): Promise<void> {
  const header = button('Välj avsnitt att infoga eller uppdatera');
  if (header.getAttribute('aria-expanded') !== 'true') await click('Välj avsnitt att infoga eller uppdatera');
}

test('the example loads, and the pane asks Word which sections exist', async () => {
  expect(document.querySelector('[data-testid="case-source"]')!.textContent).toBe(
    'Inläst: exemplet (inriktning 2025, redovisning 2023) · inga fel',
  );
  expect(calls.plan[0]).toEqual([...ALL_SECTION_IDS]);
  expect(document.body.textContent).toContain('Inget av avsnitten finns i dokumentet ännu.');
  // The focus stayed on the button that loaded the case; no toast took it anywhere.
  expect(document.activeElement?.textContent).toBe('Använd exemplet');
  expect(document.querySelector('[role="status"] .fui-Toast, .fui-Toaster')).toBeNull();
  // The metadata form is folded to a summary.
  expect(document.querySelector('[data-testid="metadata-summary"]')!.textContent).toContain('3.2.1-0000/2024');
  expect(document.querySelector('input[name="metadata.dnr"]')).toBeNull();
  // The main actions are in the footer.
  const footer = document.querySelector('footer')!;
  expect([...footer.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['Infoga alla', 'Granska dokumentet']);
  await openSections();
  expect(button('Infoga Sammanfattning')).toBeTruthy();
});

test('no edited section: "Infoga alla" inserts every section at once, without a dialog', async () => {
  await click('Infoga alla');
  expect(calls.apply).toEqual([{ ids: [...ALL_SECTION_IDS], replace: [] }]);
  expect(document.querySelector('[role="alertdialog"]')).toBeNull();
  // The result stays beside the button that started it, in the footer, and the button keeps the focus.
  expect(document.querySelector('footer')!.textContent).toContain('Infogade 9 avsnitt');
  expect(document.activeElement?.textContent).toBe('Uppdatera alla');
  // After inserting, the buttons say "Uppdatera".
  await openSections();
  expect(button('Uppdatera Sammanfattning')).toBeTruthy();
  expect(document.body.textContent).toContain('9 av 9 avsnitt finns i dokumentet.');
});

test('an edited section: the other sections go in at once, then the dialog shows the text that would be lost; "Behåll min text" keeps it', async () => {
  edited = ['sammanfattning'];
  await click('Infoga alla');
  // One Word action: everything but the edited section; the edited one is left alone and reported.
  expect(calls.apply).toEqual([{ ids: [...ALL_SECTION_IDS], replace: [] }]);
  const dialog = document.querySelector('[role="alertdialog"]')!;
  expect(dialog).not.toBeNull();
  expect(dialog.textContent).toContain('Du har ändrat texten i Sammanfattning');
  expect(dialog.textContent).toContain('Min egen sammanfattning.');
  expect(dialog.textContent).toContain('Ny text.');
  // The diff box can be reached and scrolled with the keyboard.
  const box = dialog.querySelector('[role="region"]')!;
  expect(box.getAttribute('tabindex')).toBe('0');
  expect(box.getAttribute('aria-label')).toBe('Ändringar i Sammanfattning');
  await click('Behåll min text');
  expect(calls.apply).toEqual([{ ids: [...ALL_SECTION_IDS], replace: [] }]);
  expect(document.querySelector('footer')!.textContent).toContain('Dina ändringar är kvar.');
  // The dialog gives the focus back to the button that opened it.
  await flush();
  expect(document.activeElement?.textContent).toMatch(/^(Infoga|Uppdatera) alla$/);
});

test('replacing the case can be undone: "Nytt ärende", then "Ångra" brings the example back', async () => {
  await click('Nytt ärende');
  expect(document.querySelector('[data-testid="case-source"]')!.textContent).toMatch(/^Inläst: ett nytt, tomt ärende · \d+ fel att rätta$/);
  expect(document.body.textContent).toContain('Det förra ärendet är ersatt.');
  await click('Ångra');
  expect(document.querySelector('[data-testid="case-source"]')!.textContent).toBe(
    'Inläst: exemplet (inriktning 2025, redovisning 2023) · inga fel',
  );
  expect(document.body.textContent).toContain('Ärendet från exemplet (inriktning 2025, redovisning 2023) är tillbaka.');
  // The "Ångra" button is gone; the focus went to the first button of the card, not to the page.
  expect(document.activeElement?.textContent).toBe('Öppna fil …');
  expect([...document.querySelectorAll('button')].some((b) => b.textContent === 'Ångra')).toBe(false);
});

test('"Ersätt" replaces the edited section; "Avbryt" changes nothing', async () => {
  edited = ['sammanfattning'];
  await openSections();
  await click('Infoga Sammanfattning');
  await click('Avbryt');
  expect(calls.apply).toEqual([{ ids: ['sammanfattning'], replace: [] }]);
  // The section is now known to be in the document with the user's changes.
  expect(document.body.textContent).toContain('Finns, med dina ändringar');
  await click('Uppdatera Sammanfattning');
  await click('Ersätt');
  expect(calls.apply).toEqual([
    { ids: ['sammanfattning'], replace: [] },
    { ids: ['sammanfattning'], replace: [] },
    { ids: ['sammanfattning'], replace: ['sammanfattning'] },
  ]);
});

test('several edited sections: a choice per section, "Behåll min text" unless changed', async () => {
  edited = ['sammanfattning', 'bakgrund'];
  await click('Infoga alla');
  const radios = [...document.querySelectorAll<HTMLInputElement>('[role="alertdialog"] input[type="radio"]')];
  expect(radios.length).toBe(4);
  expect(radios.filter((r) => r.checked).map((r) => r.value)).toEqual(['behall', 'behall']);
  const replaceBakgrund = radios.filter((r) => r.value === 'ersatt')[1];
  act(() => replaceBakgrund.click());
  await click('Fortsätt');
  expect(calls.apply).toEqual([
    { ids: [...ALL_SECTION_IDS], replace: [] },
    { ids: ['bakgrund'], replace: ['bakgrund'] },
  ]);
});

test("an invalid case is not inserted; the field says what is wrong, in the form's words", async () => {
  await click('Ändra uppgifterna');
  const dnr = document.querySelector<HTMLInputElement>('input[name="metadata.dnr"]')!;
  // The prototype's setter, as typing does: React watches the element's own value property.
  const valueProperty = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!;
  act(() => {
    valueProperty.set?.call(dnr, '');
    dnr.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await flush();
  expect(document.body.textContent).toContain('Får inte vara tomt.');
  await click('Infoga alla');
  expect(calls.apply).toEqual([]);
  expect(document.body.textContent).toContain('Ärendet har fel som måste rättas först.');
  expect(document.querySelector('footer')!.textContent).toContain('Diarienummer (dnr): får inte vara tomt');
  expect(document.body.textContent).not.toContain('metadata.dnr');
});

test('"Infoga projekt vid markören" sends that project\'s block', async () => {
  await click(/^LUM – lokala utvecklingsprojekt/);
  await click('Infoga projekt vid markören: Agera tillsammans föräldrar');
  expect(calls.cursor).toHaveLength(1);
  const first = calls.cursor[0][0];
  expect(first.type === 'paragraph' && first.text.startsWith('Agera tillsammans föräldrar')).toBe(true);
  expect(calls.apply).toEqual([]);
});

test('a personnummer in the case: nothing is inserted until the user has looked and confirmed', async () => {
  const original = EXAMPLE.lum[0].resultat;
  EXAMPLE.lum[0].resultat = `${original} Kontaktperson 811218-9876.`;
  try {
    await click('Använd exemplet');
    expect(document.body.textContent).toContain('Utkastet innehåller ett personnummer (811218-****) i Ärendet.');
    expect(document.body.textContent).not.toContain('811218-9876');
    await click('Infoga alla');
    expect(calls.apply).toEqual([]);
    const box = [...document.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].find((el) =>
      el.closest('label, div')?.parentElement?.textContent?.includes('Jag har kontrollerat uppgiften'),
    )!;
    act(() => box.click());
    await click('Infoga alla');
    expect(calls.apply).toEqual([{ ids: [...ALL_SECTION_IDS], replace: [] }]);
  } finally {
    EXAMPLE.lum[0].resultat = original;
  }
});

test('Granska in Word: the findings come from the document, and clicking one selects its text in Word', async () => {
  reviewDoc = {
    source: 'Word-dokumentet',
    paragraphs: [
      para(0, 'Förvaltningens förslag till beslut', 2),
      para(1, '1. Socialnämnden godkänner redovisningen.'),
      para(2, 'Sammanfattning', 2),
      para(3, 'Projektet leddes av [Namn] under året.'),
    ],
  };
  selections.length = 0;
  act(() => [...document.querySelectorAll<HTMLButtonElement>('[role="tab"]')].find((t) => t.textContent?.startsWith('Granska'))!.click());
  await flush();
  await click('Granska dokumentet');
  expect(document.body.textContent).toContain('Checklista');
  // Open the rule's group, then click the finding.
  const group = [...document.querySelectorAll('button')].find((b) => b.textContent?.startsWith('Kvarglömd text'));
  expect(group).toBeDefined();
  act(() => group!.click());
  await flush();
  const leftover = [...document.querySelectorAll('button')].find((b) => b.textContent?.includes('[Namn]'));
  expect(leftover).toBeDefined();
  act(() => leftover!.click());
  await flush();
  const start = 'Projektet leddes av '.length;
  expect(selections).toContainEqual([3, start, start + '[Namn]'.length]);
});

test('a project with an error: its row says what is wrong in the form\'s words, and "Rätta felen" opens the project editor there', async () => {
  const original = EXAMPLE.lum[0].namn;
  EXAMPLE.lum[0].namn = '';
  try {
    await click('Använd exemplet');
    const text = document.body.textContent ?? '';
    expect(text).toContain('1 med fel');
    expect(text).toContain('Namn: får inte vara tomt');
    expect(text).not.toMatch(/lum\[0\]/);
    await click('Rätta felen: (namn saknas)');
    await flush();
    // The editor (src/taskpane/editor) is mounted in the card, with its own buttons.
    expect(button('Klar med projekten')).toBeTruthy();
    expect(button(/^Lägg till/)).toBeTruthy();
    await click('Klar med projekten');
    expect(button('Redigera projekten')).toBeTruthy();
  } finally {
    EXAMPLE.lum[0].namn = original;
  }
});

test('the profile picked in Granska is used for the check and stored with the case', async () => {
  reviewDoc = { source: 'Word-dokumentet', paragraphs: [para(0, 'Sammanfattning', 2), para(1, 'Text.')] };
  storedProfiles.length = 0;
  act(() => [...document.querySelectorAll<HTMLButtonElement>('[role="tab"]')].find((t) => t.textContent?.startsWith('Granska'))!.click());
  await flush();
  const select = [...document.querySelectorAll('select')].find((el) => el.closest('[role="tabpanel"]:not([hidden])'))!;
  expect([...select.options].map((o) => o.value)).toEqual(
    expect.arrayContaining(['', 'stockholm-fou-tu', 'stockholm-tu', 'tjansteskrivelse']),
  );
  act(() => {
    select.value = 'stockholm-tu';
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await flush();
  await click('Granska dokumentet');
  expect(document.body.textContent).toContain('[stockholm-tu], vald för granskningen.');
  act(() => [...document.querySelectorAll<HTMLButtonElement>('[role="tab"]')].find((t) => t.textContent?.startsWith('Skriv'))!.click());
  await flush();
  await click('Infoga alla');
  expect(storedProfiles).toEqual(['stockholm-tu']);
});

test('Track Changes on in Word: the pane says so by the sections and after inserting', async () => {
  trackOn = true;
  await click('Använd exemplet');
  const note = 'Spårade ändringar är på: tilläggets text visas som spårade ändringar.';
  expect(document.querySelector('[data-testid="track-changes"]')?.textContent).toBe(note);
  await click('Infoga alla');
  expect(document.querySelector('footer')!.textContent).toContain(note);
});

test('a year without built-in criteria: the draft says what it leaves out, and the criteria can be written in the pane', async () => {
  mockExample.next = JSON.parse(fs.readFileSync(path.join(__dirname, '../../examples/utan-inbyggda-kriterier.json'), 'utf8'));
  await click('Använd exemplet');
  expect(document.body.textContent).toContain('Det finns inga inbyggda kriterier för 2026.');
  expect(document.body.textContent).toContain('Det som inte står i utkastet');
  await click(/^Visa 1 uppgift/);
  expect(document.body.textContent).toContain('Kriterierna: ärendet har inga kriterier för året');
  await click('Skriv kriterierna för 2026');
  const editor = document.querySelector('[data-testid="criteria-editor"]')!;
  expect(editor).not.toBeNull();
  // The criteria are now in the case: the draft has them, so nothing is left out any more.
  expect(document.body.textContent).not.toContain('Det som inte står i utkastet');
  expect(document.querySelector('[data-testid="case-source"]')!.textContent).toContain('inga fel');
  // A cap emptied is a problem under its own field, in Swedish.
  const cap = [...editor.querySelectorAll('input')].find((el) =>
    el.closest('.fui-Field')?.textContent?.startsWith('Högsta belopp per LUM-projekt'),
  )!;
  const valueProperty = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!;
  act(() => {
    valueProperty.set?.call(cap, '');
    cap.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await flush();
  expect(cap.closest('.fui-Field')?.textContent).toMatch(/saknas|får inte/i);
  expect(document.querySelector('[data-testid="case-source"]')!.textContent).toContain('1 fel att rätta');
});
