/**
 * Made-up prose for the scaling benchmark: a seeded random stream and sentences recombined from fixed
 * word lists (subjects, hedges, actions, circumstances and a long tail of made-up names), so that a
 * corpus of any size reads like briefs on Japan and the United States without copying any real one.
 * The long tail matters: a search index over a few hundred distinct words would be unrealistically small.
 */

/** A deterministic stream of numbers in [0, 1) (mulberry32): the same seed gives the same corpus. */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

export type Random = () => number;

export const pick = <T>(next: Random, list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
export const between = (next: Random, min: number, max: number): number => min + Math.floor(next() * (max - min + 1));

const SUBJECTS = [
  'Tokyo',
  'Washington',
  'the Ishiba government',
  'Japanese officials',
  'the Trump administration',
  'Seoul',
  'Beijing',
  'the alliance',
  'Japanese carmakers',
  'the Diet',
  'the Liberal Democratic Party',
  'defence planners in Tokyo',
  'trade negotiators',
  'the Ministry of Foreign Affairs',
  'the Self-Defense Forces',
  'the Pentagon',
  'Japanese business leaders',
  'the opposition parties',
  'Kim Jong Un',
  'the Quad partners',
];
const HEDGES = [
  'is likely to',
  'may',
  'will probably',
  'could',
  'is expected to',
  'has begun to',
  'should',
  'is unlikely to',
  'will try to',
  'can be expected to',
];
const ACTIONS = [
  'raise defence spending beyond earlier plans',
  'press for higher host nation support',
  'threaten tariffs on Japanese cars and steel',
  'seek a new bilateral trade framework',
  'tighten export controls on semiconductors',
  'reopen the question of the Nippon Steel bid',
  'court the White House through personal diplomacy',
  'buy more American weapons and munitions',
  'expand cooperation with Seoul on missile defence',
  'restart summit talks with Pyongyang',
  'insist on complete denuclearisation of the Korean Peninsula',
  'deepen coordination within the Quad',
  'hedge against a sudden shift in US policy toward Taiwan',
  'protect its investment in American factories',
  'renegotiate the cost of stationing US troops',
  'seek exemptions from tariffs on steel and aluminium',
  'finance the build-up through new taxes',
  'strengthen supply chains for critical minerals',
  'keep the alliance out of domestic political fights',
  'send clearer signals of deterrence in the East China Sea',
  'promote a free and open Indo-Pacific',
  'reassure Southeast Asian partners about US commitment',
  'limit economic engagement with China',
  'invest in shipbuilding and energy projects in the United States',
  'treat the alliance as a transaction',
  'test the resolve of regional partners',
  'rebuild trust after the election',
  'coordinate sanctions against North Korea',
  'accelerate the counterstrike capability programme',
  'bargain over the price of liquefied natural gas',
];
const CIRCUMSTANCES = [
  'over the next two years',
  'before the host nation talks of 2026',
  'despite resistance at home',
  'as the yen remains weak',
  'once the midterm elections are over',
  'while the coalition lacks a majority',
  'in the run-up to the next summit',
  'if Washington raises the pressure',
  'as long as Beijing keeps up its pressure on Taiwan',
  'even at some cost to its own economy',
  'without a clear plan for financing',
  'as North Korean missile tests continue',
  'in step with allies in Europe',
  'after the tariff announcements of the spring',
  'under pressure from business groups',
  'within the limits of the constitution',
  'when the trade deficit is discussed',
  'in talks that began last year',
];
const REASONS = [
  'because the budget is already stretched',
  'since public opinion remains divided',
  'given the uncertainty in Washington',
  'as the security environment deteriorates',
  'because trade and security are now linked',
  'since the first Trump term set a precedent',
  'given rising costs of imported equipment',
  'because an ageing society limits the tax base',
  'as regional partners watch closely',
  'since personal ties count for much with this president',
];
const FIGURES = [
  { text: (n: number) => `${n} percent of GDP`, unit: 'percent of GDP', measure: 'defence spending', range: [2, 5] },
  { text: (n: number) => `US$${n} billion`, unit: 'USD billion', measure: 'annual payment for US forces', range: [4, 12] },
  { text: (n: number) => `${n} percent`, unit: 'percent', measure: 'tariff rate', range: [10, 35] },
  { text: (n: number) => `${n},000 troops`, unit: 'troops', measure: 'US forces in Japan', range: [40, 60] },
] as const;

const SYLLABLES = ['ka', 'mo', 'ri', 'ten', 'sho', 'val', 'dor', 'ine', 'har', 'lo', 'mer', 'sun', 'tak', 'vi', 'zen', 'quor', 'bel', 'nat'];

/** Made-up proper names (firms, ports, programmes): the long tail of a real corpus's vocabulary. */
export const RARE_NAMES: readonly string[] = (() => {
  const next = seededRandom(7);
  const names = new Set<string>();
  while (names.size < 3000) {
    const word = Array.from({ length: between(next, 2, 3) }, () => pick(next, SYLLABLES)).join('');
    names.add(word[0]!.toUpperCase() + word.slice(1));
  }
  return [...names];
})();
const RARE_FRAMES = ['in talks with', 'through the', 'with support from', 'alongside', 'by way of'];
const RARE_KINDS = ['Corporation', 'Initiative', 'port', 'programme', 'Group', 'consortium'];

/** A figure a sentence cites: its text as written and its value, for the claim's `figures`. */
export interface SentenceFigure {
  text: string;
  value: number;
  unit: (typeof FIGURES)[number]['unit'];
  measure: string;
}

/** One sentence of a brief, with the figure it cites, if any. */
export interface Sentence {
  text: string;
  figure?: SentenceFigure;
}

/** One sentence: subject, hedge, action and one or two circumstances, sometimes a figure or a rare name. */
export function sentence(next: Random): Sentence {
  const parts = [pick(next, SUBJECTS), pick(next, HEDGES), pick(next, ACTIONS)];
  let figure: SentenceFigure | undefined;
  if (next() < 0.12) {
    const f = pick(next, FIGURES);
    const value = between(next, f.range[0], f.range[1]);
    figure = { text: f.text(value), value: f.unit === 'troops' ? value * 1000 : value, unit: f.unit, measure: f.measure };
    parts.push(`of about ${figure.text}`);
  }
  parts.push(pick(next, CIRCUMSTANCES));
  if (next() < 0.35) parts.push(`${pick(next, RARE_FRAMES)} ${pick(next, RARE_NAMES)} ${pick(next, RARE_KINDS)}`);
  if (next() < 0.5) parts.push(pick(next, REASONS));
  const text = parts.join(' ');
  return { text: text[0]!.toUpperCase() + text.slice(1) + '.', ...(figure ? { figure } : {}) };
}

/** A heading: a short line without closing punctuation, which the cleaning reads as a heading. */
export function heading(next: Random): string {
  const words = pick(next, ACTIONS)
    .split(' ')
    .slice(0, between(next, 2, 5))
    .join(' ');
  return words[0]!.toUpperCase() + words.slice(1);
}
