// The RSS feed and robots.txt, as a feed reader and a crawler read them.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { describe, it } from 'vitest';
import { DIST } from './dist.ts';
import { openData } from './open-data.ts';
import { FEED_ITEMS } from '../../src/lib/feed.ts';

const briefs = openData(DIST, 'briefs.json');

describe('the RSS feed', () => {
  const $ = cheerio.load(readFileSync(join(DIST, 'feed.xml'), 'utf8'), { xml: true });
  // briefs.json lists the briefs oldest first; the feed carries the newest FEED_ITEMS of them.
  const newest = briefs.slice(-FEED_ITEMS);
  it('has one item per brief, up to the newest FEED_ITEMS, each linking to its reader page, with its full text', () => {
    const items = $('item').toArray();
    assert.equal(items.length, newest.length);
    for (const b of newest) {
      const item = items.find((i) => $(i).find('link').text() === b.url);
      assert.ok(item, `an item for ${b.slug}`);
      const text = $(item)
        .find('content\\:encoded')
        .text()
        .replace(/<[^>]+>/g, ' ');
      const words = text.split(/\s+/).filter(Boolean).length;
      assert.ok(words >= b.words, `${b.slug}: ${words} words in the feed, ${b.words} in the brief`);
      assert.ok($(item).find('category').length > 0, `${b.slug} has theme categories`);
    }
  });
  it('gives a publication date only where the brief states the day', () => {
    for (const b of newest) {
      const item = $('item').filter((_, i) => $(i).find('link').text() === b.url);
      assert.equal(item.find('pubDate').length, b.meta.date.precision === 'day' ? 1 : 0, b.slug);
    }
  });
  it('is announced on every page', () => {
    const home = cheerio.load(readFileSync(join(DIST, 'index.html'), 'utf8'));
    assert.equal(home('link[rel="alternate"][type="application/rss+xml"]').attr('href'), '/feed.xml');
  });
});

describe('robots.txt', () => {
  it('points crawlers at a sitemap that exists, by absolute URL', () => {
    const text = readFileSync(join(DIST, 'robots.txt'), 'utf8');
    const sitemap = /^Sitemap: (\S+)$/m.exec(text)?.[1];
    assert.ok(sitemap && new URL(sitemap).protocol.startsWith('http'));
    assert.ok(readdirSync(DIST).includes(new URL(sitemap).pathname.slice(1)));
  });
});
