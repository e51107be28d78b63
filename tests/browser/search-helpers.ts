// Drives the /search/ page: waits until the status line reports the finished search.
import type { Page } from 'playwright-core';

export async function searchPage(page: Page, base: string, params: Record<string, string>) {
  await page.goto(`${base}/search/?${new URLSearchParams(params)}`);
  await waitForResults(page);
}

export async function waitForResults(page: Page, selector = '#search-page-status') {
  await page.waitForFunction((sel) => /\bresults?\b|No results/.test(document.querySelector(sel)?.textContent ?? ''), selector, { timeout: 10_000 });
}

/** Result links without the highlight parameter. */
export const resultLinks = (page: Page, root = '#search-page') =>
  page.$$eval(`${root} .search-results li > a`, (as) =>
    as.map((a) => {
      const href = a.getAttribute('href');
      if (href === null) throw new Error(`a result link without href: ${a.textContent}`);
      return href.replace(/[?&]hl=[^#]*/, '');
    }),
  );
