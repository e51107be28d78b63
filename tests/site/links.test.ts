// Every internal link of the built site leads to a page, and every #anchor to an element on it.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CheerioAPI } from 'cheerio';
import { it } from 'vitest';
import { DIST, htmlPages, load, redirectPages } from './dist.ts';
import { openData } from './open-data.ts';

it('has no broken internal links or anchors', () => {
  const pages = htmlPages();
  const ids = new Map<string, Set<string>>();
  const loaded = new Map<string, CheerioAPI>();
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
  const broken: string[] = [];
  for (const [path, $] of loaded) {
    $('a[href]').each((_, a) => {
      // a[href] has the attribute.
      const href = $(a).attr('href')!;
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
      if (anchor && !ids.get(target)?.has(anchor)) broken.push(`${path} → ${href} (no #${anchor})`);
    });
  }
  assert.deepEqual(broken.slice(0, 30), []);
});

it('gives every page a social card that exists', () => {
  const missing: string[] = [];
  for (const [path, file] of htmlPages()) {
    const $ = load(file);
    const image = $('meta[property="og:image"]').attr('content');
    if (!image) missing.push(`${path}: no og:image`);
    else if (!existsSync(join(DIST, new URL(image).pathname))) missing.push(`${path}: ${image}`);
  }
  assert.deepEqual(missing.slice(0, 20), []);
});

it('keeps old links working: every redirect page and every _redirects rule leads to a page that exists', () => {
  const redirects = redirectPages();
  const briefs = openData(DIST, 'briefs.json');
  for (const b of briefs)
    assert.ok(
      redirects.some(([path]) => path === `/sources/${b.slug}/`),
      `/sources/${b.slug}/ redirects`,
    );
  for (const [path, file] of redirects) {
    const target = load(file)('meta[http-equiv="refresh"]')
      .attr('content')
      ?.replace(/^0;url=/, '');
    assert.ok(target && existsSync(join(DIST, target, target.endsWith('/') ? 'index.html' : '')), `${path} → ${target}`);
  }
  const rules = readFileSync(join(DIST, '_redirects'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => l.trim().split(/\s+/));
  for (const [from, to] of rules) {
    assert.ok(from && to, 'a rule names where from and where to');
    const example = to.includes(':splat') ? to.replace(':splat', `${briefs[0]?.slug}/`) : to;
    const target = example.startsWith('/og/') ? example.replace(/\/$/, '.png') : example;
    assert.ok(existsSync(join(DIST, target, target.endsWith('/') ? 'index.html' : '')), `${from} → ${target}`);
  }
});
