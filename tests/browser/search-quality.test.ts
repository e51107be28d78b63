// The checked-in queries of tests/search-queries.json, run against the built index through the real UI.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { it } from 'vitest';
import { searchPage, resultLinks } from './search-helpers.ts';
import { newPage, useSite, type TestPage } from './site.ts';

/** One checked query; its "about" field says what each expectation means. */
interface Query {
  q: string;
  first?: string;
  top3?: string[];
  none?: boolean;
  found?: boolean;
  unknown?: boolean;
}

const { queries }: { queries: Query[] } = JSON.parse(readFileSync(new URL('../search-queries.json', import.meta.url), 'utf8'));
const site = useSite();
/** One tab for all the queries, opened by the first. */
let tab: TestPage | undefined;

it(`has at least 30 checked queries (${queries.length})`, () => assert.ok(queries.length >= 30));

const expectation = (q: Query) => {
  if (!(q.none || q.unknown || q.found || q.first || q.top3)) throw new Error(`tests/search-queries.json: “${q.q}” says nothing about its results`);
  return q.none
    ? 'finds no text containing it'
    : q.unknown
      ? 'is reported as “No results”'
      : q.found
        ? 'finds results'
        : q.first
          ? `finds ${q.first} first`
          : `has ${q.top3?.join(' or ')} in the top three`;
};

for (const query of queries) {
  it(`“${query.q}” ${expectation(query)}`, async () => {
    const page = tab ?? (tab = await newPage(site));
    await searchPage(page, site.url, { q: query.q });
    const links = await resultLinks(page);
    const status = (await page.textContent('#search-page-status')) ?? '';
    if (query.none) {
      const texts = await page.$$eval('#search-page .search-results li', (lis) => lis.map((li) => li.textContent ?? ''));
      return assert.deepEqual(
        texts.filter((t) => t.toLowerCase().includes(query.q.toLowerCase())),
        [],
      );
    }
    if (query.unknown) return assert.match(status, /^No results for/);
    assert.ok(links.length > 0, 'no results');
    assert.doesNotMatch(status, /^No results/, 'a word of the text reported as missing');
    if (query.first) assert.ok(links[0]?.startsWith(`/briefs/${query.first}/`), `first result: ${links[0]}`);
    if (query.top3)
      assert.ok(
        links.slice(0, 3).some((l) => query.top3?.some((t) => l.includes(t))),
        `top three: ${links.slice(0, 3).join(', ')}`,
      );
  });
}
