// Lines a reader can follow: on every reading surface, at phone, tablet and desktop widths, in light
// and dark mode, running text stays under about 75 characters a line, nothing scrolls sideways at
// 320 px, and opening search (the "/" key) leaves the text exactly as wide as it was.
import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { htmlPages } from '../site/dist.ts';
import { newPage, useSite, type TestPage } from './site.ts';

const MAX_CHARS = 75;
const site = useSite();
const paths = htmlPages().map(([path]) => path);
const firstClaim = paths.find((p) => /^\/claims\/[^/]+\/$/.test(p));
/** Every brief, every theme (its synthesis and claim text), a claim, /about/ and /compare/: each with its prose. */
const SURFACES = [
  ...paths.filter((p) => /^\/briefs\/[^/]+\/$/.test(p)).map((path) => ({ path, prose: 'article p' })),
  ...paths.filter((p) => /^\/themes\/[^/]+\/$/.test(p)).map((path) => ({ path, prose: '[aria-labelledby="synthesis"] p, .claim-card p' })),
  { path: firstClaim, prose: 'main p, main blockquote' },
  { path: '/about/', prose: 'article p, article li' },
  { path: '/compare/', prose: 'main > p' },
];

/**
 * Characters per line of each prose block: its content width over the average width of a character
 * of its own text in its own font (so the number does not depend on where the lines happen to break).
 * Claims hidden in closed <details> are opened first.
 */
function measureProse(selector: string) {
  for (const d of document.querySelectorAll<HTMLDetailsElement>('main details')) d.open = true;
  const ctx = document.createElement('canvas').getContext('2d');
  if (!ctx) throw new Error('no 2D canvas to measure text with');
  return [...document.querySelectorAll(selector)]
    .filter((e) => e.getClientRects().length > 0 && (e.textContent ?? '').trim().length >= 40)
    .map((e) => {
      const cs = getComputedStyle(e);
      let text = (e.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (cs.textTransform === 'uppercase') text = text.toUpperCase();
      ctx.font = `${cs.fontStyle} ${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
      ctx.letterSpacing = cs.letterSpacing === 'normal' ? '0px' : cs.letterSpacing;
      const width = e.clientWidth - parseFloat(cs.paddingInlineStart) - parseFloat(cs.paddingInlineEnd);
      const box = e.getBoundingClientRect();
      return {
        text: text.slice(0, 40),
        chars: Math.round(width / (ctx.measureText(text).width / text.length)),
        width: Math.round(box.width * 10) / 10,
        left: Math.round(box.left * 10) / 10,
      };
    });
}

for (const width of [320, 768, 1280]) {
  for (const colorScheme of ['light', 'dark'] as const) {
    describe(`prose at ${width} px, ${colorScheme} mode`, () => {
      // One tab per width and scheme, reused page after page (a new tab costs half a second).
      let page: TestPage;
      beforeAll(async () => {
        page = await newPage(site, { viewport: { width, height: 800 }, colorScheme });
      });
      afterAll(() => page.context().close());
      for (const { path, prose } of SURFACES) {
        it(`${path}: at most ${MAX_CHARS} characters a line, the same with search open`, async () => {
          page.errors.length = 0;
          await page.goto(site.url + path);
          const before = await page.evaluate(measureProse, prose);
          assert.ok(before.length > 0, `no prose measured on ${path} (${prose})`);
          const long = before.filter((p) => p.chars > MAX_CHARS).map((p) => `${p.chars} chars: “${p.text}…”`);
          assert.deepEqual(long, [], `lines too long on ${path}`);
          if (width === 320) {
            const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
            assert.ok(overflow <= 0, `${path} scrolls sideways by ${overflow}px`);
          }
          await page.keyboard.press('/');
          await page.locator('dialog[open] input').first().waitFor();
          const during = await page.evaluate(measureProse, prose);
          assert.deepEqual(
            during.map(({ text, width, left }) => ({ text, width, left })),
            before.map(({ text, width, left }) => ({ text, width, left })),
            `prose moved or changed width on ${path} when search opened`,
          );
          assert.deepEqual(page.errors, []);
        });
      }
    });
  }
}
