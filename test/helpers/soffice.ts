/**
 * Test helper: convert files with LibreOffice (soffice) in headless mode.
 *
 * Each call gets its own user profile (-env:UserInstallation) so that several
 * conversions — also from parallel Jest workers — never share a profile lock.
 */
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const SOFFICE_CANDIDATES = ['/usr/bin/soffice', '/usr/bin/libreoffice', '/usr/local/bin/soffice'];

let cachedBinary: string | null | undefined;

/** Path of the soffice binary, or null when LibreOffice is not installed. */
export function sofficeBinary(): string | null {
  if (cachedBinary !== undefined) return cachedBinary;
  const fromEnv = process.env.SOFFICE;
  const candidates = fromEnv ? [fromEnv, ...SOFFICE_CANDIDATES] : SOFFICE_CANDIDATES;
  for (const c of candidates) {
    if (fs.existsSync(c)) {
      cachedBinary = c;
      return c;
    }
  }
  const which = spawnSync('sh', ['-c', 'command -v soffice || command -v libreoffice'], { encoding: 'utf8' });
  const found = which.status === 0 ? which.stdout.trim() : '';
  cachedBinary = found !== '' ? found : null;
  return cachedBinary;
}

/** True when LibreOffice (soffice) can be run on this machine. */
export function sofficeAvailable(): boolean {
  return sofficeBinary() !== null;
}

let counter = 0;

/**
 * Convert `inputPath` with `soffice --headless --convert-to <convertTo>`.
 *
 * @param inputPath  file to convert
 * @param convertTo  e.g. "odt", "html", "docx:MS Word 2007 XML"
 * @param opts.infilter  e.g. "HTML (StarWriter)" to read HTML as a Writer document
 * @param opts.outDir    where to put the result (default: a fresh temp directory,
 *                       so converting docx → docx never overwrites the input)
 * @returns the path of the converted file
 * @throws Error with a clear message when soffice is missing or the conversion fails
 */
export function convertWithSoffice(inputPath: string, convertTo: string, opts: { infilter?: string; outDir?: string } = {}): string {
  const bin = sofficeBinary();
  if (bin === null) {
    throw new Error(
      'LibreOffice (soffice) is not installed or not on PATH; install it (apt-get install libreoffice-writer) ' +
        'or set SOFFICE=/path/to/soffice.',
    );
  }
  const input = path.resolve(inputPath);
  if (!fs.existsSync(input)) throw new Error(`convertWithSoffice: input file not found: ${input}`);

  const outDir = path.resolve(opts.outDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'soffice-out-')));
  fs.mkdirSync(outDir, { recursive: true });
  const profileDir = path.join(os.tmpdir(), `lo-${process.pid}-${Date.now()}-${++counter}-${Math.random().toString(36).slice(2, 8)}`);

  const args = [`-env:UserInstallation=file://${profileDir}`, '--headless', '--norestore', '--nolockcheck'];
  if (opts.infilter) args.push(`--infilter=${opts.infilter}`);
  args.push('--convert-to', convertTo, '--outdir', outDir, input);

  const ext = convertTo.split(':')[0];
  const outPath = path.join(outDir, `${path.basename(input, path.extname(input))}.${ext}`);
  if (fs.existsSync(outPath) && outPath !== input) fs.rmSync(outPath);

  let output = '';
  try {
    output = execFileSync(bin, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000 });
  } catch (e) {
    const err = e as { stderr?: string; stdout?: string; message: string };
    throw new Error(`soffice failed converting ${input} to ${convertTo}: ${err.message}\n${err.stdout ?? ''}${err.stderr ?? ''}`);
  } finally {
    fs.rmSync(profileDir, { recursive: true, force: true });
  }
  if (!fs.existsSync(outPath)) {
    throw new Error(`soffice produced no ${outPath} when converting ${input} to ${convertTo}. Output:\n${output}`);
  }
  return outPath;
}
