/**
 * The rule registry: every file in src/check/rules is registered once, ids are unique and match
 * their file names, every message a rule declares is reported somewhere in its code, and every
 * rule has a Swedish title the pane can show.
 */
import { readdirSync, readFileSync } from 'fs';
import * as path from 'path';
import { RULES, ruleTitle, ruleTitles } from '../../src/check/index';

const dir = path.join(__dirname, '..', '..', 'src', 'check', 'rules');
const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));

describe('rule registry', () => {
  it('every rule file is registered, and every registered rule has a file named by its id', () => {
    expect(RULES.map((r) => `${r.meta.id}.ts`).sort()).toEqual([...files].sort());
  });

  it('rule ids are unique', () => {
    const ids = RULES.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(RULES.map((r) => [r.meta.id, r] as const))(
    '%s: every messageId is used in its code, and every placeholder is a plain word',
    (id, r) => {
      const src = readFileSync(path.join(dir, `${id}.ts`), 'utf8');
      // The code outside the messages block must name each messageId as a string.
      const messagesAt = src.indexOf('messages: {');
      const code = src.slice(0, messagesAt) + src.slice(src.indexOf('\n    },', messagesAt));
      for (const [mid, text] of Object.entries(r.meta.messages)) {
        expect({ mid, used: code.includes(`'${mid}'`) }).toEqual({ mid, used: true });
        for (const m of text.matchAll(/\{([^}]*)\}/g)) expect(m[1]).toMatch(/^\w+$/);
      }
    },
  );

  it('titles for the pane come from the rules (an unknown id is shown as it is)', () => {
    expect(ruleTitle('section-missing')).toBe('Avsnitt saknas');
    expect(ruleTitle('ingen-sadan-regel')).toBe('ingen-sadan-regel');
    expect(ruleTitles().map((t) => t.id)).toEqual(RULES.map((r) => r.meta.id));
    for (const t of ruleTitles()) expect(t.title).toMatch(/^\p{Lu}\p{Ll}/u);
  });
});
