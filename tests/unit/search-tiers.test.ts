// Search tiers: which briefs a first search covers, and how the tiers' results merge.
import { describe, expect, it } from 'vitest';
import { mergeTiers, type PagefindResult, type TierSearch } from '../../src/search/client/results';
import { splitTiers, tiersManifest, type TierInput } from '../../src/search/tiers';

const brief = (slug: string, date: string, records: number): TierInput => ({ slug, date, dateLabel: `label of ${date}`, records });
const BRIEFS = [brief('a', '2024-01-01', 40), brief('d', '2025-06-01', 30), brief('b', '2025-01-01', 50), brief('c', '2025-01-01', 20)];
const slugs = (bs: TierInput[]) => bs.map((b) => b.slug);

describe('splitting the briefs into search tiers', () => {
  it('puts the newest briefs that fit the budget first, the rest in the archive', () => {
    const split = splitTiers(BRIEFS, 100);
    expect(slugs(split.recent)).toEqual(['d', 'b', 'c']);
    expect(slugs(split.archive)).toEqual(['a']);
  });
  it('stops at the first brief that does not fit, so the first tier is the newest briefs without a gap', () => {
    // 30 + 50 = 80; "c" (20) would fit after it but "b" did not fit at 60.
    expect(slugs(splitTiers(BRIEFS, 60).recent)).toEqual(['d']);
  });
  it('counts the theme pages against the budget', () => {
    expect(slugs(splitTiers(BRIEFS, 110, 30).recent)).toEqual(['d', 'b']);
    expect(slugs(splitTiers(BRIEFS, 109, 30).recent)).toEqual(['d']);
  });
  it('keeps one index when everything fits, and always the newest brief', () => {
    expect(splitTiers(BRIEFS, 1000).archive).toEqual([]);
    expect(slugs(splitTiers(BRIEFS, 1).recent)).toEqual(['d']);
  });
  it('does not depend on the order the briefs arrive in', () => {
    expect(splitTiers([...BRIEFS].reverse(), 100)).toEqual(splitTiers(BRIEFS, 100));
  });
  it('refuses a budget that is not a positive whole number', () => {
    expect(() => splitTiers(BRIEFS, 0)).toThrow(/positive whole number/);
    expect(() => splitTiers(BRIEFS, Number.NaN)).toThrow(/positive whole number/);
  });
  it('tells the client how many briefs each tier holds and how far back the first goes', () => {
    expect(tiersManifest(splitTiers(BRIEFS, 100))).toEqual({
      briefs: 4,
      recent: { path: '/pagefind/', briefs: 3, records: 100, since: 'label of 2025-01-01' },
      archive: { path: '/pagefind-archive/', briefs: 1, records: 40 },
    });
    expect(tiersManifest(splitTiers(BRIEFS, 1000))).toMatchObject({ briefs: 4, recent: { briefs: 4, since: null }, archive: null });
  });
});

describe('merging the tiers’ results', () => {
  const result = (id: string, score: number): PagefindResult => ({
    id,
    score,
    data: async () => ({ url: id, content: '', locations: [], excerpt: '', meta: {} }),
  });
  const tier = (ids: [string, number][], counts: Record<string, number>): TierSearch => ({
    results: ids.map(([id, score]) => result(id, score)),
    counts: { brief: counts },
    all: { brief: Object.fromEntries(Object.keys(counts).map((k) => [k, 10])) },
  });
  const recent = tier(
    [
      ['r1', 0.5],
      ['r2', 0.1],
    ],
    { New: 2 },
  );
  const archive = tier(
    [
      ['a1', 0.9],
      ['a2', 0.2],
    ],
    { Old: 1, New: 1 },
  );
  const ids = (t: TierSearch) => t.results.map((r) => r.id);

  it('orders best matches by score across tiers', () => {
    expect(ids(mergeTiers([recent, archive], 'relevance'))).toEqual(['a1', 'r1', 'a2', 'r2']);
  });
  it('keeps date orders: the newer tier first for newest, last for oldest', () => {
    expect(ids(mergeTiers([recent, archive], 'newest'))).toEqual(['r1', 'r2', 'a1', 'a2']);
    expect(ids(mergeTiers([recent, archive], 'oldest'))).toEqual(['a1', 'a2', 'r1', 'r2']);
  });
  it('adds the filter counts of the tiers', () => {
    const merged = mergeTiers([recent, archive], 'relevance');
    expect(merged.counts).toEqual({ brief: { New: 3, Old: 1 } });
    expect(merged.all).toEqual({ brief: { New: 20, Old: 10 } });
  });
  it('leaves one tier as it is', () => {
    expect(ids(mergeTiers([recent], 'oldest'))).toEqual(['r1', 'r2']);
  });
});
