import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Brief, Claim, Position, Theme } from '../../model';
import { positionsFileSchema } from '../../schemas/position';
import type { ThemeQuestion } from '../../schemas/theme';
import type { Problem } from '../problems';
import { parseYaml, zodIssuesToProblems } from '../yaml-source';

export const POSITIONS_DIR = 'content/positions';

/**
 * `content/positions/<brief>.yaml` + claims + themes → each brief's positions, checked: a position
 * answers a real question with one of its answers and rests on claims of its brief tagged with
 * that question; every such claim is cited by the position (as evidence or context); a brief with
 * claims on a question has a position on it. "Not addressed" is derived, never written.
 */
export function loadPositions(root: string, briefs: Brief[], themes: Theme[], claims: Claim[]): { positions: Position[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const positions: Position[] = [];
  const briefSlugs = new Set(briefs.map((b) => b.slug));
  const questions = new Map<string, ThemeQuestion>(themes.flatMap((t) => t.questions.map((q) => [q.id, q] as const)));
  const claimById = new Map(claims.map((c) => [c.id, c]));
  const fileOf = new Map<string, string>();
  const dir = join(root, POSITIONS_DIR);

  for (const name of existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => /\.ya?ml$/.test(f))
        .sort()
    : []) {
    const file = `${POSITIONS_DIR}/${name}`;
    const parsed = parseYaml(readFileSync(join(dir, name), 'utf8'), file);
    problems.push(...parsed.problems.map((p) => ({ ...p, code: 'position/yaml' })));
    if (!parsed.source) continue;
    const src = parsed.source;
    const result = positionsFileSchema.safeParse(src.data);
    if (!result.success) {
      problems.push(...zodIssuesToProblems(result.error.issues, file, src).map((p) => ({ ...p, code: 'position/schema' })));
      continue;
    }
    const { brief, positions: list } = result.data;
    const at = (path: PropertyKey[], code: string, message: string, fix: string): Problem => ({
      file,
      line: src.lineOf(path),
      field: path.join('.'),
      code,
      message,
      fix,
    });
    if (!briefSlugs.has(brief)) {
      problems.push(
        at(['brief'], 'position/unknown-brief', `unknown brief “${brief}”`, `use the slug of a file in content/briefs/: ${[...briefSlugs].join(', ')}`),
      );
      continue;
    }
    if (fileOf.has(brief)) {
      problems.push(
        at(['brief'], 'position/duplicate-file', `the positions of ${brief} are already in ${fileOf.get(brief)}`, 'keep one positions file per brief'),
      );
      continue;
    }
    fileOf.set(brief, file);
    const seen = new Set<string>();
    list.forEach((p, i) => {
      const path = (...rest: PropertyKey[]) => ['positions', i, ...rest];
      const q = questions.get(p.question);
      if (!q) {
        problems.push(
          at(path('question'), 'position/unknown-question', `unknown question “${p.question}”`, 'use a question id from a theme file in content/themes/'),
        );
        return;
      }
      if (seen.has(p.question))
        problems.push(at(path('question'), 'position/duplicate', `a second position on “${p.question}”`, 'keep one position per question'));
      seen.add(p.question);
      if (!q.answers.some((a) => a.id === p.answer))
        problems.push(
          at(
            path('answer'),
            'position/unknown-answer',
            `“${p.answer}” is not an answer of “${p.question}”`,
            `use one of: ${q.answers.map((a) => a.id).join(', ')}`,
          ),
        );
      for (const [key, ids] of [
        ['claims', p.claims],
        ['context', p.context],
      ] as const) {
        ids.forEach((id, j) => {
          const c = claimById.get(id);
          if (!c) problems.push(at(path(key, j), 'position/unknown-claim', `unknown claim “${id}”`, 'cite an existing claim id'));
          else if (c.brief !== brief)
            problems.push(at(path(key, j), 'position/other-brief', `${id} is a claim of ${c.brief}, not of ${brief}`, 'cite claims of this brief only'));
          else if (!c.questions.includes(p.question))
            problems.push(
              at(
                path(key, j),
                'position/untagged-claim',
                `${id} is not tagged with the question “${p.question}”`,
                `add ${p.question} to the claim’s questions, or cite another claim`,
              ),
            );
        });
      }
      for (const id of p.claims.filter((id) => p.context.includes(id)))
        problems.push(at(path('context'), 'position/claim-twice', `${id} is cited both as evidence and as context`, 'keep it in one list'));
      positions.push({ ...p, brief, file, line: src.lineOf(path()) });
    });
  }
  problems.push(...uncitedClaims(claims, positions, fileOf, questions));
  return { positions, problems };
}

/** Every claim tagged with a question is cited by its brief's position on that question. */
function uncitedClaims(claims: Claim[], positions: Position[], fileOf: Map<string, string>, questions: Map<string, ThemeQuestion>): Problem[] {
  const problems: Problem[] = [];
  const byKey = new Map(positions.map((p) => [`${p.brief}/${p.question}`, p]));
  const reported = new Set<string>();
  for (const c of claims) {
    for (const q of c.questions.filter((id) => questions.has(id))) {
      const p = byKey.get(`${c.brief}/${q}`);
      const file = fileOf.get(c.brief) ?? `${POSITIONS_DIR}/${c.brief}.yaml`;
      if (!p) {
        if (reported.has(`${c.brief}/${q}`)) continue;
        reported.add(`${c.brief}/${q}`);
        const tagged = claims.filter((x) => x.brief === c.brief && x.questions.includes(q)).map((x) => x.id);
        problems.push({
          file,
          code: 'position/missing',
          message: `${c.brief} has claims on “${q}” (${tagged.join(', ')}) but no position on it`,
          fix: `add a position with question: ${q}, an answer, a summary and the claims it rests on`,
        });
      } else if (!p.claims.includes(c.id) && !p.context.includes(c.id)) {
        problems.push({
          file: p.file,
          line: p.line,
          code: 'position/uncited-claim',
          message: `${c.id} is tagged with “${q}” but the position of ${c.brief} on it does not cite it`,
          fix: 'add it to the position’s claims (evidence) or context, or untag the claim',
        });
      }
    }
  }
  return problems;
}
