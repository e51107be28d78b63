import { escapeRegExp } from '../../escape-regexp';
import type { Brief } from '../../model';

/**
 * The name a brief goes by in prose and on link labels: its publisher's short name, or, when two
 * briefs share a publisher, the short name with the year and month ("RSIS 2025-04"), so that a
 * name always points at one brief.
 */
export function briefNames(briefs: Brief[]): Map<string, string> {
  const count = new Map<string, number>();
  for (const b of briefs) count.set(b.meta.publisher.short, (count.get(b.meta.publisher.short) ?? 0) + 1);
  return new Map(
    briefs.map((b) => {
      const short = b.meta.publisher.short;
      return [b.slug, count.get(short)! > 1 ? `${short} ${String(b.meta.date.value).slice(0, 7)}` : short];
    }),
  );
}

/** A name as a pattern: a leading “The” may be lower-case mid-sentence. */
const nameSource = (name: string) => escapeRegExp(name).replace(/^The /, '[Tt]he ');
const BEFORE = '(?<![\\p{L}\\p{N}])';
const AFTER = '(?![\\p{L}\\p{N}])';

/** Finds every brief's name in prose with one pattern, so a check is linear in the text, not text × briefs. */
export interface NameFinder {
  /** The briefs named in the prose (slugs), each once, in order of first mention. */
  named(prose: string): string[];
  /** A pattern source that matches any one whole name, longest first, for larger patterns (“only A and B”). */
  readonly anyName: string;
}

const finders = new WeakMap<Map<string, string>, NameFinder>();

/**
 * The finder for a set of names (slug → name), compiled once per set. Where one name begins
 * another (“ORF”, “ORF America”), the longer one wins: “ORF America” does not name ORF.
 */
export function nameFinder(names: Map<string, string>): NameFinder {
  let finder = finders.get(names);
  if (finder) return finder;
  const slugsOf = new Map<string, string[]>();
  for (const [slug, name] of names) slugsOf.set(name, [...(slugsOf.get(name) ?? []), slug]);
  const anyName = [...slugsOf.keys()]
    .sort((a, b) => b.length - a.length || a.localeCompare(b))
    .map(nameSource)
    .join('|');
  const whole = anyName ? `${BEFORE}(?:${anyName})${AFTER}` : '(?!)';
  const re = anyName ? new RegExp(whole, 'gu') : null;
  finder = {
    anyName: whole,
    named(prose) {
      if (!re) return [];
      const found = new Set<string>();
      for (const m of prose.matchAll(re)) for (const slug of slugsOf.get(m[0].replace(/^the /, 'The ')) ?? []) found.add(slug);
      return [...found];
    },
  };
  finders.set(names, finder);
  return finder;
}
