#!/usr/bin/env node
// npm run validate [-- dist/manifest.xml]: checks the manifest twice and says plainly what was done.
//  1. Offline, against the Office add-in XSDs (xmllint and ../shared/office-manifest-xsd), when they are here.
//  2. Online, with Microsoft's validation service (office-addin-manifest's validateManifest). Where the
//     service cannot be reached (no internet, a proxy), that is said as it is — the manifest is then NOT
//     validated by Microsoft — instead of a stack trace.
// Exit code: 0 valid (by Microsoft), 1 invalid, 2 not validated online (the service was not reached).
'use strict';
const { execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..');
const file = path.resolve(process.argv[2] ?? path.join(root, 'manifest.xml'));
const shown = path.relative(process.cwd(), file) || file;
const say = (s) => process.stdout.write(`${s}\n`);

if (!fs.existsSync(file)) {
  say(`${shown}: filen finns inte. Kör "npm run build" för dist/manifest.xml, eller ange manifestet: npm run validate -- <fil>.`);
  process.exit(2);
}

// 1. XSD, offline.
const xsd = path.resolve(root, '../shared/office-manifest-xsd/OfficeAppManifestV1_1.xsd');
let xsdOk = true;
if (!fs.existsSync(xsd)) {
  say(`1. XSD-kontroll: hoppas över (scheman saknas: ${xsd}).`);
} else {
  try {
    execFileSync('xmllint', ['--noout', '--schema', xsd, file], { stdio: ['ignore', 'pipe', 'pipe'] });
    say(`1. XSD-kontroll: ${shown} följer Officescheman (xmllint).`);
  } catch (e) {
    if (e.code === 'ENOENT') say('1. XSD-kontroll: hoppas över (xmllint saknas; installera paketet libxml2-utils).');
    else {
      xsdOk = false;
      say(`1. XSD-kontroll: ${shown} följer INTE Officescheman:\n${String(e.stderr || e.stdout || e.message).trim()}`);
    }
  }
}

// 2. Microsoft's service, online.
async function online() {
  let validateManifest;
  try {
    ({ validateManifest } = require('office-addin-manifest'));
  } catch (e) {
    say(`2. Microsofts validering: kan inte köras (${e.message.split('\n')[0]}). Kör "npm install".`);
    return 2;
  }
  let v;
  try {
    v = await validateManifest(file);
  } catch (e) {
    const why = String(e && e.message ? e.message : e);
    if (/Unable to contact|ENOTFOUND|ECONNREFUSED|ETIMEDOUT|EAI_AGAIN|ECONNRESET|network/i.test(why)) {
      say(
        '2. Microsofts validering: tjänsten (validationgateway.omex.office.net) gick inte att nå från den här datorn.\n' +
          '   Manifestet är alltså INTE validerat av Microsoft. Kör "npm run validate" på en dator med internet innan ni distribuerar.',
      );
      return 2;
    }
    say(`2. Microsofts validering misslyckades: ${why}`);
    return 2;
  }
  if (v.isValid) {
    say(`2. Microsofts validering: ${shown} godkänns.`);
    return 0;
  }
  say(`2. Microsofts validering: ${shown} godkänns INTE${v.status ? ` (svar ${v.status} ${v.statusText ?? ''})` : ''}.`);
  for (const issue of (v.report && v.report.errors) || []) say(`   • ${issue.title ?? 'Fel'}: ${issue.content ?? ''}`);
  return 1;
}

online().then((code) => {
  process.exit(!xsdOk ? 1 : code);
});
