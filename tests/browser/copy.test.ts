// Copy buttons as a reader meets them: references and links go to the clipboard with a confirmation
// screen readers hear; without the Clipboard API the text is selected instead; without JavaScript
// no copy button shows and the ¶ links still work.
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { describe, it } from 'vitest';
import { htmlPages } from '../site/dist.ts';
import { newPage, useSite, type TestPage } from './site.ts';

const site = useSite();
const paths = htmlPages().map(([path]) => path);
const briefPath = paths.find((p) => /^\/briefs\/[^/]+\/$/.test(p))!;
const claimPath = paths.find((p) => /^\/claims\/[^/]+\/$/.test(p))!;
const themePath = paths.find((p) => /^\/themes\/[^/]+\/$/.test(p))!;
const CLIPBOARD = { permissions: ['clipboard-read', 'clipboard-write'] };

const clipboard = (page: TestPage) => page.evaluate(() => navigator.clipboard.readText());
const status = (page: TestPage) => page.locator('.copy-status');
/** The address the page gives as its own (the copy script copies links with it). */
const canonical = (page: TestPage) => page.evaluate(() => document.querySelector<HTMLLinkElement>('link[rel="canonical"]')!.href);

async function waitForStatus(page: TestPage, text: string): Promise<void> {
  await page.waitForFunction((t) => document.querySelector('.copy-status')?.textContent === t, text);
  assert.equal(await status(page).getAttribute('role'), 'status');
  assert.ok(await status(page).isVisible(), 'the confirmation is visible');
}

describe('copying with the Clipboard API', () => {
  it('a Copy button copies its reference and says “Copied”', async () => {
    const page = await newPage(site, CLIPBOARD);
    await page.goto(site.url + claimPath);
    for (const [style, label] of [
      ['apa', 'APA'],
      ['chicago', 'Chicago author-date'],
      ['mla', 'MLA'],
    ] as const) {
      // The confirmation of the previous button is still up: cleared, so the wait below hears this one's.
      await page.evaluate(() => document.querySelector('.copy-status')?.replaceChildren());
      await page.getByRole('button', { name: `Copy ${label}` }).click();
      await waitForStatus(page, 'Copied');
      const shown = (await page.locator(`#cite-${style}`).innerText()).replace(/\s+/g, ' ').trim();
      assert.equal(await clipboard(page), shown);
    }
    assert.deepEqual(page.errors, []);
  });

  it('the claim page’s Copy link button copies the claim’s address', async () => {
    const page = await newPage(site, CLIPBOARD);
    await page.goto(site.url + claimPath);
    await page.getByRole('button', { name: 'Copy link to this claim' }).click();
    await waitForStatus(page, 'Link copied');
    assert.equal(await clipboard(page), await canonical(page));
  });

  it('beside a ¶ mark, a button copies the paragraph’s link; it shows on keyboard focus', async () => {
    const page = await newPage(site, CLIPBOARD);
    await page.goto(site.url + briefPath);
    const para = page
      .locator('article p[id]')
      .filter({ has: page.locator('.para-link') })
      .nth(1);
    const id = await para.getAttribute('id');
    await para.locator('.para-link').focus();
    await page.keyboard.press('Tab');
    const button = para.locator('button.copy-link-para');
    assert.equal(await button.evaluate((b) => b === document.activeElement), true);
    assert.equal(await button.getAttribute('aria-label'), 'Copy link to this paragraph');
    assert.equal(await button.evaluate((e) => getComputedStyle(e).opacity), '1');
    await page.keyboard.press('Enter');
    await waitForStatus(page, 'Link copied');
    assert.equal(await clipboard(page), `${await canonical(page)}#${id}`);
  });

  it('beside a ◆ claim marker, a button copies the claim’s address; it shows on keyboard focus', async () => {
    const page = await newPage(site, CLIPBOARD);
    await page.goto(site.url + briefPath);
    const marker = page.locator('article a.claim-link').first();
    const href = (await marker.getAttribute('href'))!;
    await marker.focus();
    await page.keyboard.press('Tab');
    const button = page.locator('article a.claim-link + button.copy-link-claim').first();
    assert.equal(await button.evaluate((b) => b === document.activeElement), true);
    assert.ok(((await button.boundingBox())?.width ?? 0) > 5, 'the button shows');
    assert.match((await button.getAttribute('aria-label'))!, /^Copy link to claim [a-z]+\d+-\d+$/);
    await page.keyboard.press('Enter');
    await waitForStatus(page, 'Link copied');
    assert.equal(await clipboard(page), new URL(href, await canonical(page)).href);
  });

  it('a theme question has a Copy link button for its anchor', async () => {
    const page = await newPage(site, CLIPBOARD);
    await page.goto(site.url + themePath);
    const section = page
      .locator('section[aria-labelledby]')
      .filter({ has: page.getByRole('button', { name: 'Copy link to this question' }) })
      .first();
    const id = await section.getAttribute('aria-labelledby');
    await section.getByRole('button', { name: 'Copy link to this question' }).click();
    await waitForStatus(page, 'Link copied');
    assert.equal(await clipboard(page), `${await canonical(page)}#${id}`);
  });

  it('the search page copies the link to the current search, filters included', async () => {
    const page = await newPage(site, CLIPBOARD);
    await page.goto(site.url + '/search/');
    const copy = page.getByRole('button', { name: 'Copy link to this search' });
    await page.locator('#search-page-q').waitFor();
    assert.equal(await copy.isVisible(), false, 'no search, nothing to share');
    await page.fill('#search-page-q', 'alliance');
    await page.press('#search-page-q', 'Enter');
    await page.waitForURL(/\?q=alliance/);
    const box = page.locator('.search-filters input[type="checkbox"]').first();
    await box.check();
    await page.waitForURL(/\?q=alliance&\w+=/);
    await copy.click();
    await waitForStatus(page, 'Link copied');
    assert.equal(await clipboard(page), page.url());
    assert.match(page.url(), new RegExp(`/search/\\?q=alliance&${await box.getAttribute('name')}=`));
  });

  it('the enhanced pages pass axe (WCAG 2.2 AA)', async () => {
    for (const path of [briefPath, claimPath]) {
      const page = await newPage(site, CLIPBOARD);
      await page.goto(site.url + path);
      await page.locator('button.copy-link, dt button').first().waitFor();
      await page.getByRole('button', { name: 'Copy APA' }).click();
      await waitForStatus(page, 'Copied');
      const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      assert.deepEqual(
        violations.map((v) => `${path} ${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target}`),
        [],
      );
      await page.close();
    }
  });
});

