import { describe, expect, it } from 'vitest';
import { expandQuery } from '../../src/search/client/aliases';
import { filterGroups } from '../../src/search/client/filters';
import { highlightTerms, searchLink, stateFromParams, stateToParams, toggleFilter, withHighlight } from '../../src/search/client/state';
import { statusText, widenLabel } from '../../src/search/client/status';

describe('search state in the address bar', () => {
  it.each([
    ['q=tariffs&theme=Alliances&theme=Alliances&sort=newest', { q: 'tariffs', filters: { theme: ['Alliances'] }, sort: 'newest', scope: 'recent' }],
    ['q=%20x%20&sort=sideways&colour=red', { q: 'x', filters: {}, sort: 'relevance', scope: 'recent' }],
    ['brief=RSIS&year=2025&type=Claim', { q: '', filters: { type: ['Claim'], brief: ['RSIS'], year: ['2025'] }, sort: 'relevance', scope: 'recent' }],
    ['sort=toString', { q: '', filters: {}, sort: 'relevance', scope: 'recent' }],
    ['q=x&scope=all', { q: 'x', filters: {}, sort: 'relevance', scope: 'all' }],
    ['q=x&scope=everything', { q: 'x', filters: {}, sort: 'relevance', scope: 'recent' }],
  ])('reads %s', (query, state) => {
    expect(stateFromParams(new URLSearchParams(query))).toEqual(state);
  });
  it('writes equal searches as equal links, whatever order the filters were chosen in', () => {
    const a = stateToParams({ q: 'x', filters: { year: ['2025', '2024'], theme: ['B', 'A'] }, sort: 'oldest', scope: 'recent' }).toString();
    const b = stateToParams({ q: 'x', filters: { theme: ['A', 'B'], year: ['2024', '2025'] }, sort: 'oldest', scope: 'recent' }).toString();
    expect(a).toBe(b);
    expect(a).toBe('q=x&theme=A&theme=B&year=2024&year=2025&sort=oldest');
  });
  it('round-trips through the URL', () => {
    for (const scope of ['recent', 'all'] as const) {
      const state = { q: 'Kim Jong-un', filters: { kind: ['Forecast'], type: ['Claim'] }, sort: 'newest' as const, scope };
      expect(stateFromParams(stateToParams(state))).toEqual(state);
    }
  });
  it('links an empty search to the bare page', () => {
    expect(searchLink({ q: '', filters: {}, sort: 'relevance', scope: 'recent' })).toBe('/search/');
    expect(searchLink({ q: 'a b', filters: {}, sort: 'relevance', scope: 'recent' })).toBe('/search/?q=a+b');
    expect(searchLink({ q: 'a b', filters: {}, sort: 'relevance', scope: 'all' })).toBe('/search/?q=a+b&scope=all');
  });
  it('ticks and unticks filter values, dropping a group left empty', () => {
    const on = toggleFilter({}, 'theme', 'A', true);
    expect(on).toEqual({ theme: ['A'] });
    expect(toggleFilter(on, 'theme', 'A', false)).toEqual({});
  });
});

describe('highlight terms for the landing page', () => {
  it('keeps distinct words of two characters or more, figures and hyphenated names whole', () => {
    expect(highlightTerms('The US $8 billion Kim Jong-un a, 2% the')).toEqual(['the', 'us', '$8', 'billion', 'kim', 'jong-un', '2%']);
  });
  it('adds the terms before the anchor', () => {
    expect(withHighlight('/briefs/x/#c-1', ['a', 'b'])).toBe('/briefs/x/?hl=a%20b#c-1');
    expect(withHighlight('/briefs/x/?y=1', ['a'])).toBe('/briefs/x/?y=1&hl=a');
    expect(withHighlight('/briefs/x/', [])).toBe('/briefs/x/');
  });
});

describe('aliases', () => {
  it('searches the other spellings of a name too, whole words only', () => {
    expect(expandQuery('DPRK missiles')).toEqual(['DPRK missiles', 'North Korea missiles', 'North Korean missiles']);
    expect(expandQuery('using tools')).toEqual(['using tools']);
    expect(expandQuery('  ')).toEqual([]);
  });
});

describe('filter groups', () => {
  const all = { theme: { Alliances: 10, Trade: 5 }, year: { '2024': 3, '2025': 4 } };
  it('lists every value with this search’s count, years newest first', () => {
    const groups = filterGroups(all, { theme: { Alliances: 2 } }, {});
    expect(groups.map((g) => g.key)).toEqual(['theme', 'year']);
    expect(groups[0]!.options).toEqual([
      { value: 'Alliances', count: 2, checked: false },
      { value: 'Trade', count: 0, checked: false },
    ]);
    expect(groups[1]!.options.map((o) => o.value)).toEqual(['2025', '2024']);
  });
  it('shows a chosen value the index does not have, ticked and without a count, so it can be cleared', () => {
    const groups = filterGroups(all, {}, { theme: ['NoSuch'], kind: ['Nope'] });
    expect(groups.find((g) => g.key === 'theme')!.options).toContainEqual({ value: 'NoSuch', count: undefined, checked: true });
    expect(groups.find((g) => g.key === 'kind')).toMatchObject({ chosen: 1, options: [{ value: 'Nope', count: undefined, checked: true }] });
  });
});

describe('status line', () => {
  it('says what was found, and which spellings were searched too', () => {
    expect(statusText({ kind: 'done', q: 'DPRK', count: 1, variants: ['DPRK', 'North Korea'] })).toBe('1 result for “DPRK” (also searched: North Korea).');
    expect(statusText({ kind: 'done', q: 'x', count: 0, variants: ['x'] })).toBe('No results for “x”.');
    expect(statusText({ kind: 'done', q: '', count: 3, variants: [] })).toBe('3 results.');
  });
  it('says “No results” for a word found only by shortening it, and names the shorter word', () => {
    expect(statusText({ kind: 'done', q: 'Endowment', count: 13, variants: ['Endowment'], shortened: { missing: ['endowment'], standIns: ['end'] } })).toBe(
      'No results for “endowment”. Showing 13 results for the shorter word “end” instead.',
    );
  });
  it('says when only the newest briefs were searched, and how many there are in all', () => {
    const partial = { briefs: 25, of: 1000, since: 'March 2026' };
    expect(statusText({ kind: 'done', q: 'tariffs', count: 40, variants: ['tariffs'], partial })).toBe(
      '40 results for “tariffs”. Searched the 25 newest of 1,000 briefs, back to March 2026, and the theme pages.',
    );
    expect(statusText({ kind: 'done', q: 'x', count: 0, variants: ['x'], partial: { ...partial, since: null } })).toBe(
      'No results for “x”. Searched the 25 newest of 1,000 briefs, and the theme pages.',
    );
    expect(statusText({ kind: 'done', q: 'x', count: 1, variants: ['x'], partial: { briefs: 1, of: 2, since: null } })).toBe(
      '1 result for “x”. Searched the newest of 2 briefs, and the theme pages.',
    );
    expect(widenLabel(partial)).toBe('Search all 1,000 briefs');
  });
  it('says when search could not load', () => {
    expect(statusText({ kind: 'failed' })).toMatch(/^Search could not load\. Check your connection/);
  });
});
