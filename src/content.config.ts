import type { Brief, Claim, Corpus, Position, Theme } from './model';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import { coverageReport } from './pipeline/claims/coverage';
import { loadCorpus } from './pipeline/corpus';

let cached: { stamp: string; corpus: Corpus } | undefined;

/** Paths, sizes and modification times of every content file: changes when any input changes. */
function contentStamp(dir: string): string {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => {
      const path = join(e.parentPath, e.name);
      const { size, mtimeMs } = statSync(path);
      return `${path}:${size}:${mtimeMs}`;
    })
    .sort()
    .join('\n');
}

/** The corpus is read and checked once, shared by the collections, and read again only when content/ changes. */
function corpusOnce(): Corpus {
  const stamp = contentStamp(join(process.cwd(), 'content'));
  if (cached?.stamp !== stamp) cached = { stamp, corpus: loadCorpus(process.cwd()) };
  return cached.corpus;
}

/** A loader that stores one entry per item of the checked corpus. */
function corpusLoader<T extends object>(name: string, items: (c: Corpus) => T[], id: (item: T) => string, report = false): Loader {
  return {
    name,
    load: async ({ store, generateDigest, watcher, logger }) => {
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

/** Themes: front matter checked by `themeSchema`, synthesis parsed and checked against the positions. */
const themes = defineCollection({
  loader: corpusLoader<Theme>(
    'themes',
    (c) => c.themes,
    (t) => t.slug,
  ),
  schema: z.custom<Theme>(),
});

/** Positions: each brief's answer to each question it addresses. */
const positions = defineCollection({
  loader: corpusLoader<Position>(
    'positions',
    (c) => c.positions,
    (p) => `${p.brief}/${p.question}`,
  ),
  schema: z.custom<Position>(),
});

export const collections = { briefs, claims, themes, positions };
