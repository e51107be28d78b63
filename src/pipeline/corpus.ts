import type { Corpus } from '../model';
import { loadClaims } from './claims/load-claims';
import { loadThemes } from './themes/load-themes';
import { loadBriefs } from './load-briefs';
import { loadPositions } from './positions/load-positions';
import { failOnProblems, type Problem } from './problems';
import { briefNames } from './syntheses/brief-names';
import { checkSynthesis } from './syntheses/check-synthesis';

/**
 * raw → cleaned → validated → claims → positions → checked syntheses: reads and checks every
 * input, then throws one ContentError listing all problems, or returns the corpus.
 */
export function loadCorpus(root: string): Corpus {
  const b = loadBriefs(root);
  const t = loadThemes(root);
  const c = loadClaims(root, b.briefs, t.themes);
  const p = loadPositions(root, b.briefs, t.themes, c.claims);
  const corpus: Corpus = { briefs: b.briefs, themes: t.themes, claims: c.claims, positions: p.positions };
  failOnProblems([...b.problems, ...t.problems, ...c.problems, ...p.problems, ...checkSyntheses(corpus)]);
  return corpus;
}

/** Every theme's synthesis checked against the claims and positions. */
function checkSyntheses(corpus: Corpus): Problem[] {
  const ctx = {
    briefs: corpus.briefs,
    names: briefNames(corpus.briefs),
    claims: new Map(corpus.claims.map((c) => [c.id, c])),
    positions: new Map(corpus.positions.map((p) => [`${p.brief}/${p.question}`, p])),
  };
  return corpus.themes.flatMap((t) => checkSynthesis(t, ctx));
}
