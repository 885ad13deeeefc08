/**
 * Messages speak the user's words: no rule's message shows an internal path of the case
 * ("lum[0].belopp", "metadata.beredning.forvaltningsgrupp", "bilagor[0]"). Checked on every rule's
 * templates, and on the findings of every rule run over documents with cases that set off the
 * messages which name a field of the case (the seeds with their own and with each other's cases,
 * and the rule tester's document with a case that breaks caps, dates, bilagor and recipients).
 */
import { checkDocument, RULES } from '../../src/check/index';
import type { Finding } from '../../src/check/types';
import type { Case } from '../../src/model/case';
import { baseCase, doc, tu, BASE_TU, FUM_BARNAHUS } from '../helpers/rule-tester';
import { SEED_IDS, seedCase, seedDoc } from './seed-fixtures';

/** An internal path: a case key followed by a list position or a dot and another key, a bare list position, or a key in parentheses. */
const KEYS = 'lum|mul|fum|metadata|bilagor|ar|kriterier|beredning|underskrifter|handlaggare|mulBeviljadeAntal|delges';
const INTERNAL = [
  new RegExp(`\\b(?:${KEYS})(?:\\[\\d*\\])?\\.[a-z]`),
  /\[\d+\]/,
  // A bare key in parentheses: "(lum)", "(metadata.delges)".
  new RegExp(`\\((?:${KEYS})\\b`),
];

function internalPaths(text: string): string[] {
  return INTERNAL.flatMap((re) => re.exec(text)?.[0] ?? []);
}

describe('no internal paths in messages', () => {
  const templates = RULES.flatMap((r) => Object.entries(r.meta.messages).map(([id, t]) => [`${r.meta.id}/${id}`, t] as const));
  test.each(templates)('template %s', (_id, template) => {
    expect(internalPaths(template)).toEqual([]);
  });

  /** A case against BASE_TU that sets off the case's own messages. */
  function breakingCase(): Case {
    const c = baseCase(
      {
        bilagor: ['Ekonomisk sammanställning'],
        fum: [FUM_BARNAHUS],
        mul: [{ sdf: 'Farsta', destination: 'Helsingfors, Finland', belopp: 900000 }],
      },
      {
        delges: ['samtliga stadsdelsnämnder', 'kommunstyrelsen'],
        beredning: { beretts: 'inom avdelningen', forvaltningsgrupp: '2024-05-17', funktionshinderradet: '2024-04-09' },
      },
    );
    return {
      ...c,
      lum: c.lum.map((p, i) => (i === 1 ? { ...p, belopp: 900000, ar: { fran: 2018, till: 2023 } } : p)),
    };
  }

  it('findings with a case that breaks caps, dates, bilagor and recipients name fields by their labels', () => {
    const found = checkDocument(
      doc(
        tu('1. Våga anmäla våga vittna, Farsta stadsdelsförvaltning.', '1. Våga anmäla våga vittna.').replace(
          'Slutredovisning. Våga anmäla våga vittna, Farsta',
          'Slutredovisning. Våga anmäla våga vittna, Skarpnäcks',
        ),
      ),
      breakingCase(),
    );
    const ids = new Set(found.map((f) => `${f.rule}/${f.messageId}`));
    // The messages that name a field of the case were set off (otherwise this test could not fail).
    for (const id of [
      'date-order/beredningAfterMeeting',
      'attachment-mismatch/caseBilaga',
      'attachment-mismatch/owner',
      'decision-mismatch/recipientsCase',
    ])
      expect([...ids]).toContain(id);
    expect(found.flatMap((f: Finding) => internalPaths(f.message).map((p) => `${f.rule}: ${p} in «${f.message}»`))).toEqual([]);
  });

  it('grants over the caps name the project and its field by their labels', () => {
    const c = baseCase({
      // Granted in 2020, whose criteria have a cap for study trips.
      ar: { inriktning: 2025, redovisning: 2020 },
      lum: [{ namn: 'Prata om det', sdf: 'Södermalm', ar: { fran: 2015, till: 2020 }, status: 'slutredovisas', belopp: 650000 }],
      mul: [{ sdf: 'Farsta', destination: 'Helsingfors, Finland', belopp: 900000 }],
    });
    const found = checkDocument(doc(BASE_TU), c, { rules: ['amount-cap'] });
    expect(found.map((f) => f.messageId).sort()).toEqual(['caseAmount', 'caseTrip', 'caseYears']);
    expect(found.flatMap((f) => internalPaths(f.message))).toEqual([]);
    expect(found.find((f) => f.messageId === 'caseTrip')?.message).toContain('(ärendets uppgifter: Studieresa 1, Belopp)');
  });

  it('a check without a document date takes the case’s dates, named by their labels', () => {
    const text = BASE_TU.replace('2024-04-10\n', '');
    const found = checkDocument(doc(text), baseCase({}, { datum: '2024-05-01' }));
    expect(found.map((f) => f.messageId)).toContain('docAfterMeeting');
    expect(found.flatMap((f) => internalPaths(f.message))).toEqual([]);
  });

  it.each(SEED_IDS.flatMap((d) => SEED_IDS.map((c) => [d, c] as const)))('seed %s checked with the case of seed %s', async (d, c) => {
    const found = checkDocument(await seedDoc(d), seedCase(c));
    expect(found.flatMap((f) => internalPaths(f.message).map((p) => `${f.rule}: ${p} in «${f.message}»`))).toEqual([]);
  });
});
