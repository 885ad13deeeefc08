/**
 * manifest.xml: validated offline against the Office add-in XSDs in ../shared/office-manifest-xsd
 * (with xmllint), plus the points issue 3 asks for, checked one by one.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as os from 'os';
import { XMLParser } from 'fast-xml-parser';
import { addinUrl, manifestFor } from '../scripts/manifest';

const ROOT = path.resolve(__dirname, '..');
const MANIFEST = path.join(ROOT, 'manifest.xml');
const XSD = path.resolve(ROOT, '../shared/office-manifest-xsd/OfficeAppManifestV1_1.xsd');
const xml = fs.readFileSync(MANIFEST, 'utf8');

function xmllint(file: string): { ok: boolean; output: string } {
  try {
    const out = execFileSync('xmllint', ['--noout', '--schema', XSD, file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    return { ok: true, output: out };
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string };
    return { ok: false, output: `${err.stdout ?? ''}${err.stderr ?? ''}` };
  }
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const b = fs.readFileSync(file);
  expect(b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
  expect(b.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  removeNSPrefix: true,
  isArray: (name) => ['Override', 'String', 'Image', 'Url', 'Set', 'Host', 'Control'].includes(name),
});
/**
 * A node of the parsed manifest: any key leads to another node, and a node is read as a list or a
 * text where the manifest has one (the test's expectations say which).
 */
type N = { readonly [k: string]: N } & readonly N[] & string;
const doc = (parser.parse(xml) as { OfficeApp: N }).OfficeApp;

