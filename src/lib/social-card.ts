import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { baseFonts, loadFallbackFonts } from './card-fonts.ts';

/**
 * The site's colour tokens. Read from the project (builds and tests run from its root) rather than
 * imported with `?raw`, which Vitest turns into an empty string for CSS files.
 */
export const tokensCss = readFileSync(join(process.cwd(), 'src', 'styles', 'tokens.css'), 'utf8');

// One array for the whole build: satori keeps its parsed fonts (and the fallback subsets it loads) per array.
let fonts: Parameters<typeof satori>[1]['fonts'] | undefined;

/** A theme's positions matrix as a card shows it: brief names, and per question each brief's answer (null: not addressed). */
export interface CardMatrix {
  columns: string[];
  rows: { question: string; cells: ({ label: string; tone: number } | null)[] }[];
}

/** What a social card shows: a kicker, a title, and optionally a quote or a positions matrix, and a footer line. */
export interface CardText {
  kicker: string;
  title: string;
  quote?: string | undefined;
  matrix?: CardMatrix | undefined;
  footer: string;
}

/**
 * The site's light palette, read from the first `:root` block of src/styles/tokens.css, so that a card
 * is drawn in the same colours as the pages. A missing token stops the build with its name.
 */
function paletteFromTokens<const N extends string>(css: string, names: readonly N[]): Record<N, string> {
  const root = /:root\s*\{([^}]*)\}/.exec(css.replace(/\/\*[\s\S]*?\*\//g, ''))?.[1] ?? '';
  const declared = new Map([...root.matchAll(/--([\w-]+)\s*:\s*([^;]+);/g)].map((d) => [d[1]!, d[2]!.trim()]));
  const missing = names.filter((n) => !declared.has(n));
  if (missing.length > 0) {
    throw new Error(`src/styles/tokens.css: the social cards need ${missing.map((n) => `--${n}`).join(', ')} in the first :root block; declare them there.`);
  }
  return Object.fromEntries(names.map((n) => [n, declared.get(n)!])) as Record<N, string>;
}

const ANSWERS = [0, 1, 2, 3, 4, 5] as const;
const palette = paletteFromTokens(tokensCss, [
  'bg',
  'fg',
  'muted',
  'line',
  'line-strong',
  'accent',
  ...ANSWERS.flatMap((i) => [`answer-${i}`, `answer-${i}-bg`] as const),
]);
/** Chip colours (text, background) of the positions matrix, as on the pages (PositionsMatrix.css). */
const TONES = ANSWERS.map((i) => [palette[`answer-${i}`], palette[`answer-${i}-bg`]] as const);

/**
 * Up to this many briefs a card shows a chip per brief (about 85 px each, wide enough for a short
 * name and label); beyond it, each question's answers as shares of the briefs.
 */
export const CARD_COLUMNS_MAX = 8;

/** A question's answers with how many briefs give each, most given first; not addressed last. */
export function answerShares(cells: CardMatrix['rows'][number]['cells']): { label: string; tone: number | null; count: number }[] {
  const given = new Map<string, { label: string; tone: number; count: number }>();
  for (const c of cells) if (c) given.set(c.label, { label: c.label, tone: c.tone, count: (given.get(c.label)?.count ?? 0) + 1 });
  const silent = cells.filter((c) => c === null).length;
  return [
    ...[...given.values()].sort((a, b) => b.count - a.count || a.tone - b.tone),
    ...(silent ? [{ label: 'Not addressed', tone: null, count: silent }] : []),
  ];
}

/** How a card draws a matrix: a chip per brief, or (for many briefs) the share of each answer. */
export const matrixLayout = (matrix: CardMatrix): 'columns' | 'shares' => (matrix.columns.length > CARD_COLUMNS_MAX ? 'shares' : 'columns');

/** The matrix as rows of chips: question on the left, one chip per brief, or per answer with its count. */
function matrixNode(matrix: CardMatrix): Node {
  if (matrixLayout(matrix) === 'shares') return sharesNode(matrix);
  const colWidth = Math.floor(700 / Math.max(1, matrix.columns.length));
  const cell = (c: { label: string; tone: number } | null) => {
    const [fg, bg] = TONES[(c?.tone ?? 0) % TONES.length]!;
    return h(
      'div',
      c
        ? {
            width: colWidth - 8,
            marginRight: 8,
            fontSize: 17,
            color: fg,
            background: bg,
            border: `2px solid ${fg}`,
            borderRadius: 14,
            padding: '2px 8px',
            display: 'flex',
          }
        : {
            width: colWidth - 8,
            marginRight: 8,
            fontSize: 17,
            color: palette.muted,
            border: `2px dashed ${palette['line-strong']}`,
            borderRadius: 14,
            padding: '2px 8px',
            display: 'flex',
          },
      c ? c.label : 'Not addressed',
    );
  };
  const rows = matrix.rows.slice(0, 5);
  return h(
    'div',
    { display: 'flex', flexDirection: 'column', marginTop: 22, width: 1056 },
    h(
      'div',
      { display: 'flex', fontSize: 19, color: palette.muted, marginBottom: 6 },
      h('div', { width: 356 }, ''),
      ...matrix.columns.map((name) => h('div', { width: colWidth, display: 'flex' }, clip(name, 14))),
    ),
    ...rows.map((r) =>
      h(
        'div',
        { display: 'flex', alignItems: 'center', marginTop: 8 },
        h('div', { width: 356, fontSize: 19, paddingRight: 12, display: 'flex' }, clip(r.question, 64)),
        ...r.cells.map(cell),
      ),
    ),
  );
}

/** Many briefs: per question a bar of its answers, each as wide as its share of the briefs, with its count. */
function sharesNode(matrix: CardMatrix): Node {
  const total = Math.max(1, matrix.columns.length);
  /** Characters of a label that fit a segment after its count and padding (about 9 px each at 17 px). */
  const room = (width: number) => Math.floor((width - 40) / 9);
  const segment = (s: ReturnType<typeof answerShares>[number]) => {
    const [fg, bg] = s.tone === null ? [palette.muted, palette.bg] : TONES[s.tone % TONES.length]!;
    const width = Math.max(60, Math.floor((680 * s.count) / total));
    return h(
      'div',
      {
        width,
        marginRight: 4,
        fontSize: 17,
        color: fg,
        background: bg,
        border: s.tone === null ? `2px dashed ${palette['line-strong']}` : `2px solid ${fg}`,
        borderRadius: 14,
        padding: '2px 8px',
        display: 'flex',
        overflow: 'hidden',
        whiteSpace: 'nowrap',
      },
      // The count always shows; the label as far as the share leaves room for it.
      room(width) >= 4 ? `${s.count} ${clip(s.label, room(width))}` : String(s.count),
    );
  };
  return h(
    'div',
    { display: 'flex', flexDirection: 'column', marginTop: 22, width: 1056 },
    h('div', { display: 'flex', fontSize: 19, color: palette.muted, marginBottom: 6 }, h('div', { width: 356 }, ''), `Answers of the ${total} briefs`),
    ...matrix.rows
      .slice(0, 5)
      .map((r) =>
        h(
          'div',
          { display: 'flex', alignItems: 'center', marginTop: 8 },
          h('div', { width: 356, fontSize: 19, paddingRight: 12, display: 'flex' }, clip(r.question, 64)),
          h('div', { display: 'flex', width: 700, overflow: 'hidden' }, ...answerShares(r.cells).map(segment)),
        ),
      ),
  );
}

type Node = { type: string; props: { style?: Record<string, unknown>; children?: (Node | string)[] | Node | string } };
const h = (type: string, style: Record<string, unknown>, ...children: (Node | string)[]): Node => ({ type, props: { style, children } });
const clip = (s: string, n: number) => (s.length > n ? s.slice(0, n - 1).trimEnd() + '…' : s);

/** Renders a 1200×630 PNG card: the site's colours, serif title, sans kicker; other scripts from the fallback fonts of card-fonts.ts. */
export async function renderCard(text: CardText): Promise<ArrayBuffer> {
  fonts ??= baseFonts();
  const title = clip(text.title, 150);
  const tree = h(
    'div',
    {
      // Satori sizes the content box: 1200×630 less padding and the top border.
      width: 1056,
      height: 518,
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: '46px 72px 48px',
      background: palette.bg,
      color: palette.fg,
      borderTop: `18px solid ${palette.accent}`,
      fontFamily: 'Sans',
    },
    h(
      'div',
      { display: 'flex', flexDirection: 'column', width: 1056 },
      h('div', { fontSize: 28, letterSpacing: 2, textTransform: 'uppercase', color: palette.muted }, clip(text.kicker, 70)),
      h('div', { fontFamily: 'Serif', fontSize: text.matrix ? 44 : title.length > 90 ? 50 : 62, lineHeight: 1.15, marginTop: text.matrix ? 12 : 24 }, title),
      ...(text.matrix ? [matrixNode(text.matrix)] : []),
      ...(text.quote
        ? [
            h(
              'div',
              {
                fontFamily: 'Serif',
                fontSize: 30,
                lineHeight: 1.35,
                marginTop: 28,
                color: palette.muted,
                borderLeft: `6px solid ${palette.line}`,
                paddingLeft: 24,
              },
              `“${clip(text.quote, 190)}”`,
            ),
          ]
        : []),
    ),
    h(
      'div',
      { display: 'flex', justifyContent: 'space-between', width: 1056, fontSize: 26, color: palette.muted },
      h('div', {}, clip(text.footer, 70)),
      h('div', { color: palette.accent }, 'Japan & Trump 2.0'),
    ),
  );
  const svg = await satori(tree as unknown as Parameters<typeof satori>[0], { width: 1200, height: 630, fonts, loadAdditionalAsset: loadFallbackFonts });
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: 1200 } }).render().asPng();
  return png.buffer.slice(png.byteOffset, png.byteOffset + png.byteLength) as ArrayBuffer;
}
