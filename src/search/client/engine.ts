import { expandQuery } from './aliases';
import type { SearchState } from './url-state';

/** The parts of Pagefind's JS API this site uses. */
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}
export interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  sub_results?: { title: string; url: string; excerpt: string }[];
}
interface PagefindSearch {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
  unfilteredResultCount: number;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, o: Record<string, unknown>): Promise<PagefindSearch | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

let loading: Promise<Pagefind> | undefined;

/** Loads Pagefind's script and index on first use only. */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= (import(/* @vite-ignore */ `${'/pagefind/'}pagefind.js`) as Promise<Pagefind>).then(async (pf) => {
    await pf.options({ excerptLength: 28 });
    await pf.init();
    return pf;
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
 * Runs a search with its aliases (DPRK also finds North Korea) and merges the results by id,
 * keeping each result's best score. Filters combine as: any value within a group, all groups.
 */
export async function runSearch(state: SearchState, withCounts = true): Promise<SearchOutcome> {
  const pf = await loadPagefind();
  // Loading the filter index first makes Pagefind return per-value counts with each search; the
  // dialog, which shows no filters, skips it and downloads less.
  const all = withCounts ? await pf.filters() : {};
  const filters = Object.fromEntries(Object.entries(state.filters).map(([k, v]) => [k, { any: v }]));
  const sort = state.sort === 'relevance' ? undefined : { date: state.sort === 'newest' ? 'desc' : 'asc' };
  const variants = state.q ? expandQuery(state.q) : [];
  const searches = await Promise.all((variants.length ? variants : [null]).map((term) => pf.search(term, { filters, ...(sort ? { sort } : {}) })));
  const best = new Map<string, PagefindResult>();
  const counts: Record<string, Record<string, number>> = {};
  for (const s of searches) {
    if (!s) continue;
    for (const r of s.results) if ((best.get(r.id)?.score ?? -1) < r.score) best.set(r.id, r);
    for (const [key, values] of Object.entries(s.filters)) {
      counts[key] ??= {};
      for (const [v, n] of Object.entries(values)) counts[key][v] = Math.max(counts[key][v] ?? 0, n);
    }
  }
  let results = [...best.values()];
  if (!sort) results.sort((a, b) => b.score - a.score);
  else {
    // Each search is sorted by date already; keep that order across merged variants.
    const order = new Map(searches.flatMap((s) => s?.results ?? []).map((r, i) => [r.id, i]));
    results = results.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  }
  return { results, counts, all, variants };
}
