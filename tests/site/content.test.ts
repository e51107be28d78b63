// The built site as a reader gets it: no web-page chrome, no repeats, every sentence of each article once.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { z } from 'astro/zod';
import { describe, it } from 'vitest';
import { parse } from 'yaml';
import type { briefMetaObject } from '../../src/schemas/brief.ts';
import { DIST, htmlPages, load, normalise, pageFile } from './dist.ts';

/** A brief's metadata file as the editors write it. */
type BriefFile = z.input<typeof briefMetaObject>;

const ROOT = process.env['SITE_ROOT'] ?? join(import.meta.dirname, '../..');
const RAW = join(ROOT, 'content/raw');

// Chrome phrases taken from the raw captures: none may reach a reader.
const CHROME = [
  'Subscribe to RSIS Publications',
  'comments powered by Disqus',
  'Click here to access our curated content',
  'Filed under: Publications',
  'This site uses cookies',
  'Already a subscriber',
  'Subscribe for full access',
  'Source: Unsplash',
  'AP/Scanpix',
  'Image Source: Getty',
  'Download and read as a PDF',
  'download pdf',
  'Popular Links',
  'Rate your experience',
  'Telegram',
  'A Murdered Ambassador',
  'After a Major Upgrade',
  'Staff Profiles',
  'Nanyang Avenue',
  'View 46',
  'Help us improve',
  'Categories: RSIS Commentary',
  'The views expressed above belong to the author',
  'President Donald Trump speaks as he meets with Japanese business leaders',
];

describe('no site chrome anywhere in the built site', () => {
  const files = [...htmlPages().map(([, f]) => f), ...readdirSync(join(DIST, 'data')).map((f) => join(DIST, 'data', f))];
  for (const phrase of CHROME) {
    it(`“${phrase}” appears nowhere`, () => {
      const hits = files.filter((f) => readFileSync(f, 'utf8').toLowerCase().includes(phrase.toLowerCase()));
      assert.deepEqual(hits, []);
    });
  }
});

// Each brief of content/: its metadata, its raw lines, and the article's slice of them (start up
// to end, as the cleaning settings say). Lines the page lists under "What we removed" are skipped.
const BRIEFS = readdirSync(join(ROOT, 'content/briefs'))
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map((f) => {
    const meta: BriefFile = parse(readFileSync(join(ROOT, 'content/briefs', f), 'utf8'));
    const raw = readFileSync(join(RAW, meta.raw.file), 'utf8')
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/);
    const starts = (n: number, words: string) => normalise(raw[n - 1] ?? '').startsWith(normalise(words));
    const from = raw.findIndex((_, i) => starts(i + 1, meta.cleaning.start)) + 1;
    const last = meta.cleaning.end;
    const end = last ? raw.findIndex((_, i) => i + 1 > from && starts(i + 1, last)) + 1 : 0;
    return { slug: f.replace(/\.yaml$/, ''), meta, raw, from, to: end > 0 ? end - 1 : raw.length };
  });

/** The article's text as a reader sees it, with our restored dashes taken out again to compare with the raw capture. */
function pageText(slug: string, { keepRepairs = false } = {}) {
  const $ = load(pageFile(`/briefs/${slug}/`));
  if (!keepRepairs) $('ins.repair').remove();
  $('.sr-only, .para-link, .claim-link').remove();
  return { $, text: normalise($('article').text()) };
}

