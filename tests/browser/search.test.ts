// Search as a reader uses it: results, filters with counts, shareable URLs, keyboard only, landing.
import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { DIST } from '../site/dist.ts';
import { openData, type BriefExport } from '../site/open-data.ts';
import { resultLinks, searchPage, waitForResults } from './search-helpers.ts';
import { newPage, useSite } from './site.ts';

const site = useSite();
const briefOf = (href: string | undefined) => href?.split('/')[2] ?? '';
// Expectations come from the built site's open data, so they follow whatever content/ holds.
const BRIEFS = openData(DIST, 'briefs.json');
const THEMES = openData(DIST, 'themes.json');
const yearOf = (b: BriefExport | undefined) => b?.meta.date.value.slice(0, 4);

/** In the page: each filter checkbox's value and the count its label shows, as “(12)”. */
function filterCounts(boxes: HTMLInputElement[]): [string, number][] {
  return boxes.map((b) => {
    const label = b.closest('label');
    if (!label) throw new Error(`filter ${b.value} has no label`);
    return [b.value, Number(/\((\d+)\)/.exec(label.textContent ?? '')?.[1] ?? 0)];
  });
}

describe('the search page', () => {
  it('shows results from the right briefs as a query is typed', async () => {
    const page = await newPage(site);
    await page.goto(site.url + '/search/');
    await page.locator('#search-page-q').pressSequentially('Bolton memoir', { delay: 20 });
    await waitForResults(page, '#search-page-status', 'Bolton memoir');
    const links = await resultLinks(page);
    assert.ok(links.length > 0);
    assert.equal(briefOf(links[0]), 'diplomat-trump-re-election-alliance');
    assert.match(page.url(), /\?q=Bolton\+memoir$/);
    assert.ok((await page.locator('.search-results mark').count()) > 0, 'terms are highlighted in excerpts');
  });

  it('each filter narrows the results and shows counts', async () => {
    const page = await newPage(site);
    await searchPage(page, site.url, { q: 'tariffs' });
    const all = (await resultLinks(page)).length;
    const total = Number(/^(\d+)/.exec((await page.textContent('#search-page-status')) ?? '')?.[1]);
    // Brief filter: open the group, read the count shown for the first brief with some but not all results, tick it.
    await page.locator('.search-filters summary', { hasText: 'Brief' }).click();
    const boxes = page.locator('.search-filters input[name=brief]');
    const counted = await boxes.evaluateAll(filterCounts);
    const brief = counted.find(([, n]) => n > 0 && n < total);
    assert.ok(brief, `a brief with some of the ${total} results: ${JSON.stringify(counted)}`);
    const [name, shown] = brief;
    await page.locator(`.search-filters input[name=brief][value="${name}"]`).check();
    await page.waitForFunction((n) => document.querySelector('#search-page-status')?.textContent?.startsWith(`${n} result`), shown);
    const links = await resultLinks(page);
    const slugs = BRIEFS.filter((b) => b.meta.publisher.short === name).map((b) => b.slug);
    assert.ok(
      links.every((l) => slugs.includes(briefOf(l))),
      links.join(),
    );
    assert.ok(new URL(page.url()).searchParams.getAll('brief').includes(name));
    // Kind filter narrows further to claims of a kind with results.
    await page.locator('.search-filters summary', { hasText: 'Claim kind' }).click();
    const kinds = await page.locator('.search-filters input[name=kind]').evaluateAll(filterCounts);
    const kindFound = kinds.find(([, n]) => n > 0);
    assert.ok(kindFound, JSON.stringify(kinds));
    const [kind, expected] = kindFound;
    await page.locator(`.search-filters input[name=kind][value="${kind}"]`).check();
    await page.waitForURL((u) => u.searchParams.get('kind') === kind);
    await waitForResults(page);
    const n = Number(/^(\d+)/.exec((await page.textContent('#search-page-status')) ?? '')?.[1] ?? 0);
    assert.ok(n === expected && n <= shown, `${kind}: ${n} of ${shown}, ${expected} announced`);
    assert.ok(all > 0);
  });

  it('theme and year filters narrow too', async () => {
    const page = await newPage(site);
    const year = yearOf(BRIEFS.at(-1));
    assert.ok(year, 'the last brief of briefs.json has a date');
    for (const theme of THEMES.map((t) => t.title)) {
      await searchPage(page, site.url, { q: 'Japan', theme, year });
      const links = await resultLinks(page);
      if (links.length === 0) continue;
      const briefsOfYear = BRIEFS.filter((b) => yearOf(b) === year).map((b) => b.slug);
      assert.ok(
        links.every((l) => briefsOfYear.includes(briefOf(l))),
        links.join(),
      );
      return;
    }
    assert.fail(`no theme has results for “Japan” in ${year}`);
  });

  it('a shared URL restores query, filters and order, and Back undoes a filter', async () => {
    const page = await newPage(site);
    await searchPage(page, site.url, { q: 'alliance', type: 'Claim', sort: 'newest' });
    assert.equal(await page.inputValue('#search-page-q'), 'alliance');
    assert.equal(await page.inputValue('#search-page-sort'), 'newest');
    assert.equal(await page.locator('.search-filters input[name=type][value=Claim]').isChecked(), true);
    const links = await resultLinks(page);
    assert.ok(links.length > 0 && links.every((l) => l.includes('#c-')), 'only claims');
    assert.equal(briefOf(links[0]), 'rsis-japans-international-strategy', 'newest brief first');
    await page.locator('.search-filters input[name=type][value=Claim]').uncheck();
    await page.waitForURL((u) => !u.search.includes('type='));
    await page.goBack();
    await page.waitForURL(/type=Claim/);
    await waitForResults(page);
    assert.equal(await page.locator('.search-filters input[name=type][value=Claim]').isChecked(), true);
  });

  it('without JavaScript it says so and links to the indexes', async () => {
    const page = await newPage(site, { javaScriptEnabled: false });
    await page.goto(site.url + '/search/');
    const text = await page.textContent('#search-page');
    assert.match(text ?? '', /needs JavaScript/);
    assert.ok(await page.locator('#search-page a[href="/themes/"]').count());
    assert.ok(await page.locator('#search-page a[href="/briefs/"]').count());
  });
});

