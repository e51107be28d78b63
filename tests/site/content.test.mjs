// The built site as a reader gets it: no web-page chrome, no repeats, every sentence of each article once.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, it } from 'node:test';
import { DIST, htmlPages, load, normalise, pageFile } from './dist.mjs';

const RAW = join(import.meta.dirname, '../../content/raw');

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

// Each brief: its reader page, the raw lines of the article, and raw lines that rightly do not
// appear verbatim (pull-quotes the page designer shortened; chrome inside the article).
const BRIEFS = [
  { slug: 'icds-japan-looks-ahead', raw: '000_9cfb8db6aa6e3b8d.txt', from: 9, to: 58, absent: [11, 23, 31, 48] },
  { slug: 'rsis-japans-international-strategy', raw: '001_2fe274988c72d7b9.txt', from: 170, to: 227, absent: [174, 175] },
  { slug: 'sejong-japans-perception-and-response', raw: '002_ac52a2cc3eec390d.txt', from: 19, to: 166, absent: [] },
  { slug: 'diplomat-trump-re-election-alliance', raw: '003_3fb4161254aba167.txt', from: 13, to: 45, absent: [] },
  { slug: 'orf-reignited-agendas-japan', raw: '004_444becba32a313e9.txt', from: 3, to: 23, absent: [15] },
];

/** The article's text as a reader sees it, with our restored dashes taken out again to compare with the raw capture. */
function pageText(slug, { keepRepairs = false } = {}) {
  const $ = load(pageFile(`/sources/${slug}/`));
  if (!keepRepairs) $('ins.repair').remove();
  $('.sr-only, .pl, .cl').remove();
  return { $, text: normalise($('article').text()) };
}

const sentences = (line) =>
  normalise(line)
    .replace(/^\d+ (?=[A-Z])/, '')
    .split(/(?<=[.?!”])\s+(?=[A-Z“"])/)
    .filter((s) => s.split(' ').length >= 4);
const count = (hay, needle) => hay.split(needle).length - 1;

for (const b of BRIEFS) {
  describe(`reader page of ${b.slug}`, () => {
    const { $ } = pageText(b.slug);
    $('.notice').remove();
    const text = normalise($('article').text());
    const raw = readFileSync(join(RAW, b.raw), 'utf8').split('\n');
    it('holds every sentence of the article exactly once', () => {
      const missing = [];
      for (let n = b.from; n <= b.to; n++) {
        if (b.absent.includes(n) || !normalise(raw[n - 1] ?? '')) continue;
        for (const s of sentences(raw[n - 1])) {
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
      assert.ok(ids.length > 5);
      assert.equal(new Set(ids).size, ids.length);
    });
    it('ships no JavaScript but the small search launcher', () => {
      const scripts = $('script');
      assert.equal(scripts.length, 1);
      const src = scripts.attr('src');
      assert.match(src, /^\/_astro\/SearchLauncher\./);
      assert.ok(gzipSync(readFileSync(join(DIST, src))).length < 1600, 'launcher under 1.6 KB gzipped');
    });
  });
}

describe('editorial honesty on the pages', () => {
  it('labels the ORF title as supplied', () => {
    const $ = load(pageFile('/sources/orf-reignited-agendas-japan/'));
    assert.match($('h1').text(), /title supplied by the editors/);
  });
  it('marks the Diplomat text as a partial excerpt', () => {
    const { $, text } = pageText('diplomat-trump-re-election-alliance');
    assert.match($('.notice').first().text(), /Partial excerpt/);
    assert.match(text, /Kishida is faced with a difficult task\.\s*The capture ends here/);
  });
  it('says the ICDS author is not stated', () => {
    const $ = load(pageFile('/sources/icds-japan-looks-ahead/'));
    assert.match($('.byline').text(), /Author not stated/);
  });
  it('shows each Sejong repair in the text and in the list of changes', () => {
    const $ = load(pageFile('/sources/sejong-japans-perception-and-response/'));
    assert.equal($('article ins.repair').length, 17);
    assert.equal($('.changes ol li').length, 17);
    assert.match(normalise($('article').text()), /Japan–\s?\(editorial insertion 1\)\s?South Korea security cooperation/);
  });
  it('links ICDS endnotes both ways', () => {
    const { $ } = pageText('icds-japan-looks-ahead');
    for (let n = 1; n <= 5; n++) {
      assert.equal($(`a#ref-${n}[href="#note-${n}"]`).length, 1, `marker ${n}`);
      assert.equal($(`li#note-${n} a[href="#ref-${n}"]`).length, 1, `note ${n}`);
    }
    assert.match(normalise($('#p-in-spite-of-an-awareness').text()), /risen by over 40%\.1 Second/);
  });
});
