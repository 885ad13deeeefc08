#!/usr/bin/env node
/**
 * Turns the public corpus (test/corpus/public/docs/*.md and the variants in variants.json) into
 * .docx with real heading styles: text → HTML (h1–h4, ol/ul, tables) → LibreOffice
 * ("HTML (StarWriter)" → "MS Word 2007 XML", each run with its own profile directory).
 * Writes test/corpus/public/docx/<id>.docx, docx/variants/<id>.docx and docx/build.json (the hash
 * of the HTML each .docx was made from, so the test knows whether they are up to date).
 *
 * Run: node scripts/corpus-to-docx.mjs          (only what changed)
 *      node scripts/corpus-to-docx.mjs --corpus holdout   (the held-out set, test/corpus/holdout/)
 *      node scripts/corpus-to-docx.mjs --all    (everything)
 */
import { tsImport } from 'tsx/esm/api';

const { toDocx } = await tsImport('../test/corpus/public/cli.ts', import.meta.url);
try {
  toDocx(process.argv.slice(2));
} catch (e) {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
}
