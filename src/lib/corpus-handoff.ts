import type { Corpus } from '../model';

/*
 * During `astro build` the pages and the integrations run in one Node process but not in one module
 * graph: the pages are a Vite bundle, the integrations come from astro.config.mjs. A module-level
 * variable would exist twice, so the corpus the pages read is handed over on globalThis, under a
 * registered symbol that no other code uses. The Pagefind integration then indexes exactly what the
 * pages show, without running the corpus pipeline a second time.
 */
const KEY = Symbol.for('japan-trump2-briefs.corpus');
type Holder = { [KEY]?: Corpus };

/** Called by the pages once they have the corpus. */
export function handOverCorpus(corpus: Corpus): void {
  (globalThis as Holder)[KEY] = corpus;
}

/** The corpus the pages of this build read, if any page has read it. */
export function takeCorpus(): Corpus | undefined {
  return (globalThis as Holder)[KEY];
}
