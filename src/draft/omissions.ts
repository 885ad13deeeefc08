/**
 * What of the case a draft does not show, with the reason. The drafter records the source of every
 * sentence, heading and table; a value of the case that no source names is not in the document.
 * `tu draft` prints the list on stderr and the task pane shows it, so nothing is dropped silently.
 */
import type { Case } from '../model/case';
import type { Block, DraftDocument, SourceRef } from './types';
import { valueAt } from './source';
import { describePath } from '../model/fields';

export interface Omission {
  /** The case field, as a path: "metadata.handlaggare.epost", "lum[3].forskningspartner". */
  path: string;
  /** What it is, in Swedish: 'LUM-projekt 4 («Prata om det»), Forskningspartner'. */
  what: string;
  /** Why the document does not show it, in Swedish. */
  reason: string;
  /** True when this kind of document never shows the field (an e-mail address, a table-only årsrapport); false when something is missing. */
  byDesign: boolean;
}

/** Fields that shape the document rather than appear in it: never listed. */
const STRUCTURAL = [/^\$schema$/, /^version$/, /^dokumenttyp$/, /^profil$/, /^kriterier(\.|$)/];

/** Fields the document never shows, with the reason (by document kind where it differs). */
const KNOWN: { re: RegExp; reason: string; kind?: DraftDocument['kind'] }[] = [
  {
    re: /^lum\[\d+\]\.(ar\.(fran|till)|status|syfte|resultat|forskningspartner|bilaga)$/,
    kind: 'arsrapport',
    reason: 'årsrapporten visar de lokala utvecklingsprojekten bara som en tabell med förvaltning, projekt och belopp',
  },
  { re: /^metadata\.handlaggare\.epost$/, reason: 'e-postadressen står inte i ett tjänsteutlåtande; bara telefonnumret visas' },
  { re: /^lum\[\d+\]\.id$/, reason: 'den egna nyckeln används bara för att känna igen projektet och skrivs inte ut' },
  { re: /^fum\[\d+\]\.kortnamn$/, reason: 'det korta namnet används bara i kostnadstabellen, som inte finns i den här dokumenttypen' },
];

/** Every sentence, heading and table source in the draft. */
export function draftSources(doc: DraftDocument): Set<string> {
  const out = new Set<string>();
  const add = (refs: readonly SourceRef[] | undefined) => refs?.forEach((r) => out.add(r));
  const block = (b: Block) => {
    switch (b.type) {
      case 'heading':
        add(b.sources);
        break;
      case 'paragraph':
        b.sentences?.forEach((x) => add(x.sources));
        break;
      case 'list':
        for (const it of b.items) {
          it.sentences?.forEach((x) => add(x.sources));
          it.bodySentences?.forEach((ps) => ps.forEach((x) => add(x.sources)));
        }
        break;
      case 'table':
      case 'signatures':
        add(b.sources);
        break;
    }
  };
  add(doc.titleSources);
  for (const s of doc.sections) {
    add(s.headingSources);
    s.blocks.forEach(block);
  }
  return out;
}

/** Leaves of the case: strings, numbers, true booleans (an empty value has nothing to show). */
function leaves(value: unknown, path: string, out: string[]): void {
  if (value === undefined || value === null || value === '' || value === false) return;
  if (Array.isArray(value)) value.forEach((v, i) => leaves(v, `${path}[${i}]`, out));
  else if (typeof value === 'object')
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) leaves(v, path ? `${path}.${k}` : k, out);
  else out.push(path);
}

/** The top-level collections: a source naming the whole list (a count) does not show its items. */
const COLLECTIONS = new Set(['lum', 'mul', 'fum', 'bilagor', 'metadata', 'texter', 'summor', 'ar']);

function covered(path: string, sources: Set<string>): boolean {
  if (sources.has(`case:${path}`)) return true;
  // A source names a field that holds this one ("lum[2].ar" holds "lum[2].ar.fran"), unless it names a whole collection.
  for (let i = path.length - 1; i > 0; i--) {
    const ch = path[i];
    if (ch !== '.' && ch !== '[') continue;
    const prefix = path.slice(0, i);
    if (!COLLECTIONS.has(prefix) && sources.has(`case:${prefix}`)) return true;
  }
  return false;
}

/** What of the case the draft does not show, with the reason. Empty when the draft shows all of it. */
export function draftOmissions(c: Case, doc: DraftDocument): Omission[] {
  const sources = draftSources(doc);
  const out: Omission[] = [];
  if (doc.kind === 'inriktning-redovisning' && doc.warnings?.some((w) => w.startsWith('Det finns inga kriterier'))) {
    out.push({
      path: 'kriterier',
      what: `Kriterierna för ${c.ar.inriktning}`,
      reason: 'ärendet har inga kriterier för året och det finns inga inbyggda; inriktningen är en platshållare',
      byDesign: false,
    });
  }
  const all: string[] = [];
  leaves(c, '', all);
  for (const path of all) {
    if (STRUCTURAL.some((re) => re.test(path))) continue;
    if (covered(path, sources)) continue;
    const known = KNOWN.find((k) => k.re.test(path) && (!k.kind || k.kind === doc.kind));
    const value = valueAt(c, path);
    if (typeof value === 'boolean') continue;
    out.push({
      path,
      what: describePath(path, c),
      reason: known?.reason ?? 'finns i ärendet men står inte i utkastet',
      byDesign: Boolean(known),
    });
  }
  return out;
}

/** One line per omission, for the CLI and the pane: 'LUM-projekt 1 («X»), Id: … .' */
export function omissionLines(list: readonly Omission[]): string[] {
  return list.map((o) => `${o.what}: ${o.reason}.`);
}
