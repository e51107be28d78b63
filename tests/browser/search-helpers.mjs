// Drives the /search/ page: waits until the status line reports the finished search.
export async function searchPage(page, base, params) {
  await page.goto(`${base}/search/?${new URLSearchParams(params)}`);
  await waitForResults(page);
}

export async function waitForResults(page, selector = '#search-page-status') {
  await page.waitForFunction((sel) => /\bresults?\b|No results/.test(document.querySelector(sel)?.textContent ?? ''), selector, { timeout: 10_000 });
}

/** Result links without the highlight parameter. */
export const resultLinks = (page, root = '#search-page') =>
  page.$$eval(`${root} .search-results li > a`, (as) => as.map((a) => a.getAttribute('href').replace(/[?&]hl=[^#]*/, '')));
