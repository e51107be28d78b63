// Search over two tiers, as a corpus too large for one first-search index gets it: the built site
// with its index rewritten so that only the newest briefs are in the first tier.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, it } from 'vitest';
import { plainText } from '../../src/pipeline/clean/segments.ts';
import { loadCorpus } from '../../src/pipeline/corpus.ts';
import { writeSearchIndex, type WrittenSearchIndex } from '../../src/search/index/pagefind-index.ts';
import { SEARCH_TIERS_FILE, TIER_FOLDERS, type SearchTiersManifest } from '../../src/search/tiers.ts';
import { DIST } from '../site/dist.ts';
import { resultLinks, waitForResults } from './search-helpers.ts';
import { newPage, useSite } from './site.ts';

const corpus = loadCorpus(process.cwd());
const briefOf = (href: string) => href.split('/')[2] ?? '';
let dir = '';
let written: WrittenSearchIndex | undefined;

const site = useSite(async () => {
  dir = mkdtempSync(join(tmpdir(), 'search-tiers-'));
  cpSync(DIST, dir, { recursive: true, filter: (src) => !TIER_FOLDERS.includes(basename(src)) });
  // A budget of half the records: some briefs in the first tier, the rest in the archive.
  const records = corpus.claims.length + corpus.briefs.reduce((n, b) => n + b.cleaned.blocks.length, 0);
  written = await writeSearchIndex(`${dir}/`, corpus, { recentRecords: Math.ceil(records / 2) });
  return dir;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function tiers(): WrittenSearchIndex['tiers'] {
  if (!written) throw new Error('the index was not rewritten');
  return written.tiers;
}

/** A word of an archived brief that no brief of the first tier has, so only a wide search finds it. */
function archivedQuery(): { q: string; slug: string } {
  const words = (slug: string) =>
    new Set(
      corpus.briefs
        .find((b) => b.slug === slug)!
        .cleaned.blocks.flatMap((b) => plainText(b.segments).split(/[^\p{L}]+/u))
        .filter((w) => /^\p{Ll}{6,}$/u.test(w)),
    );
  const recent = new Set(tiers().recent.flatMap((slug) => [...words(slug)]));
  for (const slug of tiers().archive) {
    const q = [...words(slug)].sort().find((w) => !recent.has(w));
    if (q) return { q, slug };
  }
  throw new Error('every word of the archived briefs is in a first-tier brief too');
}

describe.skipIf(corpus.briefs.length < 2)('search over two tiers', () => {
  it('splits the briefs, newest first, and says so in the manifest', () => {
    const manifest = JSON.parse(readFileSync(join(dir, 'pagefind', SEARCH_TIERS_FILE), 'utf8')) as SearchTiersManifest;
    const { recent, archive } = tiers();
    assert.ok(recent.length > 0 && archive.length > 0, JSON.stringify(tiers()));
    assert.equal(manifest.briefs, corpus.briefs.length);
    assert.equal(manifest.recent.briefs, recent.length);
    assert.equal(manifest.archive?.briefs, archive.length);
    const date = (slug: string) => corpus.briefs.find((b) => b.slug === slug)!.meta.date.value;
    assert.ok(
      recent.every((r) => archive.every((a) => date(r) >= date(a))),
      'every first-tier brief is at least as new as every archived one',
    );
  });

  it('the dialog searches the newest briefs, says so, and searches all of them when asked', async () => {
    const page = await newPage(site);
    const archiveRequests: string[] = [];
    page.on('request', (r) => void (r.url().includes('/pagefind-archive/') && archiveRequests.push(r.url())));
    const { q, slug } = archivedQuery();
    await page.goto(site.url + '/');
    await page.keyboard.press('/');
    await page.locator('#search-dialog-q').waitFor();
    await page.keyboard.type(q);
    await waitForResults(page, '#search-dialog-status', q);
    const status = (await page.textContent('#search-dialog-status')) ?? '';
    assert.match(status, new RegExp(`Searched the (${tiers().recent.length} )?newest of ${corpus.briefs.length} briefs`));
    const narrow = await resultLinks(page, 'dialog.search-dialog');
    assert.ok(!narrow.some((l) => tiers().archive.includes(briefOf(l))), `no archived brief is searched yet: ${narrow.join(' ')}`);
    assert.deepEqual(archiveRequests, [], 'the archive is not loaded by a first search');

    const widen = page.getByRole('button', { name: `Search all ${corpus.briefs.length} briefs` });
    await widen.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      () =>
        !/Searched the/.test(document.querySelector('#search-dialog-status')?.textContent ?? '') &&
        /result/.test(document.querySelector('#search-dialog-status')?.textContent ?? ''),
    );
    assert.ok(
      (await resultLinks(page, 'dialog.search-dialog')).some((l) => briefOf(l) === slug),
      `“${q}” finds ${slug} once all briefs are searched: ${(await page.textContent('#search-dialog-status')) ?? ''} ${(await resultLinks(page, 'dialog.search-dialog')).join(' ')}`,
    );
    assert.ok(archiveRequests.length > 0);
    assert.equal(await widen.isVisible(), false, 'the button goes once every brief is searched');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'search-dialog-q', 'focus goes back to the search box');
    assert.match((await page.getAttribute('.search-dialog-head a', 'href')) ?? '', /scope=all/, 'the link to the search page keeps the wider search');
    assert.deepEqual(page.errors, []);
  });

  it('a shared link to a wide search is wide, with every brief in the filters and date order across tiers', async () => {
    const page = await newPage(site);
    await page.goto(`${site.url}/search/?q=Japan&sort=newest&scope=all`);
    await waitForResults(page, '#search-page-status', 'Japan');
    assert.doesNotMatch((await page.textContent('#search-page-status')) ?? '', /Searched the/);
    await page.locator('.search-filters summary', { hasText: 'Brief' }).click();
    const briefValues = await page.locator('.search-filters input[name=brief]').evaluateAll((bs) => bs.map((b) => (b as HTMLInputElement).value));
    const names = new Set(corpus.briefs.map((b) => b.meta.publisher.short));
    assert.ok(
      [...names].every((n) => briefValues.includes(n)),
      `every brief can be filtered: ${briefValues.join(', ')}`,
    );
    // Newest first across both tiers: the month shown under each result never goes up.
    const more = page.locator('#search-page .search-more');
    while (await more.isVisible()) {
      const shown = await page.locator('#search-page .search-results li').count();
      await more.click();
      await page.waitForFunction((n) => document.querySelectorAll('#search-page .search-results li').length > n, shown);
    }
    const months = await page.$$eval('#search-page .search-results li', (lis) =>
      lis.map((li) => /\d{4}-\d{2}/.exec(li.lastElementChild?.textContent ?? '')?.[0] ?? ''),
    );
    const dated = months.filter(Boolean);
    assert.ok(dated.length > 1);
    assert.deepEqual(dated, [...dated].sort().reverse(), 'newest first, across tiers');
    // The narrow search of the same link leaves the archived briefs out.
    await page.goto(`${site.url}/search/?q=Japan&sort=newest`);
    await waitForResults(page, '#search-page-status', 'Japan');
    const links = await resultLinks(page);
    assert.ok(!links.some((l) => tiers().archive.includes(briefOf(l))), 'no archived brief in a search of the newest');
    assert.equal(await page.getByRole('button', { name: /^Search all/ }).isVisible(), true);
  });
});
