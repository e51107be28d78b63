/** A small made-up corpus for the rules on positions and syntheses: three briefs, one theme, two questions. */
import type { Brief, Claim, Position, Theme } from '../../src/model';
import { markdownToSynthesis } from '../../src/pipeline/syntheses/markdown-to-synthesis';

export const brief = (slug: string, short: string, date = '2025-01-01'): Brief =>
  ({ slug, meta: { publisher: { short }, date: { precision: 'day', value: date } }, metaFile: `content/briefs/${slug}.yaml` }) as unknown as Brief;

export const BRIEFS = [brief('alpha', 'Alpha'), brief('beta', 'Beta'), brief('gamma', 'The Gamma')];

export const claim = (id: string, b: string, questions: string[], extra: Partial<Claim> = {}): Claim => ({
  id,
  brief: b,
  quote: 'a quote',
  statement: 'a statement',
  kind: 'forecast',
  themes: ['spending'],
  questions,
  figures: [],
  events: [],
  blockId: 'p-x',
  start: 0,
  end: 1,
  ...extra,
});

/** alpha and beta say "more" on budget, gamma says "same"; only alpha addresses hns. */
export const CLAIMS: Claim[] = [
  claim('alpha1-01', 'alpha', ['budget']),
  claim('alpha1-02', 'alpha', ['hns']),
  claim('beta1-01', 'beta', ['budget']),
  claim('beta1-02', 'beta', ['budget'], { speaker: { name: 'Japanese diplomats' } }),
  claim('gamma1-01', 'gamma', ['budget']),
  claim('gamma1-02', 'gamma', [], { themes: ['other'] }),
];

const position = (b: string, question: string, answer: string, claims: string[]): Position => ({
  brief: b,
  question,
  answer,
  summary: 's',
  claims,
  context: [],
  file: `content/positions/${b}.yaml`,
  line: 1,
});

export const POSITIONS: Position[] = [
  position('alpha', 'budget', 'more', ['alpha1-01']),
  position('alpha', 'hns', 'pay-more', ['alpha1-02']),
  position('beta', 'budget', 'more', ['beta1-01', 'beta1-02']),
  position('gamma', 'budget', 'same', ['gamma1-01']),
];

/** The theme "spending" with the given synthesis body. */
export function theme(body: string): { theme: Theme; problems: ReturnType<typeof markdownToSynthesis>['problems'] } {
  const { synthesis, problems } = markdownToSynthesis(body, 'content/themes/spending.md', 10);
  return {
    problems,
    theme: {
      slug: 'spending',
      file: 'content/themes/spending.md',
      title: 'Spending',
      short: 'Spending',
      description: 'd',
      order: 1,
      required: false,
      related: [],
      questions: [
        {
          id: 'budget',
          text: 'How far?',
          answers: [
            { id: 'more', label: 'More', description: 'd' },
            { id: 'same', label: 'Same', description: 'd' },
          ],
        },
        {
          id: 'hns',
          text: 'Who pays?',
          answers: [
            { id: 'pay-more', label: 'Japan pays more', description: 'd' },
            { id: 'unclear', label: 'Unclear', description: 'd' },
          ],
        },
      ],
      synthesis,
    },
  };
}
