/**
 * Help texts are made from the option table the parser uses (src/cli/options.ts): every option a
 * command accepts appears in `tu --help` and in the command's own help, each description starts in
 * the same column, and an option the help shows is one the parser accepts.
 */
import { main, nodeIo, type Io } from '../../src/cli/main';
import { COMMANDS, optionLabel } from '../../src/cli/options';

async function help(args: string[]): Promise<string> {
  const out: string[] = [];
  const io: Io = { ...nodeIo, stdout: (s) => void out.push(s), stderr: (s) => void out.push(`stderr: ${s}`) };
  expect(await main(args, io)).toBe(0);
  return out.join('\n');
}

describe.each(COMMANDS.map((c) => [c.name, c] as const))('tu %s', (name, command) => {
  const options = Object.entries(command.options);

  test('every option appears in the overview (tu --help) and in the command help', async () => {
    const overview = await help(['--help']);
    const line = overview.split('\n').find((l) => l.startsWith(`  tu ${name} `) || l === `  tu ${name}`);
    expect(line).toBeDefined();
    const own = await help([name, '--help']);
    for (const [opt, spec] of options) {
      expect(line).toContain(spec.short ? `-${spec.short}` : `--${opt}`);
      expect(own).toContain(`  ${optionLabel(opt, spec)} `);
      expect(own).toContain(`--${opt}`);
    }
    expect(own).toContain('-h, --help');
  });

  test('option descriptions start in one column, continuation lines too', async () => {
    const own = await help([name, '--help']);
    const lines = own.split('\n');
    const starts = new Set<number>();
    for (const [opt, spec] of [...options, ['help', { short: 'h' }] as const]) {
      const label = `  ${optionLabel(opt, spec as (typeof options)[number][1])}`;
      const i = lines.findIndex((l) => l.startsWith(`${label} `));
      expect(i).toBeGreaterThanOrEqual(0);
      starts.add(lines[i].length - lines[i].slice(label.length).trimStart().length);
      // A continued description is indented to the same column.
      for (let k = i + 1; k < lines.length && /^ {5,}\S/.test(lines[k]) && !lines[k].trimStart().startsWith('-'); k++) {
        starts.add(lines[k].length - lines[k].trimStart().length);
      }
    }
    expect([...starts]).toHaveLength(1);
  });

  test('every option the help shows is accepted by the parser (no "Okänd flagga")', async () => {
    const own = await help([name, '--help']);
    const shown = Array.from(own.matchAll(/(?<![\w-])--([a-zåäö][a-zåäö-]*)/g), (m) => m[1]).filter((o) => o !== 'help');
    for (const opt of new Set(shown)) {
      const known = Object.prototype.hasOwnProperty.call(command.options, opt) || opt === 'version';
      expect({ opt, known }).toEqual({ opt, known: true });
    }
  });
});
