// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import pagefindIndex from './src/integrations/pagefind-index.ts';

// The public address, used for canonical links, the sitemap and citations. Set SITE_URL when deploying.
const site = process.env.SITE_URL ?? 'http://127.0.0.1:4321';

export default defineConfig({
  site,
  trailingSlash: 'always',
  compressHTML: true,
  markdown: {
    // Astro 7's default processor runs no remark plugins; the unified one does. GFM comes from
    // remark-gfm, so the processor's own GFM is off.
    processor: unified({ gfm: false, remarkPlugins: [remarkGfm] }),
  },
  integrations: [mdx(), sitemap(), pagefindIndex()],
  // No stylesheet is inlined: the site ships `Content-Security-Policy: style-src 'self'`, so every
  // style must come from a file.
  build: { format: 'directory', inlineStylesheets: 'never' },
  server: { host: '127.0.0.1' },
  vite: {
    build: {
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
