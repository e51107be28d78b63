import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';

const require = createRequire(import.meta.url);
const font = (pkg: string, file: string) => readFileSync(require.resolve(`@fontsource/${pkg}/files/${file}`));
let fonts: Parameters<typeof satori>[1]['fonts'] | undefined;

/** What a social card shows: a kicker, a title, and optionally a quote and a footer line. */
export interface CardText {
  kicker: string;
  title: string;
  quote?: string | undefined;
  footer: string;
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
      h('div', { fontFamily: 'Serif', fontSize: title.length > 90 ? 50 : 62, lineHeight: 1.15, marginTop: 24 }, title),
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
