import type { Brief, Claim, Theme } from '../model';

/** For one question: each brief (by date) with the claims that answer it; empty means silent. */
export interface QuestionComparison {
  id: string;
  text: string;
  columns: { brief: Brief; claims: Claim[] }[];
  addressedBy: number;
}

/** Theme → its questions compared brief by brief, and the rest of its claims grouped by brief. */
export function compareTheme(theme: Theme, briefs: Brief[], claims: Claim[]) {
  const inTheme = claims.filter((c) => c.themes.includes(theme.slug));
  const questionIds = new Set(theme.questions.map((q) => q.id));
  const questions: QuestionComparison[] = theme.questions.map((q) => {
    const columns = briefs.map((brief) => ({ brief, claims: inTheme.filter((c) => c.brief === brief.slug && c.questions.includes(q.id)) }));
    return { ...q, columns, addressedBy: columns.filter((c) => c.claims.length > 0).length };
  });
  const others = briefs
    .map((brief) => ({ brief, claims: inTheme.filter((c) => c.brief === brief.slug && !c.questions.some((q) => questionIds.has(q))) }))
    .filter((g) => g.claims.length > 0);
  const figures = inTheme.flatMap((c) => c.figures.map((f) => ({ ...f, claim: c })));
  const perBrief = briefs.map((brief) => ({ brief, count: inTheme.filter((c) => c.brief === brief.slug).length }));
  return { claims: inTheme, questions, others, figures, perBrief };
}
