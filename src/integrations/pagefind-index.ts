import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { loadCorpus } from '../pipeline/corpus';
import { claimToRecord } from '../search/claim-records';

/**
 * Builds the Pagefind index after the site is written: the reader and theme pages (the parts marked
 * `data-pagefind-body`) plus one custom record per claim. Any Pagefind error fails the build.
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
          const { briefs, claims, themes } = loadCorpus(process.cwd());
          const bySlug = new Map(briefs.map((b) => [b.slug, b]));
          for (const claim of claims) {
            const added = await index.addCustomRecord(claimToRecord(claim, bySlug.get(claim.brief)!, themes));
            errors.push(...added.errors);
          }
          const written = await index.writeFiles({ outputPath: `${out}pagefind` });
          errors.push(...written.errors);
          logger.info(`indexed ${pages.page_count} pages and ${claims.length} claims`);
        } finally {
          await pagefind.close();
        }
        if (errors.length > 0) throw new Error(`Pagefind failed:\n${errors.join('\n')}`);
      },
    },
  };
}
