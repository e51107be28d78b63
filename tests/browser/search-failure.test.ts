// Search when things go wrong: Pagefind or the dialog's code fails to load, a link carries a bad
// anchor, huge highlight terms or a filter value the index lacks, a query word is in no brief.
// Selectors go by role and label, so the tests read the same on any markup.
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { describe, it } from 'vitest';
import { htmlPages, pageFile } from '../site/dist.ts';
import { resultLinks } from './search-helpers.ts';
import { newPage, useSite } from './site.ts';

const site = useSite();
const briefPath =
  htmlPages()
    .map(([path]) => path)
    .find((p) => /^\/briefs\/[^/]+\/$/.test(p)) ?? '(no brief page in dist/)';
const status = (page: Page, root = 'main') => page.locator(`${root} [role=status]`);
const box = (page: Page, root = 'main') => page.locator(root).getByRole('searchbox');
/** Waits until the status line reports a finished search (or a failure) and returns its text. */
const settled = async (page: Page, root = 'main', timeout = 10_000) => {
  await page.waitForFunction((sel) => /result|could not/i.test(document.querySelector(sel)?.textContent ?? ''), `${root} [role=status]`, { timeout });
  return (await status(page, root).textContent()) ?? '';
};

describe('when Pagefind cannot load', () => {
  it('the search page says so within 3 s, and the next key typed retries', async () => {
    const page = await newPage(site);
    await page.context().route('**/pagefind/**', (r) => r.abort());
    await page.goto(`${site.url}/search/?q=tariff`);
    assert.match(await settled(page, 'main', 3000), /could not load/i);
    await page.context().unroute('**/pagefind/**');
    await box(page).press('End');
    await box(page).press('s');
    await page.waitForFunction(() => /^\d+ results? for “tariffs”/.test(document.querySelector('main [role=status]')?.textContent ?? ''), null, {
      timeout: 10_000,
    });
    assert.ok((await resultLinks(page)).length > 0);
    assert.deepEqual(page.errors, []);
  });

  it('the dialog says so within 3 s, in its status line', async () => {
    const page = await newPage(site);
    await page.context().route('**/pagefind/**', (r) => r.abort());
    await page.goto(site.url + briefPath);
    await page.keyboard.press('/');
    await page.locator('dialog').getByRole('searchbox').waitFor();
    await page.keyboard.type('alliance');
    assert.match(await settled(page, 'dialog', 3000), /could not load/i);
    assert.deepEqual(page.errors, []);
  });
});

describe('when the dialog’s code cannot load (a tab open across a deploy)', () => {
  // Fails after a moment, as a request to a server that no longer has the file does.
  const blockDialog = (page: Page) => page.context().route(/\/_astro\/dialog[^/]*\.js$/, (r) => setTimeout(() => r.abort(), 300));

  it('"/" and what follows go to the /search/ page, where typing works', async () => {
    const page = await newPage(site);
    await blockDialog(page);
    await page.goto(site.url + briefPath);
    await page.keyboard.press('/');
    await page.keyboard.type('tariff');
    await page.waitForURL(/\/search\/\?q=tariff$/);
    assert.equal(await box(page).inputValue(), 'tariff');
    await box(page).press('End');
    await box(page).press('s');
    assert.equal(await box(page).inputValue(), 'tariffs');
  });

  it('keys are no longer swallowed: Space scrolls the page', async () => {
    const page = await newPage(site);
    await blockDialog(page);
    // The fallback page cannot be reached either (offline): a 204 leaves the reader where they are.
    await page.context().route(/\/search\/(\?.*)?$/, (r) => r.fulfill({ status: 204 }));
    await page.goto(site.url + briefPath);
    await page.keyboard.press('/');
    await page.waitForTimeout(500);
    await page.keyboard.press(' ');
    await page.waitForFunction(() => scrollY > 0, null, { timeout: 3000 });
  });
});

describe('links with bad search parameters', () => {
  it('a malformed anchor raises no error and terms are still highlighted', async () => {
    const page = await newPage(site);
    await page.goto(`${site.url}${briefPath}?hl=japan#%E0%A4%A`);
    await page.locator('mark.hit').first().waitFor();
    assert.deepEqual(page.errors, []);
  });

  it('a giant or endless highlight parameter raises no error', async () => {
    const page = await newPage(site);
    const many = Array.from({ length: 500 }, (_, i) => `word${i}`).join(' ');
    // Served by the browser itself: the test server, rightly, refuses so long a request line.
    await page.route(
      (u) => u.pathname === briefPath,
      (r) => r.fulfill({ path: pageFile(briefPath), contentType: 'text/html' }),
    );
    await page.goto(`${site.url}${briefPath}?hl=${encodeURIComponent(`japan ${'x'.repeat(200_000)} ${many}`)}`);
    await page.locator('mark.hit').first().waitFor({ timeout: 5000 });
    assert.deepEqual(page.errors, []);
  });

  it('a filter value the index lacks shows as ticked and can be cleared with the keyboard', async () => {
    const page = await newPage(site);
    await page.goto(`${site.url}/search/?q=Japan&theme=NoSuchTheme`);
    assert.match(await settled(page), /No results/);
    const stale = page.getByRole('checkbox', { name: /NoSuchTheme/ });
    assert.equal(await stale.isChecked(), true);
    assert.match((await page.locator('label', { has: stale }).textContent()) ?? '', /not found/);
    await stale.focus();
    await page.keyboard.press('Space');
    await page.waitForURL((u) => !u.search.includes('theme='));
    assert.match(await settled(page), /^\d+ results? for “Japan”/);
  });
});

describe('a word in no brief', () => {
  it('says “No results”, and labels what a shorter word found', async () => {
    const page = await newPage(site);
    await page.goto(`${site.url}/search/?q=Endowment`);
    const text = await settled(page);
    assert.match(text, /^No results for “endowment”/i);
    if ((await resultLinks(page)).length > 0) assert.match(text, /shorter word “end”/);
  });
});
