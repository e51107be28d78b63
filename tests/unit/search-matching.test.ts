import { describe, expect, it } from 'vitest';
import { shortenedWords, wordMatches } from '../../src/search/client/exact';
import { arrowTarget } from '../../src/search/client/keyboard';
import { matchedWords, mergeSearches, resultView, type PagefindResult } from '../../src/search/client/results';

describe('telling real matches from shortened words (Pagefind#1237)', () => {
  it.each([
    ['tariff', 'tariffs'],
    ['tariffs', 'tariff'],
    ['tariffs', 'tari'],
    ['semiconductors', 'semicond'],
    ['abducted', 'abduction'],
    ['endowed', 'endowment'],
    ['Japan’s', 'japan'],
    ['U.S.', 'US'],
    ['54,000', '54,000'],
    ['2%', '2%'],
    ['Moshi-Tora', 'moshi-tora'],
    ['Self-Defense', 'defense'],
    ['Self-Defense', 'self'],
  ])('“%s” in the text matches “%s” typed', (matched, typed) => {
    expect(wordMatches(matched, typed)).toBe(true);
  });
  it.each([
    ['end', 'endowment'],
    ['a', 'artery'],
    ['doc', 'document'],
    ['Japan', 'Japanology'],
    ['Self-Defense', 'fence'],
  ])('“%s” in the text does not stand for “%s”', (matched, typed) => {
    expect(wordMatches(matched, typed)).toBe(false);
  });
  it('reports the missing word and its stand-in', () => {
    expect(shortenedWords(['Endowment'], ['end'])).toEqual({ missing: ['endowment'], standIns: ['end'] });
    expect(shortenedWords(['Japan endowment'], ['Japan', 'end', 'Japan’s'])).toEqual({ missing: ['endowment'], standIns: ['end'] });
  });
  it('accepts matches of an alias in place of the typed word', () => {
    expect(shortenedWords(['DPRK', 'North Korea', 'North Korean'], ['North', 'Korea', 'Korean'])).toBeUndefined();
    // The results shown all matched the US spelling inside a compound word: no word was shortened.
    expect(shortenedWords(['defence spending', 'defense spending'], ['Self-Defense', 'spending'])).toBeUndefined();
  });
  it('accepts real matches', () => {
    expect(shortenedWords(['tariffs'], ['tariff', 'Tariffs'])).toBeUndefined();
    expect(shortenedWords(['Ukraine today could be'], ['Ukraine', 'today', 'could', 'be'])).toBeUndefined();
  });
});

describe('results', () => {
  const result = (id: string, score: number): PagefindResult => ({ id, score, data: () => Promise.reject(new Error('unused')) });
  it('merges alias searches by id, keeping the best score, and the largest count per filter value', () => {
    const merged = mergeSearches(
      [{ results: [result('a', 1), result('b', 3)], filters: { theme: { X: 2 } } }, { results: [result('a', 5)], filters: { theme: { X: 1, Y: 4 } } }, null],
      false,
    );
    expect(merged.results.map((r) => [r.id, r.score])).toEqual([
      ['a', 5],
      ['b', 3],
    ]);
    expect(merged.counts).toEqual({ theme: { X: 2, Y: 4 } });
  });
  it('keeps the date order of the searches when sorted by date', () => {
    const merged = mergeSearches(
      [
        { results: [result('b', 1), result('a', 9)], filters: {} },
        { results: [result('c', 5), result('a', 2)], filters: {} },
      ],
      true,
    );
    expect(merged.results.map((r) => r.id)).toEqual(['b', 'a', 'c']);
  });
  it('links a theme-page match to the heading it lies under, with the terms to highlight', () => {
    const view = resultView(
      {
        url: '/themes/x/',
        content: '',
        locations: [],
        excerpt: 'page',
        meta: { title: 'X', type: 'Theme' },
        sub_results: [
          { title: 'X', url: '/themes/x/', excerpt: 'top' },
          { title: 'Where they differ', url: '/themes/x/#differ', excerpt: 'a <mark>b</mark>' },
        ],
      },
      ['b'],
    );
    expect(view).toEqual({ href: '/themes/x/?hl=b#differ', type: 'Theme', title: 'X: Where they differ', excerptHtml: 'a <mark>b</mark>', where: '' });
  });
  it('reads the matched words at their locations in the text', () => {
    expect(matchedWords({ content: ' He would end up in war, end. ', locations: [2, 6, 9] })).toEqual(['end', 'end.']);
  });
});

describe('arrow keys in the search panel', () => {
  it.each([
    ['ArrowDown', -1, 3, 0],
    ['ArrowDown', 1, 3, 2],
    ['ArrowDown', 2, 3, 2],
    ['ArrowUp', 0, 3, -1],
    ['ArrowUp', 2, 3, 1],
    ['ArrowUp', -1, 3, undefined],
    ['ArrowDown', -1, 0, undefined],
    ['ArrowDown', undefined, 3, undefined],
    ['Enter', 0, 3, undefined],
  ] as const)('%s from %s of %s results goes to %s', (key, at, count, to) => {
    expect(arrowTarget(key, at, count)).toBe(to);
  });
});
