// Screenshots pages of the built site at desktop and phone widths: node scripts/screenshot.mjs /path/ [...]
import { mkdirSync } from 'node:fs';
import { launch } from './lib/chromium.mjs';
import { serve } from './serve-dist.mjs';

const paths = process.argv.slice(2);
const outDir = process.env.OUT ?? 'test-results/screens';
mkdirSync(outDir, { recursive: true });
const { server, url } = await serve('dist');
const browser = await launch();
try {
  for (const [name, width, height] of [
    ['desktop', 1280, 900],
    ['phone', 375, 800],
  ]) {
    const page = await browser.newPage({ viewport: { width, height }, colorScheme: process.env.SCHEME ?? 'light' });
    for (const p of paths) {
      await page.goto(url + p);
      const file = `${outDir}/${p.replace(/[^a-z0-9]+/gi, '_')}-${name}.png`;
      await page.screenshot({ path: file, fullPage: process.env.FULL === '1' });
      console.log(file);
    }
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
