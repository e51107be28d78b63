// The references of every brief and every claim in the built site: the BibTeX, RIS and CSL-JSON
// downloads parse and agree with each other, and the pages show APA, Chicago and MLA with working
// download links. Briefs and claims are read from the site's open data, not named here.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-ris';
import Ajv from 'ajv';
import { describe, it } from 'vitest';
import { DIST, load, normalise, pageFile } from './dist.ts';
import { openData } from './open-data.ts';

const schema = JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/csl-data.schema.json'), 'utf8'));
// The official schema uses formats and keywords Ajv's strict mode rejects.
const validate = new Ajv({ strict: false }).compile(schema);

interface CslItem {
  title: string;
  URL?: string;
  note?: string;
  issued?: unknown;
}

const briefs = openData(DIST, 'briefs.json');
const claims = openData(DIST, 'claims.json');
const pages = [
  ...briefs.map((b) => ({ kind: 'brief', id: b.slug, path: `/briefs/${b.slug}/` })),
  ...claims.map((c) => ({ kind: 'claim', id: c.id, path: `/claims/${c.id}/` })),
];

// Citeproc prints typographic quotes and apostrophes, and flips double quotes inside a quoted title to single.
const fold = (s: string) => s.toLowerCase().replace(/['"‘’“”]/g, '');
const file = (path: string, ext: string) => readFileSync(join(DIST, path, `cite.${ext}`), 'utf8');
const item = (path: string): CslItem => (JSON.parse(file(path, 'json')) as CslItem[])[0]!;

/** Runs `check` on every page, then fails once with all the pages it failed on. */
function everyPage(check: (p: (typeof pages)[number]) => string | undefined): void {
  const bad = pages.map((p) => check(p)).filter((m): m is string => m !== undefined);
  assert.deepEqual(bad, []);
}

describe(`the references of ${briefs.length} briefs and ${claims.length} claims`, () => {
  it('cite.json is valid CSL-JSON (the official schema) holding one item', () => {
    everyPage(({ path }) => {
      const data = JSON.parse(file(path, 'json')) as unknown[];
      if (!validate(data)) return `${path}cite.json: ${JSON.stringify(validate.errors)}`;
      return data.length === 1 ? undefined : `${path}cite.json holds ${data.length} items`;
    });
  });

  it('cite.bib parses without errors into one entry with the title and the URL of cite.json', () => {
    everyPage(({ path }) => {
      const lib = parseBibtex(file(path, 'bib'));
      const [entry] = lib.entries;
      const json = item(path);
      if (lib.errors.length > 0 || lib.entries.length !== 1 || !entry) return `${path}cite.bib: ${lib.entries.length} entries, ${JSON.stringify(lib.errors)}`;
      if (entry.fields['title'] !== json.title) return `${path}cite.bib title “${String(entry.fields['title'])}” ≠ “${json.title}”`;
      if (entry.fields['url'] !== json.URL) return `${path}cite.bib url ${String(entry.fields['url'])} ≠ ${json.URL}`;
      return undefined;
    });
  });

  it('cite.ris reads back through Citation.js with the title and the URL of cite.json', () => {
    everyPage(({ path }) => {
      const [back] = new Cite(file(path, 'ris')).data as unknown as CslItem[];
      const json = item(path);
      if (!back || back.title !== json.title || back.URL !== json.URL) return `${path}cite.ris gives ${JSON.stringify(back?.title)} ${back?.URL}`;
      return undefined;
    });
  });

  it('a brief cites the URL of the original, and a claim the URL of its page on this site', () => {
    const site = new URL(briefs[0]!.url).origin;
    everyPage(({ kind, id, path }) => {
      const want = kind === 'brief' ? briefs.find((b) => b.slug === id)!.meta.url?.value : `${site}${path}`;
      return item(path).URL === want ? undefined : `${path}: URL ${item(path).URL} ≠ ${want}`;
    });
  });

  it('a claim names the brief it quotes, and the quote', () => {
    everyPage(({ kind, id, path }) => {
      if (kind !== 'claim') return undefined;
      const claim = claims.find((c) => c.id === id)!;
      const brief = briefs.find((b) => b.slug === claim.brief)!;
      const note = item(path).note ?? '';
      const title = brief.meta.title.value;
      return note.includes(title) && note.includes(claim.quote) ? undefined : `${path}: the note does not name “${title}” and the quote`;
    });
  });

  it('the page shows the reference in APA, Chicago and MLA, with links to the three downloads', () => {
    everyPage(({ path }) => {
      const $ = load(pageFile(path));
      const title = fold(item(path).title).slice(0, 24);
      for (const style of ['apa', 'chicago', 'mla']) {
        const text = normalise($(`#cite-${style}`).text());
        if (!fold(text).includes(title)) return `${path}: #cite-${style} “${text}” lacks the title`;
      }
      const labels = $('#cite-apa')
        .parent()
        .children('dt')
        .map((_, dt) => normalise($(dt).text()))
        .get();
      if (labels.join('|') !== 'APA|Chicago author-date|MLA') return `${path}: labels ${labels.join('|')}`;
      const links = $('a[download]')
        .map((_, a) => $(a).attr('href'))
        .get();
      if (links.sort().join(' ') !== 'cite.bib cite.json cite.ris') return `${path}: download links ${links.join(' ')}`;
      const missing = links.filter((href) => !existsSync(join(DIST, new URL(href, `http://x${path}`).pathname)));
      return missing.length ? `${path}: ${missing.join(', ')} missing` : undefined;
    });
  });
});

describe('what a reference may not invent', () => {
  const undated = briefs.filter((b) => b.meta.date.precision === 'after');
  const supplied = briefs.filter((b) => b.meta.title.from.source === 'editors');

  it.skipIf(undated.length === 0)('a brief with no stated date says “n.d.” in APA and Chicago, and MLA gives no date', () => {
    for (const b of undated) {
      const $ = load(pageFile(`/briefs/${b.slug}/`));
      assert.match($('#cite-apa').text(), /\(n\.d\.\)/, b.slug);
      assert.match($('#cite-chicago').text(), /\bn\.d\./, b.slug);
      assert.doesNotMatch($('#cite-mla').text(), /n\.d\.|\b(19|20)\d\d\b/, b.slug);
      assert.equal(item(`/briefs/${b.slug}/`).issued, undefined, b.slug);
    }
  });

  it.skipIf(supplied.length === 0)('a title the editors supplied is in square brackets in every style, with a note in the downloads', () => {
    for (const b of supplied) {
      const path = `/briefs/${b.slug}/`;
      const $ = load(pageFile(path));
      const bracketed = new RegExp(`\\[${b.meta.title.value.slice(0, 12)}`, 'i');
      for (const style of ['apa', 'chicago', 'mla']) assert.match($(`#cite-${style}`).text(), bracketed, `${b.slug} ${style}`);
      assert.match(file(path, 'bib'), /note = \{Title supplied by the editors/);
      assert.match(file(path, 'ris'), /^N1 {2}- Title supplied by the editors/m);
    }
  });

  it('a brief without named authors has no author in its reference', () => {
    for (const b of briefs) {
      const authors = (item(`/briefs/${b.slug}/`) as { author?: unknown[] }).author ?? [];
      assert.equal(authors.length, b.meta.authors.list.length, b.slug);
    }
  });
});
