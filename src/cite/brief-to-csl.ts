/**
 * A brief's metadata as a CSL-JSON item citing the original publication (not this site's edition).
 * Only what the metadata records goes in: no guessed author, date or title.
 */
import type { Brief } from '../model';
import type { CslItem } from './csl-item';

/** Kinds of document published inside a periodical rather than as a report of their own. */
const MAGAZINE_KINDS = new Set(['magazine article']);

/** What the note of a citation says when the title is the editors' description, not the publisher's. */
export const SUPPLIED_TITLE_NOTE = 'Title supplied by the editors of this edition; the original has none.';

export function briefToCsl(brief: Pick<Brief, 'meta'>): CslItem {
  const m = brief.meta;
  const magazine = MAGAZINE_KINDS.has(m.kind.value);
  const supplied = m.title.from.source === 'editors';
  const item: CslItem = {
    id: m.code,
    'citation-key': m.code,
    type: magazine ? 'article-magazine' : 'report',
    // Square brackets mark a title that is a description, as APA, Chicago and MLA do for untitled works.
    title: supplied ? `[${m.title.value}]` : m.title.value,
    language: m.language,
  };
  // Names stay as written: the metadata does not split family from given names, and a split guessed
  // from word order would invert family-first names ("Takahashi Kosuke"). No author, no author field:
  // the styles then lead with the title, as they prescribe for unsigned reports.
  if (m.authors.list.length > 0) item.author = m.authors.list.map((a) => ({ literal: a.name }));
  if (magazine) item['container-title'] = m.publisher.name;
  else item.publisher = m.publisher.name;
  if (m.publisher.place && !magazine) item['publisher-place'] = m.publisher.place;
  // A magazine's issue shows in its date; a report's series is the collection it belongs to.
  if (m.series && !magazine) item['collection-title'] = m.series.value;
  // The kind names the document only when the publisher calls it that; the editors' own description
  // ("analysis", "essay") is ours to use on the site, not the publisher's label to cite.
  if (!magazine && m.kind.from.source !== 'editors') item.genre = m.kind.value;
  // A date the text does not state stays out: APA and Chicago then print "n.d." and MLA leaves it out.
  if (m.date.precision !== 'after') item.issued = { 'date-parts': [m.date.value.split('-').map(Number)] };
  if (m.url) item.URL = m.url.value;
  if (supplied) item.note = SUPPLIED_TITLE_NOTE;
  return item;
}
