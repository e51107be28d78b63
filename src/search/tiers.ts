/**
 * Search tiers: which briefs a first search covers, and which wait until the reader asks for all.
 *
 * Pagefind's metadata file, loaded by every first search, lists every record of its index, so a
 * first search grows with the corpus (see docs/scaling.md). Once the corpus has more records than
 * a budget, the newest briefs that fit the budget get an index of their own (`/pagefind/`, with
 * the theme pages) and the older ones a second index (`/pagefind-archive/`), loaded only when a
 * reader widens the search. Below the budget there is one index and nothing changes for readers.
 *
 * Used at build time (the split) and in the browser (the manifest's shape); pure, no I/O.
 */

/** Written next to the first index as `/pagefind/<SEARCH_TIERS_FILE>`. */
export const SEARCH_TIERS_FILE = 'search-tiers.json';

/** Where each tier's Pagefind bundle is served. */
export const TIER_PATHS = { recent: '/pagefind/', archive: '/pagefind-archive/' } as const;

/** The tiers' folders in the built site (`pagefind`, `pagefind-archive`): search files, not pages. */
export const TIER_FOLDERS: readonly string[] = Object.values(TIER_PATHS).map((p) => p.slice(1, -1));

/** What the search client is told about the tiers. */
export interface SearchTiersManifest {
  /** Briefs in the whole corpus. */
  briefs: number;
  /** The first index: the newest briefs and the theme pages. */
  recent: { path: string; briefs: number; records: number; since: string | null };
  /** The older briefs, or null when the first index holds every brief. */
  archive: { path: string; briefs: number; records: number } | null;
}

/** A brief as the split sees it. */
export interface TierInput {
  slug: string;
  /** Sortable date (`sortKey`): the newest briefs go first. */
  date: string;
  /** How the date reads on the page, for "back to March 2026". */
  dateLabel: string;
  /** Search records of the brief: its paragraphs and its claims. */
  records: number;
}

export interface TierSplit {
  recent: TierInput[];
  archive: TierInput[];
}

/** Newest first; briefs of one date by address, so the split never depends on input order. */
const newestFirst = (a: TierInput, b: TierInput) => (a.date === b.date ? (a.slug < b.slug ? -1 : 1) : a.date > b.date ? -1 : 1);

/**
 * Splits the briefs: the newest go into the first tier while its records (plus `fixedRecords`,
 * the theme pages) stay within `budget`; the newest brief always does, whatever its size.
 */
export function splitTiers(briefs: TierInput[], budget: number, fixedRecords = 0): TierSplit {
  if (!Number.isInteger(budget) || budget < 1) throw new Error(`the search tier budget must be a positive whole number of records, not ${budget}`);
  const sorted = [...briefs].sort(newestFirst);
  let used = fixedRecords;
  let cut = 0;
  while (cut < sorted.length && (cut === 0 || used + sorted[cut]!.records <= budget)) used += sorted[cut++]!.records;
  return { recent: sorted.slice(0, cut), archive: sorted.slice(cut) };
}

/** The manifest the client reads, from a split. */
export function tiersManifest(split: TierSplit): SearchTiersManifest {
  const sum = (bs: TierInput[]) => bs.reduce((n, b) => n + b.records, 0);
  const oldest = split.recent.at(-1);
  return {
    briefs: split.recent.length + split.archive.length,
    recent: {
      path: TIER_PATHS.recent,
      briefs: split.recent.length,
      records: sum(split.recent),
      since: split.archive.length && oldest ? oldest.dateLabel : null,
    },
    archive: split.archive.length ? { path: TIER_PATHS.archive, briefs: split.archive.length, records: sum(split.archive) } : null,
  };
}
