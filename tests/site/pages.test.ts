// Theme pages, data downloads and page weight, checked on the built site.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CheerioAPI } from 'cheerio';
import { describe, it } from 'vitest';
import { readerPageWeights } from '../../scripts/lib/page-weight.mjs';
import { DIST, load, normalise, pageFile } from './dist.ts';
import { openData } from './open-data.ts';

const data = (f: string) => readFileSync(join(DIST, 'data', f), 'utf8');
const claims = openData(DIST, 'claims.json');
const themes = openData(DIST, 'themes.json');
const briefs = openData(DIST, 'briefs.json');

/** What the data checks read of a published JSON Schema. */
interface ListSchema {
  type: string;
  items: { properties?: Record<string, unknown> };
}

describe('reader page weight', () => {
  for (const p of readerPageWeights(DIST)) {
    it(`${p.slug}: HTML+CSS ${p.sent} B gzipped is within 1.3 × text (${p.text} B) + 5 KB + 8 B × ${p.markers} claim markers`, () => {
      assert.ok(p.sent <= p.budget, `${p.sent} > ${p.budget}`);
    });
  }
});

describe('theme pages', () => {
  for (const theme of themes) {
    describe(theme.title, () => {
      const $ = load(pageFile(`/themes/${theme.slug}/`));
      it('has a synthesis whose links point at claims of this theme and at its questions', () => {
        const links = $('#synthesis').parent().find('a');
        assert.ok(links.length >= 3);
        const bad: string[] = [];
        links.each((_, a) => {
          const href = $(a).attr('href');
          if (href === undefined) return void bad.push(`a link without href: ${$(a).text()}`);
          const claim = /^\/claims\/([a-z0-9-]+)\/$/.exec(href);
          const id = claim?.[1];
          if (id && !theme.claims.includes(id)) bad.push(`${id} is not a claim of ${theme.slug}`);
          if (href.startsWith('#') && $(`[id="${href.slice(1)}"]`).length !== 1) bad.push(`${href} has no target`);
        });
        assert.deepEqual(bad, []);
      });
      it('shows the positions matrix: a row per question, a cell per brief, each an answer or “Not addressed”', () => {
        const rows = $('table.pm tbody tr');
        assert.equal(rows.length, theme.questions.length);
        rows.each((_, tr) => {
          const cells = $(tr).find('td');
          assert.equal(cells.length, briefs.length);
          cells.each((_, td) => assert.equal($(td).find('.pm-chip').length, 1));
        });
        const positions = openData(DIST, 'positions.json').filter((p) => p.theme === theme.slug);
        assert.equal(positions.length, theme.questions.length * briefs.length);
        assert.equal($('table.pm .pm-silent').length, positions.filter((p) => p.answer === 'not-addressed').length);
      });
      it('answers each question brief by brief, saying which briefs are silent', () => {
        for (const q of theme.questions) {
          const section = $(`#${q.id}`).parent();
          assert.equal(section.find('.theme-column').length, briefs.length, q.id);
          const silent = section.find('.theme-silent').length;
          const speaking = section.find('.theme-column').filter((_, c) => $(c).find('.claim-card').length > 0).length;
          assert.equal(silent + speaking, briefs.length);
        }
      });
      it('gives each of its claims an anchor', () => {
        const missing = theme.claims.filter((id) => $(`[id="${id}"]`).length !== 1);
        assert.deepEqual(missing, []);
      });
    });
  }
});

describe('open data', () => {
  it('claims.json holds every claim with its id, brief, quote, paragraph anchor, statement, kind and themes', () => {
    assert.ok(claims.length >= 150);
    const pages = new Map<string, CheerioAPI>();
    for (const c of claims) {
      for (const k of ['id', 'brief', 'quote', 'paragraph', 'statement', 'kind', 'themes'] as const)
        assert.ok(c[k] !== undefined && c[k] !== '', `${c.id}.${k}`);
      let $ = pages.get(c.brief);
      if (!$) pages.set(c.brief, ($ = load(pageFile(`/briefs/${c.brief}/`))));
      $('.sr-only, .claim-link').remove();
      assert.ok(normalise($(`[id="${c.paragraph}"]`).text()).includes(normalise(c.quote).slice(0, 30)), `${c.id} in #${c.paragraph}`);
    }
  });
  it('claims.csv has a row per claim', () => {
    const rows = data('claims.csv')
      .trim()
      .split(/\r?\n(?=[a-z]+\d+-\d+,)/);
    assert.equal(rows.length - 1, claims.length);
  });
  it('every file has a JSON Schema', () => {
    for (const f of ['claims', 'briefs', 'themes', 'positions']) {
      const schema: ListSchema = JSON.parse(data(`${f}.schema.json`));
      assert.equal(schema.type, 'array');
      assert.ok(schema.items.properties, f);
    }
  });
  it('briefs.json keeps provenance and leaves out build settings', () => {
    for (const s of briefs) {
      assert.ok(['text', 'public-record', 'editors'].includes(s.meta.title.from.source), s.slug);
      assert.equal(Object.hasOwn(s.meta, 'cleaning'), false, s.slug);
    }
  });
});