describe('manifest.xml', () => {
  test('xmllint finns (paketet libxml2-utils)', () => {
    expect(() => execFileSync('xmllint', ['--version'], { stdio: 'ignore' })).not.toThrow();
  });

  test('validerar mot XSD:erna offline, VersionOverrides inräknat', () => {
    const r = xmllint(MANIFEST);
    if (!r.ok) console.log(r.output);
    expect(r.ok).toBe(true);
  });

  test('XSD-valideringen avvisar ett trasigt manifest (även inne i VersionOverrides)', () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'manifest-'));
    const bad1 = path.join(tmp, 'bad1.xml');
    fs.writeFileSync(bad1, xml.replace('<Permissions>ReadWriteDocument</Permissions>', '<Permissions>WriteEverything</Permissions>'));
    const bad2 = path.join(tmp, 'bad2.xml');
    fs.writeFileSync(bad2, xml.replace('<OfficeTab id="TabHome">', '<OfficeTab id="TabHome"><Okand/>'));
    expect(xmllint(bad1).ok).toBe(false);
    const r2 = xmllint(bad2);
    expect(r2.ok).toBe(false);
    expect(r2.output).toMatch(/Okand/);
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  test('ett aktivitetsfönster i Word med behörigheten ReadWriteDocument och WordApi 1.3 som golv', () => {
    expect(doc['@type']).toBe('TaskPaneApp');
    expect(doc.Hosts.Host.map((h: Record<string, string>) => h['@Name'])).toEqual(['Document']);
    expect(doc.Permissions).toBe('ReadWriteDocument');
    const sets = doc.Requirements.Sets.Set;
    expect(sets).toEqual([{ '@Name': 'WordApi', '@MinVersion': '1.3' }]);
    const voSets = doc.VersionOverrides.Requirements.Sets.Set;
    expect(voSets).toEqual([{ '@Name': 'WordApi', '@MinVersion': '1.3' }]);
    expect(doc.DefaultSettings.SourceLocation['@DefaultValue']).toBe('https://localhost:3000/taskpane.html');
  });

  test('svenska som standardspråk med engelska översättningar', () => {
    expect(doc.DefaultLocale).toBe('sv-SE');
    expect(doc.DisplayName['@DefaultValue']).toMatch(/Tjänsteutlåtande/);
    expect(doc.DisplayName.Override).toEqual([expect.objectContaining({ '@Locale': 'en-US' })]);
    expect(doc.Description.Override).toEqual([expect.objectContaining({ '@Locale': 'en-US' })]);
    const res = doc.VersionOverrides.Resources;
    const strings = [...res.ShortStrings.String, ...res.LongStrings.String];
    expect(strings.length).toBeGreaterThanOrEqual(4);
    for (const s of strings) {
      expect(s.Override).toEqual([expect.objectContaining({ '@Locale': 'en-US' })]);
      expect(s.Override[0]['@Value']).not.toBe(s['@DefaultValue']);
    }
  });

  test('en knapp på fliken Start öppnar aktivitetsfönstret', () => {
    const host = doc.VersionOverrides.Hosts.Host[0];
    expect(host['@type']).toBe('Document');
    const ep = host.DesktopFormFactor.ExtensionPoint;
    expect(ep['@type']).toBe('PrimaryCommandSurface');
    expect(ep.OfficeTab['@id']).toBe('TabHome');
    const control = ep.OfficeTab.Group.Control[0];
    expect(control['@type']).toBe('Button');
    expect(control.Action['@type']).toBe('ShowTaskpane');
    const urlId = control.Action.SourceLocation['@resid'];
    const url = doc.VersionOverrides.Resources.Urls.Url.find((u: Record<string, string>) => u['@id'] === urlId);
    expect(url?.['@DefaultValue']).toBe('https://localhost:3000/taskpane.html');
    // Every resid used is defined.
    const defined = new Set<string>();
    for (const kind of ['Images', 'Urls', 'ShortStrings', 'LongStrings'] as const) {
      const list = res(kind);
      for (const item of list) defined.add(item['@id']);
    }
    const used = [...xml.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]);
    expect(used.length).toBeGreaterThan(5);
    for (const id of used) expect(defined).toContain(id);
  });

  test('varje ikon finns i assets/ och har rätt storlek i pixlar', () => {
    const urls = [...xml.matchAll(/https:\/\/localhost:3000\/assets\/([^"]+\.png)/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThanOrEqual(5);
    for (const name of new Set(urls)) {
      const file = path.join(ROOT, 'assets', name);
      expect(fs.existsSync(file)).toBe(true);
      const px = Number(/icon-(\d+)\.png/.exec(name)![1]);
      expect(pngSize(file)).toEqual({ width: px, height: px });
    }
    // The images declared for the ribbon have the size they claim.
    for (const img of doc.VersionOverrides.Resources.Images.Image) {
      const size = Number(/(\d+)x\1/.exec(img['@id'])![1]);
      expect(pngSize(path.join(ROOT, 'assets', path.basename(img['@DefaultValue'])))).toEqual({ width: size, height: size });
    }
    for (const px of [16, 32, 64, 80, 128]) {
      expect(pngSize(path.join(ROOT, 'assets', `icon-${px}.png`))).toEqual({ width: px, height: px });
    }
  });
});

describe('dist/manifest.xml för ADDIN_URL (scripts/manifest.js, som npm run build använder)', () => {
  test('utan ADDIN_URL pekar allt på localhost', () => {
    expect(manifestFor(xml, undefined)).toBe(xml);
    expect(addinUrl('')).toBe('https://localhost:3000');
  });

  test('med ADDIN_URL finns ingen localhost-adress kvar, AppDomain är adressens ursprung, och manifestet validerar', () => {
    const out = manifestFor(xml, 'https://tu.example.stockholm.se/fou/');
    expect(out).not.toContain('localhost');
    expect(out).toContain('<SourceLocation DefaultValue="https://tu.example.stockholm.se/fou/taskpane.html"/>');
    expect(out).toContain('<AppDomain>https://tu.example.stockholm.se</AppDomain>');
    expect(out).toContain('<SupportUrl DefaultValue="https://tu.example.stockholm.se/fou/hjalp.html"/>');
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'manifest-'));
    const file = path.join(tmp, 'manifest.xml');
    fs.writeFileSync(file, out);
    expect(xmllint(file).ok).toBe(true);
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  test.each([
    ['http://tu.example.se', 'ADDIN_URL måste börja med https://'],
    ['tu.example.se', 'ADDIN_URL är ingen giltig adress'],
    ['https://tu.example.se/?x=1', 'ADDIN_URL får inte ha ? eller #'],
  ])('ADDIN_URL=%s stoppas med ett svenskt meddelande', (value, message) => {
    expect(() => addinUrl(value)).toThrow(message);
  });

  test('SupportUrl och Läs mer pekar på hjälpsidan, som finns i paketet och är en svensk sida', () => {
    expect(doc.SupportUrl['@DefaultValue']).toBe('https://localhost:3000/hjalp.html');
    const learn = res('Urls').find((u) => u['@id'] === 'GetStarted.LearnMoreUrl');
    expect(learn?.['@DefaultValue']).toBe('https://localhost:3000/hjalp.html');
    const page = fs.readFileSync(path.join(ROOT, 'src/help/hjalp.html'), 'utf8');
    expect(page).toContain('<html lang="sv">');
    expect(page).toMatch(/<h1>Hjälp/);
    const webpack = fs.readFileSync(path.join(ROOT, 'webpack.config.js'), 'utf8');
    expect(webpack).toContain("{ from: 'src/help/hjalp.html', to: 'hjalp.html' }");
  });
});

function res(kind: 'Images' | 'Urls' | 'ShortStrings' | 'LongStrings'): N {
  const r = doc.VersionOverrides.Resources[kind];
  return r.Image ?? r.Url ?? r.String;
}
