/**
 * The checked corpus → everything pages show that is computed: lookups by slug and id, counts,
 * positions matrices, the theme × brief grid and the time line. Built once; pages only read it.
 */
import { formatPartialDate, shortPublicationDate, sortKey } from '../lib/dates';
import type { Brief, Claim, Corpus, Theme } from '../model';
import { briefNames } from '../pipeline/syntheses/brief-names';
import { positionsMatrix, type PositionRow } from './positions';
import { compareTheme } from './theme-comparison';
import { timeAxis, positionOnAxis, type TimeAxis } from './time-axis';

/** The US presidential election the question turns on: public record, and the line the time line divides at. */
const US_ELECTION = '2024-11-05';

export interface SiteData extends Corpus {
  /** The name prose and tables use for a brief ("RSIS"). */
  name(slug: string): string;
  /** A column head: the name and a short date ("on or after 11 November 2024"). */
  columnHead(brief: Brief): { name: string; date: string };
  /** "RSIS, 1 April 2025", "ORF, on or after 11 November 2024". */
  nameAndDate(slug: string): string;
  brief(slug: string): Brief;
  claim(id: string): Claim;
  theme(slug: string): Theme;
  claimsOfBrief(slug: string): Claim[];
  claimsOfTheme(slug: string): Claim[];
  /** Claims per brief slug. */
  claimCounts: Map<string, number>;
  /** Questions × briefs for a theme. */
  matrix(themeSlug: string): PositionRow[];
  comparison(themeSlug: string): ReturnType<typeof compareTheme>;
  /** Themes × briefs: the number of claims of each brief on each theme. */
  grid: { theme: Theme; counts: { brief: Brief; count: number }[]; total: number }[];
  timeline: {
    axis: TimeAxis;
    election: number;
    pins: { brief: Brief; at: number; exact: boolean; side: 'before' | 'after' }[];
  };
  /** Position (0–100) of an ISO date on the time line. */
  axisAt(date: string): number;
  /** The publication dates' range in words: ["March 2024", "1 April 2025"]. */
  span: [string, string];
}

/** Briefs in order of publication, oldest first. */
function byDate(briefs: Brief[]): Brief[] {
  return [...briefs].sort((x, y) => sortKey(x.meta.date).localeCompare(sortKey(y.meta.date)) || x.slug.localeCompare(y.slug));
}

/** Builds the site's data from the checked corpus. */
export function analyse(corpus: Corpus): SiteData {
  const briefs = byDate(corpus.briefs);
  const themes = [...corpus.themes].sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug));
  const names = briefNames(briefs);
  const bySlug = new Map(briefs.map((b) => [b.slug, b]));
  const claimById = new Map(corpus.claims.map((c) => [c.id, c]));
  const themeBySlug = new Map(themes.map((t) => [t.slug, t]));
  const get = <T>(m: Map<string, T>, key: string, what: string): T => {
    const v = m.get(key);
    if (v === undefined) throw new Error(`no ${what} “${key}”`);
    return v;
  };
  // Claims grouped once by brief and by theme: pages ask for these often, and a scan per call grows with briefs × claims.
  const byBrief = groupBy(corpus.claims, (c) => [c.brief]);
  const byTheme = groupBy(corpus.claims, (c) => c.themes);
  const claimsOfBrief = (slug: string) => byBrief.get(slug) ?? [];
  const claimsOfTheme = (slug: string) => byTheme.get(slug) ?? [];
  const matrices = new Map(themes.map((t) => [t.slug, positionsMatrix(t, briefs, corpus.positions, claimById)]));
  const axis = timeAxis(briefs.map((b) => sortKey(b.meta.date)));

  return {
    ...corpus,
    briefs,
    themes,
    name: (slug) => get(names, slug, 'brief'),
    nameAndDate: (slug) => {
      const b = get(bySlug, slug, 'brief');
      return `${names.get(slug)}, ${shortPublicationDate(b.meta.date)}`;
    },
    columnHead: (b) => ({ name: get(names, b.slug, 'brief'), date: shortPublicationDate(b.meta.date) }),
    brief: (slug) => get(bySlug, slug, 'brief'),
    claim: (id) => get(claimById, id, 'claim'),
    theme: (slug) => get(themeBySlug, slug, 'theme'),
    claimsOfBrief,
    claimsOfTheme,
    claimCounts: new Map(briefs.map((b) => [b.slug, claimsOfBrief(b.slug).length])),
    matrix: (slug) => get(matrices, slug, 'theme'),
    comparison: (slug) => compareTheme(get(themeBySlug, slug, 'theme'), briefs, corpus.claims),
    grid: themes.map((theme) => {
      const perBrief = groupBy(claimsOfTheme(theme.slug), (c) => [c.brief]);
      const counts = briefs.map((brief) => ({ brief, count: perBrief.get(brief.slug)?.length ?? 0 }));
      return { theme, counts, total: claimsOfTheme(theme.slug).length };
    }),
    timeline: {
      axis,
      election: positionOnAxis(US_ELECTION, axis),
      pins: briefs.map((brief) => ({
        brief,
        at: positionOnAxis(sortKey(brief.meta.date), axis),
        exact: brief.meta.date.precision === 'day',
        side: sortKey(brief.meta.date) < US_ELECTION ? 'before' : 'after',
      })),
    },
    axisAt: (date) => positionOnAxis(date, axis),
    span: [formatPartialDate(briefs[0]!.meta.date.value), formatPartialDate(briefs.at(-1)!.meta.date.value)],
  };
}

/** Items under each of the keys `keys(item)` gives, in input order. */
function groupBy<T>(items: T[], keys: (item: T) => string[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items)
    for (const k of keys(item)) {
      const group = out.get(k);
      if (group) group.push(item);
      else out.set(k, [item]);
    }
  return out;
}
