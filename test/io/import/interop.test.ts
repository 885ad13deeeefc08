/**
 * Files written by a real spreadsheet program: LibreOffice Calc (headless) opens our template
 * .xlsx and saves each sheet as CSV, and opens our template CSV and saves it as .xlsx (its own
 * shared strings, styles and date serials). Both read back to seed 002's case.
 * Skipped, with the reason printed, when LibreOffice Calc is not installed (apt-get install libreoffice-calc).
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { importCase } from '../../../src/io/import';
import { sofficeBinary } from '../../helpers/soffice';
import { ROOT, seed002 } from './helpers';

function calcInstalled(): boolean {
  const bin = sofficeBinary();
  if (!bin) return false;
  const real = fs.realpathSync(bin);
  const dirs = [path.dirname(real), '/usr/lib/libreoffice/program'];
  return dirs.some((d) => fs.existsSync(path.join(d, 'libsclo.so')));
}

const HAVE_CALC = calcInstalled();
if (!HAVE_CALC) {
  console.log(
    'interop.test.ts: LibreOffice Calc saknas (apt-get install libreoffice-calc); testerna mot ett riktigt kalkylprogram hoppas över.',
  );
}
const maybe = HAVE_CALC ? test : test.skip;

function soffice(args: string[]): void {
  const profile = path.join(os.tmpdir(), `lo-import-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`);
  try {
    execFileSync(sofficeBinary()!, [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--nolockcheck', ...args], {
      stdio: 'pipe',
      timeout: 120_000,
    });
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

describe('files saved by LibreOffice Calc', () => {
  const expected = seed002();
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'import-interop-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  maybe('template .xlsx → Calc → one CSV per sheet → joined → the seed-002 case', async () => {
    fs.copyFileSync(path.join(ROOT, 'examples/mall/arende-mall.xlsx'), path.join(dir, 'mall.xlsx'));
    // semicolon, double quote, UTF-8, all sheets (-1)
    soffice([
      '--convert-to',
      'csv:Text - txt - csv (StarCalc):59,34,76,1,,0,false,true,false,false,false,-1',
      '--outdir',
      dir,
      path.join(dir, 'mall.xlsx'),
    ]);
    const meta = fs.readFileSync(path.join(dir, 'mall-Ärende.csv'));
    const projects = fs.readFileSync(path.join(dir, 'mall-Projekt.csv'));
    expect(fs.existsSync(path.join(dir, 'mall-Anvisningar.csv'))).toBe(true); // Calc saw all three sheets
    const joined = Buffer.concat([meta, Buffer.from('\r\n'), projects]);
    expect(await importCase(new Uint8Array(joined), 'mall.csv')).toEqual(expected);
  });

  maybe('template .csv → Calc → .xlsx (one sheet, dates as serials) → the seed-002 case', async () => {
    fs.copyFileSync(path.join(ROOT, 'examples/mall/arende-mall.csv'), path.join(dir, 'mallcsv.csv'));
    soffice(['--infilter=CSV:59,34,76,1', '--convert-to', 'xlsx', '--outdir', dir, path.join(dir, 'mallcsv.csv')]);
    const bytes = new Uint8Array(fs.readFileSync(path.join(dir, 'mallcsv.xlsx')));
    expect(await importCase(bytes, 'mallcsv.xlsx')).toEqual(expected);
  });
});
