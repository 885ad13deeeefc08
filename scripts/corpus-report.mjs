#!/usr/bin/env node
/**
 * Prints, for each public-corpus document, every finding of `tu check` with its judgement from
 * test/corpus/public/expectations.json (SANT = a true defect listed there, FALSKT = a false alarm,
 * ignorerad = concerns text missing from a truncated copy or an artefact of the copy), the listed
 * defects nobody found, then each variant (hittad / MISSAD) and the figures.
 *
 * Run: node scripts/corpus-report.mjs [document-id …] [--corpus holdout]
 */
import { tsImport } from 'tsx/esm/api';

const { report } = await tsImport('../test/corpus/public/cli.ts', import.meta.url);
await report(process.argv.slice(2)).catch((e) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
});
