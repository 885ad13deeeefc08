/**
 * House-style profiles: the data files validate (zod and the generated JSON Schema), `extends`
 * resolves, detection picks a profile from the document and says why, and the profile decides
 * which sections are demanded, in which order and at which severity.
 */
import { readdirSync, readFileSync } from 'fs';
import * as path from 'path';
import Ajv2020 from 'ajv/dist/2020';
import {
  builtInProfile,
  builtInProfileChoices,
  builtInProfileIds,
  parseProfileJson,
  profileById,
  resolveProfile,
  type ProfileData,
} from '../../src/model/profiles/index';
import { profileJsonSchema } from '../../src/model/json-schema';
import { InputError } from '../../src/model/errors';
import {
  buildStructure,
  checkDocument,
  checkDocumentWithProfile,
  detectDocumentProfile,
  RULES,
  sectionChecklist,
} from '../../src/check/index';
import { doc, baseCase, BASE_TU } from '../helpers/rule-tester';
import { seedDoc, SEED_IDS } from './seed-fixtures';

const root = path.join(__dirname, '..', '..');
const dir = path.join(root, 'src', 'model', 'profiles');
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));

describe('profile data', () => {
  it('schema/profile.schema.json is what the zod schema generates (run `npm run schema` after changing it)', () => {
    expect(JSON.parse(readFileSync(path.join(root, 'schema', 'profile.schema.json'), 'utf8'))).toEqual(
      JSON.parse(JSON.stringify(profileJsonSchema())),
    );
  });

  it.each(files)('%s validates against the JSON Schema and zod, and is a built-in profile', (f) => {
    const raw: unknown = JSON.parse(readFileSync(path.join(dir, f), 'utf8'));
    const validate = new Ajv2020({ strict: false }).compile(profileJsonSchema());
    expect(validate(raw)).toBe(true);
    const p = parseProfileJson(readFileSync(path.join(dir, f), 'utf8'), f);
    expect(`${p.id}.json`).toBe(f);
    expect(builtInProfileIds()).toContain(p.id);
  });

  it('the picker list has the three built-ins with Swedish names', () => {
    const choices = builtInProfileChoices();
    expect(choices.map((c) => c.id).sort()).toEqual(['stockholm-fou-tu', 'stockholm-tu', 'tjansteskrivelse']);
    for (const c of choices) expect(c.namn).toMatch(/[åäöÅÄÖ]|Tjänste/);
  });

  it('extends: the FoU TU demands every standard section as errors; the generic profile only a decision part and a summary or ärendebeskrivning, as warnings', () => {
    const fou = builtInProfile('stockholm-fou-tu')!;
    expect(fou.avsnitt.filter((a) => a.krav === 'obligatoriskt').map((a) => a.id)).toEqual([
      'forslag',
      'sammanfattning',
      'bakgrund',
      'beredning',
      'arendet',
      'synpunkter',
    ]);
    expect(fou.regler['section-missing']).toBe('error');
    expect(fou.stadsdelar).toBe('stockholm');
    // Inherited from the generic profile through stockholm-tu: the party names.
    expect(fou.forkortningar).toEqual(expect.arrayContaining(['MP', 'KD', 'SD']));
    const generic = builtInProfile('tjansteskrivelse')!;
    expect(generic.avsnitt.filter((a) => a.krav === 'obligatoriskt').map((a) => a.id)).toEqual(['forslag']);
    expect(generic.minstEttAv).toEqual([['sammanfattning', 'arendet']]);
    expect(generic.regler['section-missing']).toBe('warning');
    expect(generic.fouKriterier).toBe(false);
  });

  it('a profile file may extend a built-in one; an unknown parent, a cycle or a bad field is an InputError in Swedish', () => {
    const mine = parseProfileJson(
      JSON.stringify({
        id: 'min-profil',
        namn: 'Min förvaltning',
        extends: 'stockholm-tu',
        forkortningar: ['ABC'],
        regler: { readability: 'off' },
      }),
      'min-profil.json',
    );
    const r = resolveProfile(mine);
    expect(r.forkortningar).toEqual(expect.arrayContaining(['ABC', 'MP']));
    expect(r.regler.readability).toBe('off');
    expect(r.stadsdelar).toBe('stockholm');
    expect(() => resolveProfile({ ...mine, extends: 'finns-inte' })).toThrow(/profilen finns-inte finns inte/);
    const a: ProfileData = { ...mine, id: 'a', extends: 'b' };
    const b: ProfileData = { ...mine, id: 'b', extends: 'a' };
    expect(() => resolveProfile(a, [b])).toThrow(/bygger på sig själv/);
    expect(() => parseProfileJson('{"id":"X Y","namn":"n"}', 'p.json')).toThrow(InputError);
    expect(() => parseProfileJson('{"id":"x","namn":"n","regler":{"leftover":"fel"}}', 'p.json')).toThrow(/regler.leftover/);
    expect(() => profileById('okand')).toThrow(/Inbyggda profiler: /);
  });
});

