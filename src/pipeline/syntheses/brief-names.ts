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

const patterns = new Map<string, RegExp>();

/** A pattern that finds a brief's name in prose; a leading “The” may be lower-case mid-sentence. Compiled once per name. */
export function namePattern(name: string): RegExp {
  let re = patterns.get(name);
  if (!re) {
    const escaped = escapeRegExp(name).replace(/^The /, '[Tt]he ');
    re = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u');
    patterns.set(name, re);
  }
  return re;
}