describe('copying without the Clipboard API', () => {
  /** A page whose browser has no navigator.clipboard, as on plain http or in old browsers. */
  async function withoutClipboard(path: string): Promise<TestPage> {
    const page = await newPage(site);
    await page.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined, configurable: true });
    });
    await page.goto(site.url + path);
    return page;
  }

  it('selects the reference and says to press Ctrl+C', async () => {
    const page = await withoutClipboard(claimPath);
    await page.getByRole('button', { name: 'Copy MLA' }).click();
    await waitForStatus(page, 'Press Ctrl+C to copy');
    const selected = await page.evaluate(() => getSelection()?.toString().replace(/\s+/g, ' ').trim());
    assert.equal(selected, (await page.locator('#cite-mla').innerText()).replace(/\s+/g, ' ').trim());
    assert.deepEqual(page.errors, []);
  });

  it('shows a link selected in a read-only field, and says to press Ctrl+C', async () => {
    const page = await withoutClipboard(claimPath);
    await page.getByRole('button', { name: 'Copy link to this claim' }).click();
    await waitForStatus(page, 'Press Ctrl+C to copy');
    const field = page.locator('input.copy-field');
    assert.equal(await field.evaluate((f) => f === document.activeElement), true);
    assert.equal(await field.inputValue(), await canonical(page));
    assert.equal(await field.getAttribute('readonly'), '');
    const [start, end, length] = await field.evaluate((f: HTMLInputElement) => [f.selectionStart, f.selectionEnd, f.value.length]);
    assert.deepEqual([start, end], [0, length]);
  });
});

describe('without JavaScript', () => {
  it('no copy button shows, and the ¶ links still lead to their paragraphs', async () => {
    for (const path of [briefPath, claimPath, themePath]) {
      const page = await newPage(site, { javaScriptEnabled: false });
      await page.goto(site.url + path);
      const visible = await page.locator('main button').evaluateAll((bs) => bs.filter((b) => (b as HTMLElement).offsetParent !== null).length);
      assert.equal(visible, 0, `${path}: visible buttons`);
      if (path === briefPath) {
        const link = page.locator('article .para-link').nth(2);
        const href = await link.getAttribute('href');
        await link.focus();
        await link.press('Enter');
        assert.equal(await page.evaluate(() => location.hash), href);
      }
      await page.close();
    }
  });
});

describe('reference downloads', () => {
  it('each download link saves its file under the reference’s key, with the content the site serves', async () => {
    const page = await newPage(site, { acceptDownloads: true });
    await page.goto(site.url + claimPath);
    const key = claimPath.split('/')[2]!.replaceAll('-', '_');
    for (const ext of ['bib', 'ris', 'json']) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`a[href="cite.${ext}"]`).click()]);
      assert.equal(download.suggestedFilename(), `${key}.${ext}`);
      const res = await page.request.get(`${site.url}${claimPath}cite.${ext}`);
      assert.equal(res.status(), 200);
      const saved = await download.createReadStream();
      let body = '';
      for await (const chunk of saved) body += chunk;
      assert.equal(body, await res.text());
    }
  });
});