describe('the search dialog, by keyboard only', () => {
  it('opens with "/", moves with arrows, opens a result with Enter, and lands on the highlighted passage', async () => {
    const page = await newPage(site);
    const pagefind = [];
    page.on('request', (r) => r.url().includes('/pagefind/') && pagefind.push(r.url()));
    await page.goto(site.url + '/briefs/icds-japan-looks-ahead/');
    await page.waitForLoadState('networkidle');
    assert.equal(pagefind.length, 0, 'no Pagefind file before search is opened');
    // Typing straight after "/", before the search code has loaded, loses no key.
    await page.keyboard.press('/');
    await page.keyboard.type('Eldridge Colby');
    const dialog = page.locator('dialog.search-dialog');
    await dialog.waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'search-dialog-q');
    assert.equal(await page.inputValue('#search-dialog-q'), 'Eldridge Colby');
    await waitForResults(page, '#search-dialog-status', 'Eldridge Colby');
    assert.ok(pagefind.length > 0);
    await page.keyboard.press('ArrowDown');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    assert.match(focused ?? '', /^\/briefs\/rsis-japans-international-strategy\/\?hl=/);
    await page.keyboard.press('Enter');
    await page.waitForURL(/rsis-japans-international-strategy\/\?hl=.*#/);
    await page.locator('mark.hit').first().waitFor();
    const hits = await page.locator('mark.hit').allTextContents();
    assert.ok(
      hits.some((h) => /colby/i.test(h)),
      hits.join(),
    );
    const target = await page.evaluate(() => {
      const t = document.getElementById(decodeURIComponent(location.hash.slice(1)));
      const r = t?.getBoundingClientRect();
      return r && r.top < innerHeight && r.bottom > 0;
    });
    assert.ok(target, 'the linked passage is in view');
  });

  it('opens with Ctrl+K, keeps focus inside, closes with Esc and restores focus', async () => {
    const page = await newPage(site);
    await page.goto(site.url + '/themes/alliances/');
    await page.locator('a[href="/compare/"]').first().focus();
    await page.keyboard.press('Control+k');
    await page.locator('dialog.search-dialog').waitFor();
    for (let i = 0; i < 12; i++) await page.keyboard.press('Tab');
    assert.equal(
      await page.evaluate(() => !!document.activeElement?.closest('dialog') || document.activeElement === document.body),
      true,
      'focus stays in the dialog',
    );
    await page.keyboard.press('Escape');
    await page.locator('dialog.search-dialog').waitFor({ state: 'hidden' });
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('href')), '/compare/');
  });

  it('works at phone width', async () => {
    const page = await newPage(site, { viewport: { width: 360, height: 740 } });
    await page.goto(site.url + '/');
    await page.getByRole('link', { name: 'Search', exact: true }).click();
    await page.locator('dialog.search-dialog').waitFor();
    await page.keyboard.type('Camp David');
    await waitForResults(page, '#search-dialog-status', 'Camp David');
    const box = await page.locator('dialog.search-dialog').boundingBox();
    assert.ok(box, 'the dialog is shown');
    assert.ok(box.width <= 360, `dialog ${box.width}px wide`);
    assert.ok((await page.locator('dialog .search-results li').count()) > 0);
  });

  it('brings its styles as a stylesheet file, without creating any <style> element', async () => {
    const page = await newPage(site);
    await page.goto(site.url + '/');
    const before = await page.locator('style').count();
    await page.keyboard.press('/');
    await page.locator('dialog.search-dialog').waitFor();
    assert.equal(await page.locator('style').count(), before);
    assert.equal(await page.locator('link[rel=stylesheet][href*="/_astro/search."]').count(), 1);
    assert.equal(await page.locator('dialog.search-dialog').evaluate((d) => getComputedStyle(d).borderRadius), '8px');
  });
});
