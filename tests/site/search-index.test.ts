// The search index as built for the corpus in content/: its tiers' manifest agrees with the index.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RECENT_RECORDS } from '../../src/search/index/pagefind-index.ts';
import { SEARCH_TIERS_FILE, type SearchTiersManifest } from '../../src/search/tiers.ts';
import { DIST } from './dist.ts';
import { openData } from './open-data.ts';

const manifest = JSON.parse(readFileSync(join(DIST, 'pagefind', SEARCH_TIERS_FILE), 'utf8')) as SearchTiersManifest;
const briefs = openData(DIST, 'briefs.json');
const themes = openData(DIST, 'themes.json');
/** Records Pagefind wrote for an index folder, from its entry file. */
const pageCount = (dir: string) =>
  (JSON.parse(readFileSync(join(DIST, dir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> }).languages['en']!
    .page_count;

describe('the search index', () => {
  it('counts every brief in its tiers', () => {
    expect(manifest.briefs).toBe(briefs.length);
    expect(manifest.recent.briefs + (manifest.archive?.briefs ?? 0)).toBe(briefs.length);
  });
  it('holds in its first tier what the manifest says: the records of its briefs and the theme pages', () => {
    expect(pageCount('pagefind')).toBe(manifest.recent.records + themes.length);
  });
  it('has an archive exactly when the corpus does not fit one first-search index', () => {
    const total = briefs.reduce((n, b) => n + b.claims, 0);
    expect(existsSync(join(DIST, 'pagefind-archive'))).toBe(manifest.archive !== null);
    if (manifest.archive) {
      // The newest brief is searched first whatever its size; below it, the budget holds.
      if (manifest.recent.briefs > 1) expect(manifest.recent.records + themes.length).toBeLessThanOrEqual(RECENT_RECORDS);
      expect(pageCount('pagefind-archive')).toBe(manifest.archive.records);
      expect(manifest.recent.since).toMatch(/\d{4}/);
    } else {
      expect(manifest.recent.records).toBeGreaterThanOrEqual(total);
      expect(manifest.recent.since).toBeNull();
    }
  });
});
