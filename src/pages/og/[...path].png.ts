import type { APIRoute, GetStaticPaths } from 'astro';
import { CARD_CACHE_DIR, coverageWarnings, drawMissingCards, planCards } from '../../lib/card-build';
import { CardCache } from '../../lib/card-cache';
import { cardTexts } from '../../lib/card-texts';
import { getSiteData } from '../../lib/get-site-data';
import { renderCard, type CardText } from '../../lib/social-card';

const cache = new CardCache(CARD_CACHE_DIR);

/** Social cards (Open Graph images) for the site, every theme, brief and claim; drawn once, then read from the cache until their text or template changes. */
export const getStaticPaths = (async () => {
  const cards = cardTexts(await getSiteData());
  for (const warning of coverageWarnings(cards)) console.warn(`[og] ${warning}`);
  const { keys, hits, misses } = planCards(cards, cache);
  console.info(`[og] ${cards.size} social cards: ${hits} from the cache, ${misses} to draw`);
  // A build draws the missing cards up front in worker threads; the dev server draws each card when asked.
  if (!import.meta.env.DEV) await drawMissingCards(cards, keys, cache);
  return [...cards].map(([path, text]) => ({ params: { path }, props: { text, key: keys.get(path)! } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ text: CardText; key: string }> = async ({ props }) => {
  let png = cache.read(props.key);
  if (!png) {
    png = new Uint8Array(await renderCard(props.text));
    cache.write(props.key, png);
  }
  return new Response(png, { headers: { 'content-type': 'image/png' } });
};
