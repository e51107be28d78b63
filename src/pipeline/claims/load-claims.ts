import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Brief, Claim, Theme } from '../../model';
import { claimsFileSchema } from '../../schemas/claim';
import { normaliseSpace } from '../clean/text-to-lines';
import type { Problem } from '../problems';
import { parseYaml, zodIssuesToProblems } from '../yaml-source';
import { resolveQuote } from './resolve-quote';

export const CLAIMS_DIR = 'content/claims';

/** Claim files → claims verified against the themes and the briefs' cleaned text. */
export function loadClaims(root: string, briefs: Brief[], themes: Theme[]): { claims: Claim[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const claims: Claim[] = [];
  const bySlug = new Map(briefs.map((b) => [b.slug, b]));
  const themeBySlug = new Map(themes.map((t) => [t.slug, t]));
  const seenIds = new Map<string, string>();
  const seenFiles = new Map<string, string>();

  for (const name of readdirSync(join(root, CLAIMS_DIR))
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()) {
    const file = `${CLAIMS_DIR}/${name}`;
    const parsed = parseYaml(readFileSync(join(root, file), 'utf8'), file);
    problems.push(...parsed.problems);
    if (!parsed.source) continue;
    const src = parsed.source;
    const result = claimsFileSchema.safeParse(src.data);
    if (!result.success) {
      problems.push(...zodIssuesToProblems(result.error.issues, file, src));
      continue;
    }
    const at = (path: PropertyKey[], message: string, fix?: string): Problem => ({ file, line: src.lineOf(path), field: path.join('.'), message, fix });
    const brief = bySlug.get(result.data.brief);
    if (!brief) {
      problems.push(at(['brief'], `unknown brief “${result.data.brief}”`, `use the slug of a file in content/briefs/: ${[...bySlug.keys()].join(', ')}`));
      continue;
    }
    const other = seenFiles.get(brief.slug);
    if (other) problems.push(at(['brief'], `the claims of ${brief.slug} are already in ${other}`, 'keep one claims file per brief'));
    seenFiles.set(brief.slug, file);

    result.data.claims.forEach((c, i) => {
      const path = (...rest: PropertyKey[]) => ['claims', i, ...rest];
      let ok = true;
      const fail = (p: Problem) => {
        problems.push(p);
        ok = false;
      };
      const prev = seenIds.get(c.id);
      if (prev) fail(at(path('id'), `duplicate claim id “${c.id}” (also in ${prev})`, 'give the claim the next free number'));
      seenIds.set(c.id, file);
      if (!c.id.startsWith(brief.meta.code + '-')) fail(at(path('id'), `claim id “${c.id}” does not start with the brief code “${brief.meta.code}-”`));
      const claimThemes = c.themes.map((t) => themeBySlug.get(t));
      c.themes.forEach((t, j) => {
        if (!themeBySlug.has(t)) fail(at(path('themes', j), `unknown theme “${t}”`, `use one of: ${[...themeBySlug.keys()].join(', ')}`));
      });
      c.questions.forEach((q, j) => {
        if (!claimThemes.some((t) => t?.questions.some((tq) => tq.id === q))) {
          fail(
            at(
              path('questions', j),
              `question “${q}” is not a question of the claim’s themes (${c.themes.join(', ')})`,
              'add the theme, or use a question id from its theme file',
            ),
          );
        }
      });
      const quote = normaliseSpace(c.quote);
      c.figures.forEach((f, j) => {
        if (!quote.includes(normaliseSpace(f.text)))
          fail(at(path('figures', j, 'text'), `figure “${f.text}” is not in the quote`, 'copy the figure as written in the quote'));
      });
      const { found } = resolveQuote(c.quote, brief.cleaned.blocks);
      if (found.length === 0) {
        fail(
          at(
            path('quote'),
            `the quote of ${c.id} is not verbatim in the cleaned text of ${brief.slug}`,
            'copy it character for character from one paragraph of the reader page',
          ),
        );
      } else if (found.length > 1) {
        fail(
          at(
            path('quote'),
            `the quote of ${c.id} occurs ${found.length} times (${found.map((f) => '#' + f.blockId).join(', ')})`,
            'lengthen the quote until it is unique',
          ),
        );
      }
      if (ok) claims.push({ ...c, brief: brief.slug, ...found[0]! });
    });
  }
  problems.push(...checkEvents(claims));
  for (const t of themes) {
    if (t.required && !claims.some((c) => c.themes.includes(t.slug))) {
      problems.push({
        file: t.file,
        field: 'required',
        message: `the required theme “${t.slug}” has no claims`,
        fix: 'add claims for it, or make it not required',
      });
    }
  }
  return { claims, problems };
}

/** The same event id must carry the same date and the same label wherever it appears. */
function checkEvents(claims: Claim[]): Problem[] {
  const first = new Map<string, { date: string; label: string; claim: string }>();
  const problems: Problem[] = [];
  for (const c of claims) {
    for (const e of c.events) {
      const seen = first.get(e.id);
      const at = { file: `${CLAIMS_DIR}/${c.brief}.yaml`, field: `${c.id}.events` };
      if (!seen) first.set(e.id, { date: e.date, label: e.label, claim: c.id });
      else if (seen.date !== e.date)
        problems.push({ ...at, message: `event “${e.id}” is dated ${e.date} here but ${seen.date} in ${seen.claim}`, fix: 'use one date for one event' });
      else if (seen.label !== e.label)
        problems.push({
          ...at,
          message: `event “${e.id}” is labelled “${e.label}” here but “${seen.label}” in ${seen.claim}`,
          fix: 'use one label for one event',
        });
    }
  }
  return problems;
}
