// Printed, a theme page is a briefing and a brief's page a clean article: what a reader holding the
// paper would notice. Checked in Chromium with print media emulated, in the dark colour scheme too
// (the print stylesheet must still give black on white).
import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { htmlPages } from '../site/dist.ts';
import { newPage, useSite, type TestPage } from './site.ts';

const site = useSite();
const paths = htmlPages().map(([p]) => p);
const theme = paths.find((p) => /^\/themes\/[^/]+\/$/.test(p))!;
const briefs = paths.filter((p) => /^\/briefs\/[^/]+\/$/.test(p));

async function printed(path: string): Promise<TestPage> {
  const page = await newPage(site, { colorScheme: 'dark' });
  await page.emulateMedia({ media: 'print' });
  await page.goto(site.url + path);
  return page;
}

/** Selectors of elements on the page that are shown, and of those hidden, in print. */
const shown = (page: TestPage, selector: string) =>
  page.$$eval(selector, (els) => els.map((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden'));

/** The text each matching link prints after itself (its ::after content), with the link's href. */
const printedAfter = (page: TestPage, selector: string) =>
  page.$$eval(selector, (els) =>
    els.map((a) => ({ href: a.getAttribute('href')!, print: a.getAttribute('data-print-url'), after: getComputedStyle(a, '::after').content })),
  );

describe(`a theme page in print (${theme})`, () => {
  it('has no site navigation, skip link, search, buttons or footer', async () => {
    const page = await printed(theme);
    for (const selector of ['a.skip', 'nav', 'body > header', 'body > footer', 'button', '[data-search-open]'])
      assert.ok(
        (await shown(page, selector)).every((s) => !s),
        `${selector} is not printed`,
      );
  });

  it('prints black on white, the matrix with its labels, and every claim quote', async () => {
    const page = await printed(theme);
    const colours = await page.evaluate(() => [getComputedStyle(document.body).color, getComputedStyle(document.body).backgroundColor]);
    assert.deepEqual(colours, ['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);
    assert.deepEqual(await shown(page, 'table.pm'), [true]);
    const chips = await page.$$eval('.pm-chip', (els) => els.map((el) => ({ text: el.textContent!.trim(), colour: getComputedStyle(el).color })));
    assert.ok(chips.length > 0);
    // Black, or the dark grey of "Not addressed" (told apart by its dashed border, not by colour).
    const dark = (rgb: string) => rgb.match(/\d+/g)!.every((n, _i, all) => Number(n) <= 0x33 && n === all[0]);
    const off = chips.filter((c) => c.text === '' || !dark(c.colour));
    assert.deepEqual(off, [], 'every chip prints its label in black or dark grey');
    const quotes = await shown(page, '.claim-card blockquote');
    assert.ok(quotes.length > 0);
    assert.equal(quotes.filter(Boolean).length, quotes.length, 'every claim quote is printed, folded ones too');
  });

  it('prints the address of every link to another site', async () => {
    const page = await printed(theme);
    const links = await printedAfter(page, 'main a[href^="http"]');
    assert.ok(links.length > 0, 'the page links to the publishers');
    const missing = links.filter((l) => !l.after.includes(l.print ?? l.href));
    assert.deepEqual(missing, []);
  });
});

describe('every printed page says where it came from', () => {
  const claim = paths.find((p) => /^\/claims\/[^/]+\/$/.test(p))!;
  it.each([theme, claim, briefs[0]!])('%s: its own address and where claim ids lead, on paper only', async (path) => {
    const page = await printed(path);
    const canonical = await page.$eval('link[rel="canonical"]', (l) => l.getAttribute('href')!);
    assert.deepEqual(await shown(page, '.print-source'), [true]);
    const text = await page.$eval('.print-source', (el) => el.textContent!.replace(/\s+/g, ' '));
    assert.ok(text.includes(`Printed from ${canonical}.`), text);
    assert.ok(text.includes(`${new URL('/claims/', canonical).href}<id>/`), text);
    await page.emulateMedia({ media: 'screen' });
    assert.deepEqual(await shown(page, '.print-source'), [false], 'not on screen');
  });
});

describe('brief pages in print', () => {
  it.each(briefs)('%s: the article with its notes and provenance, repairs marked, no ¶ or ◆', async (path) => {
    const page = await printed(path);
    assert.ok(
      (await shown(page, '.para-link, .claim-link')).every((s) => !s),
      'no paragraph or claim links',
    );
    assert.ok((await shown(page, 'article p[id]')).every(Boolean), 'every paragraph');
    assert.ok((await shown(page, '.notes li, details dd')).every(Boolean), 'endnotes and the folded provenance');
    const repairs = await page.$$eval('ins.repair', (els) => els.map((el) => getComputedStyle(el).textDecorationStyle));
    assert.ok(
      repairs.every((s) => s === 'double'),
      'repairs stay marked without colour',
    );
  });
});
