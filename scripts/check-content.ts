/**
 * Reads and checks every content file the way the build does, without building the site: prints
 * each problem with its file and line, and exits 1 if there is any. `npm run check:content`.
 */
import { loadCorpus } from '../src/pipeline/corpus';
import { ContentError } from '../src/pipeline/problems';

try {
  const corpus = loadCorpus(process.cwd());
  console.log(`Content is consistent: ${corpus.briefs.length} briefs, ${corpus.claims.length} claims, ${corpus.themes.length} themes.`);
} catch (e) {
  if (!(e instanceof ContentError)) throw e;
  console.error(e.message);
  process.exitCode = 1;
}
