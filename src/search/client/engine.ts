/**
 * The Pagefind wrapper: loads Pagefind when first asked, runs a search with its aliases over the
 * search tiers in scope, and turns every way loading can fail (a 404 after a deploy, offline,
 * WebAssembly refused) into one error.
 */
import { SEARCH_TIERS_FILE, TIER_PATHS, type SearchTiersManifest } from '../tiers';
import { expandQuery } from './aliases';
import { mergeSearches, mergeTiers, type PagefindSearch, type TierSearch } from './results';
import type { SearchState } from './state';
import type { RecentOnly } from './status';

interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, o: Record<string, unknown>): Promise<PagefindSearch | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

/** Pagefind's files could not be loaded or started; the next search tries again. */
class SearchUnavailable extends Error {}

/**
 * Loads and starts what `load` returns on first use. A failure is not kept: the next call retries,
 * with the attempt number, so a retry can ask for a fresh URL.
 */
function retrying<T>(load: (attempt: number) => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  let attempts = 0;
  return () =>
    (loading ??= load(attempts++).catch((cause: unknown) => {
      loading = undefined;
      throw new SearchUnavailable('search did not load', { cause });
    }));
}

/**
 * Each tier is its own Pagefind bundle: its script keeps the index it was loaded from. A retry asks
 * for a fresh URL: the browser keeps a module that failed to load under its URL, and a module that
 * loaded but failed to start keeps Pagefind's broken state.
 */
const pagefindAt = (path: string) =>
  retrying(async (attempt) => {
    // A plain variable, not a template literal, in import(): Vite wraps the latter in its preload
    // helper, which then ships as a script of its own on every reading page.
    const url = `${path}pagefind.js${attempt ? `?retry=${attempt}` : ''}`;
    const pf = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pf.options({ excerptLength: 28 });
    await pf.init();
    return pf;
  });

const tierLoaders = new Map<string, () => Promise<Pagefind>>();
function loadTier(path: string): Promise<Pagefind> {
  let load = tierLoaders.get(path);
  if (!load) tierLoaders.set(path, (load = pagefindAt(path)));
  return load();
}

/** What the index says of its tiers (a few hundred bytes, fetched with the first index). */
const loadTiers = retrying(async (attempt) => {
  const res = await fetch(`${TIER_PATHS.recent}${SEARCH_TIERS_FILE}${attempt ? `?retry=${attempt}` : ''}`);
  if (!res.ok) throw new Error(`${SEARCH_TIERS_FILE}: HTTP ${res.status}`);
  return (await res.json()) as SearchTiersManifest;
});

/** Loads the first index and the tiers' manifest (what opening search needs); resolves with the manifest. */
export async function loadPagefind(): Promise<SearchTiersManifest> {
  const [tiers] = await Promise.all([loadTiers(), loadTier(TIER_PATHS.recent)]);
  return tiers;
}

export interface SearchOutcome {
  results: TierSearch['results'];
  /** Result counts per filter value for this search. */
  counts: Record<string, Record<string, number>>;
  /** Every filter value of the searched tiers with its total count. */
  all: Record<string, Record<string, number>>;
  variants: string[];
  /** The briefs searched, when they are not all of them: the newest `briefs` of `of`, back to `since`. */
  partial?: RecentOnly | undefined;
}

/** One tier: the query and its aliases, merged. */
async function searchTier(pf: Pagefind, state: SearchState, variants: string[], withCounts: boolean): Promise<TierSearch> {
  // Loading the filter index first makes Pagefind return per-value counts with each search; the
  // dialog, which shows no filters, skips it and downloads less.
  const all = withCounts ? await pf.filters() : {};
  const filters = Object.fromEntries(Object.entries(state.filters).map(([k, v]) => [k, { any: v }]));
  const sort = state.sort === 'relevance' ? undefined : { date: state.sort === 'newest' ? 'desc' : 'asc' };
  const searches = await Promise.all((variants.length ? variants : [null]).map((term) => pf.search(term, { filters, ...(sort ? { sort } : {}) })));
  return { ...mergeSearches(searches, !!sort), all };
}

/**
 * Runs a search with its aliases (DPRK also finds North Korea) over the tiers in scope. Filters
 * combine as: any value within a group, all groups. Rejects with SearchUnavailable when Pagefind
 * cannot be used.
 */
export async function runSearch(state: SearchState, withCounts: boolean): Promise<SearchOutcome> {
  const tiers = await loadPagefind();
  const archive = state.scope === 'all' ? tiers.archive : null;
  const pagefinds = await Promise.all([tiers.recent.path, ...(archive ? [archive.path] : [])].map(loadTier));
  const variants = state.q ? expandQuery(state.q) : [];
  try {
    const searched = await Promise.all(pagefinds.map((pf) => searchTier(pf, state, variants, withCounts)));
    return {
      ...mergeTiers(searched, state.sort),
      variants,
      partial: tiers.archive && !archive ? { briefs: tiers.recent.briefs, of: tiers.briefs, since: tiers.recent.since } : undefined,
    };
  } catch (cause) {
    // An index chunk that fails to download rejects here; the loaded modules are kept, so only
    // the failed request is retried by the next search.
    throw new SearchUnavailable('Pagefind could not search', { cause });
  }
}
