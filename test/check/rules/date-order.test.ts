import { rule } from '../../../src/check/rules/date-order';
import { ruleTester, tu, BASE_TU, baseCase } from '../../helpers/rule-tester';

const GEN = (extra: string, header = ''): string => `
${header}Kommunstyrelsens förvaltning
Tjänsteskrivelse
2014-09-01
KS-2014/742
# Svar på revisionsskrivelse
## Förslag till beslut
Kommunstyrelsen godkänner svaret.
## Ärendet
${extra}
`;

ruleTester(rule, {
  valid: [
    { name: 'beredning, date and meeting in order', doc: BASE_TU },
    { name: 'in order with the case', doc: BASE_TU, case: baseCase() },
    {
      name: 'an underlag dated before the document',
      doc: GEN('Revisorernas revisionsskrivelse daterad 2014-04-22 besvaras här.'),
      profile: null,
    },
    {
      name: 'something that happened before the document',
      doc: GEN('Kommunfullmäktige beslutade den 31 mars 2014 om riktlinjerna.'),
      profile: null,
    },
    {
      name: 'a plan for a later year is not a past event',
      doc: GEN('Förskolan ska öppna i april 2016 och var tidigare planerad.'),
      profile: null,
    },
    { name: 'the page header and page 1 agree', doc: GEN('Inget mer.', '> 2014-09-01 KS-2014/742\n'), profile: null },
  ],
  invalid: [
    {
      name: 'a statute numbered with a later year than the document',
      doc: GEN('Socialstyrelsens föreskrifter SOSFS 2016:23, som utgavs i november, gäller.'),
      profile: null,
      errors: [{ messageId: 'statuteAfterDoc', data: { statute: 'SOSFS 2016:23', docYear: 2014 } }],
    },
    {
      name: 'an inspection said to have been made in an autumn that began after the document',
      doc: GEN('Inspektionen genomförde under hösten 2014 en tillsyn.').replace('2014-09-01', '2014-05-26'),
      profile: null,
      errors: [{ messageId: 'pastAfterDoc', data: { when: 'hösten 2014', docWhen: '26 maj 2014' } }],
    },
    {
      name: 'a decision with its paragraph in the minutes, dated after the document',
      doc: GEN('Planen antagen av kommunstyrelsen 2015-01-10, § 15, upphör att gälla.'),
      profile: null,
      errors: [{ messageId: 'referencedAfterDoc', data: { date: '10 januari 2015' } }],
    },
    {
      name: 'an underlag dated after the document',
      doc: GEN('Revisorernas revisionsskrivelse daterad 2014-09-22 besvaras här.'),
      profile: null,
      errors: [
        { messageId: 'referencedAfterDoc', data: { date: '22 september 2014', docDate: '1 september 2014' }, excerpt: '2014-09-22' },
      ],
    },
    {
      name: 'a decision reported as taken after the document',
      doc: GEN('Kommunfullmäktige beslutade den 31 mars 2017 om riktlinjerna.'),
      profile: null,
      errors: [{ messageId: 'pastAfterDoc', data: { when: '31 mars 2017', docWhen: '1 september 2014' }, severity: 'warning' }],
    },
    {
      name: 'an earlier event in a later year than the document (year from the diarienummer)',
      doc: GEN('Redan 2015 var ett ärende uppe för beslut.').replace('2014-09-01\n', ''),
      profile: null,
      errors: [{ messageId: 'pastAfterDoc', data: { when: 'Redan 2015', docWhen: '2014' }, excerpt: 'Redan 2015' }],
    },
    {
      name: 'the page header dates the document differently from page 1',
      doc: GEN('Inget mer.', '> 2014-08-21 KS-2014/742\n'),
      profile: null,
      errors: [{ messageId: 'headerDate', data: { header: '21 augusti 2014', pageOne: '1 september 2014' }, severity: 'warning' }],
    },
    {
      name: 'beredning after the document date',
      doc: tu('den 8 april', 'den 12 april'),
      errors: [
        {
          messageId: 'beredningAfterDoc',
          data: { what: 'beredningen', date: '12 april 2024', docDate: '10 april 2024' },
          severity: 'warning',
          excerpt: '12 april',
        },
      ],
    },
    {
      name: 'document date after the meeting',
      doc: tu('2024-04-10', '2024-04-30'),
      errors: [
        {
          messageId: 'docAfterMeeting',
          data: { date: '30 april 2024', meeting: '23 april 2024' },
          severity: 'error',
          excerpt: '2024-04-30',
        },
      ],
    },
    {
      name: 'beredning after the meeting',
      doc: tu('funktionshinderrådet den 9 april', 'funktionshinderrådet den 25 april'),
      errors: [{ messageId: 'beredningAfterMeeting', data: { what: 'beredningen', date: '25 april 2024' }, severity: 'error' }],
    },
    {
      name: 'case dates out of order',
      doc: tu('2024-04-10\n', '').replace(
        'Förvaltningsgruppen har behandlat ärendet den 8 april och funktionshinderrådet den 9 april.',
        'Ärendet har beretts inom avdelningen.',
      ),
      case: baseCase({}, { datum: '2024-04-10', beredning: { beretts: 'inom avdelningen', forvaltningsgrupp: '2024-04-15' } }),
      errors: [
        {
          messageId: 'beredningAfterDoc',
          data: {
            what: 'förvaltningsgruppens behandling (ärendets fält ”Förvaltningsgruppen behandlade ärendet”)',
            date: '15 april 2024',
            docDate: '10 april 2024',
          },
          inParagraph: 'Ärendets beredning',
        },
      ],
    },
  ],
});
