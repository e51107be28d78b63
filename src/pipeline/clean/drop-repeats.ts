import type { Line } from './types';

/** Lines shorter than this are never treated as pull-quotes (headings are short). */
const MIN_PULL_QUOTE_WORDS = 6;
/** A pull-quote may skip a few words of the passage it repeats ("(economic as well as geopolitical)"). */
const MAX_SPAN_RATIO = 1.5;
/** A pull-quote stands within this many lines of the passage it repeats (on real pages, a few paragraphs). */
const PULL_QUOTE_REACH = 1000;

export interface RepeatResult {
  kept: Line[];
  dropped: { line: Line; reason: string }[];
}

/**
 * Removes repeats without losing a sentence: a line identical to an earlier one (a duplicated
 * caption or article) and a line whose words all stand, in order, inside a longer line (a
 * pull-quote, sometimes shortened by the page designer).
 *
 * Near-linear: lines are indexed by word, and a candidate pull-quote is compared only with the
 * longer lines near it that hold its rarest word (comparing every line with every line took
 * minutes on a multi-megabyte capture).
 */
export function dropRepeats(lines: Line[]): RepeatResult {
  const seen = new Set<string>();
  const kept: Line[] = [];
  const dropped: RepeatResult['dropped'] = [];
  const wordsOf = lines.map((l) => words(l.text));
  const linesWith = indexByWord(wordsOf);
  lines.forEach((line, i) => {
    if (seen.has(line.text)) {
      dropped.push({ line, reason: 'repeated line' });
      return;
    }
    seen.add(line.text);
    const mine = wordsOf[i]!;
    if (mine.length >= MIN_PULL_QUOTE_WORDS) {
      const rarest = mine.reduce((a, b) => (linesWith.get(b)!.length < linesWith.get(a)!.length ? b : a));
      const near = within(linesWith.get(rarest)!, i - PULL_QUOTE_REACH, i + PULL_QUOTE_REACH);
      if (near.some((o) => lines[o]!.text.length > line.text.length && isWithin(mine, wordsOf[o]!))) {
        dropped.push({ line, reason: 'pull-quote repeating the article text' });
        return;
      }
    }
    kept.push(line);
  });
  return { kept, dropped };
}

/** The part of a sorted list of line indexes between `from` and `to`, found by binary search. */
function within(sorted: number[], from: number, to: number): number[] {
  const first = (x: number) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return sorted.slice(first(from), first(to + 1));
}

/** Word → indexes of the lines holding it (ascending), each line once. */
function indexByWord(wordsOf: string[][]): Map<string, number[]> {
  const index = new Map<string, number[]>();
  wordsOf.forEach((ws, i) => {
    for (const w of new Set(ws)) {
      const list = index.get(w);
      if (list) list.push(i);
      else index.set(w, [i]);
    }
  });
  return index;
}

/** Lowercased words without punctuation. */
export function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}%$]+/u)
    .filter(Boolean);
}

/** True when `needle` occurs in `hay` in order, within a span at most MAX_SPAN_RATIO times its length. */
export function isWithin(needle: string[], hay: string[]): boolean {
  const limit = Math.ceil(needle.length * MAX_SPAN_RATIO);
  for (let start = 0; start < hay.length; start++) {
    if (hay[start] !== needle[0]) continue;
    let i = 1;
    let j = start + 1;
    while (i < needle.length && j < hay.length && j - start < limit) {
      if (hay[j] === needle[i]) i++;
      j++;
    }
    if (i === needle.length) return true;
  }
  return false;
}
