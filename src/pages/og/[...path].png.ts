import type { APIRoute, GetStaticPaths } from 'astro';
import { getCorpus } from '../../lib/collections';
import { cardTexts } from '../../lib/card-texts';
import { renderCard, type CardText } from '../../lib/social-card';

/** Social cards (Open Graph images) for the site, every theme, brief and claim. */
export const getStaticPaths = (async () => {
  const cards = cardTexts(await getCorpus());
  return [...cards].map(([path, text]) => ({ params: { path }, props: { text } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ text: CardText }> = async ({ props }) => new Response(await renderCard(props.text), { headers: { 'content-type': 'image/png' } });
