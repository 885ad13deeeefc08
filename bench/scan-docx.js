#!/usr/bin/env node
// The yardstick for `tu check` on a long document (bench section 3, issue 13 point 8): the least a
// checker must do — unzip word/document.xml with fflate and scan its paragraphs' text — as one
// whole process. Prints the number of paragraphs and characters.
'use strict';
const { readFileSync } = require('fs');
const { unzipSync, strFromU8 } = require('fflate');

const file = process.argv[2];
const parts = unzipSync(new Uint8Array(readFileSync(file)), { filter: (f) => f.name === 'word/document.xml' });
const xml = strFromU8(parts['word/document.xml']);
let paragraphs = 0;
let chars = 0;
const para = /<w:p[ >][\s\S]*?<\/w:p>/g;
const text = /<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g;
for (const p of xml.matchAll(para)) {
  paragraphs++;
  for (const t of p[0].matchAll(text)) chars += t[1].length;
}
process.stdout.write(`${paragraphs} stycken, ${chars} tecken\n`);
