/** The search as it lives in the address bar: `?q=…&theme=…&brief=…&kind=…&year=…&type=…&sort=…&scope=all`. */
export interface SearchState {
  q: string;
  filters: Record<string, string[]>;
  sort: Sort;
  /** The newest briefs only (the first index), or every brief; the same where there is one index (see ../tiers.ts). */
  scope: Scope;
}

export type Scope = 'recent' | 'all';

/** Filter groups in the order the page shows them, with their labels. */
export const FILTER_LABEL = { type: 'Result type', theme: 'Theme', brief: 'Brief', kind: 'Claim kind', year: 'Year' } as const;
export type FilterKey = keyof typeof FILTER_LABEL;
export const FILTER_KEYS = Object.keys(FILTER_LABEL) as FilterKey[];

/** Result orders: the URL value and what the menu says. */
export const SORT_LABEL = { relevance: 'Best match', newest: 'Newest first', oldest: 'Oldest first' } as const;
export type Sort = keyof typeof SORT_LABEL;

export const EMPTY_STATE: SearchState = { q: '', filters: {}, sort: 'relevance', scope: 'recent' };

/** Reads a search from URL parameters; unknown keys are ignored. */
export function stateFromParams(params: URLSearchParams): SearchState {
  const filters: Record<string, string[]> = {};
  for (const key of FILTER_KEYS) {
    const values = params.getAll(key).filter(Boolean);
    if (values.length) filters[key] = [...new Set(values)];
  }
  const sort = params.get('sort') ?? '';
  return {
    q: params.get('q')?.trim() ?? '',
    filters,
    sort: Object.hasOwn(SORT_LABEL, sort) ? (sort as Sort) : 'relevance',
    scope: params.get('scope') === 'all' ? 'all' : 'recent',
  };
}

/** Writes a search as URL parameters in a stable order, so equal searches give equal links. */
export function stateToParams(state: SearchState): URLSearchParams {
  const p = new URLSearchParams();
  if (state.q) p.set('q', state.q);
  for (const key of FILTER_KEYS) for (const v of [...(state.filters[key] ?? [])].sort()) p.append(key, v);
  if (state.sort !== 'relevance') p.set('sort', state.sort);
  if (state.scope === 'all') p.set('scope', 'all');
  return p;
}

/** The search as a shareable /search/ link. */
export function searchLink(state: SearchState): string {
  const p = stateToParams(state).toString();
  return `/search/${p ? `?${p}` : ''}`;
}

/** The filters with one value ticked or unticked; a group left empty is dropped. */
export function toggleFilter(filters: Record<string, string[]>, key: string, value: string, on: boolean): Record<string, string[]> {
  const current = new Set(filters[key] ?? []);
  if (on) current.add(value);
  else current.delete(value);
  const out = { ...filters, [key]: [...current] };
  if (current.size === 0) delete out[key];
  return out;
}

/** Words of the query worth highlighting on the page a result leads to. */
export function highlightTerms(q: string): string[] {
  return [
    ...new Set(
      q
        .toLowerCase()
        .split(/[^\p{L}\p{N}%$.-]+/u)
        .map((w) => w.replace(/^[.-]+|[.-]+$/g, ''))
        .filter((w) => w.length > 1),
    ),
  ].slice(0, 8);
}

/** A result link that asks the landing page to highlight the terms: `/path/?hl=a+b#anchor`. */
export function withHighlight(url: string, terms: string[]): string {
  if (terms.length === 0) return url;
  const [path, hash] = url.split('#') as [string, string | undefined];
  const sep = path.includes('?') ? '&' : '?';
  return `${path}${sep}hl=${encodeURIComponent(terms.join(' '))}${hash ? `#${hash}` : ''}`;
}
