#!/usr/bin/env node
/**
 * Writes the import templates examples/mall/arende-mall.xlsx and examples/mall/arende-mall.csv
 * from the built-in example case (examples/seed-002.json), with the layout in docs/import.md.
 * Run: node scripts/make-templates.js   (a test checks that the committed files are up to date)
 */
'use strict';
const fs = require('fs');
const path = require('path');
const ts = require('typescript');

// Load the TypeScript sources directly (no build step): transpile on require.
require.extensions['.ts'] = function (module, filename) {
  const source = fs.readFileSync(filename, 'utf8');
  const out = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, esModuleInterop: true, resolveJsonModule: true },
    fileName: filename,
  });
  module._compile(out.outputText, filename);
};

const root = path.join(__dirname, '..');
const { parseCaseJson } = require(path.join(root, 'src/model/validate.ts'));
const { caseToXlsx, caseToCsv } = require(path.join(root, 'scripts/template.ts'));

async function main() {
  const file = path.join(root, 'examples/seed-002.json');
  const c = parseCaseJson(fs.readFileSync(file, 'utf8'), 'examples/seed-002.json');
  delete c.$schema;
  const outDir = path.join(root, 'examples/mall');
  fs.mkdirSync(outDir, { recursive: true });
  const xlsx = await caseToXlsx(c);
  fs.writeFileSync(path.join(outDir, 'arende-mall.xlsx'), xlsx);
  // UTF-8 with BOM, as Excel's "CSV UTF-8 (kommaavgränsad)" saves it; Swedish Excel uses semicolons.
  fs.writeFileSync(path.join(outDir, 'arende-mall.csv'), '\uFEFF' + caseToCsv(c));
  // The criteria: a CSV template (the 2025 criteria), and the example of a year without built-in
  // criteria as a workbook whose sheet Kriterier gives them (src/io/import/criteria-sheet.ts).
  const { criteriaRows } = require(path.join(root, 'src/io/import/criteria-sheet.ts'));
  const { builtInCriteria } = require(path.join(root, 'src/model/criteria/index.ts'));
  const csvRows = (cr) =>
    [
      'Fält;Värde',
      ...criteriaRows(cr).map(
        ([l, v]) => `${l};${v === null || v === undefined ? '' : /[;"\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : v}`,
      ),
    ].join('\r\n') + '\r\n';
  fs.writeFileSync(path.join(outDir, 'kriterier-mall.csv'), '\uFEFF' + csvRows(builtInCriteria(2025)));
  const y2026 = JSON.parse(fs.readFileSync(path.join(root, 'examples/kriterier-2026.json'), 'utf8'));
  delete y2026.$schema;
  const utan = parseCaseJson(
    fs.readFileSync(path.join(root, 'examples/utan-inbyggda-kriterier.json'), 'utf8'),
    'utan-inbyggda-kriterier.json',
  );
  delete utan.$schema;
  fs.writeFileSync(path.join(root, 'examples/kriterier-2026.csv'), '\uFEFF' + csvRows(y2026));
  fs.writeFileSync(path.join(root, 'examples/utan-inbyggda-kriterier.xlsx'), await caseToXlsx(utan, y2026));
  process.stdout.write(
    `Skrev ${path.relative(process.cwd(), path.join(outDir, 'arende-mall.xlsx'))} (${xlsx.length} byte) och arende-mall.csv\n`,
  );
}

main().catch((e) => {
  process.stderr.write(`${e && e.message ? e.message : e}\n`);
  process.exit(1);
});
