/** The pane's pure state modules: criteria, projects, sections, conflicts, host, messages, project blocks. */
import * as fs from 'fs';
import * as path from 'path';
import { validateRaw } from '../../src/taskpane/state/caseEdit';
import { setAt, type RawCase } from '../../src/taskpane/state/raw';
import {
  builtInYears,
  currentCriteria,
  summarizeCriteria,
  withBuiltInCriteria,
  withInlineCriteria,
} from '../../src/taskpane/state/criteria';
import { projectRows, stateLabel } from '../../src/taskpane/state/projects';
import {
  actionLabel,
  allSections,
  applySummary,
  orderedSelection,
  statusFromPlan,
  statusText,
  toggle,
} from '../../src/taskpane/state/sections';
import { diffLines, diffWords, initialChoices, replaceList } from '../../src/taskpane/state/conflicts';
import { hostMode, hostNotice, isDarkColor } from '../../src/taskpane/state/host';
import { errorMessage } from '../../src/taskpane/state/messages';
import { blocksText, projectBlocks } from '../../src/taskpane/state/projectBlock';
import { builtInCriteria } from '../../src/model/criteria/index';
import { InputError } from '../../src/model/errors';
import { kronor } from '../../src/swedish/numbers';
import { draftCase } from '../../src/draft/index';
import { type DraftDocument } from '../../src/draft/types';
import { ALL_SECTION_IDS } from '../../src/model/sections';
import type { SectionConflict } from '../../src/word/types';

const load = (name: string): RawCase => JSON.parse(fs.readFileSync(path.join(__dirname, `../../examples/${name}.json`), 'utf8')) as RawCase;

describe('criteria', () => {
  test('built-in by reference, by the inriktning year, inline, or none', () => {
    const raw = load('seed-002');
    const c = currentCriteria(raw);
    expect(c).toMatchObject({ kind: 'builtin', year: 2025 });
    expect(c.kind === 'builtin' && c.criteria).toBe(builtInCriteria(2025));
    const noRef = setAt(raw, ['kriterier'], undefined);
    expect(currentCriteria(noRef)).toMatchObject({ kind: 'builtin', year: 2025 });
    const y2020 = withBuiltInCriteria(raw, 2020);
    expect(y2020.kriterier).toEqual({ ar: 2020 });
    expect(validateRaw(y2020).ok).toBe(true);
    const inline = withInlineCriteria(raw, builtInCriteria(2017)!);
    expect(currentCriteria(inline)).toMatchObject({ kind: 'inline', criteria: { ar: 2017 } });
    expect(currentCriteria(setAt(setAt(raw, ['kriterier'], undefined), ['ar', 'inriktning'], undefined))).toEqual({ kind: 'none' });
    expect(currentCriteria(setAt(raw, ['kriterier'], { ar: 2030 }))).toEqual({ kind: 'builtin', year: 2030, criteria: undefined });
    expect(builtInYears()).toEqual([...builtInYears()].sort((a, b) => b - a));
    expect(builtInYears()).toEqual(expect.arrayContaining([2017, 2020, 2025]));
  });

  test('the summary shows the criteria, the areas and the caps of the year', () => {
    const s = summarizeCriteria(builtInCriteria(2025)!);
    expect(s.kriterierRubrik).toMatch(/Huvudkriterier/);
    expect(s.kriterier).toEqual(builtInCriteria(2025)!.kriterier.lista);
    expect(s.omradenRubrik).toBe('Prioriterade områden');
    expect(s.omraden).toHaveLength(3);
    expect(s.tak[0]).toBe(`Lokala utvecklingsprojekt (LUM): högst ${kronor(500000)} per projekt och år.`);
    expect(s.tak).toContain('Högst 2 LUM-projekt per stadsdelsförvaltning och år.');
    expect(s.datum).toContain('Utlysningen öppnar: 2024-05-01');
    const s2017 = summarizeCriteria(builtInCriteria(2017)!);
    expect(s2017.omradenRubrik).toBe('Teman');
    expect(s2017.tak[0]).toContain(`${kronor(750000)} per projekt.`);
  });
});

