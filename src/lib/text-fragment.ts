/**
 * Links into the publisher's page that scroll to a quote: URL text fragments (`#:~:text=`, WICG Text
 * Fragments, https://wicg.github.io/scroll-to-text-fragment/). Browsers without support simply open
 * the page at its top, so the link is always safe to offer.
 *
 * The limit: a fragment only matches text exactly as the publisher's page shows it. Our quotes come
 * from the cleaned capture, which may differ from that page where the editors restored lost
 * punctuation (repairs: the page may spell the dash or its spacing differently) and where the page
 * carries a note number that our text keeps apart as a marker (`text.¹` reads "text.1" there). So
 * the words chosen for the fragment never touch a repair or a note marker; when such a spot lies
 * inside the quote, the fragment becomes `start,end` around it. Spacing is already normalised in
 * quotes and fragments match across whitespace. Quote marks and apostrophes are kept as captured:
 * the capture took them from the page, so they are the characters the page most likely has.
 */
import type { Segment } from '../pipeline/clean/types';
import type { Brief, Claim } from '../model';

/** A span of the quote (character offsets) whose text the publisher's page may not have. */
export interface Span {
  from: number;
  to: number;
}

/**
 * A quote up to this long is matched whole; a longer one by its first and last words. Whole matches
 * are the most precise, but every extra character is one more chance of a mismatch with the page,
 * and a long quote makes a long URL (shared, printed): ten words of about eight characters is where
 * a sentence stops being a phrase.
 */
export const WHOLE_QUOTE_MAX = { chars: 80, words: 10 } as const;
/** Words taken from each end of a long quote: enough to be unique on a page, short enough to match. */
export const END_WORDS = 5;

/** Percent-encodes one term of a text directive: `-`, `&` and `,` are directive syntax, so encoded too. */
export function encodeTextTerm(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D');
}

interface Word {
  text: string;
  from: number;
  to: number;
}

function words(quote: string): Word[] {
  return [...quote.matchAll(/\S+/g)].map((m) => ({ text: m[0], from: m.index, to: m.index + m[0].length }));
}

/** A word is unsafe if an avoided span overlaps it or touches it (a note marker has no width). */
const safe = (w: Word, avoid: Span[]) => avoid.every((s) => s.to < w.from || s.from > w.to);

/**
 * The text directive's value for a quote: the whole quote when it is short and has no avoided span,
 * else `start,end` taken from the runs of safe words nearest its two ends. Undefined when the quote
 * has no safe word at all.
 */
export function textDirective(quote: string, avoid: Span[] = []): string | undefined {
  const all = words(quote);
  const ok = all.map((w) => safe(w, avoid));
  const first = ok.indexOf(true);
  const last = ok.lastIndexOf(true);
  if (first === -1) return undefined;
  const clean = ok.slice(first, last + 1).every(Boolean);
  const span = quote.slice(all[first]!.from, all[last]!.to);
  if (clean && last - first + 1 <= WHOLE_QUOTE_MAX.words && span.length <= WHOLE_QUOTE_MAX.chars) return encodeTextTerm(span);
  // The run of safe words from the first one, and the run ending at the last one, each at most END_WORDS.
  let startEnd = first;
  while (startEnd + 1 <= last && ok[startEnd + 1] && startEnd + 1 - first < END_WORDS) startEnd++;
  let endStart = last;
  while (endStart - 1 > startEnd && ok[endStart - 1] && last - (endStart - 1) < END_WORDS) endStart--;
  if (endStart <= startEnd) return encodeTextTerm(quote.slice(all[first]!.from, all[startEnd]!.to));
  const start = quote.slice(all[first]!.from, all[startEnd]!.to);
  const end = quote.slice(all[endStart]!.from, all[last]!.to);
  return `${encodeTextTerm(start)},${encodeTextTerm(end)}`;
}

/** `url` with a text directive added, keeping any fragment (and any directive) it already has. */
export function withTextFragment(url: string, directive: string): string {
  const hash = url.indexOf('#');
  if (hash === -1) return `${url}#:~:text=${directive}`;
  const fragment = url.slice(hash + 1);
  return fragment.includes(':~:') ? `${url}&text=${directive}` : `${url}:~:text=${directive}`;
}

/**
 * The spans of a quote that are the editors' (repairs) or stand where the page has a note number,
 * from the block's segments and the quote's offsets in the block's plain text.
 */
export function editorialSpans(segments: Segment[], start: number, end: number): Span[] {
  const spans: Span[] = [];
  let pos = 0;
  for (const seg of segments) {
    if (seg.type === 'note') {
      if (pos >= start && pos <= end) spans.push({ from: pos - start, to: pos - start });
      continue;
    }
    const next = pos + seg.text.length;
    if (seg.type === 'ins' && next > start && pos < end) spans.push({ from: Math.max(pos, start) - start, to: Math.min(next, end) - start });
    pos = next;
  }
  return spans;
}

/** The link to a claim's quote on the publisher's page, or undefined when the brief has no public URL. */
export function quoteOnPublisherPage(claim: Pick<Claim, 'quote' | 'blockId' | 'start' | 'end'>, brief: Pick<Brief, 'meta' | 'cleaned'>): string | undefined {
  const url = brief.meta.url?.value;
  if (!url) return undefined;
  const block = brief.cleaned.blocks.find((b) => b.id === claim.blockId);
  const directive = textDirective(claim.quote, block ? editorialSpans(block.segments, claim.start, claim.end) : []);
  return directive ? withTextFragment(url, directive) : url;
}
