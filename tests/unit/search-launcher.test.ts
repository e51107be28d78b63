import { describe, expect, it } from 'vitest';
import { idFromHash, termPattern, termsFromParam } from '../../src/search/client/highlight';
import { buffersKey, opensSearch, type KeyPress } from '../../src/search/client/launcher-keys';

const press = (key: string, more: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  defaultPrevented: false,
  target: null,
  ...more,
});
const field = (tagName: string) => ({ tagName }) as unknown as EventTarget;

describe('keys that open search', () => {
  it.each([
    ['/', press('/'), true],
    ['Ctrl+K', press('k', { ctrlKey: true }), true],
    ['Cmd+K', press('K', { metaKey: true }), true],
    ['Ctrl+K in a field', press('k', { ctrlKey: true, target: field('INPUT') }), true],
    ['/ in a field', press('/', { target: field('INPUT') }), false],
    ['/ in a text area', press('/', { target: field('TEXTAREA') }), false],
    ['/ in editable text', press('/', { target: { isContentEditable: true } as unknown as EventTarget }), false],
    ['Alt+/', press('/', { altKey: true }), false],
    ['k', press('k'), false],
    ['/ already handled', press('/', { defaultPrevented: true }), false],
  ])('%s', (_, e, expected) => {
    expect(opensSearch(e)).toBe(expected);
  });
});

describe('keys kept while the search dialog loads', () => {
  it.each([
    ['a letter', press('a'), true, true],
    ['Space', press(' '), true, true],
    ['a letter when nothing is loading', press('a'), false, false],
    ['a letter typed into a field', press('a', { target: field('INPUT') }), true, false],
    ['Enter', press('Enter'), true, false],
    ['Ctrl+C', press('c', { ctrlKey: true }), true, false],
  ])('%s', (_, e, loading, expected) => {
    expect(buffersKey(e, loading)).toBe(expected);
  });
});

describe('highlight parameters from the address bar', () => {
  it('keeps the first 8 distinct terms, each at most 64 characters', () => {
    const many = Array.from({ length: 20 }, (_, i) => `term${i % 10}`).join(' ');
    expect(termsFromParam(many)).toEqual(['term0', 'term1', 'term2', 'term3', 'term4', 'term5', 'term6', 'term7']);
    expect(termsFromParam('x'.repeat(100_000))).toEqual(['x'.repeat(64)]);
    expect(termsFromParam(null)).toEqual([]);
  });
  it('builds a pattern even from a giant or symbol-laden parameter', () => {
    const pattern = termPattern(termsFromParam(`${'('.repeat(50_000)} a.b [x] \\`));
    expect(pattern).toBeInstanceOf(RegExp);
    expect('see a.b here'.match(pattern!)?.[0]).toBe('a.b');
    expect(termPattern([])).toBeUndefined();
  });
  it('reads a malformed anchor as written instead of throwing', () => {
    expect(idFromHash('#%E0%A4%A')).toBe('%E0%A4%A');
    expect(idFromHash('#c-x%201')).toBe('c-x 1');
  });
});
