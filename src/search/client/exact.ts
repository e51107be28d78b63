/**
 * Pagefind shortens a query word it does not know until something matches (Pagefind#1237):
 * "endowment" finds "end". These functions tell such stand-in matches from real ones by comparing
 * the words Pagefind matched with the words typed, allowing for what stemming legitimately does
 * ("tariffs" finds "tariff", "abduction" finds "abducted") and for a word still being typed
 * ("semicond" finds "semiconductors").
 */

/** Endings stemming removes or swaps; two words that differ only in these are one word. */
const ENDINGS = new Set([
  '',
  's',
  'es',
  'e',
  'ed',
  'd',
  'ing',
  'er',
  'ers',
  'ion',
  'ions',
  'y',
  'ies',
  'ied',
  'ly',
  'al',
  'ment',
  'ments',
  'ity',
  'ism',
  'ist',
  'ists',
  'ive',
  'ness',
]);

/** A word reduced to letters and digits, lower case, without a possessive ("Japan’s" → "japan"). */
function normaliseWord(word: string): string {
  return word
    .toLowerCase()
    .normalize('NFKD')
    .replace(/['’]s$/u, '')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** The words of a query as Pagefind splits them (white space), normalised; empty ones dropped. */
function queryWords(query: string): string[] {
  return [...new Set(query.split(/\s+/).map(normaliseWord).filter(Boolean))];
}

/**
 * Whether a matched word of the text stands for the typed word (the same word, or its
 * continuation). Pagefind indexes the parts of a hyphenated word too, so "Self-Defense" is a real
 * match for "defense".
 */
export function wordMatches(matched: string, typed: string): boolean {
  const parts = matched.split(/[-‐‑–—/]+/u);
  return wholeWordMatches(matched, typed) || (parts.length > 1 && parts.some((p) => wholeWordMatches(p, typed)));
}

function wholeWordMatches(matched: string, typed: string): boolean {
  const m = normaliseWord(matched);
  const t = normaliseWord(typed);
  if (!m || !t) return false;
  if (m.startsWith(t)) return true;
  let common = 0;
  while (common < m.length && common < t.length && m[common] === t[common]) common++;
  // "end" for "endowment" shares three letters and leaves "owment": a stand-in, not a form of the word.
  return common >= 3 && ENDINGS.has(m.slice(common)) && ENDINGS.has(t.slice(common));
}

export interface Shortened {
  /** Typed words that no result contains in any form. */
  missing: string[];
  /** The words Pagefind matched in their place. */
  standIns: string[];
}

/**
 * Which typed words Pagefind replaced by shorter ones, judged from the words it matched in the
 * results shown. `variants` are the query and its alias forms: a matched word explained by any of
 * them is a real match ("North" in a search for DPRK). Undefined when the results are real matches:
 * also when every typed word was found and only an alias form was shortened.
 */
export function shortenedWords(variants: string[], matched: string[]): Shortened | undefined {
  const forms = variants.flatMap(queryWords);
  const standIns = [...new Set(matched.filter((w) => !forms.some((t) => wordMatches(w, t))).map(normaliseWord))].filter(Boolean);
  const missing = queryWords(variants[0] ?? '').filter((t) => !matched.some((w) => wordMatches(w, t)));
  return standIns.length && missing.length ? { missing, standIns } : undefined;
}
