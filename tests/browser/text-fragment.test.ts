// The "publisher's page" links of claim pages scroll Chromium to the quote. The publisher's real
// pages cannot be fetched here, so a local stand-in is served for each brief: its paragraphs as our
// reader page gives them (without our marks, paragraph links and screen-reader notes, with the
// endnote numbers left in the text as on a publisher's page), below a tall header so that the page
// has to scroll to reach any quote. Each link's text fragment is applied to that page and the
// quote's paragraph must end up on screen. Where the editors restored punctuation, the stand-in has
// it as our text does; the real page may differ there, which is why the fragments avoid those words.
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { htmlPages, load, pageFile } from '../site/dist.ts';
import { newPage, useSite } from './site.ts';

const site = useSite();

interface Link {
  claim: string;
  brief: string;
  /** The paragraph of the brief that holds the quote. */
  block: string;
  /** The text directive, everything after `:~:`. */
  directive: string;
}

/** Every claim page's link to the publisher's page, with the paragraph it should reach. */
function publisherLinks(): Link[] {
  const blocks = new Map<string, ReturnType<typeof load>>();
  const links: Link[] = [];
  for (const [path, file] of htmlPages().filter(([p]) => /^\/claims\/[^/]+\/$/.test(p))) {
    const $ = load(file);
    const href = $('main a[href*=":~:text="]').attr('href');
    if (!href) continue;
    const [brief, anchor] = ($('main a[href*="#c-"]').attr('href') ?? '').replace(/^\/briefs\//, '').split('/#');
    const $brief = blocks.get(brief!) ?? load(pageFile(`/briefs/${brief}/`));
    blocks.set(brief!, $brief);
    const block = $brief(`#${anchor}`).closest('p[id]').attr('id');
    assert.ok(block, `${path}: ${anchor} is in a paragraph of /briefs/${brief}/`);
    links.push({ claim: path, brief: brief!, block, directive: href.slice(href.indexOf(':~:') + 3) });
  }
  return links;
}

/** A publisher-like page for a brief: a header, then the article's paragraphs as plain text. */
function standIn(slug: string): string {
  const $ = load(pageFile(`/briefs/${slug}/`));
  $('.para-link, .claim-link, .sr-only').remove();
  const paragraphs = $('article p[id]')
    .toArray()
    .map((p) => `<p id="${$(p).attr('id')}">${$(p).text()}</p>`);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${slug}</title>
<style>header{height:3000px}p{max-width:40em}</style></head><body><header>Publisher</header><article>${paragraphs.join('\n')}</article></body></html>`;
}

let server: Server;
let origin = '';
beforeAll(async () => {
  const briefs = new Set(htmlPages().flatMap(([p]) => /^\/briefs\/([^/]+)\/$/.exec(p)?.[1] ?? []));
  const pages = new Map<string, string>();
  server = createServer((req, res) => {
    const slug = new URL(req.url ?? '/', 'http://x').pathname.split('/')[1] ?? '';
    if (!briefs.has(slug)) return void res.writeHead(404).end();
    if (!pages.has(slug)) pages.set(slug, standIn(slug));
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(pages.get(slug));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => void server?.close());

/** Opens the stand-in for a brief with a fragment directive; says whether the paragraph is on screen. */
async function reaches(page: Awaited<ReturnType<typeof newPage>>, brief: string, n: number, directive: string, block: string) {
  // A new query string each time: a full navigation, as following a link from our site would be.
  await page.goto(`${origin}/${brief}?n=${n}#:~:${directive}`);
  await page.waitForFunction(() => window.scrollY > 0, undefined, { timeout: 1500 }).catch(() => undefined);
  return page.evaluate((id) => {
    const r = document.getElementById(id)!.getBoundingClientRect();
    return window.scrollY > 0 && r.bottom > 0 && r.top < window.innerHeight;
  }, block);
}

describe('links to the quote on the publisher’s page', () => {
  const links = publisherLinks();

  it('exist on the claim pages of briefs with a public URL', () => {
    assert.ok(links.length > 0);
  });

  it('scroll a page with the article’s text to the quote’s paragraph', async () => {
    const page = await newPage(site);
    // The control: a fragment that matches nothing leaves the page at its top, so the check can fail.
    const first = links[0]!;
    assert.equal(await reaches(page, first.brief, -1, 'text=no%20such%20words%20anywhere', first.block), false, 'an unmatched fragment does not scroll');
    const missed: string[] = [];
    for (const [i, l] of links.entries())
      if (!(await reaches(page, l.brief, i, l.directive, l.block))) missed.push(`${l.claim}: ${decodeURIComponent(l.directive)}`);
    assert.deepEqual(missed, []);
  }, 300_000);
});
