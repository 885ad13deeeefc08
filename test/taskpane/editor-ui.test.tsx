/**
 * @jest-environment jsdom
 *
 * The project editor as a user meets it (React in jsdom, Fluent UI): open a project, type a wrong
 * amount and see the problem under the field, remove with undo, reorder with focus following the
 * item, add a trip whose empty required fields are marked; every change reaches the case.
 */
import * as fs from 'fs';
import * as path from 'path';
import { act, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import ProjectEditor from '../../src/taskpane/editor/ProjectEditor';
import { items, type RawCase } from '../../src/taskpane/editor/state';
import { validateRaw } from '../../src/taskpane/state/caseEdit';
import { installFluentShims } from './jsdom-shims';

const EXAMPLE = JSON.parse(fs.readFileSync(path.join(__dirname, '../../examples/seed-002.json'), 'utf8')) as RawCase;

beforeAll(installFluentShims);

let root: Root;
let container: HTMLDivElement;
/** The case as the editor last gave it back. */
const store: { latest: RawCase } = { latest: EXAMPLE };

function Host({ initial }: { initial: RawCase }) {
  const [raw, setRaw] = useState(initial);
  const onChange = (next: RawCase) => {
    store.latest = next;
    setRaw(next);
  };
  return (
    <FluentProvider theme={webLightTheme}>
      <ProjectEditor raw={raw} onChange={onChange} />
    </FluentProvider>
  );
}

beforeEach(() => {
  container = document.createElement('div');
  document.body.appendChild(container);
  root = createRoot(container);
  store.latest = EXAMPLE;
  act(() => root.render(<Host initial={EXAMPLE} />));
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

function buttons(): HTMLButtonElement[] {
  return [...container.querySelectorAll('button')];
}
function button(name: string | RegExp): HTMLButtonElement {
  const b = buttons().find((el) => (typeof name === 'string' ? el.textContent?.trim() === name : name.test(el.textContent ?? '')));
  if (!b)
    throw new Error(
      `Ingen knapp "${String(name)}": ${buttons()
        .map((x) => x.textContent)
        .join(' | ')}`,
    );
  return b;
}
function click(el: HTMLElement): void {
  act(() => el.click());
}
/** The input labelled `label` inside the open item's group. */
function input(group: Element, label: string): HTMLInputElement | HTMLTextAreaElement {
  const l = [...group.querySelectorAll('label')].find((x) => x.textContent?.replace(/\s*\*$/, '').trim() === label);
  if (!l) throw new Error(`Inget fält "${label}"`);
  const el = document.getElementById(l.htmlFor);
  if (!el) throw new Error(`Fältet "${label}" har ingen kontroll`);
  return el as HTMLInputElement;
}
function type(el: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  act(() => {
    el.focus();
    Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(el, value);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

const lumNames = () => items(store.latest, 'lum').map((p) => p.namn);

test('the three lists with their counts; items closed until opened; the toggle says whether it is open', () => {
  const headings = [...container.querySelectorAll('h3')].map((h) => h.textContent);
  expect(headings).toEqual([
    `LUM – lokala utvecklingsprojekt (${items(EXAMPLE, 'lum').length})`,
    `MUL – studieresor (${items(EXAMPLE, 'mul').length})`,
    `FUM – forskningsstudier (${items(EXAMPLE, 'fum').length})`,
  ]);
  expect(container.querySelector('[role="group"]')).toBeNull();
  const first = button(`1. ${String(lumNames()[0])}`);
  expect(first.getAttribute('aria-expanded')).toBe('false');
  click(first);
  expect(first.getAttribute('aria-expanded')).toBe('true');
  const group = container.querySelector('[role="group"]')!;
  expect(group.getAttribute('aria-label')).toBe(`LUM-projekt 1: ${String(lumNames()[0])}`);
  expect(first.getAttribute('aria-controls')).toBe(group.id);
  // Registry labels, not keys.
  expect(input(group, 'Stadsdelsförvaltning').value).toBe('Farsta');
  expect(input(group, 'Från år').value).toBe('2021');
  // A list's hint says how to separate the entries, after the registry's help as its own sentence.
  const medsokande = input(group, 'Medsökande');
  const hint = document.getElementById((medsokande.getAttribute('aria-describedby') ?? '').split(' ')[0])?.textContent;
  expect(hint).toBe('Medsökande stadsdelsförvaltningar. Skilj dem åt med kommatecken.');
});

test('a wrong amount: the problem in Swedish under the field, the badge counts it; a right one clears it', () => {
  click(button(/^2\. /));
  const group = container.querySelector('[role="group"]')!;
  const belopp = input(group, 'Belopp');
  type(belopp, 'femtio');
  expect(items(store.latest, 'lum')[1].belopp).toBe('femtio');
  expect(belopp.getAttribute('aria-invalid')).toBe('true');
  const described = (belopp.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
  expect(described).toMatch(/Ska vara ett belopp i kronor/);
  expect(described).not.toMatch(/lum\[|belopp:/);
  expect(button(/^2\. /).parentElement!.textContent).toContain('1 fel');
  type(belopp, '450 000');
  expect(belopp.value).toBe('450 000'); // kept as typed while the field has focus
  expect(items(store.latest, 'lum')[1].belopp).toBe(450000);
  expect(belopp.getAttribute('aria-invalid')).not.toBe('true');
  expect(validateRaw(store.latest).ok).toBe(true);
});

test('remove, then Ångra: the project is back in its place; focus goes to Ångra', () => {
  const before = lumNames();
  click(button(/^3\. /));
  click(button('Ta bort'));
  expect(lumNames()).toEqual(before.filter((_, i) => i !== 2));
  expect(container.textContent).toContain(`LUM-projekt ”${String(before[2])}” är borttaget.`);
  expect(document.activeElement?.textContent).toBe('Ångra');
  click(button('Ångra'));
  expect(lumNames()).toEqual(before);
  expect(container.textContent).not.toContain('är borttaget');
  expect(document.activeElement).toBe(button(/^3\. /));
});

test('Flytta ner / Flytta upp: the order changes, the item stays open and keeps the focus', () => {
  const before = lumNames();
  click(button(/^1\. /));
  click(button('Flytta ner'));
  expect(lumNames()).toEqual([before[1], before[0], ...before.slice(2)]);
  expect(button(/^2\. /).textContent).toBe(`2. ${String(before[0])}`);
  expect(button(/^2\. /).getAttribute('aria-expanded')).toBe('true');
  expect(document.activeElement?.textContent).toBe('Flytta ner');
  click(button('Flytta upp'));
  expect(lumNames()).toEqual(before);
  // At the top, "Flytta upp" is disabled and focus moved to "Flytta ner".
  expect(button('Flytta upp').disabled).toBe(true);
  expect(document.activeElement?.textContent).toBe('Flytta ner');
});

test('Lägg till studieresa: a new open trip, focus in its first field, its missing fields marked', () => {
  const n = items(EXAMPLE, 'mul').length;
  click(button('Lägg till studieresa'));
  expect(items(store.latest, 'mul')).toHaveLength(n + 1);
  const toggle = button(`${n + 1}. (resmål saknas)`);
  expect(toggle.getAttribute('aria-expanded')).toBe('true');
  const group = document.getElementById(toggle.getAttribute('aria-controls')!)!;
  const destination = input(group, 'Destination');
  expect(document.activeElement).toBe(destination);
  expect(destination.getAttribute('aria-invalid')).toBe('true');
  expect(toggle.parentElement!.textContent).toContain('2 fel');
  type(destination, 'Oslo, Norge');
  type(input(group, 'Stadsdelsförvaltning'), 'Farsta');
  expect(validateRaw(store.latest).ok).toBe(true);
  expect(button(`${n + 1}. Oslo, Norge`)).toBeDefined();
});
