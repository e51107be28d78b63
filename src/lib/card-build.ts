import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
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

/** Below this many cards to draw, starting worker threads (about half a second each) does not pay. */
const POOL_THRESHOLD = 16;

/**
 * Draws the cards missing from the cache in worker threads, one per core, and stores them; the
 * endpoint then only reads the cache. satori and resvg are synchronous CPU work, so rendering
 * concurrently in the build's own thread (Astro's `build.concurrency`) cannot overlap them.
 * Returns how many cards were drawn; throws once, naming every card that failed.
 */
export async function drawMissingCards(
  cards: ReadonlyMap<string, CardText>,
  keys: ReadonlyMap<string, string>,
  cache: CardCache,
  threads = availableParallelism(),
): Promise<number> {
  const todo = new Map<string, { path: string; text: CardText }>();
  for (const [path, text] of cards) if (!todo.has(keys.get(path)!) && !cache.has(keys.get(path)!)) todo.set(keys.get(path)!, { path, text });
  if (todo.size < POOL_THRESHOLD) return 0;
  const queue = [...todo];
  const failures: string[] = [];
  // Node loads the worker and the template from the sources (see card-worker.ts), from the project root.
  const script = join(process.cwd(), 'src', 'lib', 'card-worker.ts');
  const run = async () => {
    const worker = new Worker(script);
    try {
      for (let next = queue.shift(); next; next = queue.shift()) {
        const [key, { path, text }] = next;
        const reply = await new Promise<{ png?: ArrayBuffer; error?: string }>((resolve, reject) => {
          worker.once('message', resolve);
          worker.once('error', reject);
          worker.postMessage({ id: 0, text });
        });
        if (reply.png) cache.write(key, new Uint8Array(reply.png));
        else failures.push(`/og/${path}.png: ${reply.error}`);
      }
    } finally {
      await worker.terminate();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(threads, todo.size)) }, run));
  if (failures.length > 0) throw new Error(`Social cards could not be drawn:\n${failures.join('\n')}`);
  return todo.size;
}
