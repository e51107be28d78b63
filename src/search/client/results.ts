/** Pagefind's results as this site shows them: merged across alias searches, then one entry each. */
import { withHighlight } from './state';

/** The parts of Pagefind's JS API this site uses. */
export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}
export interface PagefindData {
  url: string;
  /** Plain text (not escaped): never inserted as HTML. */
  content: string;
  /** Positions of the matched words in `content`, counted in words separated by white space. */
  locations: number[];
  /** HTML-escaped by Pagefind, which adds only <mark>. */
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results?: { title: string; url: string; excerpt: string }[];
}
export interface PagefindSearch {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}

/**
 * Merges the searches of a query and its aliases by result id, keeping each result's best score,
 * and the per-value filter counts (the largest of any one search, as the alias searches overlap).
 */
export function mergeSearches(
  searches: (PagefindSearch | null)[],
  sortedByDate: boolean,
): { results: PagefindResult[]; counts: Record<string, Record<string, number>> } {
  const best = new Map<string, PagefindResult>();
  const counts: Record<string, Record<string, number>> = {};
  for (const s of searches) {
    if (!s) continue;
    for (const r of s.results) if ((best.get(r.id)?.score ?? -1) < r.score) best.set(r.id, r);
    for (const [key, values] of Object.entries(s.filters)) {
      const group = (counts[key] ??= {});
      for (const [v, n] of Object.entries(values)) group[v] = Math.max(group[v] ?? 0, n);
    }
  }
  const results = [...best.values()];
  if (!sortedByDate) return { results: results.sort((a, b) => b.score - a.score), counts };
  // Each search is sorted by date already; keep that order across the merged searches.
  const order = new Map<string, number>();
  for (const r of searches.flatMap((s) => s?.results ?? [])) if (!order.has(r.id)) order.set(r.id, order.size);
  return { results: results.sort((a, b) => order.get(a.id)! - order.get(b.id)!), counts };
}

/** One tier's search, its aliases merged, with the tier's filter totals. */
export interface TierSearch {
  results: PagefindResult[];
  counts: Record<string, Record<string, number>>;
  all: Record<string, Record<string, number>>;
}

/** Adds filter counts of tiers, which hold different briefs, so a value's counts add up. */
function addCounts(groups: Record<string, Record<string, number>>[]): Record<string, Record<string, number>> {
  const sum: Record<string, Record<string, number>> = {};
  for (const g of groups)
    for (const [key, values] of Object.entries(g)) {
      const group = (sum[key] ??= {});
      for (const [v, n] of Object.entries(values)) group[v] = (group[v] ?? 0) + n;
    }
  return sum;
}

/**
 * Merges the searches of the tiers, newest tier first (see ../tiers.ts). Every brief of a tier is
 * at least as new as every brief of the next, so a date order is the tiers' orders one after the
 * other; the best match order is by score.
 */
export function mergeTiers(tiers: TierSearch[], sort: 'relevance' | 'newest' | 'oldest'): TierSearch {
  const lists = tiers.map((t) => t.results);
  const results = sort === 'relevance' ? lists.flat().sort((a, b) => b.score - a.score) : sort === 'newest' ? lists.flat() : lists.reverse().flat();
  return { results, counts: addCounts(tiers.map((t) => t.counts)), all: addCounts(tiers.map((t) => t.all)) };
}

/** One result as the list shows it. */
export interface ResultView {
  href: string;
  type: string;
  title: string;
  /** Pagefind's escaped excerpt with <mark> around matched words. */
  excerptHtml: string;
  where: string;
}

/**
 * A result's link, title and excerpt. A page result (a theme page) whose match lies under one of
 * its headings links to that heading, so the reader lands on the passage.
 */
export function resultView(d: PagefindData, terms: string[]): ResultView {
  const sub = d.sub_results?.find((s) => s.url !== d.url && s.excerpt.includes('<mark>'));
  const pageTitle = d.meta.title ?? d.url;
  return {
    href: withHighlight(sub?.url ?? d.url, terms),
    type: d.meta.type ?? 'Page',
    title: sub && sub.title !== pageTitle ? `${pageTitle}: ${sub.title}` : pageTitle,
    excerptHtml: sub?.excerpt ?? d.excerpt,
    where: [d.meta.publisher, d.meta.date?.slice(0, 7), d.meta.kind].filter(Boolean).join(' · '),
  };
}

/** The words of a result that Pagefind matched, as they are written in its text. */
export function matchedWords(d: Pick<PagefindData, 'content' | 'locations'>): string[] {
  const words = d.content.split(/\s+/).filter(Boolean);
  return [...new Set(d.locations.map((i) => words[i]).filter((w): w is string => w !== undefined))];
}
