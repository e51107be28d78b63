// Every internal link of the built site leads to a page, and every #anchor to an element on it.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'node:test';
import { DIST, htmlPages, load } from './dist.mjs';

it('has no broken internal links or anchors', () => {
  const pages = htmlPages();
  const ids = new Map();
  const loaded = new Map();
  for (const [path, file] of pages) {
    const $ = load(file);
    loaded.set(path, $);
    ids.set(
      path,
      new Set(
        $('[id]')
          .map((_, e) => $(e).attr('id'))
          .get(),
      ),
    );
  }
  const broken = [];
  for (const [path, $] of loaded) {
    $('a[href]').each((_, a) => {
      const href = $(a).attr('href');
      if (/^(https?:|mailto:)/.test(href) && !href.startsWith('http://127.0.0.1:4321')) return;
      const url = new URL(href, `http://127.0.0.1:4321${path}`);
      const target = url.pathname;
      const isFile = /\.[a-z]+$/.test(target);
      if (isFile) {
        if (!existsSync(join(DIST, target))) broken.push(`${path} → ${href}`);
        return;
      }
      if (!ids.has(target)) {
        broken.push(`${path} → ${href} (no page)`);
        return;
      }
      const anchor = decodeURIComponent(url.hash.slice(1));
      if (anchor && !ids.get(target).has(anchor)) broken.push(`${path} → ${href} (no #${anchor})`);
    });
  }
  assert.deepEqual(broken.slice(0, 30), []);
});

it('gives every page a social card that exists', () => {
  const missing = [];
  for (const [path, file] of htmlPages()) {
    const $ = load(file);
    const image = $('meta[property="og:image"]').attr('content');
    if (!image) missing.push(`${path}: no og:image`);
    else if (!existsSync(join(DIST, new URL(image).pathname))) missing.push(`${path}: ${image}`);
  }
  assert.deepEqual(missing.slice(0, 20), []);
});
