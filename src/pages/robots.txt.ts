import type { APIRoute } from 'astro';

/** Crawlers may read everything; the sitemap lists every page. */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL('sitemap-index.xml', site ?? 'http://127.0.0.1/').href}\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
