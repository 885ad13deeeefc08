/**
 * The frame both FoU document kinds (årsrapport, inriktning och redovisning) share: the sections in
 * their order, the decisions as a numbered list in the förslag and again in the synpunkter, the
 * signatures where the case puts them, and the Bilagor list. Each kind gives its own decisions,
 * prompts and middle sections.
 */
import type { DocumentKind } from '../model/case';
import {
  beredningSection,
  headerInfo,
  headerSection,
  ordered,
  ownTextOrPlaceholder,
  section,
  signatures,
  std,
  type DraftOptions,
  type Facts,
} from './common';
import { item, para, verbatim } from './source';
import type { Block, DraftDocument, DraftSection, Sentence, SourceRef } from './types';

export interface FouKind {
  /** The title, from the case's titel or built from the years and the year's terms. */
  title: (C: Facts) => { text: string; sources: SourceRef[] };
  /** The decisions, shared word for word by the förslag and the synpunkter. */
  decisions: (C: Facts) => Sentence[];
  sammanfattning: (C: Facts, o: DraftOptions) => DraftSection;
  bakgrund: (C: Facts, o: DraftOptions) => DraftSection;
  arendet: (C: Facts, o: DraftOptions) => DraftSection;
  /** The placeholder prompt when the case has no synpunkter of its own. */
  synpunkterPrompt: string;
  /** Attachments listed before the studies' and the case's own (the final reports). */
  leadingAttachments?: (C: Facts) => Sentence[];
}

function decisionList(C: Facts, kind: FouKind): Block {
  return { type: 'list', ordered: true, items: kind.decisions(C).map((d) => item([d])) };
}

function forslag(C: Facts, o: DraftOptions, kind: FouKind): DraftSection {
  const blocks: Block[] = [decisionList(C, kind)];
  if (C.case.metadata.underskrifterPlacering === 'efter-forslag') blocks.push(signatures(C.case));
  return section('forslag', blocks, undefined, o.style);
}

function synpunkter(C: Facts, o: DraftOptions, kind: FouKind): DraftSection {
  const c = C.case;
  const own = ownTextOrPlaceholder(c, 'texter.synpunkter', c.texter.synpunkter, 'synpunkter', kind.synpunkterPrompt);
  const intro = std(o.style, 'synpunkter-forslag');
  const blocks: Block[] = [...own, ...(intro.length ? [para(intro)] : []), decisionList(C, kind)];
  if (c.metadata.underskrifterPlacering === 'sist') blocks.push(signatures(c));
  return section('synpunkter', blocks, undefined, o.style);
}

function bilagor(C: Facts, o: DraftOptions, kind: FouKind): DraftSection | undefined {
  const c = C.case;
  const lines: Sentence[] = [
    ...(kind.leadingAttachments?.(C) ?? []),
    ...c.fum.flatMap((f, i) => f.bilagor.map((b, j) => verbatim(b, `case:fum[${i}].bilagor[${j}]`))),
    ...c.bilagor.map((b, j) => verbatim(b, `case:bilagor[${j}]`)),
  ];
  // No attachments: no Bilagor section (as in seed 000); the profile requires it only when the text refers to one.
  if (!lines.length) return undefined;
  return section('bilagor', [{ type: 'list', ordered: true, items: lines.map((x) => item([x])) }], undefined, o.style);
}

/** A FoU document of the given kind, its sections in the order the style puts them. */
export function fouDocument(docKind: DocumentKind, C: Facts, o: DraftOptions, kind: FouKind, warnings: string[] = []): DraftDocument {
  const c = C.case;
  const t = kind.title(C);
  const header = headerInfo(c);
  const sections = [
    headerSection(c),
    { ...section('titel', [], t.text), headingSources: t.sources },
    forslag(C, o, kind),
    kind.sammanfattning(C, o),
    kind.bakgrund(C, o),
    beredningSection(C, o.style),
    kind.arendet(C, o),
    synpunkter(C, o, kind),
    bilagor(C, o, kind),
  ].filter((x): x is DraftSection => x !== undefined);
  return {
    kind: docKind,
    title: t.text,
    titleSources: t.sources,
    header,
    sections: ordered(sections, o.style),
    ...(warnings.length ? { warnings } : {}),
  };
}
