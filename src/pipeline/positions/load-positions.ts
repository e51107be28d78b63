import type { Brief, Claim, Position, Theme } from '../../model';
import { positionSchema, positionsFileSchema } from '../../schemas/position';
import type { ThemeQuestion } from '../../schemas/theme';
import { problem, type Problem, type Where } from '../problems';
import { CATALOGUE } from '../problems/catalogue';
import { readYamlFolder, zodIssuesToProblems } from '../yaml-source';

const POSITIONS_DIR = 'content/positions';
const SCHEMA = 'src/schemas/position.ts';

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
  /** Brief → where its positions file puts its list of positions. */
  const listOf = new Map<string, Where>();
  for (const { file, source: src, data } of readYamlFolder(root, POSITIONS_DIR, positionsFileSchema, SCHEMA, problems)) {
    const { brief, positions: list } = data;
    if (!briefSlugs.has(brief)) {
      problems.push(problem(CATALOGUE.PositionUnknownBrief, src.at(['brief']), { brief, briefs: [...briefSlugs].join(', ') }));
      continue;
    }
    if (listOf.has(brief)) {
      problems.push(problem(CATALOGUE.PositionDuplicateFile, src.at(['brief']), { brief, other: listOf.get(brief)!.file }));
      continue;
    }
    listOf.set(brief, src.at(['positions']));
    const seen = new Set<string>();
    list.forEach((item, i) => {
      const at = (...rest: PropertyKey[]) => src.at(['positions', i, ...rest]);
      const parsedPosition = positionSchema.safeParse(item);
      if (!parsedPosition.success) {
        problems.push(...zodIssuesToProblems(parsedPosition.error.issues, src, SCHEMA, ['positions', i]));
        return;
      }
      const p = parsedPosition.data;
      const q = questions.get(p.question);
      if (!q) {
        problems.push(problem(CATALOGUE.PositionUnknownQuestion, at('question'), { question: p.question }));
        return;
      }
      if (seen.has(p.question)) problems.push(problem(CATALOGUE.PositionDuplicate, at('question'), { question: p.question }));
      seen.add(p.question);
      if (!q.answers.some((a) => a.id === p.answer))
        problems.push(
          problem(CATALOGUE.PositionUnknownAnswer, at('answer'), { answer: p.answer, question: p.question, answers: q.answers.map((a) => a.id).join(', ') }),
        );
      for (const [key, ids] of [
        ['claims', p.claims],
        ['context', p.context],
      ] as const) {
        ids.forEach((id, j) => {
          const c = claimById.get(id);
          if (!c) problems.push(problem(CATALOGUE.PositionUnknownClaim, at(key, j), { id }));
          else if (c.brief !== brief) problems.push(problem(CATALOGUE.PositionOtherBrief, at(key, j), { id, owner: c.brief, brief }));
          else if (!c.questions.includes(p.question)) problems.push(problem(CATALOGUE.PositionUntaggedClaim, at(key, j), { id, question: p.question }));
        });
      }
      p.context.forEach((id, j) => {
        if (p.claims.includes(id)) problems.push(problem(CATALOGUE.PositionClaimTwice, at('context', j), { id }));
      });
      positions.push({ ...p, brief, file, line: at().line });
    });
  }
  problems.push(...uncitedClaims(claims, positions, listOf, questions));
  return { positions, problems };
}

/** Every claim tagged with a question is cited by its brief's position on that question. */
function uncitedClaims(claims: Claim[], positions: Position[], listOf: Map<string, Where>, questions: Map<string, ThemeQuestion>): Problem[] {
  const problems: Problem[] = [];
  const byKey = new Map(positions.map((p) => [`${p.brief}/${p.question}`, p]));
  const reported = new Set<string>();
  for (const c of claims) {
    for (const q of c.questions.filter((id) => questions.has(id))) {
      const p = byKey.get(`${c.brief}/${q}`);
      if (!p) {
        if (reported.has(`${c.brief}/${q}`)) continue;
        reported.add(`${c.brief}/${q}`);
        const tagged = claims.filter((x) => x.brief === c.brief && x.questions.includes(q)).map((x) => x.id);
        const where = listOf.get(c.brief) ?? { file: `${POSITIONS_DIR}/${c.brief}.yaml`, field: ['positions'] };
        problems.push(problem(CATALOGUE.PositionMissing, where, { brief: c.brief, question: q, claims: tagged.join(', ') }));
      } else if (!p.claims.includes(c.id) && !p.context.includes(c.id)) {
        problems.push(problem(CATALOGUE.PositionUncitedClaim, { file: p.file, line: p.line }, { id: c.id, question: q, brief: c.brief }));
      }
    }
  }
  return problems;
}
