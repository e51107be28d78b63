// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import pagefindIndex from './src/search/index/pagefind-index.ts';

// The public address, written into canonical links, social cards, the sitemap, citations and the
// data downloads. A build for deployment must name it: without it every one of those would point at
// 127.0.0.1. Local builds (`npm start`, `npm run build:local`, the tests) name the local address.
const site = process.env.SITE_URL ?? (process.argv.includes('build') ? missingSiteUrl() : 'http://127.0.0.1:4321');
if (!/^https?:\/\/[^/]+/.test(site)) throw new Error(`SITE_URL must be an http(s) address such as https://example.org, not “${site}”.`);

/** @returns {never} */
function missingSiteUrl() {
  throw new Error(
    'SITE_URL is not set. A deployable build needs the public address: SITE_URL=https://example.org npm run build. ' +
      'To build and serve on this machine, use `npm start` (or `npm run build:local`).',
  );
}

export default defineConfig({
  site,
  trailingSlash: 'always',
  compressHTML: true,
  markdown: {
    // Astro 7's default processor runs no remark plugins; the unified one does. GFM comes from
    // remark-gfm, so the processor's own GFM is off.
    processor: unified({ gfm: false, remarkPlugins: [remarkGfm] }),
  },
  // Reader pages lived under /sources/ until the site settled on one word, "brief": old links land on
  // the new pages (public/_redirects gives hosts that read it real 301s, data files included).
  redirects: { '/sources': '/briefs', '/sources/[slug]': '/briefs/[slug]' },
  integrations: [mdx(), sitemap({ filter: (page) => !new URL(page).pathname.startsWith('/sources/') }), pagefindIndex()],
  // No stylesheet is inlined: the site ships `Content-Security-Policy: style-src 'self'`, so every
  // style must come from a file.
  build: { format: 'directory', inlineStylesheets: 'never' },
  server: { host: '127.0.0.1' },
  vite: {
    build: {
      // Astro writes a small script into the page instead of a file when it is under this limit;
      // the site's Content-Security-Policy forbids inline scripts, so scripts are always files.
      // Other assets keep Vite's default.
      assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
      rollupOptions: {
        // Astro 7 emits a harmless MODULE_LEVEL_DIRECTIVE warning for every MDX entry
        // (withastro/astro#18087). Only that exact warning is silenced; the build stays warning-free.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && String(warning.message).includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
