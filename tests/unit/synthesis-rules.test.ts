import { describe, expect, it } from 'vitest';
import { briefNames, nameFinder } from '../../src/pipeline/syntheses/brief-names';
import { checkSynthesis } from '../../src/pipeline/syntheses/check-synthesis';
import { BRIEFS, CLAIMS, POSITIONS, brief, theme } from './analysis-fixture';

const ctx = (briefs = BRIEFS) => ({
  briefs,
  names: briefNames(briefs),
  claims: new Map(CLAIMS.map((c) => [c.id, c])),
  positions: new Map(POSITIONS.map((p) => [`${p.brief}/${p.question}`, p])),
});

/** The codes of the problems of a synthesis with one section holding `text`. */
function codes(section: string, text: string, briefs = BRIEFS): string[] {
  const t = theme(`### ${section}\n\n${text}\n`);
  return [...t.problems, ...checkSynthesis(t.theme, ctx(briefs))].map((p) => p.code!);
}

const A1 = '[Alpha](/claims/alpha1-01/)';
const B1 = '[Beta](/claims/beta1-01/)';
const B2 = '[Beta](/claims/beta1-02/)';
const G1 = '[The Gamma](/claims/gamma1-01/)';

describe('each synthesis rule fails on a sentence that breaks it, and passes one that keeps it', () => {
  it.each([
    // rule, section, a sentence that breaks it, a sentence that keeps it
    ['synthesis/unlinked', 'Where they differ', 'Alpha and The Gamma differ.', `Alpha expects more, The Gamma the same (${A1}, ${G1}).`],
    [
      'synthesis/link-label',
      'Where they agree',
      `Alpha and Beta expect more (${A1}, [Alpha](/claims/beta1-01/)).`,
      `Alpha and Beta expect more (${A1}, ${B1}).`,
    ],
    [
      'synthesis/unknown-claim',
      'Where they agree',
      `Alpha and Beta expect more (${A1}, ${B1}, [Beta](/claims/beta1-99/)).`,
      `Alpha and Beta expect more (${A1}, ${B1}).`,
    ],
    [
      'synthesis/claim-theme',
      'Where they differ',
      `Alpha expects more, The Gamma the same (${A1}, ${G1}, [The Gamma](/claims/gamma1-02/)).`,
      `Alpha expects more, The Gamma the same (${A1}, ${G1}).`,
    ],
    ['synthesis/named-unlinked', 'Where they agree', `Alpha, Beta and The Gamma expect more (${A1}, ${B1}).`, `Alpha and Beta expect more (${A1}, ${B1}).`],
    [
      'synthesis/speaker',
      'Where they agree',
      `Alpha and Beta expect more (${A1}, ${B2}).`,
      `Alpha expects more, and Beta reports Japanese diplomats expecting it too (${A1}, ${B2}).`,
    ],
    ['synthesis/typed-count', 'Where they agree', `Two of the briefs expect more (${A1}, ${B1}).`, `Alpha and Beta expect more (${A1}, ${B1}).`],
    [
      'synthesis/typed-count',
      'Where they differ',
      `Alpha expects more, the other two disagree (${A1}, ${B1}, ${G1}).`,
      `Alpha expects more, The Gamma the same (${A1}, ${G1}).`,
    ],
    ['synthesis/quantifier-all', 'Where they agree', `All the briefs expect more (${A1}, ${B1}).`, `Alpha and Beta expect more (${A1}, ${B1}).`],
    [
      'synthesis/quantifier-both',
      'Where they differ',
      `Both expect change, Alpha more and The Gamma less (${A1}, ${B1}, ${G1}).`,
      `Both expect change, Alpha more and The Gamma less (${A1}, ${G1}).`,
    ],
    ['synthesis/quantifier-only', 'Where they agree', `Only Alpha expects more, with Beta (${A1}, ${B1}).`, `Only Alpha and Beta expect more (${A1}, ${B1}).`],
    [
      'synthesis/quantifier-only',
      'Where they differ',
      `Alpha alone expects more, The Gamma the same (${A1}, ${G1}).`,
      `Alpha alone asks [who pays](#hns), while The Gamma sees the budget unchanged (${A1}, [Alpha](/claims/alpha1-02/), ${G1}).`,
    ],
    [
      'synthesis/quantifier-none',
      'What is missing',
      `No other brief asks [who pays](#hns) (${B1}).`,
      `No other brief asks [who pays](#hns) (${'[Alpha](/claims/alpha1-02/)'}).`,
    ],
    ['synthesis/quantifier-neither', 'What is missing', `Neither Alpha nor Beta says [who pays](#hns).`, `Neither Beta nor The Gamma says [who pays](#hns).`],
    ['synthesis/agree', 'Where they agree', `Alpha expects more, The Gamma the same (${A1}, ${G1}).`, `Alpha and Beta expect more (${A1}, ${B1}).`],
    ['synthesis/differ', 'Where they differ', `Alpha and Beta expect more (${A1}, ${B1}).`, `Alpha expects more, The Gamma the same (${A1}, ${G1}).`],
    ['synthesis/missing', 'What is missing', `Alpha and Beta discuss the [budget](#budget) (${A1}, ${B1}).`, `Beta and The Gamma do not say [who pays](#hns).`],
    ['synthesis/unknown-question', 'What is missing', `Beta does not say [who pays](#who-pays).`, `Beta does not say [who pays](#hns).`],
    [
      'synthesis/link-target',
      'Where they agree',
      `Alpha and Beta expect more (${A1}, ${B1}, [see](javascript:alert(1))).`,
      `Alpha and Beta expect more (${A1}, ${B1}, [see](https://example.org/)).`,
    ],
    [
      'synthesis/markup',
      'Where they agree',
      `Alpha and Beta expect more (${A1}, ${B1}).\n\n<script>alert(1)</script>`,
      `Alpha and Beta expect more (${A1}, ${B1}).`,
    ],
    [
      'synthesis/heading',
      'Where they quarrel',
      `Alpha expects more, The Gamma the same (${A1}, ${G1}).`,
      `Alpha expects more, The Gamma the same (${A1}, ${G1}).`,
    ],
  ])('%s: %s', (code, section, bad, good) => {
    expect(codes(section, bad)).toContain(code);
    const goodSection = code === 'synthesis/heading' ? 'Where they differ' : section;
    expect(codes(goodSection, good)).toEqual([]);
  });
});

