/**
 * Shared by the browser tests in test/e2e: build dist/ when it is stale (once, under a lock, so that
 * two test files in parallel workers do not both run webpack), serve a copy of it, start Debian's
 * Chromium with playwright-core, bundle the Word-like host (word-host/host.ts) and run axe-core.
 */
import { execFileSync } from 'child_process';
import { build } from 'esbuild'; // comes with tsx (a dev dependency)
import { createRequire } from 'module';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, newestMtime } from '../helpers/chromium';

export const ROOT = path.resolve(__dirname, '../..');
/**
 * The tree whose pane is built and whose Word fake is bundled: this checkout, or (TU_E2E_ROOT) a
 * clean copy of a commit, e.g. `git archive HEAD | tar -x -C /tmp/tu-head` with node_modules linked,
 * for running the suite while the checkout is mid-edit.
 */
export const BUILD_ROOT = process.env.TU_E2E_ROOT ? path.resolve(process.env.TU_E2E_ROOT) : ROOT;
export const DIST = path.join(BUILD_ROOT, 'dist');
export const OFFICE_DIST = path.join(ROOT, 'node_modules/@microsoft/office-js/dist');

export interface Server {
  url: string;
  port: number;
  close: () => Promise<void>;
}

const { serve } = createRequire(__filename)('../../scripts/serve-dist.js') as {
  serve: (o: { dir: string; port: number }) => Promise<Server>;
};

/** Fails with the reason when Chromium is missing: the browser tests must never pass by not running. */
export function requireChromium(): void {
  if (!fs.existsSync(CHROMIUM)) {
    const reason = `Chromium saknas på ${CHROMIUM}: webbläsartesterna kan inte köras. Installera det (apt-get install chromium) eller ange CHROMIUM_PATH.`;
    console.error(reason);
    throw new Error(reason);
  }
}

function isStale(): boolean {
  const html = path.join(DIST, 'taskpane.html');
  const built = fs.existsSync(html) ? fs.statSync(html).mtimeMs : 0;
  const sources = Math.max(
    newestMtime(path.join(BUILD_ROOT, 'src')),
    newestMtime(path.join(BUILD_ROOT, 'assets')),
    newestMtime(path.join(BUILD_ROOT, 'examples')),
    fs.statSync(path.join(BUILD_ROOT, 'manifest.xml')).mtimeMs,
    fs.statSync(path.join(BUILD_ROOT, 'webpack.config.js')).mtimeMs,
  );
  return built <= sources;
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/**
 * Runs `webpack --mode production` when dist/ is missing or older than src/, the examples, the
 * manifest, the icons or the webpack config. One builder at a time (a lock directory in the OS temp
 * directory, taken over when older than 5 minutes).
 */
export async function ensureBuilt(): Promise<string> {
  const lock = path.join(os.tmpdir(), `tu-e2e-build-${Buffer.from(BUILD_ROOT).toString('hex').slice(-16)}.lock`);
  for (;;) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch {
      const age = Date.now() - (fs.existsSync(lock) ? fs.statSync(lock).mtimeMs : Date.now());
      if (age > 300_000) fs.rmSync(lock, { recursive: true, force: true });
      else await sleep(500);
    }
  }
  try {
    if (!isStale()) return DIST;
    console.log('dist/ saknas eller är äldre än källkoden: kör webpack --mode production …');
    try {
      execFileSync(process.execPath, [path.join(ROOT, 'node_modules/webpack-cli/bin/cli.js'), '--mode', 'production'], {
        cwd: BUILD_ROOT,
        stdio: 'pipe',
        timeout: 240_000,
      });
    } catch (e) {
      const out = String((e as { stdout?: Buffer }).stdout ?? '');
      const errors = out.split('\n').filter((l) => /ERROR|error TS|Module not found/.test(l));
      throw new Error(
        `Bygget av fönstret (webpack --mode production) misslyckades:\n${errors.slice(0, 10).join('\n') || out.slice(-2000)}`,
      );
    }
    return DIST;
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

/** Serves a copy of the build, so that a build started meanwhile cannot pull files away. */
export async function serveDistCopy(dirs: string[], dist = DIST): Promise<Server> {
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'tu-dist-'));
  dirs.push(copy);
  fs.cpSync(dist, copy, { recursive: true });
  return serve({ dir: copy, port: 0 });
}

export async function launch(dirs: string[], viewport = { width: 360, height: 900 }): Promise<BrowserContext> {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tu-chromium-'));
  dirs.push(userDataDir);
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport,
    acceptDownloads: true,
    locale: 'sv-SE',
    reducedMotion: 'reduce', // no half-faded toasts while axe measures contrast
  });
}

export type HostKind = 'fake' | 'officejs';

/**
 * The Word-like host as one browser script, served in place of office.js: 'fake' is the strict fake
 * as Word (word-host/host.ts); 'officejs' is Microsoft's real Word library (word-web-16.00.debug.js)
 * followed by the host simulator that answers its requests (word-host/officejs-host.ts).
 */
export async function bundleWordHost(kind: HostKind = 'fake'): Promise<string> {
  const out = await build({
    entryPoints: [path.join(__dirname, kind === 'fake' ? 'word-host/host.ts' : 'word-host/officejs-host.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    write: false,
    logLevel: 'silent',
    plugins: [
      {
        name: 'hosts-from-build-root',
        setup(b) {
          // The fake and the simulator of the same tree as the pane; the library from the page.
          b.onResolve({ filter: /fakes\/word$/ }, () => ({ path: path.join(BUILD_ROOT, 'test/fakes/word.ts') }));
          b.onResolve({ filter: /officejs\/host$/ }, () => ({ path: path.join(BUILD_ROOT, 'test/officejs/host.ts') }));
          b.onResolve({ filter: /^\.\/library$/ }, (a) =>
            a.importer.endsWith(path.join('officejs', 'host.ts')) ? { path: path.join(__dirname, 'word-host/library-shim.ts') } : undefined,
          );
        },
      },
    ],
  });
  const bundle = out.outputFiles[0].text;
  if (kind === 'fake') return bundle;
  const library = fs.readFileSync(path.join(OFFICE_DIST, 'word-web-16.00.debug.js'), 'utf8');
  return `${library}\n;\n${bundle}`;
}

export interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: string[];
}

/**
 * axe-core on the whole page (served from node_modules through the test server's origin, which the
 * CSP allows). Fluent UI's keyboard manager (tabster) puts invisible focus sentinels,
 * <i data-tabster-dummy aria-hidden tabindex=0 role=none>, at the edges of focus groups; they hand
 * focus on at once and are never read. axe's aria-hidden-focus rule cannot know that, so only those
 * nodes are left out.
 */
export async function axeViolations(page: Page, port: number): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== 'undefined');
  if (!loaded) await page.addScriptTag({ url: `http://127.0.0.1:${port}/__test/axe.min.js` });
  const result = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: unknown,
            opts: unknown,
          ) => Promise<{
            violations: { id: string; impact: string; help: string; nodes: { target: string[]; html: string; failureSummary: string }[] }[];
          }>;
        };
      }
    ).axe;
    return axe.run({ include: [['html']], exclude: [['[data-tabster-dummy]']] }, { resultTypes: ['violations'] });
  });
  return result.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    // The element as written (Fluent's generated class names left out), then axe's target.
    nodes: v.nodes.map((n) => `${n.html.replace(/ class="[^"]*"/g, '').slice(0, 160)} @ ${n.target.join(' ')}`),
  }));
}

export const AXE_PATH = path.join(ROOT, 'node_modules/axe-core/axe.min.js');
