/** The search as it lives in the address bar: `?q=…&theme=…&brief=…&kind=…&year=…&type=…&sort=…`. */
export interface SearchState {
  q: string;
  filters: Record<string, string[]>;
  sort: 'relevance' | 'newest' | 'oldest';
}

export const FILTER_KEYS = ['type', 'theme', 'brief', 'kind', 'year'] as const;
const SORTS = ['relevance', 'newest', 'oldest'] as const;

/** Reads a search from URL parameters; unknown keys are ignored. */
export function stateFromParams(params: URLSearchParams): SearchState {
  const filters: Record<string, string[]> = {};
  for (const key of FILTER_KEYS) {
    const values = params.getAll(key).filter(Boolean);
    if (values.length) filters[key] = [...new Set(values)];
  }
  const sort = params.get('sort');
  return { q: params.get('q')?.trim() ?? '', filters, sort: (SORTS as readonly string[]).includes(sort ?? '') ? (sort as SearchState['sort']) : 'relevance' };
}

/** Writes a search as URL parameters in a stable order, so equal searches give equal links. */
export function stateToParams(state: SearchState): URLSearchParams {
  const p = new URLSearchParams();
  if (state.q) p.set('q', state.q);
  for (const key of FILTER_KEYS) for (const v of [...(state.filters[key] ?? [])].sort()) p.append(key, v);
  if (state.sort !== 'relevance') p.set('sort', state.sort);
  return p;
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
