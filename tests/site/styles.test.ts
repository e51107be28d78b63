// The site ships `Content-Security-Policy: style-src 'self'`: no page may carry inline CSS, and every
// stylesheet sits in the cascade layers declared once in src/styles/global.css.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { DIST, htmlPages, load, normalise } from './dist.ts';

/** The layer order as src/styles/global.css declares it (`@layer a, b, c;`). */
const declared = /@layer\s+([\w\s,-]+);/.exec(readFileSync(join(import.meta.dirname, '../../src/styles/global.css'), 'utf8'));
if (!declared) throw new Error('src/styles/global.css must open with the layer order: `@layer reset, tokens, …;`.');
const LAYERS = (declared[1] ?? '').split(',').map((s) => s.trim());

/** The top-level statements of a stylesheet: each one's prelude (text before its `{` or `;`). */
function topLevelPreludes(css: string): string[] {
  const preludes: string[] = [];
  let depth = 0;
  let start = 0;
  let quote = '';
  for (let i = 0; i < css.length; i++) {
    const c = css[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '/' && css[i + 1] === '*') i = css.indexOf('*/', i + 2) + 1 || css.length;
    else if (c === '{') {
      if (depth === 0) preludes.push(css.slice(start, i).trim());
      depth++;
    } else if (c === '}') {
      depth--;
      if (depth === 0) start = i + 1;
    } else if (c === ';' && depth === 0) {
      preludes.push(css.slice(start, i).trim());
      start = i + 1;
    }
  }
  return preludes.map((p) => p.replace(/\/\*[\s\S]*?\*\//g, '').trim()).filter(Boolean);
}

const stylesheets = new Map<string, string>();
const stylesheet = (href: string): string => {
  const css = stylesheets.get(href) ?? readFileSync(join(DIST, href), 'utf8');
  stylesheets.set(href, css);
  return css;
};
const pages = htmlPages().map(([path, file]) => {
  const $ = load(file);
  return {
    path,
    $,
    links: $('link[rel=stylesheet]')
      .map((_, l) => $(l).attr('href'))
      .get(),
  };
});

describe('no inline CSS', () => {
  it('no built page has a style attribute (SVG included)', () => {
    const found = pages.flatMap(({ path, $ }) =>
      $('[style]')
        .map((_, e) => `${path}: <${e.tagName} style="${$(e).attr('style')}">`)
        .get(),
    );
    assert.deepEqual(found, []);
  });
  it('no built page has a <style> element', () => {
    const found = pages.filter(({ $ }) => $('style').length > 0).map(({ path }) => path);
    assert.deepEqual(found, []);
  });
  it('every page links its stylesheets from the site itself', () => {
    for (const { path, links } of pages) {
      assert.ok(links.length > 0, `${path} links no stylesheet`);
      for (const href of links) assert.match(href, /^\/_astro\/[\w.-]+\.css$/, `${path}: ${href}`);
    }
  });
});

describe('cascade layers', () => {
  it('every top-level rule of every linked stylesheet is a layer', () => {
    const hrefs = new Set(pages.flatMap(({ links }) => links));
    assert.ok(hrefs.size > 0);
    for (const href of hrefs) {
      const outside = topLevelPreludes(stylesheet(href)).filter((p) => !/^@layer\b/.test(p));
      assert.deepEqual(outside, [], `${href} has rules outside @layer`);
    }
  });
  it(`every page meets the layers in the declared order (${LAYERS.join(', ')}) before any other`, () => {
    for (const { path, links } of pages) {
      const order: string[] = [];
      for (const href of links) {
        for (const p of topLevelPreludes(stylesheet(href))) {
          for (const name of p.replace(/^@layer\s*/, '').split(',')) if (name.trim() && !order.includes(name.trim())) order.push(name.trim());
        }
      }
      assert.deepEqual(order.slice(0, LAYERS.length), LAYERS, path);
      assert.deepEqual(order.slice(LAYERS.length), [], `${path} uses layers that are not declared`);
    }
  });
  it('the built CSS uses logical properties only (no left/right/top/bottom margins, paddings, borders, insets or alignment)', () => {
    const physical =
      /(?:^|[{;])\s*((?:margin|padding|border)-(?:left|right|top|bottom)(?:-\w+)?|left|right|top|bottom)\s*:|text-align\s*:\s*(?:left|right)|float\s*:\s*(?:left|right)/g;
    const found = [...new Set(pages.flatMap(({ links }) => links))].flatMap((href) => [...stylesheet(href).matchAll(physical)].map((m) => `${href}: ${m[0]}`));
    assert.deepEqual(found, []);
  });
});

describe('typography', () => {
  it('no page sets a space before a comma, semicolon, colon or full stop (template whitespace)', () => {
    const found = pages.flatMap(({ path, $ }) => {
      const body = $('body').clone();
      body.find('script, svg').remove();
      return [...normalise(body.text()).matchAll(/\S{0,20} [,;:.](?=\s|$)/g)].map((m) => `${path}: “${m[0]}”`);
    });
    assert.deepEqual(found, []);
  });
});

describe('the CSS scanner', () => {
  it('finds rules outside layers, and ignores braces in strings and comments', () => {
    assert.deepEqual(topLevelPreludes('@layer a,b;@layer a{p{color:red}}/* } */a[title="{"]{color:red}'), ['@layer a,b', '@layer a', 'a[title="{"]']);
  });
});
