import type { Line } from './types';

/** Collapses every kind of space (NBSP included) to one ASCII space and trims. */
export function normaliseSpace(s: string): string {
  return s.replace(/[\s\u00a0\u2000-\u200b\u202f\u205f\u3000]+/g, ' ').trim();
}

/** Splits a capture into its non-empty lines, each normalised, keeping raw line numbers. */
export function textToLines(text: string): Line[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((raw, i) => ({ line: i + 1, text: normaliseSpace(raw) }))
    .filter((l) => l.text !== '');
}
