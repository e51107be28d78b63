// Under the header policy the site ships (public/_headers, served by scripts/serve-dist.mjs like a
// static host would), no page template (each with its JSON-LD data block) reports a
// Content-Security-Policy violation, search works in
// the dialog and on /search/, and no <style> element or style= attribute appears at run time.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, it } from 'vitest';
import { DIST, htmlPages } from '../site/dist.ts';
import { newPage, useSite } from './site.ts';

declare global {
  interface Window {
    /** The violations a page reported, collected by the script openWatched() installs. */
    __csp: string[];
  }
}

const site = useSite();

/** One page of every template in dist/, found from the built site rather than named. */
function templates(): string[] {
  const paths = htmlPages().map(([path]) => path);
  const first = (re: RegExp) => paths.find((p) => re.test(p));
  return [
    ...paths.filter((p) => p.split('/').length <= 3 && !p.startsWith('/og/')),
    first(/^\/claims\/[^/]+\/$/),
    first(/^\/themes\/[^/]+\/$/),
    first(/^\/briefs\/[^/]+\/$/) + '?hl=japan+alliance',
    '/no-such-page/',
  ].filter((p, i, all): p is string => !!p && all.indexOf(p) === i);
}

/** Opens a page with violation listeners installed before any of its own code runs. */
async function openWatched(path: string) {
  const page = await newPage(site);
  const violations: string[] = [];
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
  });
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  const res = await page.goto(site.url + path);
  assert.ok(res, `${path} gives a response`);
  return { page, res, violations, all: async () => [...violations, ...(await page.evaluate(() => window.__csp))] };
}

const inlineStyles = (page: Page) => page.evaluate(() => document.querySelectorAll('style, [style]').length);

describe('the header policy', () => {
  it('is served with every page', async () => {
    const { res } = await openWatched('/');
    const csp = res.headers()['content-security-policy'] ?? '';
    const shipped = /Content-Security-Policy: (.+)/.exec(readFileSync(`${DIST}/_headers`, 'utf8'))?.[1];
    assert.equal(csp, shipped);
    assert.doesNotMatch(csp, /unsafe-inline/);
    assert.equal(res.headers()['x-content-type-options'], 'nosniff');
  });

  for (const path of templates()) {
    it(`${path}: no violation, no inline style`, async () => {
      const { page, all } = await openWatched(path);
      await page.waitForLoadState('networkidle');
      assert.deepEqual(await all(), []);
      assert.equal(await inlineStyles(page), 0);
      // Every page carries a JSON-LD data block: the policy leaves it alone (data is not run).
      assert.equal(await page.locator('script[type="application/ld+json"]').count(), 1);
    });
  }

  it('search works in the dialog and on /search/ with no violation', async () => {
    const theme = templates().find((p) => p.startsWith('/themes/') && p !== '/themes/');
    assert.ok(theme, 'a theme page');
    const { page, all } = await openWatched(theme);
    await page.keyboard.press('/');
    const box = page.getByRole('dialog').getByRole('searchbox');
    await box.waitFor();
    await box.pressSequentially('tariffs', { delay: 20 });
    await page.getByRole('dialog').locator('li a').first().waitFor({ timeout: 10_000 });
    assert.equal(await inlineStyles(page), 0);
    // The search stylesheet arrived as a file and its rules apply (a blocked sheet has no rules).
    const searchRules = await page.evaluate(() =>
      [...document.styleSheets].filter((s) => /\/_astro\/search\.[^/]*\.css$/.test(s.href ?? '')).reduce((n, s) => n + s.cssRules.length, 0),
    );
    assert.ok(searchRules > 0, 'the search stylesheet is loaded');
    assert.deepEqual(await all(), []);

    const search = await openWatched('/search/?q=defence');
    await search.page.locator('#search-page li a').first().waitFor({ timeout: 10_000 });
    assert.equal(await inlineStyles(search.page), 0);
    assert.deepEqual(await search.all(), []);
  });
});
