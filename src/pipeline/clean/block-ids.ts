import type { Block } from '../types';
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
export function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36).slice(0, 5);
}

/**
 * Gives each block an anchor made from its own words only (headings: the whole heading;
 * paragraphs: `p-` and the first words), so editing other paragraphs never moves it.
 * A clash is settled with a hash of the block's full text.
 */
export function assignBlockIds(blocks: Block[]): void {
  const taken = new Set<string>();
  for (const block of blocks) {
    const text = plainText(block.segments);
    const words = slugify(text).split('-').filter(Boolean);
    const base = block.kind === 'heading' || block.kind === 'summary-heading' ? words.slice(0, 8).join('-') : 'p-' + words.slice(0, WORDS_IN_ID).join('-');
    let id = base || 'p';
    if (taken.has(id)) id = `${base}-${shortHash(text)}`;
    taken.add(id);
    block.id = id;
  }
}
