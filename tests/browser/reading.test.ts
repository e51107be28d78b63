// What a reader notices in a real browser: accessibility, keyboard use, anchors, and no JavaScript
// or search files loaded by a reading page.
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { describe, it } from 'vitest';
import { htmlPages } from '../site/dist.ts';
import { newPage, useSite } from './site.ts';

const site = useSite();
// Every brief and every theme of content/ (read from the built site), one claim, and each other template.
const briefPaths = htmlPages()
  .map(([path]) => path)
  .filter((p) => /^\/briefs\/[^/]+\/$/.test(p));
const themePaths = htmlPages()
  .map(([path]) => path)
  .filter((p) => /^\/themes\/[^/]+\/$/.test(p));
const firstClaim = htmlPages()
  .map(([path]) => path)
  .find((p) => /^\/claims\/[^/]+\/$/.test(p));
const PAGES = [
  '/',
  '/briefs/',
  ...briefPaths,
  '/themes/',
  ...themePaths,
  '/compare/',
  '/figures/',
  '/timeline/',
  '/claims/',
  firstClaim,
  '/about/',
  '/data/',
  '/search/',
  '/no-such-page/',
];

describe('accessibility (axe, WCAG 2.2 AA)', () => {
  for (const path of PAGES) {
    for (const scheme of ['light', 'dark'] as const) {
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
  it('a reader page requests no Pagefind file and only the small search launcher and copy script', async () => {
    const page = await newPage(site);
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto(site.url + '/briefs/sejong-japans-perception-and-response/');
    await page.waitForLoadState('networkidle');
    assert.deepEqual(
      requests.filter((p) => p.startsWith('/pagefind/')),
      [],
    );
    const scripts = requests.filter((p) => p.endsWith('.js'));
    assert.ok(scripts.length <= 2 && scripts.every((p) => /\/(SearchLauncher|CopyScript)\./.test(p)), `scripts loaded: ${scripts.join(', ')}`);
    assert.deepEqual(page.errors, []);
  });

  it('the first Tab reaches “Skip to content”, which moves focus to the article', async () => {
    const page = await newPage(site);
    await page.goto(site.url + briefPaths[0]);
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent?.trim()), 'Skip to content');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => location.hash), '#main');
  });

  it('a claim link lands on its highlighted sentence in the brief', async () => {
    const page = await newPage(site);
    const id = firstClaim?.split('/')[2];
    await page.goto(site.url + firstClaim);
    await page.getByRole('link', { name: 'Read it in context' }).click();
    await page.waitForURL(new RegExp(`#c-${id}$`));
    const target = page.locator(`#c-${id}`);
    assert.equal(await target.evaluate((e) => e.matches(':target')), true);
    const bg = await target.evaluate((e) => getComputedStyle(e).backgroundColor);
    assert.notEqual(bg, 'rgba(0, 0, 0, 0)');
    const box = await target.boundingBox();
    assert.ok(box && box.y >= 0 && box.y < 900, 'the sentence is in view');
  });

  it('a paragraph link works and the ¶ mark appears on keyboard focus', async () => {
    const page = await newPage(site);
    await page.goto(site.url + briefPaths.at(-1));
    const pl = page.locator('article p .para-link').first();
    await pl.focus();
    assert.equal(await pl.evaluate((e) => getComputedStyle(e).opacity), '1');
    const href = await pl.getAttribute('href');
    assert.ok(href, 'the paragraph link has an address');
    await pl.press('Enter');
    assert.equal(await page.evaluate(() => location.hash), href);
  });

  it('reads at phone width without horizontal scrolling, and at 200% zoom', async () => {
    const cases: [number, string][] = [
      ...briefPaths.map((p): [number, string] => [320, p]),
      ...themePaths.map((p): [number, string] => [320, p]),
      [320, '/compare/'],
      [640, '/compare/'],
    ];
    for (const [width, path] of cases) {
      const page = await newPage(site, { viewport: { width, height: 700 } });
      await page.goto(site.url + path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `${path} at ${width}px overflows by ${overflow}px`);
      await page.close();
    }
  });
});

describe('positions matrix', () => {
  it('shows a position’s summary when its answer gets keyboard focus, and hides it otherwise', async () => {
    const page = await newPage(site);
    await page.goto(site.url + themePaths[0]);
    const chip = page.locator('table.pm a.pm-chip').first();
    const detail = page.locator(`[id="${await chip.getAttribute('aria-describedby')}"]`);
    const height = () => detail.evaluate((e) => e.getBoundingClientRect().height);
    assert.ok((await height()) <= 1, 'hidden before focus');
    await chip.focus();
    assert.ok((await height()) > 20, 'shown on focus');
    assert.ok((await detail.innerText()).length > 20);
    assert.match(await detail.innerText(), /Rests on/);
  });

  it('on a phone, shows every summary as a card without horizontal scrolling', async () => {
    const page = await newPage(site, { viewport: { width: 360, height: 740 } });
    await page.goto(site.url + themePaths[0]);
    const detail = page.locator('table.pm .pm-detail').first();
    assert.ok((await detail.evaluate((e) => e.getBoundingClientRect().height)) > 20);
    const chipBox = await page.locator('table.pm .pm-chip').first().boundingBox();
    assert.ok(chipBox && chipBox.x >= 0 && chipBox.x + chipBox.width <= 360);
  });

  it('is a table to assistive technology: question row headers, brief column headers', async () => {
    const page = await newPage(site);
    await page.goto(site.url + '/compare/');
    const table = page.getByRole('table').first();
    assert.ok((await table.getByRole('columnheader').count()) >= 3);
    assert.ok((await table.getByRole('rowheader').count()) >= 1);
  });
});
