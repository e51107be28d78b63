import { join } from 'node:path';
import { CardCache, cardKey, currentTemplate } from './card-cache';
import { uncoveredChars } from './card-fonts';
import type { CardText } from './social-card';

/** Kept between builds, and gitignored with node_modules. */
export const CARD_CACHE_DIR = join(process.cwd(), 'node_modules', '.cache', 'og-cards');

/** Every string a card draws, including the fixed ones of the template. */
function cardStrings(t: CardText): string {
  const matrix = t.matrix ? [...t.matrix.columns, ...t.matrix.rows.flatMap((r) => [r.question, ...r.cells.map((c) => c?.label ?? '')])] : [];
  return [t.kicker, t.title, t.quote ?? '', t.footer, ...matrix].join('\n');
}

/** One warning per card with characters no bundled font has, naming the card and the characters. */
export function coverageWarnings(cards: ReadonlyMap<string, CardText>): string[] {
  return [...cards].flatMap(([path, text]) => {
    const missing = uncoveredChars(cardStrings(text));
    if (missing.length === 0) return [];
    const list = missing.map((ch) => `“${ch}” (U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`).join(', ');
    return [`social card /og/${path}.png: no bundled font has ${list}; they will show as empty boxes. Add a font for them to src/lib/card-fonts.ts.`];
  });
}

/**
 * The cache keys of this build's cards. Entries of other inputs are pruned from the cache; the
 * counts say how many cards will be read from it and how many drawn.
 */
export function planCards(cards: ReadonlyMap<string, CardText>, cache: CardCache): { keys: Map<string, string>; hits: number; misses: number } {
  const template = currentTemplate();
  const keys = new Map([...cards].map(([path, text]) => [path, cardKey(text, template)]));
  const { hits } = cache.prune(new Set(keys.values()));
  return { keys, hits, misses: new Set(keys.values()).size - hits };
}
