// Prints pages of the built site to PDF as Chromium would (A4, print media), and a PNG of each in
// print media for a quick look: node scripts/print-pdf.mjs [/themes/alliances/ /briefs/…/]
// Without paths it prints the first theme page and the first brief page of dist/.
import { mkdirSync, readdirSync } from 'node:fs';
import { launch } from './lib/chromium.mjs';
import { serve } from './serve-dist.mjs';

const first = (dir) => `/${dir}/${readdirSync(`dist/${dir}`, { withFileTypes: true }).find((e) => e.isDirectory())?.name}/`;
const paths = process.argv.length > 2 ? process.argv.slice(2) : [first('themes'), first('briefs')];
const outDir = process.env.OUT ?? 'test-results/print';
mkdirSync(outDir, { recursive: true });
const { server, url } = await serve('dist');
const browser = await launch();
try {
  // 680 px is the width of A4 inside 15 mm margins at 96 dpi, so the PNG wraps lines as the PDF does.
  const page = await browser.newPage({ viewport: { width: 680, height: 971 }, colorScheme: process.env.SCHEME ?? 'light' });
  await page.emulateMedia({ media: 'print' });
  for (const p of paths) {
    await page.goto(url + p, { waitUntil: 'networkidle' });
    const base = `${outDir}/${p.replace(/[^a-z0-9]+/gi, '_')}`;
    await page.pdf({ path: `${base}.pdf`, format: 'A4', margin: { top: '15mm', bottom: '15mm', left: '15mm', right: '15mm' } });
    // The print-media view in slices the size of an A4 page inside its margins (not the PDF's exact page breaks), the first few only.
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    const slices = Math.min(Math.ceil(height / 971), Number(process.env.SLICES ?? 6));
    for (let i = 0; i < slices; i++)
      await page.screenshot({ path: `${base}-${i + 1}.png`, fullPage: true, clip: { x: 0, y: i * 971, width: 680, height: 971 } });
    console.log(`${base}.pdf, ${slices} PNG slices of ${Math.ceil(height / 971)}`);
  }
} finally {
  await browser.close();
  server.close();
}
