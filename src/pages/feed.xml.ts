import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { briefUrl } from '../lib/urls';
import { FEED_ITEMS, briefToFeedHtml, feedDescription, feedTitle } from '../lib/feed';
import { getSiteData } from '../lib/get-site-data';
import { SITE_NAME } from '../lib/site-name';

/** An RSS feed of the newest briefs (`FEED_ITEMS`), newest first, each with its full cleaned text and its themes as categories. */
export const GET: APIRoute = async ({ site }) => {
  const data = await getSiteData();
  const base = site ?? new URL('http://127.0.0.1/');
  return rss({
    title: SITE_NAME,
    description: 'Think-tank briefs on how Japan will fare under the second Trump administration, cleaned and read claim by claim.',
    site: base,
    xmlns: { dc: 'http://purl.org/dc/elements/1.1/' },
    items: [...data.briefs]
      .reverse()
      .slice(0, FEED_ITEMS)
      .map((brief) => {
        const themes = new Set(data.claimsOfBrief(brief.slug).flatMap((c) => c.themes));
        const date = brief.meta.date;
        return {
          title: feedTitle(brief),
          link: briefUrl(brief.slug),
          // Only a date stated to the day becomes pubDate; a month or an "on or after" date is in the text instead.
          ...(date.precision === 'day' ? { pubDate: new Date(`${date.value}T00:00:00Z`) } : {}),
          description: feedDescription(brief),
          content: briefToFeedHtml(brief, base),
          categories: data.themes.filter((t) => themes.has(t.slug)).map((t) => t.title),
          customData: brief.meta.authors.list.map((a) => `<dc:creator>${a.name.replace(/[&<>]/g, (c) => `&#${c.charCodeAt(0)};`)}</dc:creator>`).join(''),
        };
      }),
  });
};
