import { rule } from '../../../src/check/rules/readability';
import { ruleTester } from '../../helpers/rule-tester';

const LONG = Array.from({ length: 40 }, (_, i) => `ord${i}`).join(' ');

ruleTester(rule, {
  valid: [
    {
      name: 'short plain text',
      doc: '## Förslag till beslut\n1. Nämnden godkänner.\n## Bakgrund\nVi ger pengar till projekt. Det går bra.',
    },
  ],
  invalid: [
    {
      name: 'LIX per section with its band',
      doc: `## Bakgrund\n${'Socialförvaltningens forskningsverksamhet kompletterar statliga myndigheters kunskapsutveckling betydligt. '.repeat(6)}`,
      errors: [{ messageId: 'lixHigh', data: { section: 'Bakgrund' }, severity: 'info', excerpt: 'Bakgrund' }],
    },
    {
      name: 'a sentence over 35 words',
      doc: `## Bakgrund\n${LONG}.`,
      errors: [
        {
          messageId: 'lix',
          data: { section: 'Bakgrund', lix: 40, band: 'svår, som normal sakprosa och officiella texter', words: 40, sentences: 1 },
        },
        { messageId: 'longSentence', data: { words: 40 } },
      ],
    },
    {
      name: 'stiff words',
      doc: '## Bakgrund\nMedlen avsätts utifrån erforderliga beslut i syfte att hjälpa.',
      errors: [
        { messageId: 'stiff', data: { plain: 'nödvändiga' }, excerpt: 'erforderliga' },
        { messageId: 'stiff', data: { plain: 'för att' }, excerpt: 'i syfte att' },
      ],
    },
  ],
});
