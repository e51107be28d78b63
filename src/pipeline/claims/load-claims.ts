import type { Brief, Claim, Theme } from '../../model';
import { claimSchema, claimsFileSchema, type ClaimInput } from '../../schemas/claim';
import { normaliseSpace } from '../clean/text-to-lines';
import { problem, type Problem, type Where } from '../problems';
import { CATALOGUE } from '../problems/catalogue';
import { readYamlFolder, zodIssuesToProblems } from '../yaml-source';
import { describeChar, invisibleCharacter, quoteDivergence, resolveQuote, type QuoteLocation } from './resolve-quote';

const CLAIMS_DIR = 'content/claims';
const SCHEMA = 'src/schemas/claim.ts';

/** Where each claim was read, for problems found once all claims are in. */
type Origins = Map<string, { file: string; at: (path: PropertyKey[]) => Where }>;

/** Claim files → claims verified against the themes and the briefs' cleaned text. */
export function loadClaims(root: string, briefs: Brief[], themes: Theme[]): { claims: Claim[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const claims: Claim[] = [];
  const bySlug = new Map(briefs.map((b) => [b.slug, b]));
  const themeBySlug = new Map(themes.map((t) => [t.slug, t]));
  const origins: Origins = new Map();
  const seenFiles = new Map<string, string>();
  const seenIds = new Map<string, string>();

  for (const { file, source: src, data } of readYamlFolder(root, CLAIMS_DIR, claimsFileSchema, SCHEMA, problems)) {
    const brief = bySlug.get(data.brief);
    if (!brief) {
      problems.push(problem(CATALOGUE.ClaimsUnknownBrief, src.at(['brief']), { brief: data.brief, briefs: [...bySlug.keys()].join(', ') }));
      continue;
    }
    const other = seenFiles.get(brief.slug);
    if (other) problems.push(problem(CATALOGUE.ClaimsDuplicateFile, src.at(['brief']), { brief: brief.slug, other }));
    seenFiles.set(brief.slug, file);
    const quoted = new Map<string, string>();

    data.claims.forEach((item, i) => {
      const at = (...rest: PropertyKey[]) => src.at(['claims', i, ...rest]);
      const parsedClaim = claimSchema.safeParse(item);
      if (!parsedClaim.success) {
        problems.push(...zodIssuesToProblems(parsedClaim.error.issues, src, SCHEMA, ['claims', i]));
        return;
      }
      const c = parsedClaim.data;
      const found = checkClaim(c, brief, themeBySlug, at, seenIds.get(c.id));
      seenIds.set(c.id, file);
      if (found.problems.length > 0) {
        problems.push(...found.problems);
        return;
      }
      const location = found.location!;
      const key = `${location.blockId}:${location.start}:${location.end}`;
      const twin = quoted.get(key);
      if (twin) problems.push(problem(CATALOGUE.QuoteTwice, at('quote'), { id: c.id, other: twin }));
      quoted.set(key, c.id);
      origins.set(c.id, { file, at: (path) => src.at(['claims', i, ...path]) });
      claims.push({ ...c, brief: brief.slug, ...location });
    });
  }
  problems.push(...checkEvents(claims, origins));
  for (const t of themes) {
    if (t.required && !claims.some((c) => c.themes.includes(t.slug)))
      problems.push(problem(CATALOGUE.RequiredNoClaims, { file: t.file, field: ['required'] }, { slug: t.slug }));
  }
  return { claims, problems };
}

/** One claim against its brief and the themes: id (`sameIdIn`: the file that already has it), themes, questions, figures, and its quote located once in a paragraph. */
function checkClaim(
  c: ClaimInput,
  brief: Brief,
  themeBySlug: Map<string, Theme>,
  at: (...path: PropertyKey[]) => Where,
  sameIdIn: string | undefined,
): { problems: Problem[]; location?: QuoteLocation } {
  const problems: Problem[] = [];
  if (sameIdIn) problems.push(problem(CATALOGUE.ClaimDuplicateId, at('id'), { id: c.id, other: sameIdIn }));
  if (!c.id.startsWith(brief.meta.code + '-')) problems.push(problem(CATALOGUE.ClaimIdPrefix, at('id'), { id: c.id, code: brief.meta.code }));
  const claimThemes = c.themes.map((t) => themeBySlug.get(t));
  c.themes.forEach((t, j) => {
    if (!themeBySlug.has(t)) problems.push(problem(CATALOGUE.ClaimUnknownTheme, at('themes', j), { theme: t, themes: [...themeBySlug.keys()].join(', ') }));
  });
  c.questions.forEach((q, j) => {
    if (!claimThemes.some((t) => t?.questions.some((tq) => tq.id === q)))
      problems.push(problem(CATALOGUE.ClaimUnknownQuestion, at('questions', j), { question: q, themes: c.themes.join(', ') }));
  });
  const quote = normaliseSpace(c.quote);
  c.figures.forEach((f, j) => {
    if (!quote.includes(normaliseSpace(f.text))) problems.push(problem(CATALOGUE.FigureNotInQuote, at('figures', j, 'text'), { figure: f.text }));
  });
  const invisible = invisibleCharacter(c.quote);
  if (invisible) return { problems: [...problems, problem(CATALOGUE.QuoteInvisible, at('quote'), { id: c.id, ...invisible })] };
  const { found, inHeadings } = resolveQuote(c.quote, brief.cleaned.blocks);
  if (found.length === 1) return { problems, location: found[0]! };
  if (found.length > 1) {
    problems.push(problem(CATALOGUE.QuoteAmbiguous, at('quote'), { id: c.id, count: found.length, blocks: found.map((f) => '#' + f.blockId).join(', ') }));
  } else if (inHeadings.length > 0) {
    problems.push(problem(CATALOGUE.QuoteInHeading, at('quote'), { id: c.id, block: inHeadings[0]! }));
  } else {
    problems.push(notVerbatim(c, brief, at('quote')));
  }
  return { problems };
}

/** A quote not in the text, with where it stops matching and, where the difference is a known look-alike, what it is. */
function notVerbatim(c: ClaimInput, brief: Brief, where: Where): Problem {
  const d = quoteDivergence(c.quote, brief.cleaned.blocks);
  if (!d) return problem(CATALOGUE.QuoteNotInText, where, { id: c.id, brief: brief.slug });
  const entry = {
    'quote-marks': CATALOGUE.QuoteMarksDiffer,
    dashes: CATALOGUE.QuoteDashesDiffer,
    'unicode-form': CATALOGUE.QuoteUnicodeForm,
    other: CATALOGUE.QuoteNotVerbatim,
  }[d.kind];
  return problem(entry, where, {
    id: c.id,
    brief: brief.slug,
    matched: d.matched,
    context: d.context,
    block: d.block,
    quoteChar: describeChar(d.quoteChar),
    textChar: describeChar(d.textChar),
  });
}

/** The same event id must carry the same date and the same label wherever it appears. */
function checkEvents(claims: Claim[], origins: Origins): Problem[] {
  const first = new Map<string, { date: string; label: string; claim: string; file: string }>();
  const problems: Problem[] = [];
  for (const c of claims) {
    const origin = origins.get(c.id)!;
    c.events.forEach((e, j) => {
      const seen = first.get(e.id);
      const at = origin.at(['events', j, seen && seen.date !== e.date ? 'date' : 'label']);
      if (!seen) first.set(e.id, { date: e.date, label: e.label, claim: c.id, file: origin.file });
      else if (seen.date !== e.date)
        problems.push(problem(CATALOGUE.EventDateConflict, at, { event: e.id, date: e.date, otherDate: seen.date, other: seen.claim, otherFile: seen.file }));
      else if (seen.label !== e.label)
        problems.push(
          problem(CATALOGUE.EventLabelConflict, at, { event: e.id, label: e.label, otherLabel: seen.label, other: seen.claim, otherFile: seen.file }),
        );
    });
  }
  return problems;
}
