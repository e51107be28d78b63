// Formatted references are reused between builds only when everything that decides them is the same.
import assert from 'node:assert/strict';
import { it } from 'vitest';
import { cached } from '../../src/cite/cache';

it('formats a reference once for the same inputs and again when any input differs', () => {
  const unique = `${process.pid}-${Date.now()}`;
  let calls = 0;
  const format = (out: string) => () => (calls++, out);
  assert.equal(cached([unique, 'apa', 'text'], format('A')), 'A');
  assert.equal(cached([unique, 'apa', 'text'], format('B')), 'A', 'the second request is answered from the store');
  assert.equal(calls, 1);
  assert.equal(cached([unique, 'apa', 'html'], format('C')), 'C', 'another output format is formatted afresh');
  assert.equal(cached([unique, 'modern-language-association', 'text'], format('D')), 'D', 'another style is formatted afresh');
  assert.equal(cached([`${unique}x`, 'apa', 'text'], format('E')), 'E', 'another item is formatted afresh');
  assert.equal(calls, 4);
});