describe('projects', () => {
  test('each project has a row with its state; a schema error and a cap warning show on their project', () => {
    const raw = load('seed-002');
    const crit = builtInCriteria(2025)!;
    let rows = projectRows(raw, [], crit);
    expect(rows).toHaveLength(10);
    expect(rows.every((r) => r.state === 'ok' && stateLabel(r) === 'Giltigt')).toBe(true);
    expect(rows[0]).toMatchObject({ fund: 'lum', title: 'Våga anmäla våga vittna', details: 'Farsta · 2021–2023 · slutredovisas' });

    let bad = setAt(raw, ['lum', 3, 'namn'], '');
    bad = setAt(bad, ['lum', 5, 'belopp'], 600000);
    const v = validateRaw(bad);
    rows = projectRows(bad, v.problems, crit);
    expect(rows[3]).toMatchObject({ state: 'error', title: '(namn saknas)' });
    expect(rows[3].errors).toEqual(['Namn: får inte vara tomt']);
    expect(stateLabel(rows[3])).toBe('1 fel');
    expect(rows[5].state).toBe('warning');
    expect(rows[5].warnings[0]).toBe(`Beloppet ${kronor(600000)} är över taket ${kronor(500000)} för 2025.`);
    expect(rows.filter((r) => r.state !== 'ok').map((r) => r.index)).toEqual([3, 5]);
  });

  test('FUM studies and MUL trips of the årsrapport', () => {
    const raw = load('seed-001');
    const rows = projectRows(raw, [], undefined);
    const fum = rows.filter((r) => r.fund === 'fum');
    expect(fum.length).toBe((raw.fum as unknown[]).length);
    const list = raw.fum as { namn: string; utforare: string; kostnad?: number }[];
    fum.forEach((r, i) => {
      expect(r.title).toBe(list[i].namn);
      expect(r.details).toContain(list[i].utforare);
      if (list[i].kostnad !== undefined) expect(r.details).toContain(kronor(list[i].kostnad));
    });
  });
});

describe('sections', () => {
  test('status and button label from a plan', () => {
    const st = statusFromPlan({
      toInsert: ['forslag'],
      toUpdate: ['titel'],
      conflicts: [{ id: 'bakgrund', title: 'Bakgrund', currentText: 'a', newText: 'b' }],
    });
    expect(st.forslag).toBe('saknas');
    expect(st.titel).toBe('finns');
    expect(st.bakgrund).toBe('andrad');
    expect(st.bilagor).toBe('okand');
    expect([actionLabel(st.forslag), actionLabel(st.titel), actionLabel(st.bakgrund), actionLabel(st.bilagor)]).toEqual([
      'Infoga',
      'Uppdatera',
      'Uppdatera',
      'Infoga',
    ]);
    expect(statusText(st.bakgrund)).toBe('Finns, med dina ändringar');
    expect(statusFromPlan(undefined).huvud).toBe('okand');
  });

  test('the picked sections go in the standard order', () => {
    let sel = new Set<(typeof ALL_SECTION_IDS)[number]>();
    sel = toggle(sel, 'bilagor', true);
    sel = toggle(sel, 'huvud', true);
    sel = toggle(sel, 'arendet', true);
    sel = toggle(sel, 'huvud', false);
    expect(orderedSelection(sel)).toEqual(['arendet', 'bilagor']);
    expect(orderedSelection(allSections().reverse())).toEqual([...ALL_SECTION_IDS]);
  });

  test('what happened, in plain Swedish', () => {
    expect(applySummary({ inserted: ['sammanfattning', 'bakgrund', 'bilagor'], updated: ['forslag'], skipped: ['arendet'] })).toBe(
      'Infogade 3 avsnitt: Sammanfattning, Bakgrund och Bilagor. Uppdaterade ett avsnitt: Förvaltningens förslag till beslut. Behöll din text i ett avsnitt: Ärendet.',
    );
    expect(applySummary({ inserted: [], updated: [], skipped: [] })).toBe('Inget ändrades i dokumentet.');
  });
});

