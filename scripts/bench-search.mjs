// Search benchmark in real Chromium against the built site on 127.0.0.1. For each query, on a fresh
// visit to a reader page: bytes the search needed (counted gzipped, as a static host sends them) and
// the time from the last keystroke to the first results shown for the whole query; then the same for a second query in
// the same visit. Prints figures; run after `npm run build`.
import { readdirSync, statSync } from 'node:fs';
import { launch } from './lib/chromium.mjs';
import { countAfterLoad } from './lib/search-transfer.mjs';
import { serve } from './serve-dist.mjs';

// The search starts from the reader page of the longest brief (the largest page a reader opens search on).
const READER_PAGE = readdirSync('dist/briefs', { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort((a, b) => statSync(`dist/briefs/${b}/index.html`).size - statSync(`dist/briefs/${a}/index.html`).size)[0];

const QUERIES = ['Nippon Steel', 'DPRK', 'defence spending', '$8 billion', 'host nation support', 'Kim Jong Un', 'semiconductors', 'Asian NATO'];
const SECOND = 'tariffs';

const { server, url } = await serve('dist');
const browser = await launch();

// Selectors by role, so the same benchmark runs on earlier builds for comparison.
const BOX = 'dialog input[type=search]';

/** Time from the last keystroke to the first results shown for the whole query (not a prefix of it). */
async function timeQuery(page, q) {
  await page.evaluate((q) => {
    window.__first = undefined;
    const done = () => {
      const status = document.querySelector('dialog [role=status]')?.textContent ?? '';
      return status.includes(`“${q}”`) && document.querySelector('dialog ol li');
    };
    const obs = new MutationObserver(() => {
      if (window.__first === undefined && done()) window.__first = performance.now();
    });
    obs.observe(document.body, { childList: true, subtree: true, characterData: true });
    document.addEventListener('keydown', () => (window.__last = performance.now()), { capture: true });
  }, q);
  const input = page.locator(BOX);
  await input.fill('');
  await page.evaluate(() => document.querySelector('dialog ol')?.replaceChildren());
  await input.pressSequentially(q, { delay: 30 });
  await page.waitForFunction(() => window.__first !== undefined, null, { timeout: 10_000 });
  return page.evaluate(() => window.__first - window.__last);
}

const rows = [];
try {
  for (const q of QUERIES) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const sizes = await countAfterLoad(page, url, `${url}/briefs/${READER_PAGE}/`);
    await page.keyboard.press('/');
    await page.locator(BOX).waitFor();
    const cold = await timeQuery(page, q);
    await page.waitForLoadState('networkidle');
    const bytes = [...sizes.values()].reduce((a, b) => a + b, 0);
    const warm = await timeQuery(page, SECOND);
    rows.push({ q, kb: bytes / 1024, files: sizes.size, cold, warm });
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}

console.log('query                    first search: KB gzipped  files  ms to results | next search ms');
for (const r of rows)
  console.log(
    `${r.q.padEnd(24)} ${r.kb.toFixed(1).padStart(20)}  ${String(r.files).padStart(5)}  ${r.cold.toFixed(0).padStart(12)} | ${r.warm.toFixed(0).padStart(14)}`,
  );
const max = (k) => Math.max(...rows.map((r) => r[k]));
console.log(
  `worst: ${max('kb').toFixed(1)} KB for a first search (target ≤ 150), ${max('cold').toFixed(0)} ms cold and ${max('warm').toFixed(0)} ms warm to first results (target ≤ 300)`,
);
