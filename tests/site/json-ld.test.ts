// Every page of dist/ describes itself in JSON-LD (schema.org): a breadcrumb trail ending at the page,
// and on brief, claim and theme pages an Article, a Claim or a CollectionPage that agrees with what
// the page shows and with the brief's metadata in content/briefs/.
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, it } from 'vitest';
import { DIST, htmlPages, load, normalise } from './dist.ts';

type Node = Record<string, unknown> & { '@type': string };

/** A page's JSON-LD nodes, its canonical URL and its parsed HTML. */
function readPage(file: string) {
  const $ = load(file);
  const blocks = $('script[type="application/ld+json"]')
    .toArray()
    .map((el) => $(el).text());
  const graphs = blocks.map((b) => JSON.parse(b) as { '@context': string; '@graph': Node[] });
  return { $, blocks, graphs, nodes: graphs.flatMap((g) => g['@graph']), canonical: $('link[rel="canonical"]').attr('href') ?? '' };
}

const pages = htmlPages().map(([path, file]) => ({ path, ...readPage(file) }));
const ofType = (nodes: Node[], type: string) => nodes.filter((n) => n['@type'] === type);
const briefMeta = (slug: string) => {
  const file = join(DIST, '../content/briefs', `${slug}.yaml`);
  return existsSync(file) ? (parse(readFileSync(file, 'utf8')) as { url?: { value: string }; date: { precision: string } }) : undefined;
};

describe('every page', () => {
  it.each(pages.map((p) => [p.path, p] as const))('%s: one schema.org graph with a breadcrumb trail ending at the page', (_path, p) => {
    assert.equal(p.blocks.length, 1, 'one JSON-LD block');
    assert.equal(p.graphs[0]!['@context'], 'https://schema.org');
    const [trail, ...more] = ofType(p.nodes, 'BreadcrumbList');
    assert.ok(trail && more.length === 0, 'one BreadcrumbList');
    const items = trail['itemListElement'] as { position: number; name: string; item: string }[];
    assert.deepEqual(
      items.map((i) => i.position),
      items.map((_, i) => i + 1),
    );
    assert.equal(items.at(-1)!.item, p.canonical, 'the last crumb is the page itself');
    assert.equal(items[0]!.item, new URL('/', p.canonical).href, 'the first crumb is the home page');
    assert.ok(
      items.every((i) => i.name.trim() !== ''),
      'every crumb has a name',
    );
    for (const i of items.slice(0, -1)) assert.ok(existsSync(join(DIST, new URL(i.item).pathname, 'index.html')), `${i.item} is a page of the site`);
  });
});

describe('brief pages', () => {
  const briefs = pages.filter((p) => /^\/briefs\/[^/]+\/$/.test(p.path));
  it('exist', () => assert.ok(briefs.length > 0));
  it.each(briefs.map((p) => [p.path, p] as const))('%s: an Article true to the metadata', (path, p) => {
    const [article] = ofType(p.nodes, 'Article');
    assert.ok(article, 'an Article');
    const meta = briefMeta(path.split('/')[2]!);
    assert.ok(meta, 'the brief has metadata in content/briefs/');
    assert.equal(article['headline'], normalise(p.$('h1').contents().first().text()));
    assert.equal((article['publisher'] as Node)['@type'], 'Organization');
    assert.equal(article['url'], p.canonical);
    assert.equal(article['isBasedOn'], meta.url?.value);
    if (meta.date.precision === 'after') assert.equal(article['datePublished'], undefined, 'no date where it is not known');
    else assert.match(String(article['datePublished']), /^\d{4}-\d{2}(-\d{2})?$/);
  });
});

describe('claim pages', () => {
  const claims = pages.filter((p) => /^\/claims\/[^/]+\/$/.test(p.path));
  it('exist', () => assert.ok(claims.length > 0));
  it('give the quote shown, and the brief page it appears on', () => {
    const problems: string[] = [];
    for (const p of claims) {
      const [claim] = ofType(p.nodes, 'Claim');
      const shown = normalise(p.$('main blockquote').first().text()).replace(/^“|”$/g, '');
      const inContext = new URL(p.$('main a[href*="#c-"]').first().attr('href') ?? '', p.canonical);
      inContext.hash = '';
      if (!claim) problems.push(`${p.path}: no Claim`);
      else {
        if (claim['text'] !== shown) problems.push(`${p.path}: text ≠ the quote shown`);
        if ((claim['appearance'] as Node | undefined)?.['url'] !== inContext.href) problems.push(`${p.path}: appearance is not ${inContext.href}`);
        if (!claim['author']) problems.push(`${p.path}: no author`);
      }
    }
    assert.deepEqual(problems, []);
  });
});

describe('theme pages', () => {
  const themes = pages.filter((p) => /^\/themes\/[^/]+\/$/.test(p.path));
  it('exist', () => assert.ok(themes.length > 0));
  it.each(themes.map((p) => [p.path, p] as const))('%s: a CollectionPage of the claims the page shows', (_path, p) => {
    const [collection] = ofType(p.nodes, 'CollectionPage');
    assert.ok(collection, 'a CollectionPage');
    assert.equal(collection['name'], normalise(p.$('h1').text()));
    const parts = (collection['hasPart'] as Node[]).map((n) => n['url']).sort();
    const cards = [
      ...new Set(
        p
          .$('.claim-card a[href^="/claims/"]')
          .toArray()
          .map((a) => new URL(p.$(a).attr('href')!, p.canonical).href),
      ),
    ].sort();
    assert.ok(parts.length > 0);
    assert.deepEqual(parts, cards);
  });
});
