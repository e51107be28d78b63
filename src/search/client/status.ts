/** The sentence the status line (a live region) says about a search. */
import type { Shortened } from './exact';

export type SearchStatus =
  | { kind: 'idle' }
  | { kind: 'searching' }
  | { kind: 'failed' }
  | { kind: 'done'; q: string; count: number; variants: string[]; shortened?: Shortened | undefined; partial?: RecentOnly | undefined };

/** A search of the newest `briefs` of `of` only, back to `since` (see ../tiers.ts). */
export interface RecentOnly {
  briefs: number;
  of: number;
  since: string | null;
}

const number = (n: number) => n.toLocaleString('en-GB');

/** What a search of the newest briefs only did not search, and the button that widens it. */
export const partialText = (p: RecentOnly) =>
  ` Searched the ${p.briefs === 1 ? '' : `${number(p.briefs)} `}newest of ${number(p.of)} briefs${p.since ? `, back to ${p.since}` : ''}, and the theme pages.`;
export const widenLabel = (p: RecentOnly) => `Search all ${number(p.of)} briefs`;

const quoted = (words: string[]) => words.map((w) => `“${w}”`).join(', ');

export function statusText(s: SearchStatus): string {
  switch (s.kind) {
    case 'idle':
      return 'Type to search the briefs, every claim and the theme pages.';
    case 'searching':
      return 'Searching…';
    case 'failed':
      return 'Search could not load. Check your connection and try again: the next key you type retries.';
    case 'done': {
      const plural = s.count === 1 ? '' : 's';
      const scope = s.partial ? partialText(s.partial) : '';
      if (s.shortened)
        return `No results for ${quoted(s.shortened.missing)}. Showing ${s.count} result${plural} for the shorter word${s.shortened.standIns.length === 1 ? '' : 's'} ${quoted(s.shortened.standIns)} instead.${scope}`;
      const forQ = s.q ? ` for “${s.q}”` : '';
      const aliases = s.variants.length > 1 ? ` (also searched: ${s.variants.slice(1).join('; ')})` : '';
      return s.count === 0 ? `No results${forQ}.${aliases}${scope}` : `${s.count} result${plural}${forQ}${aliases}.${scope}`;
    }
  }
}
