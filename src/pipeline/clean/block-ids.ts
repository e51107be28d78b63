import type { Block } from './types';
import { plainText } from './segments';

const WORDS_IN_ID = 5;

/** Lowercase ASCII slug: accents dropped, apostrophes removed, other runs become one hyphen. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’'`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Short, stable hash (FNV-1a, base 36) of a string. */
function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36).slice(0, 5);
}

/**
 * Ids the reader page (`src/pages/briefs/[slug].astro`, its layout and `src/lib/block-html.ts`)
 * gives its own elements: fixed ones, and numbered endnotes, note markers, repairs and claim marks.
 * A block never takes one, so a heading “Notes” or “Cite” cannot hijack the page's links.
 */
export const READER_PAGE_IDS = { fixed: ['main', 'notes', 'changes', 'cite'], prefixes: ['note-', 'ref-', 'repair-', 'c-'] };

const reserved = (id: string) => READER_PAGE_IDS.fixed.includes(id) || READER_PAGE_IDS.prefixes.some((p) => id.startsWith(p));

/**
 * Gives each block an anchor made from its own words only (headings: the whole heading;
 * paragraphs: `p-` and the first words), so editing other paragraphs never moves it.
 * A heading that would take a page id is prefixed `h-`; a clash, or text without Latin letters or
 * digits, is settled with a hash of the block's full text (`h-…` for headings, `p-…` for paragraphs).
 */
export function assignBlockIds(blocks: Block[]): void {
  const taken = new Set<string>();
  for (const block of blocks) {
    const text = plainText(block.segments);
    const words = slugify(text).split('-').filter(Boolean);
    const heading = block.kind === 'heading' || block.kind === 'summary-heading';
    const own = heading ? words.slice(0, 8).join('-') : 'p-' + words.slice(0, WORDS_IN_ID).join('-');
    // Paragraph ids start with `p-`, which the page never uses; a heading that would take a page id gets `h-`.
    const stem = words.length === 0 ? (heading ? 'h' : 'p') : reserved(own) ? `h-${own}` : own;
    let id = words.length > 0 ? stem : `${stem}-${shortHash(text)}`;
    for (let salt = 1; taken.has(id); salt++) id = `${stem}-${shortHash(salt === 1 ? text : text + salt)}`;
    taken.add(id);
    block.id = id;
  }
}
