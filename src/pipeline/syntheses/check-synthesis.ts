/**
 * A theme's synthesis + the claims and positions → problems: every sentence must be true of what it
 * links. Briefs named are linked (or shown silent on a linked question); quantifiers agree with the
 * links and the positions; “agree” and “differ” sentences link briefs with the same or different
 * answers; no count of briefs is typed, so a new brief cannot make a sentence silently false.
 */
import type { Brief, Claim, Position, SynthesisSectionKind, SynthesisSentence, Theme } from '../../model';
import { problem, type Params, type Problem, type ProblemEntry } from '../problems';
import { CATALOGUE as C } from '../problems/catalogue';
import { nameFinder, type NameFinder } from './brief-names';

export interface SynthesisContext {
  briefs: Brief[];
  /** Slug → the name prose uses for the brief. */
  names: Map<string, string>;
  claims: Map<string, Claim>;
  /** `${brief}/${question}` → position. */
  positions: Map<string, Position>;
}

const NUMBER = '(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,2})';
const QUANTIFIERS = {
  all: /\b(?:all|every|each)(?: one)?(?: of)?(?: the| these)? (?:briefs?|analys[ie]s|authors|sources|of them)\b|\ball of them\b/i,
  count: new RegExp(`\\b${NUMBER} (?:of (?:the|them|these|those)\\b|(?:briefs|analyses|sources|authors)\\b)|\\b(?:the other|all) ${NUMBER}\\b`, 'i'),
  both: /\bboth\b/i,
  neither: /\bneither\b/i,
  none: /\bnone\b|\bno (?:other )?briefs?\b|\bnor does any\b/i,
  others: /\bthe (?:others|other briefs|rest)\b/i,
};
const REPORTING =
  /\b(?:reports?|reported|reporting|records?|recounts?|recalls?|relays?|cites?|quotes?|according to|notes? that|says? that|describes?|attributes?|voices?|hears?)\b/i;

/** Every problem with the synthesis of one theme. */
export function checkSynthesis(theme: Theme, ctx: SynthesisContext): Problem[] {
  const slugs = ctx.briefs.map((b) => b.slug);
  const briefs: Briefs = { all: slugs, known: new Set(slugs), finder: nameFinder(ctx.names) };
  const problems: Problem[] = [];
  for (const section of theme.synthesis.sections) for (const s of section.sentences) problems.push(...checkSentence(s, section.kind, theme, ctx, briefs));
  return problems;
}

/** The briefs as every sentence of a theme is checked against them: worked out once per theme, not per sentence. */
interface Briefs {
  all: string[];
  known: Set<string>;
  finder: NameFinder;
}

