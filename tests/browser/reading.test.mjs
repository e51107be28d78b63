// What a reader notices in a real browser: accessibility, keyboard use, anchors, and no JavaScript
// or search files loaded by a reading page.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import AxeBuilder from '@axe-core/playwright';
import { newPage, useSite } from './site.mjs';

const site = useSite();
const PAGES = [
  '/',
  '/sources/',
  '/sources/icds-japan-looks-ahead/',
  '/sources/rsis-japans-international-strategy/',
  '/sources/sejong-japans-perception-and-response/',
  '/sources/diplomat-trump-re-election-alliance/',
  '/sources/orf-reignited-agendas-japan/',
  '/themes/',
  '/themes/defence-spending/',
  '/themes/alliances/',
  '/themes/north-korea/',
  '/compare/',
  '/figures/',
  '/timeline/',
  '/claims/',
  '/claims/icds1-01/',
  '/about/',
  '/data/',
  '/search/',
  '/no-such-page/',
];

describe('accessibility (axe, WCAG 2.2 AA)', () => {
  for (const path of PAGES) {
    for (const scheme of ['light', 'dark']) {
      it(`${path} in ${scheme} mode has no violations`, async () => {
        const page = await newPage(site, { colorScheme: scheme });
        await page.goto(site.url + path);
        const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
        assert.deepEqual(
          violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target}`),
          [],
        );
        assert.deepEqual(page.errors, []);
        await page.close();
      });
    }
  }
});

describe('reading', () => {
  it('a reader page requests no Pagefind file and only the small search launcher', async () => {
    const page = await newPage(site);
    const requests = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto(site.url + '/sources/sejong-japans-perception-and-response/');
    await page.waitForLoadState('networkidle');
    assert.deepEqual(
      requests.filter((p) => p.startsWith('/pagefind/')),
      [],
    );
    const scripts = requests.filter((p) => p.endsWith('.js'));
    assert.ok(scripts.length <= 1, `scripts loaded: ${scripts.join(', ')}`);
    assert.deepEqual(page.errors, []);
  });

  it('the first Tab reaches “Skip to content”, which moves focus to the article', async () => {
    const page = await newPage(site);
    await page.goto(site.url + '/sources/icds-japan-looks-ahead/');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent?.trim()), 'Skip to content');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => location.hash), '#main');
  });

  it('a claim link lands on its highlighted sentence in the brief', async () => {
    const page = await newPage(site);
    await page.goto(site.url + '/claims/icds1-01/');
    await page.getByRole('link', { name: 'Read it in context' }).click();
    await page.waitForURL(/#c-icds1-01$/);
    const target = page.locator('#c-icds1-01');
    assert.equal(await target.evaluate((e) => e.matches(':target')), true);
    const bg = await target.evaluate((e) => getComputedStyle(e).backgroundColor);
    assert.notEqual(bg, 'rgba(0, 0, 0, 0)');
    const box = await target.boundingBox();
    assert.ok(box && box.y >= 0 && box.y < 900, 'the sentence is in view');
  });

  it('a paragraph link works and the ¶ mark appears on keyboard focus', async () => {
    const page = await newPage(site);
    await page.goto(site.url + '/sources/orf-reignited-agendas-japan/');
    const pl = page.locator('article p .pl').first();
    await pl.focus();
    assert.equal(await pl.evaluate((e) => getComputedStyle(e).opacity), '1');
    const href = await pl.getAttribute('href');
    await pl.press('Enter');
    assert.equal(await page.evaluate(() => location.hash), href);
  });

  it('reads at phone width without horizontal scrolling, and at 200% zoom', async () => {
    for (const [width, path] of [
      [320, '/sources/rsis-japans-international-strategy/'],
      [320, '/themes/defence-spending/'],
      [640, '/sources/sejong-japans-perception-and-response/'],
    ]) {
      const page = await newPage(site, { viewport: { width, height: 700 } });
      await page.goto(site.url + path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `${path} at ${width}px overflows by ${overflow}px`);
      await page.close();
    }
  });
});
