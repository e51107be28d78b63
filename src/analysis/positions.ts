import type { Brief, Claim, Position, Theme } from '../model';
import type { Answer, ThemeQuestion } from '../schemas/theme';

/** One cell of the positions matrix: a brief's answer to a question, or its silence. */
export type PositionCell =
  | { brief: Brief; addressed: true; answer: Answer; answerIndex: number; summary: string; claims: Claim[]; context: Claim[] }
  | { brief: Brief; addressed: false };

/** One row of the matrix: a question, a cell per brief, and the briefs grouped by answer. */
export interface PositionRow {
  question: ThemeQuestion;
  cells: PositionCell[];
  /** Answers given, each with the briefs that give it, in the question's order. */
  groups: { answer: Answer; briefs: Brief[] }[];
  silent: Brief[];
}

/** Theme × briefs → the positions matrix: a row per question, a cell per brief (in the order given). */
export function positionsMatrix(theme: Theme, briefs: Brief[], positions: Position[], claimById: Map<string, Claim>): PositionRow[] {
  const byKey = new Map(positions.map((p) => [`${p.brief}/${p.question}`, p]));
  return theme.questions.map((question) => {
    const cells: PositionCell[] = briefs.map((brief) => {
      const p = byKey.get(`${brief.slug}/${question.id}`);
      if (!p) return { brief, addressed: false };
      const answerIndex = question.answers.findIndex((a) => a.id === p.answer);
      const claims = (ids: string[]) => ids.map((id) => claimById.get(id)!);
      return {
        brief,
        addressed: true,
        answer: question.answers[answerIndex]!,
        answerIndex,
        summary: p.summary,
        claims: claims(p.claims),
        context: claims(p.context),
      };
    });
    const groups = question.answers
      .map((answer) => ({ answer, briefs: cells.filter((c) => c.addressed && c.answer.id === answer.id).map((c) => c.brief) }))
      .filter((g) => g.briefs.length > 0);
    return { question, cells, groups, silent: cells.filter((c) => !c.addressed).map((c) => c.brief) };
  });
}
