import type { Brief } from '../model';
import { authorNames } from './briefs';
import { formatPublicationDate } from './dates';

/** A ready citation of the original brief, in a plain author–title–publisher–date style. */
export function citeBrief(brief: Brief): string {
  const m = brief.meta;
  const authors = m.authors.list.length ? authorNames(brief) : m.publisher.short;
  const title = m.title.from.source === 'editors' ? `[${m.title.value}] (untitled; title supplied)` : `“${m.title.value}”`;
  const series = m.series ? ` ${m.series.value}.` : '';
  const date = m.date.precision === 'after' ? 'n.d.' : formatPublicationDate(m.date);
  const url = m.url ? ` ${m.url.value}` : '';
  return `${authors}. ${title}. ${m.publisher.name}.${series} ${date}.${url}`;
}
