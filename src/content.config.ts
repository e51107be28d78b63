import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import type { Claim } from './pipeline/claims/load-claims';
import { coverageReport } from './pipeline/claims/coverage';
import { loadCorpus, type Corpus } from './pipeline/corpus';
import type { Brief } from './pipeline/load-briefs';
import { themeSchema } from './schemas/theme';

let corpus: Corpus | undefined;
/** The corpus is read and checked once per build, then shared by the collections. */
function corpusOnce(): Corpus {
  corpus ??= loadCorpus(process.cwd());
  return corpus;
}

/** A loader that stores one entry per item of the checked corpus. */
function corpusLoader<T extends object>(name: string, items: (c: Corpus) => T[], id: (item: T) => string, report = false): Loader {
  return {
    name,
    load: async ({ store, generateDigest, watcher, logger }) => {
      corpus = undefined;
      store.clear();
      if (report) for (const line of coverageReport(corpusOnce())) logger.info(line);
      for (const item of items(corpusOnce())) {
        const data = item as unknown as Record<string, unknown>;
        store.set({ id: id(item), data, digest: generateDigest(data) });
      }
      watcher?.add(`${process.cwd()}/content`);
    },
  };
}

/** Briefs: metadata validated by `briefMetaSchema`, text cleaned from the raw capture. */
const briefs = defineCollection({
  loader: corpusLoader<Brief>(
    'briefs',
    (c) => c.briefs,
    (b) => b.slug,
  ),
  schema: z.custom<Brief>(),
});

/** Claims: verified against the cleaned text and located by paragraph anchor. */
const claims = defineCollection({
  loader: corpusLoader<Claim>(
    'claims',
    (c) => c.claims,
    (c) => c.id,
    true,
  ),
  schema: z.custom<Claim>(),
});

/** Themes: front matter checked by `themeSchema`; the MDX body is the synthesis. */
const themes = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/themes' }),
  schema: themeSchema,
});

export const collections = { briefs, claims, themes };