function checkSentence(s: SynthesisSentence, kind: SynthesisSectionKind, theme: Theme, ctx: SynthesisContext, { all, known, finder }: Briefs): Problem[] {
  const out: Problem[] = [];
  const where = { file: theme.file, line: s.line, column: s.column };
  const sentence = s.text.length > 90 ? s.text.slice(0, 87) + '…' : s.text;
  const fail = <P extends Params>(entry: ProblemEntry<P>, params: Omit<P, 'sentence'>) =>
    out.push(problem(entry as unknown as ProblemEntry<Params>, where, { sentence, ...params } as Params));
  const themeQuestions = new Set(theme.questions.map((q) => q.id));
  const nameOf = (slug: string) => ctx.names.get(slug) ?? slug;

  if (s.claimLinks.length === 0 && s.questionLinks.length === 0) fail(C.Unlinked, {});

  // Links: each claim exists, carries the theme, and its label names its brief.
  const linked: Claim[] = [];
  for (const link of s.claimLinks) {
    const c = ctx.claims.get(link.id);
    if (!c) {
      fail(C.UnknownClaim, { id: link.id });
      continue;
    }
    linked.push(c);
    if (!c.themes.includes(theme.slug)) fail(C.ClaimTheme, { id: c.id, theme: theme.slug });
    if (link.label !== nameOf(c.brief)) fail(C.LinkLabel, { id: c.id, label: link.label, name: nameOf(c.brief) });
    if (c.speaker && !REPORTING.test(s.text) && !s.text.toLowerCase().includes(c.speaker.name.toLowerCase()))
      fail(C.Speaker, { id: c.id, speaker: c.speaker.name, name: nameOf(c.brief) });
  }
  for (const q of s.questionLinks)
    if (!themeQuestions.has(q)) fail(C.UnknownQuestion, { question: q, theme: theme.slug, questions: [...themeQuestions].join(', ') });

  const linkedBriefs = new Set(linked.map((c) => c.brief));
  const prose = s.prose;
  const named = finder.named(prose).filter((b) => known.has(b));
  const explicitQuestions = s.questionLinks.filter((q) => themeQuestions.has(q));
  const sentenceQuestions = new Set([...explicitQuestions, ...linked.flatMap((c) => c.questions.filter((q) => themeQuestions.has(q)))]);
  const answerOf = (brief: string, q: string) => ctx.positions.get(`${brief}/${q}`)?.answer;
  const silentOn = (brief: string, qs: Iterable<string>) => [...qs].some((q) => answerOf(brief, q) === undefined);

  // A brief named in the prose is linked, or shown silent on a question the sentence links.
  for (const b of named) if (!linkedBriefs.has(b) && !silentOn(b, explicitQuestions)) fail(C.NamedUnlinked, { name: nameOf(b) });

  // Quantifiers.
  const count = QUANTIFIERS.count.exec(prose);
  if (count) fail(C.TypedCount, { count: count[0] });
  if (QUANTIFIERS.all.test(prose)) {
    const missing = all.filter((b) => !linkedBriefs.has(b));
    if (missing.length) fail(C.QuantifierAll, { missing: missing.map(nameOf).join(', ') });
  }
  const both = new Set([...linkedBriefs, ...named]).size;
  if (QUANTIFIERS.both.test(prose) && both !== 2) fail(C.QuantifierBoth, { count: both });
  if (QUANTIFIERS.neither.test(prose)) {
    const silent = named.filter((b) => !linkedBriefs.has(b) && silentOn(b, explicitQuestions));
    if (named.length !== 2 || silent.length !== 2) fail(C.QuantifierNeither, {});
  }
  if (QUANTIFIERS.none.test(prose) || QUANTIFIERS.others.test(prose)) {
    const rest = all.filter((b) => !linkedBriefs.has(b) && !named.includes(b));
    const q = explicitQuestions.find((id) => rest.every((b) => answerOf(b, id) === undefined));
    if (!q && explicitQuestions.length === 0) fail(C.QuantifierNoneUnlinked, {});
    else if (!q) {
      // Every linked question is addressed by some other brief, so this list is never empty.
      const addressing = rest.filter((b) => explicitQuestions.some((id) => answerOf(b, id) !== undefined)).map(nameOf);
      fail(C.QuantifierNone, { briefs: addressing.join(', ') });
    }
  }
  const onlyOf = onlySubjects(prose, finder).filter((b) => known.has(b));
  if (onlyOf.length > 0) {
    const holds = [...sentenceQuestions].some((q) => {
      const answers = new Set(onlyOf.map((b) => answerOf(b, q)));
      if (answers.has(undefined)) return false;
      const addressing = all.filter((b) => answerOf(b, q) !== undefined);
      const sameAnswer = answers.size === 1 ? all.filter((b) => answerOf(b, q) === [...answers][0]) : [];
      return sameSet(addressing, onlyOf) || sameSet(sameAnswer, onlyOf);
    });
    if (!holds) fail(C.QuantifierOnly, { briefs: onlyOf.map(nameOf).join(', ') });
  }

  // Sections: agreement and difference are read off the positions.
  if (kind === 'agree' || kind === 'differ') {
    const pairs = [...sentenceQuestions].some((q) => {
      const answers = [...linkedBriefs].filter((b) => linked.some((c) => c.brief === b && c.questions.includes(q))).map((b) => answerOf(b, q));
      const given = answers.filter((a): a is string => a !== undefined);
      return kind === 'agree' ? given.some((a, i) => given.indexOf(a) !== i) : new Set(given).size >= 2;
    });
    if (!pairs) fail(kind === 'agree' ? C.Agree : C.Differ, {});
  }
  if (kind === 'missing') {
    const silentSomewhere = explicitQuestions.some((q) => all.some((b) => answerOf(b, q) === undefined));
    if (!silentSomewhere) fail(C.Missing, {});
  }
  return out;
}

/** The briefs a sentence says “only” or “alone” of: “only RSIS”, “only ICDS and RSIS”, “RSIS alone”. */
function onlySubjects(prose: string, finder: NameFinder): string[] {
  if (!/\b(?:[Oo]nly|alone)\b/.test(prose)) return [];
  const name = `(?:${finder.anyName})`;
  const lists = [
    ...prose.matchAll(new RegExp(`\\b[Oo]nly (${name}(?:(?:, |,? and )${name})*)`, 'gu')),
    ...prose.matchAll(new RegExp(`(${name}) alone\\b`, 'gu')),
  ];
  return [...new Set(lists.flatMap((m) => finder.named(m[1]!)))];
}

function sameSet(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}
