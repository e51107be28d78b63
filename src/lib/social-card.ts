import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';

const require = createRequire(import.meta.url);
const font = (pkg: string, file: string) => readFileSync(require.resolve(`@fontsource/${pkg}/files/${file}`));
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

/** Chip colours (text, background) of the positions matrix, as in src/styles/positions.css. */
const TONES = [
  ['#0b5d3b', '#e2f3ea'],
  ['#8a2d12', '#fbe9e1'],
  ['#1d4f91', '#e3edf9'],
  ['#6b3f8f', '#f1e8f8'],
  ['#6d5200', '#fbf1d2'],
  ['#3d4a52', '#e9eef1'],
] as const;

/** The matrix as rows of chips: question on the left, one chip per brief. */
function matrixNode(m: CardMatrix): Node {
  const colWidth = Math.floor(700 / Math.max(1, m.columns.length));
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
            color: '#555249',
            border: '2px dashed #b8b3a8',
            borderRadius: 14,
            padding: '2px 8px',
            display: 'flex',
          },
      c ? c.label : 'Not addressed',
    );
  };
  const rows = m.rows.slice(0, 5);
  return h(
    'div',
    { display: 'flex', flexDirection: 'column', marginTop: 22, width: 1056 },
    h(
      'div',
      { display: 'flex', fontSize: 19, color: '#555249', marginBottom: 6 },
      h('div', { width: 356 }, ''),
      ...m.columns.map((c) => h('div', { width: colWidth, display: 'flex' }, clip(c, 14))),
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

type Node = { type: string; props: { style?: Record<string, unknown>; children?: (Node | string)[] | Node | string } };
const h = (type: string, style: Record<string, unknown>, ...children: (Node | string)[]): Node => ({ type, props: { style, children } });
const clip = (s: string, n: number) => (s.length > n ? s.slice(0, n - 1).trimEnd() + '…' : s);

/** Renders a 1200×630 PNG card: the site's colours, serif title, sans kicker. */
export async function renderCard(text: CardText): Promise<ArrayBuffer> {
  fonts ??= [
    { name: 'Serif', data: font('source-serif-4', 'source-serif-4-latin-600-normal.woff'), weight: 600, style: 'normal' },
    { name: 'Sans', data: font('source-sans-3', 'source-sans-3-latin-400-normal.woff'), weight: 400, style: 'normal' },
  ];
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
      background: '#fdfcf9',
      color: '#1d1d1b',
      borderTop: '18px solid #8a2d12',
      fontFamily: 'Sans',
    },
    h(
      'div',
      { display: 'flex', flexDirection: 'column', width: 1056 },
      h('div', { fontSize: 28, letterSpacing: 2, textTransform: 'uppercase', color: '#555249' }, clip(text.kicker, 70)),
      h('div', { fontFamily: 'Serif', fontSize: text.matrix ? 44 : title.length > 90 ? 50 : 62, lineHeight: 1.15, marginTop: text.matrix ? 12 : 24 }, title),
      ...(text.matrix ? [matrixNode(text.matrix)] : []),
      ...(text.quote
        ? [
            h(
              'div',
              { fontFamily: 'Serif', fontSize: 30, lineHeight: 1.35, marginTop: 28, color: '#555249', borderLeft: '6px solid #d9d5cc', paddingLeft: 24 },
              `“${clip(text.quote, 190)}”`,
            ),
          ]
        : []),
    ),
    h(
      'div',
      { display: 'flex', justifyContent: 'space-between', width: 1056, fontSize: 26, color: '#555249' },
      h('div', {}, clip(text.footer, 70)),
      h('div', { color: '#8a2d12' }, 'Japan & Trump 2.0'),
    ),
  );
  const svg = await satori(tree as unknown as Parameters<typeof satori>[0], { width: 1200, height: 630, fonts });
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: 1200 } }).render().asPng();
  return png.buffer.slice(png.byteOffset, png.byteOffset + png.byteLength) as ArrayBuffer;
}
