import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadPositions } from '../../src/pipeline/positions/load-positions';
import { BRIEFS, CLAIMS, theme } from './analysis-fixture';

let dir = '';
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

/** Loads positions files (name → YAML text) against the fixture's briefs, theme and claims. */
function load(files: Record<string, string>) {
  dir = mkdtempSync(join(tmpdir(), 'positions-'));
  mkdirSync(join(dir, 'content/positions'), { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, 'content/positions', name), text);
  return loadPositions(dir, BRIEFS, [theme('').theme], CLAIMS);
}

const ALPHA_HNS = `  - question: hns
    answer: pay-more
    summary: Alpha expects Japan to pay more.
    claims: [alpha1-02]
`;
const alpha = (budget: string, hns = ALPHA_HNS) => ({ 'alpha.yaml': `brief: alpha\npositions:\n${budget}${hns}` });
const BETA = {
  'beta.yaml': `brief: beta
positions:
  - question: budget
    answer: more
    summary: Beta expects more, and reports Japanese diplomats expecting it.
    claims: [beta1-01]
    context: [beta1-02]
`,
};
const GAMMA = {
  'gamma.yaml': 'brief: gamma\npositions:\n  - question: budget\n    answer: same\n    summary: Gamma expects no change.\n    claims: [gamma1-01]\n',
};
const GOOD_BUDGET = '  - question: budget\n    answer: more\n    summary: Alpha expects more.\n    claims: [alpha1-01]\n';
const codes = (files: Record<string, string>) => load({ ...BETA, ...GAMMA, ...files }).problems.map((p) => p.code);

describe('positions', () => {
  it('load when every rule holds, and “not addressed” is derived, never written', () => {
    const { positions, problems } = load({ ...alpha(GOOD_BUDGET), ...BETA, ...GAMMA });
    expect(problems).toEqual([]);
    expect(positions.map((p) => `${p.brief}/${p.question}/${p.answer}`).sort()).toEqual([
      'alpha/budget/more',
      'alpha/hns/pay-more',
      'beta/budget/more',
      'gamma/budget/same',
    ]);
  });

  it.each([
    ['position/unknown-question', GOOD_BUDGET.replace('question: budget', 'question: budjet')],
    ['position/unknown-answer', GOOD_BUDGET.replace('answer: more', 'answer: much-more')],
    ['schema/invalid', GOOD_BUDGET.replace('    claims: [alpha1-01]\n', '    claims: []\n')],
    ['schema/unknown-key', GOOD_BUDGET.replace('answer: more', 'answer: more\n    not-addressed: true')],
    ['schema/invalid', GOOD_BUDGET.replace('summary: Alpha expects more.', `summary: ${'word '.repeat(41)}`)],
    ['position/unknown-claim', GOOD_BUDGET.replace('[alpha1-01]', '[alpha1-01, alpha1-09]')],
    ['position/other-brief', GOOD_BUDGET.replace('[alpha1-01]', '[alpha1-01, beta1-01]')],
    ['position/untagged-claim', GOOD_BUDGET.replace('[alpha1-01]', '[alpha1-01, alpha1-02]')],
    ['position/claim-twice', GOOD_BUDGET + '    context: [alpha1-01]\n'],
    ['position/duplicate', GOOD_BUDGET + GOOD_BUDGET],
  ])('%s: a broken position is refused with its file and line', (code, budget) => {
    const { problems } = load({ ...alpha(budget), ...BETA, ...GAMMA });
    const p = problems.find((x) => x.code === code);
    expect(p, JSON.stringify(problems)).toBeDefined();
    expect(p!.file).toBe('content/positions/alpha.yaml');
    expect(p!.line).toBeGreaterThan(0);
  });

  it('position/uncited-claim: a claim tagged with the question must be cited by the position', () => {
    expect(codes({ ...BETA, 'beta.yaml': BETA['beta.yaml'].replace('    context: [beta1-02]\n', ''), ...alpha(GOOD_BUDGET) })).toContain(
      'position/uncited-claim',
    );
  });

  it('position/missing: a brief with claims on a question must take a position on it', () => {
    expect(codes(alpha(GOOD_BUDGET, ''))).toContain('position/missing');
  });

  it('position/unknown-brief and position/duplicate-file', () => {
    expect(codes({ ...alpha(GOOD_BUDGET), 'delta.yaml': 'brief: delta\npositions: []\n' })).toContain('position/unknown-brief');
    expect(codes({ ...alpha(GOOD_BUDGET), 'alpha-again.yaml': 'brief: alpha\npositions: []\n' })).toContain('position/duplicate-file');
  });
});
