/**
 * On a page reached from a search result (`?hl=terms#anchor`), marks the terms in the text and
 * brings the linked passage, or else the first match, into view. The URL can be anything a link
 * says, so the terms are capped and a malformed anchor is tolerated.
 */
import { escapeRegExp } from '../../escape-regexp';

const MAX_TERMS = 8;
const MAX_TERM_LENGTH = 64;
/** Text that is not the reader's text: markers, screen-reader labels, navigation. */
const SKIP = 'script, style, .sr-only, .para-link, .claim-link, mark.hit, nav';

/** The terms of an `hl` parameter: the first 8 distinct words of two characters or more, each at most 64 characters. */
export function termsFromParam(hl: string | null): string[] {
  const words = (hl ?? '')
    .split(/\s+/)
    .filter((t) => t.length > 1)
    .map((t) => t.slice(0, MAX_TERM_LENGTH));
  return [...new Set(words)].slice(0, MAX_TERMS);
}

/** A pattern matching any of the terms as whole words, case-insensitively; undefined if none can be built. */
export function termPattern(terms: string[]): RegExp | undefined {
  if (terms.length === 0) return undefined;
  try {
    return new RegExp(`(?<![\\p{L}\\p{N}])(${terms.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  } catch {
    return undefined;
  }
}

/** The element id a URL hash names (`#c-x%201` → `c-x 1`); a malformed escape is taken as written. */
export function idFromHash(hash: string): string {
  const raw = hash.replace(/^#/, '');
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** Wraps every match of `pattern` in the text under `root` in <mark class="hit">; returns the first. */
function markMatches(root: Element, pattern: RegExp): HTMLElement | undefined {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (n.parentElement?.closest(SKIP) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  let first: HTMLElement | undefined;
  for (const node of nodes) {
    const text = node.data;
    const matches = [...text.matchAll(pattern)];
    if (matches.length === 0) continue;
    const frag = document.createDocumentFragment();
    let last = 0;
    for (const m of matches) {
      const mark = document.createElement('mark');
      mark.className = 'hit';
      mark.textContent = m[0];
      frag.append(text.slice(last, m.index), mark);
      first ??= mark;
      last = m.index + m[0].length;
    }
    frag.append(text.slice(last));
    node.replaceWith(frag);
  }
  return first;
}

export function highlightFromUrl(): void {
  const root = document.querySelector('main');
  const pattern = termPattern(termsFromParam(new URLSearchParams(location.search).get('hl')));
  if (!root || !pattern) return;
  const first = markMatches(root, pattern);
  const target = location.hash ? document.getElementById(idFromHash(location.hash)) : null;
  (target ?? first)?.scrollIntoView({ block: 'center' });
}
