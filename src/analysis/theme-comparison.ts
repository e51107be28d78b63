import type { Brief, Claim, Theme } from '../model';

/** For one question: each brief (by date) with the claims that answer it; empty means silent. */
export interface QuestionComparison {
  id: string;
  text: string;
  columns: { brief: Brief; claims: Claim[] }[];
  addressedBy: number;
}

/**
 * Theme → its questions compared brief by brief, and the rest of its claims grouped by brief. The
 * theme's claims are grouped by brief once, so the work grows with briefs + claims, not their product.
 */
export function compareTheme(theme: Theme, briefs: Brief[], claims: Claim[]) {
  const inTheme = claims.filter((c) => c.themes.includes(theme.slug));
  const questionIds = new Set(theme.questions.map((q) => q.id));
  const byBrief = new Map<string, Claim[]>();
  for (const c of inTheme) {
    const list = byBrief.get(c.brief);
    if (list) list.push(c);
    else byBrief.set(c.brief, [c]);
  }
  const ofBrief = (brief: Brief) => byBrief.get(brief.slug) ?? [];
  const questions: QuestionComparison[] = theme.questions.map((q) => {
    const columns = briefs.map((brief) => ({ brief, claims: ofBrief(brief).filter((c) => c.questions.includes(q.id)) }));
    return { ...q, columns, addressedBy: columns.filter((c) => c.claims.length > 0).length };
  });
  const others = briefs
    .map((brief) => ({ brief, claims: ofBrief(brief).filter((c) => !c.questions.some((q) => questionIds.has(q))) }))
    .filter((g) => g.claims.length > 0);
  const figures = inTheme.flatMap((c) => c.figures.map((f) => ({ ...f, claim: c })));
  const perBrief = briefs.map((brief) => ({ brief, count: ofBrief(brief).length }));
  return { claims: inTheme, questions, others, figures, perBrief };
}