describe('conflicts', () => {
  const conflicts: SectionConflict[] = [
    { id: 'sammanfattning', title: 'Sammanfattning', currentText: 'a', newText: 'b' },
    { id: 'bakgrund', title: 'Bakgrund', currentText: 'c', newText: 'd' },
  ];
  test('nothing is replaced unless the user says so', () => {
    const ch = initialChoices(conflicts);
    expect(replaceList(conflicts, ch)).toEqual([]);
    expect(replaceList(conflicts, { ...ch, bakgrund: 'ersatt' })).toEqual(['bakgrund']);
  });
  test('line diff: the user text that would be lost and the new text', () => {
    const d = diffLines('Rubrik\nMin egen mening.\nSista raden', 'Rubrik\nNy mening.\nSista raden');
    expect(d).toEqual([
      { op: 'same', text: 'Rubrik' },
      { op: 'del', text: 'Min egen mening.' },
      { op: 'add', text: 'Ny mening.' },
      { op: 'same', text: 'Sista raden' },
    ]);
    expect(diffLines('a', 'a')).toEqual([{ op: 'same', text: 'a' }]);
    const del = diffLines('x\ny', '');
    expect(del.filter((l) => l.op === 'del').map((l) => l.text)).toEqual(['x', 'y']);
  });
  test('the diff keeps every line of both texts, in order', () => {
    const a = Array.from({ length: 60 }, (_, i) => `rad ${i % 7} ${i % 3}`).join('\n');
    const b = Array.from({ length: 50 }, (_, i) => `rad ${i % 5} ${i % 3}`).join('\n');
    const d = diffLines(a, b);
    expect(
      d
        .filter((l) => l.op !== 'add')
        .map((l) => l.text)
        .join('\n'),
    ).toBe(a);
    expect(
      d
        .filter((l) => l.op !== 'del')
        .map((l) => l.text)
        .join('\n'),
    ).toBe(b);
  });
});

describe('host', () => {
  test('mode and notice', () => {
    expect(hostMode(false, null)).toBe('no-office');
    expect(hostMode(true, null)).toBe('browser');
    expect(hostMode(true, 'Excel')).toBe('browser');
    expect(hostMode(true, 'Word')).toBe('word');
    expect(hostNotice('word')).toBeUndefined();
    expect(hostNotice('no-office')!.title).toBe('Office kunde inte laddas.');
    expect(hostNotice('browser')!.text).toMatch(/\.docx/);
  });
  test('dark Office themes give the dark pane', () => {
    expect(isDarkColor('#262626')).toBe(true);
    expect(isDarkColor('#000')).toBe(true);
    expect(isDarkColor('#ffffff')).toBe(false);
    expect(isDarkColor('#E6E6E6')).toBe(false);
    expect(isDarkColor('#6b6b6b')).toBe(true);
    expect(isDarkColor(undefined)).toBe(false);
    expect(isDarkColor('rgb(0,0,0)')).toBe(false);
  });
});

describe('messages', () => {
  test('an InputError lists where and what', () => {
    const m = errorMessage(
      new InputError('arende.json', [
        { where: 'metadata.dnr', what: 'får inte vara tomt' },
        { where: 'lum[0].belopp', what: 'ska vara ett belopp' },
      ]),
      'läsa filen',
    );
    expect(m).toEqual({
      intent: 'error',
      title: 'arende.json har 2 fel.',
      lines: ['metadata.dnr: får inte vara tomt', 'lum[0].belopp: ska vara ett belopp'],
    });
    const one = errorMessage(new InputError('tom.json', 'filen är tom'), 'läsa filen');
    expect(one.title).toBe('tom.json:');
    expect(one.lines).toEqual(['filen är tom']);
  });
  test('an Office error says that the document was not changed', () => {
    const m = errorMessage({ code: 'GeneralException', message: 'Det uppstod ett internt fel.' }, 'infoga avsnitten');
    expect(m.title).toBe('Word kunde inte infoga avsnitten.');
    expect(m.lines[0]).toMatch(/GeneralException.*Dokumentet har inte ändrats/);
    expect(errorMessage(new Error('kaboom'), 'spara').title).toBe('Det gick inte att spara.');
  });
});

