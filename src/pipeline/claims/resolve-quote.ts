import { plainText } from '../clean/segments';
import { normaliseSpace } from '../clean/text-to-lines';
import type { Block } from '../clean/types';

export interface QuoteLocation {
  blockId: string;
  /** Character offsets of the quote in the block's plain text. */
  start: number;
  end: number;
}

/** Claims quote paragraphs (the article's and the publisher's summary): the page marks claims there only. */
const quotable = (b: Block) => b.kind === 'paragraph' || b.kind === 'summary';

function occurrences(q: string, blocks: Block[]): QuoteLocation[] {
  const found: QuoteLocation[] = [];
  for (const b of blocks) {
    const text = plainText(b.segments);
    for (let i = text.indexOf(q); i !== -1; i = text.indexOf(q, i + 1)) found.push({ blockId: b.id, start: i, end: i + q.length });
  }
  return found;
}

/** Finds a quote in a brief's paragraphs (it must occur exactly once), and the headings it is in otherwise. */
export function resolveQuote(quote: string, blocks: Block[]): { found: QuoteLocation[]; inHeadings: string[] } {
  const q = normaliseSpace(quote);
  const found = occurrences(q, blocks.filter(quotable));
  const inHeadings =
    found.length > 0
      ? []
      : occurrences(
          q,
          blocks.filter((b) => !quotable(b)),
        ).map((l) => l.blockId);
  return { found, inHeadings };
}

/** How a quote that is not in the text differs from it. */
export interface Divergence {
  /** Length of the longest prefix of the quote found in a paragraph. */
  matched: number;
  block: string;
  /** The last words of the matched prefix. */
  context: string;
  quoteChar: string;
  /** The character after the prefix in the paragraph; undefined at the end of the paragraph. */
  textChar: string | undefined;
  kind: 'quote-marks' | 'dashes' | 'unicode-form' | 'other';
}

const QUOTE_MARKS = /^['"‘’‚‛“”„‟′″«»‹›]$/;
const DASHES = /^[-‐‑‒–—―−]$/;

/** Where a quote stops matching the paragraphs: the longest prefix found (binary search: prefixes of a found prefix are found too). */
export function quoteDivergence(quote: string, blocks: Block[]): Divergence | undefined {
  const q = normaliseSpace(quote);
  const texts = blocks.filter(quotable).map((b) => ({ id: b.id, text: plainText(b.segments) }));
  const has = (n: number) => texts.some((t) => t.text.includes(q.slice(0, n)));
  let lo = 0;
  let hi = q.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (has(mid)) lo = mid;
    else hi = mid - 1;
  }
  if (lo === 0 || lo === q.length) return undefined;
  const prefix = q.slice(0, lo);
  const where = texts.find((t) => t.text.includes(prefix))!;
  const textChar = where.text[where.text.indexOf(prefix) + lo];
  const quoteChar = q[lo]!;
  const nfc = q.normalize('NFC');
  const kind =
    textChar && QUOTE_MARKS.test(textChar) && QUOTE_MARKS.test(quoteChar)
      ? 'quote-marks'
      : textChar && DASHES.test(textChar) && DASHES.test(quoteChar)
        ? 'dashes'
        : texts.some((t) => t.text.normalize('NFC').includes(nfc))
          ? 'unicode-form'
          : 'other';
  return { matched: lo, block: where.id, context: prefix.slice(-40), quoteChar, textChar, kind };
}

/** Invisible characters a quote may not hold (the text a reader sees has none of them between words). */
const INVISIBLE = /[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/u;
const NAMES: Record<string, string> = {
  '\u00ad': 'soft hyphen',
  '\u200b': 'zero-width space',
  '\u200c': 'zero-width non-joiner',
  '\u200d': 'zero-width joiner',
  '\u200e': 'left-to-right mark',
  '\u200f': 'right-to-left mark',
  '\u2060': 'word joiner',
  '\ufeff': 'zero-width no-break space (byte-order mark)',
};

/** The first invisible character of a quote, named, with its 1-based position; undefined when there is none. */
export function invisibleCharacter(quote: string): { char: string; position: number } | undefined {
  const m = INVISIBLE.exec(quote);
  if (!m) return undefined;
  return { char: `${codePoint(m[0])}${NAMES[m[0]] ? ` (${NAMES[m[0]]})` : ''}`, position: m.index + 1 };
}

/** `“’” (U+2019)`: a character shown with its code point, so look-alikes can be told apart. */
export function describeChar(ch: string | undefined): string {
  return ch === undefined ? 'the end of the paragraph' : `“${ch}” (${codePoint(ch)})`;
}

const codePoint = (ch: string) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
