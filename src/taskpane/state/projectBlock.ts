/** One project's block out of a drafted document, for "Infoga projekt vid markören". */
import type { Block, DraftDocument, DraftSection } from '../../draft/types';
import { blockLines } from '../../draft/types';

function norm(s: string): string {
  return s.toLowerCase().replace(/\s+/g, ' ').trim();
}

type Match = (text: string) => boolean;

function headingBlock(sections: DraftSection[], match: Match): Block[] | undefined {
  for (const s of sections) {
    const blocks = s.blocks;
    const start = blocks.findIndex((b) => b.type === 'heading' && b.level >= 3 && match(b.text));
    if (start < 0) continue;
    const level = (blocks[start] as { level: number }).level;
    let end = start + 1;
    while (end < blocks.length) {
      const b = blocks[end];
      if (b.type === 'heading' && b.level <= level) break;
      end++;
    }
    return blocks.slice(start, end);
  }
  return undefined;
}

function listItemBlock(sections: DraftSection[], match: Match): Block[] | undefined {
  for (const s of sections) {
    for (const b of s.blocks) {
      if (b.type !== 'list') continue;
      const item = b.items.find((it) => match(it.text));
      if (item)
        return [
          { type: 'paragraph', text: item.text, italic: item.italic },
          ...(item.body ?? []).map((text): Block => ({ type: 'paragraph', text })),
        ];
    }
  }
  return undefined;
}

/**
 * The blocks that tell about the project named `name`, from the drafted document (Ärendet first):
 * a level 3–4 heading naming it with everything up to the next heading of the same level, or — as
 * seed 002 writes projects — the numbered list item naming it with its body paragraphs, as plain
 * paragraphs so that the block can stand anywhere. A name at the start of the text wins over a
 * name inside it ("Civilsamhället som resurs …" is also part of another project's name).
 */
export function projectBlocks(doc: DraftDocument, name: string): Block[] | undefined {
  const want = norm(name);
  if (!want) return undefined;
  const sections = [
    ...doc.sections.filter((s) => s.id === 'arendet'),
    ...doc.sections.filter((s) => s.id !== 'arendet' && s.id !== 'bilagor'),
  ];
  const starts: Match = (t) => norm(t).startsWith(want);
  const contains: Match = (t) => norm(t).includes(want);
  for (const match of [starts, contains]) {
    const found = headingBlock(sections, match) ?? listItemBlock(sections, match);
    if (found) return found;
  }
  return undefined;
}

export function blocksText(blocks: readonly Block[]): string {
  return blocks.flatMap(blockLines).join('\n');
}
