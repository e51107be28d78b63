// Gzipped weight of the reader pages against their text: the text must be the bulk of what is sent.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as cheerio from 'cheerio';

const gz = (s) => gzipSync(Buffer.from(s), { level: 9 }).length;

/** For each reader page in `dist`: gzipped HTML, CSS and script, gzipped article text, and the budget. */
export function readerPageWeights(dist = 'dist') {
  const dir = join(dist, 'briefs');
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => {
      const html = readFileSync(join(dir, e.name, 'index.html'), 'utf8');
      const $ = cheerio.load(html);
      // A print-only sheet is not render-blocking and screens do not need it: not counted.
      const css =
        $('link[rel=stylesheet]:not([media=print])')
          .map((_, l) => readFileSync(join(dist, $(l).attr('href')), 'utf8'))
          .get()
          .join('') + $('style').text();
      const js = $('script[src]')
        .map((_, s) => readFileSync(join(dist, $(s).attr('src')), 'utf8'))
        .get()
        .join('');
      const markers = $('a.claim-link').length;
      $('.sr-only, .para-link, .claim-link').remove();
      const text = $('article').text().replace(/\s+/g, ' ').trim();
      const page = { slug: e.name, html: gz(html), css: gz(css), js: gz(js), text: gz(text), markers };
      // Text, plus 5 KB of page (head metadata, navigation, provenance, JSON-LD and the reference in
      // three citation styles), plus 8 bytes per claim marker: a marker (◆ link, kind and themes)
      // measures about 13 bytes gzipped, so markup for claims is allowed for, but must stay lean.
      return { ...page, budget: Math.round(1.3 * page.text + 5120 + 8 * markers), sent: page.html + page.css };
    })
    .sort((a, b) => a.slug.localeCompare(b.slug));
}