const sentences = (line: string) =>
  normalise(line)
    .replace(/^\d+ (?=[A-Z])/, '')
    .split(/(?<=[.?!”])\s+(?=[A-Z“"])/)
    .filter((s) => s.split(' ').length >= 4);
const count = (hay: string, needle: string) => hay.split(needle).length - 1;

for (const b of BRIEFS) {
  describe(`reader page of ${b.slug}`, () => {
    const { $ } = pageText(b.slug);
    $('.notice').remove();
    const text = normalise($('article').text());
    const raw = b.raw;
    const removed = new Set(
      $('[data-raw-lines]')
        .map((_, li) =>
          $(li)
            .attr('data-raw-lines')!
            .split(' ')
            .flatMap((run) => {
              // `split` gives at least one part, so `a` is always set.
              const [a = 0, b = a] = run.split('-').map(Number);
              return Array.from({ length: b - a + 1 }, (_, i) => a + i);
            }),
        )
        .get(),
    );
    it('holds every sentence of the article exactly once, or lists its line as removed', () => {
      assert.ok(b.from > 0, 'the start line is found');
      const missing: string[] = [];
      for (let n = b.from; n <= b.to; n++) {
        if (removed.has(n) || !normalise(raw[n - 1] ?? '')) continue;
        for (const s of sentences(raw[n - 1] ?? '')) {
          const c = count(text, s);
          if (c !== 1) missing.push(`line ${n} (${c}×): ${s.slice(0, 80)}`);
        }
      }
      assert.deepEqual(missing, []);
    });
    it('has no paragraph twice', () => {
      const paras = $('article p')
        .map((_, p) => normalise($(p).text()))
        .get()
        .filter((t) => t.length > 40);
      assert.equal(new Set(paras).size, paras.length);
    });
    it('gives every paragraph and heading a unique anchor', () => {
      const ids = $('article p[id], article h2[id]')
        .map((_, e) => $(e).attr('id'))
        .get();
      assert.ok(ids.length > 0);
      assert.equal(new Set(ids).size, ids.length);
    });
    it('ships no JavaScript but the small search launcher and the copy buttons’ script', () => {
      // JSON-LD blocks are data, never run.
      const srcs = $('script:not([type="application/ld+json"])')
        .map((_, s) => $(s).attr('src') ?? '')
        .get();
      assert.equal(srcs.length, 2);
      assert.match(srcs.find((s) => s.includes('SearchLauncher')) ?? '', /^\/_astro\/SearchLauncher\./);
      assert.match(srcs.find((s) => s.includes('CopyScript')) ?? '', /^\/_astro\/CopyScript\./);
      for (const src of srcs) assert.ok(gzipSync(readFileSync(join(DIST, src))).length < 1600, `${src} under 1.6 KB gzipped`);
    });
  });
}

describe('editorial honesty on the pages', () => {
  for (const b of BRIEFS) {
    describe(b.slug, () => {
      const { $, text } = pageText(b.slug);
      it.skipIf(b.meta.title.from.source !== 'editors')('labels a title the editors supplied', () => {
        assert.match($('h1').text(), /title supplied by the editors/);
      });
      it.skipIf(b.meta.access !== 'partial')('marks a partial text as an excerpt, where the capture ends', () => {
        assert.match($('.notice').first().text(), /Partial excerpt/);
        assert.match(text, /The capture ends here/);
      });
      it.skipIf(b.meta.authors.list.length > 0)('says when no author is stated', () => {
        assert.match($('.byline').text(), /Author not stated/);
      });
      it('shows every repair in the text and in the list of changes', () => {
        const $r = load(pageFile(`/briefs/${b.slug}/`));
        const inText = $r('article ins.repair').length;
        assert.equal($r('.changes ol li').length, inText);
        if ((b.meta.cleaning.repairs ?? []).length > 0) assert.ok(inText > 0, 'repairs configured, none shown');
      });
      it('links endnotes both ways', () => {
        const markers = $('a[id^="ref-"]');
        if (b.meta.cleaning.endnotes) assert.ok(markers.length > 0, 'endnotes configured, no markers');
        markers.each((_, a) => {
          const n = $(a).attr('id')!.slice(4);
          assert.equal($(a).attr('href'), `#note-${n}`);
          assert.equal($(`li#note-${n} a[href="#ref-${n}"]`).length, 1, `note ${n}`);
        });
      });
    });
  }
});
