// What a first search costs a reader: the gzipped bytes of every response from the site once the
// search dialog is about to open, as a static host would send them. Shared by bench:search and
// bench:scale so both count the same way.
import { gzipSync } from 'node:zlib';

/**
 * Opens `reader` (a reader page's URL) in `page`, waits for it to settle, then records the gzipped
 * size of every later response from `origin`, by URL.
 * @param {import('playwright-core').Page} page
 * @param {string} origin
 * @param {string} reader
 * @returns {Promise<Map<string, number>>} filled in as responses arrive
 */
export async function countAfterLoad(page, origin, reader) {
  const sizes = new Map();
  let counting = false;
  page.on('response', async (r) => {
    if (!counting || !r.url().startsWith(origin)) return;
    try {
      sizes.set(r.url(), gzipSync(await r.body()).length);
    } catch {
      /* redirects have no body */
    }
  });
  await page.goto(reader);
  await page.waitForLoadState('networkidle');
  counting = true;
  return sizes;
}
