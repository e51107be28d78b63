import { plainText } from '../clean/segments';
import { normaliseSpace } from '../clean/text-to-lines';
import type { Block } from '../types';

export interface QuoteLocation {
  blockId: string;
  /** Character offsets of the quote in the block's plain text. */
  start: number;
  end: number;
}

/** Finds a quote in a brief's blocks; it must occur exactly once. */
export function resolveQuote(quote: string, blocks: Block[]): { found: QuoteLocation[] } {
  const q = normaliseSpace(quote);
  const found: QuoteLocation[] = [];
  for (const b of blocks) {
    const text = plainText(b.segments);
    for (let i = text.indexOf(q); i !== -1; i = text.indexOf(q, i + 1)) found.push({ blockId: b.id, start: i, end: i + q.length });
  }
  return { found };
}
