/**
 * A day page (`news/2015/09/26/index.md`): the Portal's category headings and the events listed
 * under each, in the page's order. Pure.
 */
import { parseNewsPath, type DayNumber, type DaySection } from '../bundle/index.ts';
import { parseBlocks, plainText, type SourceInline } from './blocks.ts';

const ISO_DATE = /^\d{4}-\d{1,2}-\d{1,2}$/;

/**
 * A heading below the title (`## Armed conflicts and attacks`), or a paragraph that is all bold
 * (`**Armed conflicts and attacks**`, as the Portal's own pages have it), starts a section; the
 * links to this day's events that follow belong to it. The date heading is not a category.
 */
export function readDayPage(text: string, day: DayNumber): DaySection[] {
  const sections: DaySection[] = [];
  const seen = new Set<string>();
  let current: DaySection | null = null;
  for (const block of parseBlocks(text)) {
    const heading = headingOf(block);
    if (heading !== null) {
      if (heading === '' || ISO_DATE.test(heading)) continue;
      current = { heading, slugs: [] };
      sections.push(current);
      continue;
    }
    if (block.kind !== 'item' && block.kind !== 'paragraph') continue;
    for (const url of linksIn(block.inlines)) {
      const target = parseNewsPath(url);
      if (target?.kind !== 'event' || target.day !== day || seen.has(target.slug)) continue;
      seen.add(target.slug);
      if (!current) sections.push((current = { heading: '', slugs: [] }));
      current.slugs.push(target.slug);
    }
  }
  return sections.filter((section) => section.slugs.length > 0);
}

function headingOf(block: ReturnType<typeof parseBlocks>[number]): string | null {
  if (block.kind === 'heading') return block.depth > 1 ? plainText(block.inlines).trim() : null;
  if (block.kind !== 'paragraph') return null;
  const only = block.inlines.filter((node) => node.type !== 'text' || node.value.trim() !== '');
  return only.length === 1 && only[0].type === 'strong' ? plainText(only[0].children).trim() : null;
}

function* linksIn(nodes: readonly SourceInline[]): Generator<string> {
  for (const node of nodes) {
    if (node.type === 'link') yield node.url;
    else if ('children' in node) yield* linksIn(node.children);
  }
}
