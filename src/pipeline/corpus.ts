import { loadClaims, type Claim } from './claims/load-claims';
import { loadThemes, type Theme } from './claims/load-themes';
import { loadBriefs, type Brief } from './load-briefs';
import { failOnProblems } from './problems';

/** Everything the site is built from, validated together. */
export interface Corpus {
  briefs: Brief[];
  themes: Theme[];
  claims: Claim[];
}

/**
 * raw → cleaned → validated → claims: reads and checks every input, then throws one ContentError
 * listing all problems, or returns the corpus.
 */
export function loadCorpus(root: string): Corpus {
  const b = loadBriefs(root);
  const t = loadThemes(root);
  const c = loadClaims(root, b.briefs, t.themes);
  failOnProblems([...b.problems, ...t.problems, ...c.problems]);
  return { briefs: b.briefs, themes: t.themes, claims: c.claims };
}
