import type { Brief, Claim, Theme } from '../model';
import { stringify } from 'csv-stringify/sync';
import type { PositionRow } from '../analysis/positions';
import { NOT_ADDRESSED } from '../schemas/theme';
import { wordCount } from './briefs';
import { briefUrl, claimInContextUrl, themeUrl } from './urls';

/** Claims in the published shape (see `claimExportSchema`). */
export function claimsForExport(claims: Claim[], site: URL) {
  return claims.map(({ start: _s, end: _e, blockId, ...c }) => ({
    id: c.id,
    brief: c.brief,
    quote: c.quote,
    paragraph: blockId,
    url: new URL(claimInContextUrl(c.brief, c.id), site).href,
    statement: c.statement,
    kind: c.kind,
    themes: c.themes,
    questions: c.questions,
    ...(c.speaker ? { speaker: c.speaker } : {}),
    figures: c.figures,
    events: c.events,
  }));
}

/**
 * One row per claim; lists joined with "; ". A UTF-8 BOM makes Excel read ’ “ ” as UTF-8, and a cell
 * starting with = + - @ or a tab is prefixed with ' so a spreadsheet shows it rather than running it
 * (OWASP's CSV-injection advice); quotes are verbatim, so one may one day start with "-".
 */
export function claimsToCsv(claims: ReturnType<typeof claimsForExport>): string {
  return stringify(
    claims.map((c) => ({
      id: c.id,
      brief: c.brief,
      kind: c.kind,
      themes: c.themes.join('; '),
      questions: c.questions.join('; '),
      statement: c.statement,
      quote: c.quote,
      speaker: c.speaker ? [c.speaker.name, c.speaker.role].filter(Boolean).join(', ') : '',
      paragraph: c.paragraph,
      url: c.url,
    })),
    { header: true, bom: true, escape_formulas: true },
  );
}

export function briefsForExport(briefs: Brief[], claims: Claim[], site: URL) {
  const counts = new Map<string, number>();
  for (const c of claims) counts.set(c.brief, (counts.get(c.brief) ?? 0) + 1);
  return briefs.map((b) => ({
    slug: b.slug,
    url: new URL(briefUrl(b.slug), site).href,
    words: wordCount(b),
    claims: counts.get(b.slug) ?? 0,
    meta: publicMeta(b),
  }));
}

export function themesForExport(themes: Theme[], claims: Claim[], site: URL) {
  return themes.map(({ file: _f, synthesis: _s, ...t }) => ({
    ...t,
    url: new URL(themeUrl(t.slug), site).href,
    claims: claims.filter((c) => c.themes.includes(t.slug)).map((c) => c.id),
  }));
}

/** Metadata without the cleaning settings, which are build instructions rather than facts about the brief. */
function publicMeta(b: Brief) {
  const { cleaning: _c, ...meta } = b.meta;
  return meta;
}

/** Every theme question × every brief: the brief's answer, or “not-addressed” where it has no claim on the question. */
export function positionsForExport(matrices: { theme: Theme; rows: PositionRow[] }[], site: URL) {
  return matrices.flatMap(({ theme, rows }) =>
    rows.flatMap((row) =>
      row.cells.map((cell) => ({
        theme: theme.slug,
        question: row.question.id,
        brief: cell.brief.slug,
        answer: cell.addressed ? cell.answer.id : NOT_ADDRESSED,
        label: cell.addressed ? cell.answer.label : 'Not addressed',
        summary: cell.addressed ? cell.summary : null,
        claims: cell.addressed ? cell.claims.map((c) => c.id) : [],
        context: cell.addressed ? cell.context.map((c) => c.id) : [],
        url: new URL(`${themeUrl(theme.slug)}#${row.question.id}`, site).href,
      })),
    ),
  );
}