describe('problems are located and explained', () => {
  it('gives the file, the line and column of the sentence, the sentence and a fix', () => {
    const t = theme(`### Where they agree\n\nAlpha and Beta expect more (${A1}, ${B1}). All the briefs expect more (${A1}, ${B1}).\n`);
    const [p] = checkSynthesis(t.theme, ctx());
    expect(p).toMatchObject({ file: 'content/themes/spending.md', line: 12, code: 'synthesis/quantifier-all' });
    expect(p!.column).toBeGreaterThan(40);
    expect(p!.message).toContain('All the briefs expect more');
    expect(p!.message).toContain('The Gamma');
    expect(p!.hint).toBeTruthy();
  });
});

describe('a new brief cannot make a sentence silently false', () => {
  const sentence = `Every brief expects more or the same (${A1}, ${B1}, ${G1}).`;
  it('“every brief” holds while every brief is linked…', () => {
    expect(codes('Where they differ', sentence)).toEqual([]);
  });
  it('…and fails the build once a brief is added', () => {
    expect(codes('Where they differ', sentence, [...BRIEFS, brief('delta', 'Delta')])).toContain('synthesis/quantifier-all');
  });
  it('“the others” fails once a new brief addresses the question', () => {
    const text = `Alpha asks [who pays](#hns); the others do not (${'[Alpha](/claims/alpha1-02/)'}).`;
    expect(codes('What is missing', text)).toEqual([]);
  });
  it('two briefs of one publisher get names that tell them apart, and old labels fail', () => {
    const twins = [...BRIEFS, brief('alpha-2', 'Alpha', '2025-06-01')];
    expect(briefNames(twins).get('alpha')).toBe('Alpha 2025-01');
    expect(codes('Where they agree', `Alpha and Beta expect more (${A1}, ${B1}).`, twins)).toContain('synthesis/link-label');
  });
});

describe('the synthesis HTML', () => {
  it('keeps headings, text and links, and drops refused markup', () => {
    const { theme: t } = theme(`### Where they agree\n\nAlpha and Beta *expect* more (${A1}, ${B1}).\n\n<script>alert(1)</script>\n`);
    expect(t.synthesis.html).toContain('<h3>Where they agree</h3>');
    expect(t.synthesis.html).toContain('<em>expect</em>');
    expect(t.synthesis.html).toContain('<a href="/claims/alpha1-01/">Alpha</a>');
    expect(t.synthesis.html).not.toContain('script');
  });
});

describe('brief names are found in prose as whole names, with one pattern for all briefs', () => {
  const names = new Map([
    ['orf', 'ORF'],
    ['orf-america', 'ORF America'],
    ['diplomat', 'The Diplomat'],
    ['rsis-04', 'RSIS 2025-04'],
    ['rsis-06', 'RSIS 2025-06'],
  ]);
  const named = (prose: string) => nameFinder(names).named(prose);
  it('finds each brief once, in order of first mention, with “the” lower-case mid-sentence', () => {
    expect(named('As the Diplomat and ORF note, and ORF again')).toEqual(['diplomat', 'orf']);
  });
  it('takes the longer of two names that begin alike, and never a part of a word', () => {
    expect(named('ORF America expects more')).toEqual(['orf-america']);
    expect(named('ORFANS and XORF are no briefs')).toEqual([]);
  });
  it('tells two briefs of one publisher apart by their dated names', () => {
    expect(named('RSIS 2025-06 differs from RSIS 2025-04')).toEqual(['rsis-06', 'rsis-04']);
    expect(named('RSIS says so')).toEqual([]);
  });
  it('compiles once per set of names', () => {
    expect(nameFinder(names)).toBe(nameFinder(names));
  });
  it('a sentence about “Alpha Plus” does not name Alpha', () => {
    const withPrefix = [...BRIEFS, brief('alpha-plus', 'Alpha Plus')];
    // Alpha answers who pays; Alpha Plus is silent. Read as naming Alpha, the sentence would fail.
    expect(codes('What is missing', 'Alpha Plus does not say [who pays](#hns).', withPrefix)).toEqual([]);
    expect(codes('What is missing', 'Alpha does not say [who pays](#hns).', withPrefix)).toContain('synthesis/named-unlinked');
  });
});
