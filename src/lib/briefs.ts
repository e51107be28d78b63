import type { Brief } from '../model';
import { plainText } from '../pipeline/clean/segments';
import { formatList } from './format-list';

/** Words of the cleaned article (headings and summary included). */
export function wordCount(brief: Brief): number {
  return brief.cleaned.blocks.reduce((n, b) => n + plainText(b.segments).split(/\s+/).filter(Boolean).length, 0);
}

/** "Christopher W. Hughes", "Pratnashree Basu and Tripti Neb", or "Not stated". */
export function authorNames(brief: Brief): string {
  const names = brief.meta.authors.list.map((a) => a.name);
  return names.length === 0 ? 'Not stated' : formatList(names);
}
