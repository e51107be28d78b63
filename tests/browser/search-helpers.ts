// Drives the /search/ page: waits until the status line reports the finished search.
import type { Page } from 'playwright-core';

export async function searchPage(page: Page, base: string, params: Record<string, string>) {
  await page.goto(`${base}/search/?${new URLSearchParams(params)}`);
  await waitForResults(page);
}

/**
 * Waits for a finished search. Given `q`, waits for the search of exactly that text: while a query
 * is typed on a slow machine, the status line can still report an earlier, partial one.
 */
export async function waitForResults(page: Page, selector = '#search-page-status', q?: string) {
  await page.waitForFunction(
    ([sel, query]) => {
      const text = document.querySelector(sel)?.textContent ?? '';
      return /\bresults?\b|No results/.test(text) && (query === undefined || text.includes(`for “${query}”`));
    },
    [selector, q] as const,
    { timeout: 10_000 },
  );
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