describe('project block at the cursor', () => {
  test('seed 002: the numbered item of the project with its body, the right one when names overlap', () => {
    const v = validateRaw(load('seed-002'));
    if (!v.ok) throw new Error(JSON.stringify(v.problems));
    const doc = draftCase(v.value);
    const civil = projectBlocks(doc, 'Civilsamhället som resurs för nyanländas väg till egen bostad')!;
    expect(civil[0].type).toBe('paragraph');
    expect(blocksText(civil).startsWith('Civilsamhället som resurs')).toBe(true);
    const studie = projectBlocks(doc, 'Studiecirklar i bostadssökning – Civilsamhället som resurs för nyanländas väg till egen bostad')!;
    expect(blocksText(studie).startsWith('Studiecirklar')).toBe(true);
    expect(blocksText(civil)).not.toBe(blocksText(studie));
    expect(blocksText(projectBlocks(doc, 'Våga anmäla våga vittna')!)).toMatch(/Farsta/);
    expect(projectBlocks(doc, 'Finns inte')).toBeUndefined();
    expect(projectBlocks(doc, '  ')).toBeUndefined();
  });

  test('seed 001: a FUM study under its own heading, up to the next heading of the same level', () => {
    const v = validateRaw(load('seed-001'));
    if (!v.ok) throw new Error(JSON.stringify(v.problems));
    const doc = draftCase(v.value);
    const blocks = projectBlocks(doc, 'Skolsociala team')!;
    expect(blocks[0]).toMatchObject({ type: 'heading', level: 4, text: 'Skolsociala team' });
    expect(blocks.slice(1).every((b) => b.type !== 'heading')).toBe(true);
    expect(blocks.length).toBeGreaterThan(1);
  });

  test('a synthetic document: heading blocks stop at the next heading of the same or a higher level', () => {
    const doc: DraftDocument = {
      kind: 'inriktning-redovisning',
      title: 't',
      header: {} as DraftDocument['header'],
      sections: [
        {
          id: 'arendet',
          heading: 'Ärendet',
          headingLevel: 2,
          blocks: [
            { type: 'heading', level: 3, text: 'Projekt A' },
            { type: 'paragraph', text: 'a1' },
            { type: 'heading', level: 4, text: 'Delrubrik' },
            { type: 'paragraph', text: 'a2' },
            { type: 'heading', level: 3, text: 'Projekt B' },
            { type: 'paragraph', text: 'b1' },
          ],
        },
      ],
    };
    expect(blocksText(projectBlocks(doc, 'projekt a')!)).toBe('Projekt A\na1\nDelrubrik\na2');
    expect(blocksText(projectBlocks(doc, 'Projekt B')!)).toBe('Projekt B\nb1');
  });
});

describe('word diff for the conflict dialog', () => {
  test('a changed word shows as that word struck out and the new one beside it; the rest stays', () => {
    const rows = diffWords('Projektet pågick i tre år.\nSamma rad.', 'Projektet pågick i fyra år.\nSamma rad.');
    expect(rows).toEqual([
      [
        { op: 'same', text: 'Projektet pågick i ' },
        { op: 'del', text: 'tre' },
        { op: 'add', text: 'fyra' },
        { op: 'same', text: ' år.' },
      ],
      [{ op: 'same', text: 'Samma rad.' }],
    ]);
  });
  test('lines with no word in common are shown whole, removed then added; the texts can be rebuilt', () => {
    const a = 'Min egen sammanfattning.';
    const b = 'Sammanfattning\nNy text.';
    const rows = diffWords(a, b);
    expect(rows).toEqual([[{ op: 'del', text: a }], [{ op: 'add', text: 'Sammanfattning' }], [{ op: 'add', text: 'Ny text.' }]]);
    const rebuild = (keep: 'del' | 'add') =>
      rows
        .map((r) =>
          r
            .filter((x) => x.op !== (keep === 'del' ? 'add' : 'del'))
            .map((x) => x.text)
            .join(''),
        )
        .filter((line, i) => line !== '' || rows[i].every((x) => x.op === 'same'))
        .join('\n');
    expect(rebuild('del')).toBe(a);
    expect(rebuild('add')).toBe(b);
  });
});
