// Build time only: an Astro integration that runs in Node after the pages are written.
import type { AstroIntegration } from 'astro';
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { takeCorpus } from '../../lib/corpus-handoff';
import { shortPublicationDate, sortKey } from '../../lib/dates';
import type { Corpus } from '../../model';
import { loadCorpus } from '../../pipeline/corpus';
import { SEARCH_TIERS_FILE, splitTiers, TIER_PATHS, tiersManifest, type SearchTiersManifest } from '../tiers';
import { briefToRecords, claimToRecord, type SearchRecord } from './records';

/** Pagefind's ready-made interfaces (about 370 KB); the site has its own search client, so no page loads them. */
const UNUSED_UI = /^pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)$/;

/**
 * Records a first search may cover: with the 89 KB of Pagefind's code, a first search stays near
 * 150 KB (measured with `npm run bench:scale`, see docs/scaling.md).
 */
export const RECENT_RECORDS = 3000;

export interface SearchIndexOptions {
  /** Records (paragraphs, claims, theme pages) the first index may hold before older briefs move to the archive. */
  recentRecords?: number;
}

export interface WrittenSearchIndex {
  manifest: SearchTiersManifest;
  /** Brief slugs of each tier, newest first. */
  tiers: { recent: string[]; archive: string[] };
  themePages: number;
  paragraphs: number;
  claims: number;
}

function removeUnusedUi(dir: string): void {
  for (const file of readdirSync(dir)) if (UNUSED_UI.test(file)) rmSync(join(dir, file));
}

/** In address order, so the index files come out the same whatever order the corpus arrives in. */
const byUrl = (a: SearchRecord, b: SearchRecord) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0);

/**
 * Writes the search index of the built site in `out` (a folder ending in `/`): the theme pages
 * (the parts marked `data-pagefind-body`), one record per paragraph of each brief and one per
 * claim, split into tiers (`../tiers.ts`), and the tiers' manifest. Collects Pagefind's errors and
 * throws them together.
 */
export async function writeSearchIndex(
  out: string,
  corpus: Pick<Corpus, 'briefs' | 'claims' | 'themes'>,
  options: SearchIndexOptions = {},
): Promise<WrittenSearchIndex> {
  const { briefs, claims, themes } = corpus;
  const errors: string[] = [];
  const newIndex = async () => {
    const created = await pagefind.createIndex({ forceLanguage: 'en' });
    errors.push(...created.errors);
    if (!created.index) throw new Error(`Pagefind could not create an index:\n${errors.join('\n')}`);
    return created.index;
  };
  try {
    const recent = await newIndex();
    const pages = await recent.addDirectory({ path: out });
    errors.push(...pages.errors);
    const claimsOf = Map.groupBy(claims, (c) => c.brief);
    const recordsOf = new Map(
      briefs.map((b) => {
        const own = claimsOf.get(b.slug) ?? [];
        return [b.slug, [...briefToRecords(b, own, themes), ...own.map((c) => claimToRecord(c, b, themes))]] as const;
      }),
    );
    const split = splitTiers(
      briefs.map((b) => ({ slug: b.slug, date: sortKey(b.meta.date), dateLabel: shortPublicationDate(b.meta.date), records: recordsOf.get(b.slug)!.length })),
      options.recentRecords ?? RECENT_RECORDS,
      // Of the HTML files read, only the theme pages are indexed (they alone mark a `data-pagefind-body`).
      themes.length,
    );
    const tiers: { index: typeof recent; briefs: typeof split.recent; path: string }[] = [{ index: recent, briefs: split.recent, path: TIER_PATHS.recent }];
    if (split.archive.length) tiers.push({ index: await newIndex(), briefs: split.archive, path: TIER_PATHS.archive });
    for (const tier of tiers) {
      const records = tier.briefs.flatMap((b) => recordsOf.get(b.slug)!).sort(byUrl);
      for (const record of records) errors.push(...(await tier.index.addCustomRecord(record)).errors);
      const dir = join(out, tier.path);
      errors.push(...(await tier.index.writeFiles({ outputPath: dir })).errors);
      removeUnusedUi(dir);
    }
    if (errors.length > 0) throw new Error(`Pagefind failed:\n${errors.join('\n')}`);
    const manifest = tiersManifest(split);
    writeFileSync(join(out, TIER_PATHS.recent, SEARCH_TIERS_FILE), JSON.stringify(manifest));
    const recordCount = [...recordsOf.values()].reduce((n, r) => n + r.length, 0);
    const tierSlugs = { recent: split.recent.map((b) => b.slug), archive: split.archive.map((b) => b.slug) };
    return { manifest, tiers: tierSlugs, themePages: pages.page_count, paragraphs: recordCount - claims.length, claims: claims.length };
  } finally {
    await pagefind.close();
  }
}

/** The Astro integration: writes the search index after the pages, from the corpus the pages were built from. */
export default function pagefindIndex(options: SearchIndexOptions = {}): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        // The corpus the pages were built from (see corpus-handoff.ts); read afresh only if no page asked for it.
        const shared = takeCorpus();
        if (!shared) logger.warn('no page handed over the corpus: running the corpus pipeline again for the index');
        const written = await writeSearchIndex(fileURLToPath(dir), shared ?? loadCorpus(process.cwd()), options);
        const { recent, archive } = written.manifest;
        logger.info(
          `indexed the theme pages (${written.themePages} HTML files read), ${written.paragraphs} paragraphs and ${written.claims} claims` +
            (shared ? ' from the corpus the pages were built from' : '') +
            (archive
              ? `; first search: the ${recent.briefs} newest briefs (${recent.records} records), archive: ${archive.briefs} briefs (${archive.records} records)`
              : `; one index (${recent.records} records, under the ${options.recentRecords ?? RECENT_RECORDS} of a first search)`),
        );
      },
    },
  };
}