describe('rule ids in a profile', () => {
  const ruleIds = RULES.map((r) => r.meta.id);
  it.each(builtInProfileIds())('every rule %s names in regler is a rule', (id) => {
    expect(Object.keys(builtInProfile(id)!.regler).filter((r) => !ruleIds.includes(r))).toEqual([]);
  });
  it.each([
    ['section-ordr', /”section-ordr” – menade du section-order\?$/],
    ['readabilty', /”readabilty” – menade du readability\?$/],
    ['stavning', /”stavning”\. Reglerna: section-missing, /],
  ])('an unknown rule %s is an error naming it (and the closest rule)', (id, what) => {
    const text = JSON.stringify({ id: 'p', namn: 'P', regler: { [id]: 'info' } });
    let problems: { where: string; what: string }[] = [];
    try {
      parseProfileJson(text, 'p.json', { ruleIds });
    } catch (e) {
      if (e instanceof InputError) problems = e.problems;
    }
    expect(problems).toHaveLength(1);
    expect(problems[0].where).toBe(`regler, "${id}"`);
    expect(problems[0].what).toMatch(what);
  });
  it('invalid JSON is said in Swedish with its line and column, not with JSON.parse’s English', () => {
    expect(() => parseProfileJson('{\n  "id": "p",\n  "namn": "P",\n}', 'p.json')).toThrow(
      'p.json: är inte giltig JSON på rad 4, tecken 1. Kontrollera kommatecken, citattecken och klamrar.',
    );
  });
});

describe('a case naming a profile that does not exist (a case stored before profiles were validated)', () => {
  it('says so, suggests the built-in id, and says in plain word order why the detected profile was used', () => {
    const c = { ...baseCase(), profil: 'stockholm-fuo-tu' };
    const r = checkDocumentWithProfile(doc(BASE_TU), c);
    expect(r.profile.how).toBe('detected');
    expect(r.profile.reason).toMatch(
      /^ärendet anger profilen ”stockholm-fuo-tu”, som inte finns \(menade du stockholm-fou-tu\?\), så den valdes utifrån dokumentet: /,
    );
    expect(r.profile.reason).not.toMatch(/i stället dokumentet/);
  });
});

describe('detection', () => {
  it.each(SEED_IDS)('seed %s is detected as a Stockholm FoU TU, with the reason', async (id) => {
    const c = detectDocumentProfile(await seedDoc(id));
    expect(c.profile.id).toBe('stockholm-fou-tu');
    expect(c.how).toBe('detected');
    expect(c.reason).toMatch(/FoU-medel/);
  });

  const OTHER = `
Kommunstyrelsens förvaltning
Tjänsteskrivelse
# Revidering av regler för föreningsbidrag
## Beslutsförslag
Kommunstyrelsen godkänner de reviderade reglerna.
## Ärendebeskrivning
Förvaltningen har sett över reglerna.
`;

  it('another municipality\u2019s tjänsteskrivelse gets the generic profile, and no FoU section is demanded of it', () => {
    const d = doc(OTHER);
    expect(detectDocumentProfile(d).profile.id).toBe('tjansteskrivelse');
    const r = checkDocumentWithProfile(d);
    expect(r.profile.profile.id).toBe('tjansteskrivelse');
    expect(r.findings.filter((f) => f.rule === 'section-missing')).toEqual([]);
  });

  it('a Stockholm TU that is not about FoU-medel gets the Stockholm profile', () => {
    const d = doc(`Stockholms stad\nUtbildningsförvaltningen\n${OTHER.replace('Kommunstyrelsens förvaltning\n', '')}`);
    expect(detectDocumentProfile(d).profile.id).toBe('stockholm-tu');
  });

  it('a named profile wins over detection, and the case\u2019s profil over detection', () => {
    expect(checkDocumentWithProfile(doc(OTHER), undefined, { profile: 'stockholm-fou-tu' }).profile.how).toBe('named');
    const f = checkDocument(doc(OTHER), undefined, { profile: 'stockholm-fou-tu' }).filter((x) => x.rule === 'section-missing');
    expect(f.map((x) => [x.severity, x.messageId])).toEqual([['error', 'noSections']]);
    const fromCase = checkDocumentWithProfile(doc(BASE_TU), baseCase({ profil: 'tjansteskrivelse' }));
    expect([fromCase.profile.how, fromCase.profile.profile.id]).toEqual(['case', 'tjansteskrivelse']);
  });
});

