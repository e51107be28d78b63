// Build time only: an Astro integration that runs in Node after the pages are written.
import type { AstroIntegration } from 'astro';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { takeCorpus } from '../../lib/corpus-handoff';
import { loadCorpus } from '../../pipeline/corpus';
import { briefToRecords, claimToRecord } from './records';

/** Pagefind's ready-made interfaces (about 370 KB); the site has its own search client, so no page loads them. */
const UNUSED_UI = /^pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)$/;

function removeUnusedUi(dir: string): void {
  for (const file of readdirSync(dir)) if (UNUSED_UI.test(file)) rmSync(join(dir, file));
}

/**
 * Builds the Pagefind index after the site is written: the theme pages (the parts marked
 * `data-pagefind-body`), one record per paragraph of each brief and one per claim. Any Pagefind error fails the build.
 */
export default function pagefindIndex(): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const errors: string[] = [];
        try {
          const created = await pagefind.createIndex({ forceLanguage: 'en' });
          errors.push(...created.errors);
          const index = created.index;
          if (!index) throw new Error('Pagefind could not create an index');
          const pages = await index.addDirectory({ path: out });
          errors.push(...pages.errors);
          // The corpus the pages were built from (see corpus-handoff.ts); read afresh only if no page asked for it.
          const shared = takeCorpus();
          if (!shared) logger.warn('no page handed over the corpus: running the corpus pipeline again for the index');
          const { briefs, claims, themes } = shared ?? loadCorpus(process.cwd());
          const bySlug = new Map(briefs.map((b) => [b.slug, b]));
          // In address order, so the index files come out the same whatever order the corpus arrives in.
          const records = [
            ...briefs.flatMap((b) => briefToRecords(b, claims, themes)),
            ...claims.map((c) => claimToRecord(c, bySlug.get(c.brief)!, themes)),
          ].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
          for (const record of records) {
            const added = await index.addCustomRecord(record);
            errors.push(...added.errors);
          }
          const written = await index.writeFiles({ outputPath: `${out}pagefind` });
          errors.push(...written.errors);
          removeUnusedUi(join(out, 'pagefind'));
          logger.info(
            `indexed the theme pages (${pages.page_count} HTML files read), ${records.length - claims.length} paragraphs and ${claims.length} claims` +
              (shared ? ' from the corpus the pages were built from' : ''),
          );
        } finally {
          await pagefind.close();
        }
        if (errors.length > 0) throw new Error(`Pagefind failed:\n${errors.join('\n')}`);
      },
    },
  };
}
