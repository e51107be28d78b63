/**
 * A theme's synthesis + the claims and positions → problems: every sentence must be true of what it
 * links. Briefs named are linked (or shown silent on a linked question); quantifiers agree with the
 * links and the positions; “agree” and “differ” sentences link briefs with the same or different
 * answers; no count of briefs is typed, so a new brief cannot make a sentence silently false.
 */
import type { Brief, Claim, Position, SynthesisSectionKind, SynthesisSentence, Theme } from '../../model';
import type { Problem } from '../problems';
import { namePattern } from './brief-names';

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
  const problems: Problem[] = [];
  for (const section of theme.synthesis.sections)
    for (const s of section.sentences)
      problems.push(...checkSentence(s, section.kind, theme, ctx).map((p) => ({ file: theme.file, line: s.line, column: s.column, ...p })));
  return problems;
}

type Finding = Omit<Problem, 'file'>;

function checkSentence(s: SynthesisSentence, kind: SynthesisSectionKind, theme: Theme, ctx: SynthesisContext): Finding[] {
  const out: Finding[] = [];
  const quote = `“${s.text.length > 90 ? s.text.slice(0, 87) + '…' : s.text}”`;
  const fail = (code: string, message: string, fix: string) => out.push({ code: `synthesis/${code}`, message: `${quote}: ${message}`, fix });
  const themeQuestions = new Set(theme.questions.map((q) => q.id));
  const nameOf = (slug: string) => ctx.names.get(slug) ?? slug;

  if (s.claimLinks.length === 0 && s.questionLinks.length === 0)
    fail('unlinked', 'the sentence links no claim and no question', 'end it with links to the claims it rests on, e.g. ([RSIS](/claims/rsis1-24/))');

  // Links: each claim exists, carries the theme, and its label names its brief.
  const linked: Claim[] = [];
  for (const link of s.claimLinks) {
    const c = ctx.claims.get(link.id);
    if (!c) {
      fail('unknown-claim', `links claim ${link.id}, which does not exist`, 'link an existing claim id');
      continue;
    }
    linked.push(c);
    if (!c.themes.includes(theme.slug))
      fail(
        'claim-theme',
        `links ${c.id}, which is not tagged with the theme ${theme.slug}`,
        `link a claim of this theme, or add ${theme.slug} to ${c.id}'s themes`,
      );
    if (link.label !== nameOf(c.brief))
      fail('link-label', `the link to ${c.id} is labelled “${link.label}”, but the claim is from ${nameOf(c.brief)}`, `label the link “${nameOf(c.brief)}”`);
    if (c.speaker && !REPORTING.test(s.text) && !s.text.toLowerCase().includes(c.speaker.name.toLowerCase()))
      fail(
        'speaker',
        `${c.id} reports the view of ${c.speaker.name}, but the sentence presents it as ${nameOf(c.brief)}'s own`,
        `name ${c.speaker.name} or say that ${nameOf(c.brief)} reports it`,
      );
  }
  for (const q of s.questionLinks)
    if (!themeQuestions.has(q))
      fail('unknown-question', `links #${q}, which is not a question of ${theme.slug}`, `use one of: ${[...themeQuestions].join(', ')}`);

  const linkedBriefs = new Set(linked.map((c) => c.brief));
  const prose = s.prose;
  const named = ctx.briefs.filter((b) => namePattern(nameOf(b.slug)).test(prose)).map((b) => b.slug);
  const explicitQuestions = s.questionLinks.filter((q) => themeQuestions.has(q));
  const sentenceQuestions = new Set([...explicitQuestions, ...linked.flatMap((c) => c.questions.filter((q) => themeQuestions.has(q)))]);
  const answerOf = (brief: string, q: string) => ctx.positions.get(`${brief}/${q}`)?.answer;
  const silentOn = (brief: string, qs: Iterable<string>) => [...qs].some((q) => answerOf(brief, q) === undefined);

  // A brief named in the prose is linked, or shown silent on a question the sentence links.
  for (const b of named)
    if (!linkedBriefs.has(b) && !silentOn(b, explicitQuestions))
      fail(
        'named-unlinked',
        `names ${nameOf(b)} but links no claim of it`,
        explicitQuestions.length
          ? `${nameOf(b)} addresses ${explicitQuestions.map((q) => '#' + q).join(', ')}: link its claims`
          : `link a claim of ${nameOf(b)}, or link the question (#question-id) on which it is silent`,
      );

  // Quantifiers.
  const all = ctx.briefs.map((b) => b.slug);
  if (QUANTIFIERS.count.test(prose))
    fail(
      'typed-count',
      `types a count of briefs (“${QUANTIFIERS.count.exec(prose)![0]}”)`,
      'name the briefs, or let the links speak: counts come from the data',
    );
  if (QUANTIFIERS.all.test(prose)) {
    const missing = all.filter((b) => !linkedBriefs.has(b));
    if (missing.length)
      fail(
        'quantifier-all',
        `says all briefs, but links none of ${missing.map(nameOf).join(', ')}`,
        'link a claim of every brief, or name the briefs that hold it',
      );
  }
  if (QUANTIFIERS.both.test(prose) && new Set([...linkedBriefs, ...named]).size !== 2)
    fail('quantifier-both', `says “both” of ${new Set([...linkedBriefs, ...named]).size} briefs`, 'use “both” of exactly two briefs');
  if (QUANTIFIERS.neither.test(prose)) {
    const silent = named.filter((b) => !linkedBriefs.has(b) && silentOn(b, explicitQuestions));
    if (named.length !== 2 || silent.length !== 2)
      fail(
        'quantifier-neither',
        'says “neither”, but does not name two briefs that are silent on a linked question',
        'name the two briefs and link the question (#question-id) neither addresses',
      );
  }
  if (QUANTIFIERS.none.test(prose) || QUANTIFIERS.others.test(prose)) {
    const rest = all.filter((b) => !linkedBriefs.has(b) && !named.includes(b));
    const q = explicitQuestions.find((id) => rest.every((b) => answerOf(b, id) === undefined));
    if (!q)
      fail(
        'quantifier-none',
        explicitQuestions.length
          ? `says no other brief addresses it, but ${
              rest
                .filter((b) => explicitQuestions.every((id) => answerOf(b, id) !== undefined))
                .map(nameOf)
                .join(', ') || 'some brief'
            } does`
          : 'says “none”, “no brief” or “the others” without linking the question they are silent on',
        'link the question (#question-id), and check the positions',
      );
  }
  const onlyOf = onlySubjects(prose, ctx.briefs, nameOf);
  if (onlyOf.length > 0) {
    const holds = [...sentenceQuestions].some((q) => {
      const answers = new Set(onlyOf.map((b) => answerOf(b, q)));
      if (answers.has(undefined)) return false;
      const addressing = all.filter((b) => answerOf(b, q) !== undefined);
      const sameAnswer = answers.size === 1 ? all.filter((b) => answerOf(b, q) === [...answers][0]) : [];
      return sameSet(addressing, onlyOf) || sameSet(sameAnswer, onlyOf);
    });
    if (!holds)
      fail(
        'quantifier-only',
        `says “only” or “alone” of ${onlyOf.map(nameOf).join(', ')}, but on no question the sentence touches are they the only briefs to address it, or to give their answer`,
        'drop “only”, or check the positions of the other briefs',
      );
  }

  // Sections: agreement and difference are read off the positions.
  if (kind === 'agree' || kind === 'differ') {
    const pairs = [...sentenceQuestions].some((q) => {
      const answers = [...linkedBriefs].filter((b) => linked.some((c) => c.brief === b && c.questions.includes(q))).map((b) => answerOf(b, q));
      const given = answers.filter((a): a is string => a !== undefined);
      return kind === 'agree' ? given.some((a, i) => given.indexOf(a) !== i) : new Set(given).size >= 2;
    });
    if (!pairs)
      fail(
        kind === 'agree' ? 'agree' : 'differ',
        kind === 'agree'
          ? 'stands under “Where they agree” but links no two briefs with the same answer on a question'
          : 'stands under “Where they differ” but links no two briefs with different answers on a question',
        'link claims (tagged with the question) of briefs whose positions agree or differ, or move the sentence',
      );
  }
  if (kind === 'missing') {
    const silentSomewhere = explicitQuestions.some((q) => all.some((b) => answerOf(b, q) === undefined));
    if (!silentSomewhere)
      fail(
        'missing',
        'stands under “What is missing” but links no question that some brief leaves unaddressed',
        'link the question (#question-id) the briefs are silent on',
      );
  }
  return out;
}

/** The briefs a sentence says “only” or “alone” of: “only RSIS”, “only ICDS and RSIS”, “RSIS alone”. */
function onlySubjects(prose: string, briefs: Brief[], nameOf: (slug: string) => string): string[] {
  const names = briefs.map((b) => ({ slug: b.slug, re: namePattern(nameOf(b.slug)) }));
  const anyName = names.map((n) => `(?:${n.re.source})`).join('|');
  const subjects = new Set<string>();
  const lists = [
    ...prose.matchAll(new RegExp(`\\b[Oo]nly ((?:${anyName})(?:(?:, |,? and )(?:${anyName}))*)`, 'gu')),
    ...prose.matchAll(new RegExp(`((?:${anyName})) alone\\b`, 'gu')),
  ];
  for (const m of lists) for (const n of names) if (n.re.test(m[1]!)) subjects.add(n.slug);
  return [...subjects];
}

function sameSet(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}