describe('structure as real documents have it', () => {
  it('a numbered decision block under the title counts as the decision part', () => {
    const d = doc(`
Tjänsteskrivelse
# Riktlinjer för idéburet offentligt partnerskap
1. Kommunstyrelsen antar riktlinjerna.
2. Kommunstyrelsen uppdrar åt förvaltningen att följa upp dem.
## Ärendebeskrivning
Riktlinjerna har tagits fram av förvaltningen.
`);
    const s = buildStructure(d, builtInProfile('tjansteskrivelse'));
    expect(s.byId.forslag?.implicit).toBe(true);
    expect(s.byId.forslag?.content.map((p) => p.text)).toEqual([
      'Kommunstyrelsen antar riktlinjerna.',
      'Kommunstyrelsen uppdrar åt förvaltningen att följa upp dem.',
    ]);
    expect(checkDocument(d).filter((f) => f.rule.startsWith('section-'))).toEqual([]);
  });

  it('a sub-heading named like a section is not a section (no order or duplicate finding)', () => {
    const d = doc(BASE_TU.replace('### Finansiering lokala utvecklingsprojekt', '### Sammanfattning'));
    const s = buildStructure(d);
    expect(s.sections.map((x) => x.id)).toEqual(['forslag', 'sammanfattning', 'bakgrund', 'arendet', 'beredning', 'synpunkter', 'bilagor']);
    expect(checkDocument(d).filter((f) => f.rule === 'section-order')).toEqual([]);
  });

  it('"Förslag till beslut i kommunstyrelsen" and "Sammanfattning av ärendet" are the decision part and the summary', () => {
    const d = doc(`
Tjänsteskrivelse
# Antagande av informationshanteringsplan
## Förslag till beslut i kommunstyrelsen
Kommunstyrelsen antar planen.
## Sammanfattning av ärendet
Planen har tagits fram av förvaltningen.
`);
    expect(buildStructure(d, builtInProfile('tjansteskrivelse')).sections.map((x) => x.id)).toEqual(['forslag', 'sammanfattning']);
    expect(checkDocument(d).filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('a missiv: prose under the title tells the matter, so no summary or ärendebeskrivning is demanded', () => {
    const d = doc(`
MISSIV
# Motion om jämställdhet i vårdvalet
I en motion till fullmäktige föreslås att det görs och redovisas jämställdhetsanalyser inom alla enheter i vårdvalet, privata som offentliga.
## Förslag till beslut
Styrelsen föreslår fullmäktige att avslå motionen.
`);
    expect(checkDocument(d).filter((f) => f.rule === 'section-missing')).toEqual([]);
    const bare = doc('MISSIV\n# Motion om jämställdhet\n## Förslag till beslut\nStyrelsen föreslår fullmäktige att avslå motionen.');
    expect(
      checkDocument(bare)
        .filter((f) => f.rule === 'section-missing')
        .map((f) => f.messageId),
    ).toEqual(['missingOneOf']);
  });

  it('the pane\u2019s checklist agrees with section-missing', () => {
    const d = doc(BASE_TU.replace(/## Sammanfattning\n[^\n]*\n/, ''));
    const list = sectionChecklist(d, builtInProfile('stockholm-fou-tu'));
    const missingRequired = list.filter((x) => !x.present && x.required === 'obligatoriskt').map((x) => x.title);
    const findings = checkDocument(d, undefined, { profile: 'stockholm-fou-tu' }).filter((f) => f.rule === 'section-missing');
    expect(missingRequired).toEqual(['Sammanfattning']);
    expect(findings.map((f) => f.data?.section)).toEqual(missingRequired);
  });
});
