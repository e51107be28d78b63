// Helpers for checking the built site in dist/.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as cheerio from 'cheerio';
import { TIER_FOLDERS } from '../../src/search/tiers.ts';

/** The built site: dist/ of this project, or of the copy named by SITE_ROOT (the sixth-brief test builds one). */
export const DIST = join(process.env['SITE_ROOT'] ?? join(import.meta.dirname, '../..'), 'dist');

if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/ is empty: run `npm run build` before the site checks.');

/** A built page as [url path, file path]. */
export type PageEntry = [path: string, file: string];

/** Astro's redirect pages (old URLs pointing at new ones): a meta refresh and a link, not a page of the site. */
const isRedirectPage = (file: string) => /^<!doctype html><title>Redirecting to: /i.test(readFileSync(file, 'utf8').slice(0, 200));

let split: { pages: PageEntry[]; redirects: PageEntry[] } | undefined;

/** dist/ is read once per test file: its HTML files, told apart into pages and redirect pages. */
function builtHtml(): { pages: PageEntry[]; redirects: PageEntry[] } {
  if (!split) {
    const all = allHtml();
    split = { pages: all.filter(([, file]) => !isRedirectPage(file)), redirects: all.filter(([, file]) => isRedirectPage(file)) };
  }
  return split;
}

/** Every HTML page of the built site, as [url path, file path]; redirect pages are listed by redirectPages(). */
export const htmlPages = (): PageEntry[] => [...builtHtml().pages];

/** Redirect pages as [url path, file path]. */
export const redirectPages = (): PageEntry[] => [...builtHtml().redirects];

function allHtml(): PageEntry[] {
  const out: PageEntry[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) {
        if (!TIER_FOLDERS.includes(e.name)) walk(p);
      } else if (e.name.endsWith('.html')) {
        const rel =
          '/' +
          relative(DIST, p)
            .replace(/index\.html$/, '')
            .replace(/\\/g, '/');
        out.push([rel, p]);
      }
    }
  };
  walk(DIST);
  return out.sort();
}

export const load = (file: string) => cheerio.load(readFileSync(file, 'utf8'));
export const pageFile = (path: string) => join(DIST, path, 'index.html');
export const normalise = (s: string) => s.replace(/[\s\u00a0]+/g, ' ').trim();
