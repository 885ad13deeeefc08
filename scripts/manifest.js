// The manifest for a given address: manifest.xml points at https://localhost:3000 (development);
// `npm run build` writes dist/manifest.xml for ADDIN_URL (localhost when unset), every address
// replaced — SourceLocation, icons, SupportUrl (the help page hjalp.html), AppDomain, bt:Urls.
'use strict';

const DEV_URL = 'https://localhost:3000';

/** ADDIN_URL checked and without a trailing slash; the development address when unset. */
function addinUrl(value) {
  const raw = (value ?? '').trim();
  if (raw === '') return DEV_URL;
  let u;
  try {
    u = new URL(raw);
  } catch {
    throw new Error(`ADDIN_URL är ingen giltig adress: "${raw}". Ange till exempel ADDIN_URL=https://tu.example.stockholm.se`);
  }
  if (u.protocol !== 'https:')
    throw new Error(`ADDIN_URL måste börja med https:// (Office laddar bara tillägg över HTTPS), inte "${raw}".`);
  if (u.search || u.hash) throw new Error(`ADDIN_URL får inte ha ? eller # (fick "${raw}"); ange bara adressen där dist/ ligger.`);
  return `${u.origin}${u.pathname.replace(/\/+$/, '')}`;
}

/** The manifest's XML with every development address replaced by `url`. */
function manifestFor(xml, url) {
  const base = addinUrl(url);
  const out = xml.split(DEV_URL).join(base);
  // AppDomain is an origin, never a path.
  const origin = new URL(base).origin;
  return out.replace(/<AppDomain>[^<]*<\/AppDomain>/g, `<AppDomain>${origin}</AppDomain>`);
}

module.exports = { DEV_URL, addinUrl, manifestFor };
