import { rule } from '../../../src/check/rules/leftover';
import { ruleTester, tu, BASE_TU } from '../../helpers/rule-tester';

ruleTester(rule, {
  valid: [
    { name: 'clean text', doc: BASE_TU },
    {
      name: 'a doubled verb after a subordinate clause is Swedish ("Det vi har har")',
      doc: tu('till lokala projekt.', 'till lokala projekt. Det vi har har betydelse för fler.'),
    },
    { name: '"det det" is Swedish; [1] is a reference', doc: tu('till lokala projekt.', 'till lokala projekt, det det handlar om [1].') },
    { name: 'a real förvaltning in the header block', doc: 'MISSIV\nRegionledningskontoret\n# Motion\nText om motionen.', profile: null },
  ],
  invalid: [
    {
      name: 'the template\u2019s prompt "Förvaltningsnamn" left in the header block',
      doc: 'MISSIV\nFörvaltningsnamn\n# Motion\nText om motionen.',
      profile: null,
      errors: [{ messageId: 'templateField', data: { text: 'Förvaltningsnamn', what: 'förvaltningens namn' }, severity: 'warning' }],
    },
    {
      name: 'placeholder [Namn]',
      doc: tu('Anna Andersson', '[Namn]'),
      errors: [{ messageId: 'bracket', data: { text: '[Namn]', where: '' }, excerpt: '[Namn]' }],
    },
    {
      name: 'XX and ÅÅÅÅ-MM-DD',
      doc: tu('2024-04-10', 'ÅÅÅÅ-MM-DD').replace('fem projekt under', 'XX projekt under'),
      errors: [
        { messageId: 'datePlaceholder', data: { text: 'ÅÅÅÅ-MM-DD', where: '' } },
        { messageId: 'xx', data: { text: 'XX', where: '' } },
      ],
    },
    {
      name: 'Klicka här för att ange text',
      doc: tu('Anna Andersson', 'Klicka här för att ange text.'),
      errors: [{ messageId: 'templatePrompt', data: { where: '' } }],
    },
    {
      name: 'Error! field result in the page header',
      doc: `${BASE_TU}\n> Error! Use the Home tab to apply Rubrik 1 to the text that you want to appear here.`,
      errors: [
        { messageId: 'fieldError', data: { text: 'Error! Use the Home tab to apply Rubrik', where: ' (i sidhuvudet)' }, severity: 'error' },
      ],
    },
    {
      name: 'Fel! Hittar inte referenskälla in the body',
      doc: tu('till lokala projekt.', 'till lokala projekt (se Fel! Hittar inte referenskälla.).'),
      errors: [{ messageId: 'fieldError', data: { where: '' }, severity: 'error' }],
    },
    {
      name: 'doubled auxiliary with no clause before it ("har har beretts")',
      doc: tu('Förvaltningsgruppen har behandlat', 'Förvaltningsgruppen har har behandlat'),
      errors: [{ messageId: 'doubled', data: { word: 'har' }, severity: 'warning', excerpt: 'har har' }],
    },
    {
      name: 'doubled word',
      doc: tu('fem projekt inom', 'fem projekt och och inom'),
      errors: [{ messageId: 'doubled', data: { word: 'och' }, severity: 'warning', excerpt: 'och och' }],
    },
  ],
});
