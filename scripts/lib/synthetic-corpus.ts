/**
 * A project copy's content → a made-up corpus of `n` briefs in its place, for the scaling benchmark:
 * the real briefs, claims, positions and raw captures are removed, the themes keep their questions,
 * and each theme's synthesis is rewritten from the new positions (the real ones link real claims).
 * The same seed always writes the same files.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadThemes } from '../../src/pipeline/themes/load-themes';
import { syntheticBrief, type SyntheticBrief } from './synthetic-brief';
import { synthesisMarkdown } from './synthetic-synthesis';
import { seededRandom } from './synthetic-text';

const KINDS = ['raw', 'briefs', 'claims', 'positions'] as const;

/** The corpus in memory: one entry per brief, and the name each goes by (as the site names it). */
export function syntheticBriefs(root: string, n: number, seed = 1): { briefs: SyntheticBrief[]; names: Map<string, string> } {
  const { themes, problems } = loadThemes(root);
  if (problems.some((p) => !p.code.startsWith('synthesis/')))
    throw new Error(`The themes of ${root} do not load: ${problems.map((p) => p.message).join('; ')}`);
  const next = seededRandom(seed);
  const briefs = Array.from({ length: n }, (_, i) => syntheticBrief(i, n, themes, next));
  const perPublisher = new Map<string, number>();
  for (const b of briefs) perPublisher.set(b.name.short, (perPublisher.get(b.name.short) ?? 0) + 1);
  const names = new Map(briefs.map((b) => [b.slug, perPublisher.get(b.name.short)! > 1 ? `${b.name.short} ${b.name.month}` : b.name.short]));
  return { briefs, names };
}

/** Replaces the content of the project at `root` with `n` made-up briefs; returns how many claims they hold. */
export function writeSyntheticCorpus(root: string, n: number, seed = 1): { briefs: number; claims: number } {
  const { briefs, names } = syntheticBriefs(root, n, seed);
  const content = join(root, 'content');
  for (const kind of KINDS) {
    rmSync(join(content, kind), { recursive: true, force: true });
    mkdirSync(join(content, kind), { recursive: true });
  }
  let claims = 0;
  for (const b of briefs) {
    writeFileSync(join(content, 'raw', b.raw.file), b.raw.text);
    writeFileSync(join(content, 'briefs', `${b.slug}.yaml`), b.meta);
    writeFileSync(join(content, 'claims', `${b.slug}.yaml`), b.claims);
    writeFileSync(join(content, 'positions', `${b.slug}.yaml`), b.positions);
    claims += (b.claims.match(/^ {2}- id: /gm) ?? []).length;
  }
  const { themes } = loadThemes(root);
  for (const t of themes) {
    const path = join(root, t.file);
    const frontMatter = /^---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(readFileSync(path, 'utf8'))![0];
    writeFileSync(path, frontMatter + synthesisMarkdown(t, briefs, names));
  }
  return { briefs: briefs.length, claims };
}
