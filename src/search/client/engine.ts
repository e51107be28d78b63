/**
 * The Pagefind wrapper: loads Pagefind when first asked, runs a search with its aliases, and turns
 * every way loading can fail (a 404 after a deploy, offline, WebAssembly refused) into one error.
 */
import { expandQuery } from './aliases';
import { mergeSearches, type PagefindResult, type PagefindSearch } from './results';
import type { SearchState } from './state';

interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, o: Record<string, unknown>): Promise<PagefindSearch | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

/** Pagefind's files could not be loaded or started; the next search tries again. */
class SearchUnavailable extends Error {}

let loading: Promise<Pagefind> | undefined;
let attempts = 0;

/** Loads Pagefind's script and index on first use. A failure is not kept: the next call retries. */
export function loadPagefind(): Promise<Pagefind> {
  if (loading) return loading;
  // A retry asks for a fresh URL: the browser keeps a module that failed to load under its URL,
  // and a module that loaded but failed to start keeps Pagefind's broken state.
  const url = `/pagefind/pagefind.js${attempts++ ? `?retry=${attempts}` : ''}`;
  loading = (import(/* @vite-ignore */ url) as Promise<Pagefind>)
    .then(async (pf) => {
      await pf.options({ excerptLength: 28 });
      await pf.init();
      return pf;
    })
    .catch((cause: unknown) => {
      loading = undefined;
      throw new SearchUnavailable('Pagefind did not load', { cause });
    });
  return loading;
}

export interface SearchOutcome {
  results: PagefindResult[];
  /** Result counts per filter value for this search. */
  counts: Record<string, Record<string, number>>;
  /** Every filter value of the index with its total count. */
  all: Record<string, Record<string, number>>;
  variants: string[];
}

/**
 * Runs a search with its aliases (DPRK also finds North Korea). Filters combine as: any value
 * within a group, all groups. Rejects with SearchUnavailable when Pagefind cannot be used.
 */
export async function runSearch(state: SearchState, withCounts: boolean): Promise<SearchOutcome> {
  const pf = await loadPagefind();
  try {
    // Loading the filter index first makes Pagefind return per-value counts with each search; the
    // dialog, which shows no filters, skips it and downloads less.
    const all = withCounts ? await pf.filters() : {};
    const filters = Object.fromEntries(Object.entries(state.filters).map(([k, v]) => [k, { any: v }]));
    const sort = state.sort === 'relevance' ? undefined : { date: state.sort === 'newest' ? 'desc' : 'asc' };
    const variants = state.q ? expandQuery(state.q) : [];
    const searches = await Promise.all((variants.length ? variants : [null]).map((term) => pf.search(term, { filters, ...(sort ? { sort } : {}) })));
    return { ...mergeSearches(searches, !!sort), all, variants };
  } catch (cause) {
    // An index chunk that fails to download rejects here; the loaded module is kept, so only
    // the failed request is retried by the next search.
    throw new SearchUnavailable('Pagefind could not search', { cause });
  }
}
