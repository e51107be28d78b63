import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteData } from '../../lib/get-site-data';
import { cardTexts } from '../../lib/card-texts';
import { renderCard, type CardText } from '../../lib/social-card';

/** Social cards (Open Graph images) for the site, every theme, brief and claim. */
export const getStaticPaths = (async () => {
  const cards = cardTexts(await getSiteData());
  return [...cards].map(([path, text]) => ({ params: { path }, props: { text } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ text: CardText }> = async ({ props }) => new Response(await renderCard(props.text), { headers: { 'content-type': 'image/png' } });
