/**
 * A brief → the full text of its feed item: a provenance line, the cleaned article with editorial
 * insertions marked, and its endnotes. Links are absolute, since feed readers show the text away
 * from the site.
 */
import type { Brief } from '../model';
import { plainText } from '../pipeline/clean/segments';
import type { Segment } from '../pipeline/clean/types';
import { escapeHtml } from './block-html';
import { authorNames } from './briefs';
import { briefUrl } from './urls';
import { formatPublicationDate } from './dates';

/** One block's text; an editorial insertion shows as `<ins>` with its note, an endnote marker as a superscript. */
function segmentsToFeedHtml(segments: Segment[]): string {
  return segments
    .map((s) =>
      s.type === 'text'
        ? escapeHtml(s.text)
        : s.type === 'ins'
          ? `<ins title="Editorial insertion ${s.repair}">${escapeHtml(s.text)}</ins>`
          : `<sup>${s.note}</sup>`,
    )
    .join('');
}

/**
 * How many briefs the feed carries, newest first. Feed readers poll the whole file; with the full
 * text of every brief it would grow with each brief added. The full list is on /briefs/ and in the
 * open data.
 */
export const FEED_ITEMS = 50;

/** "Title supplied by the editors" where the brief has no title of its own. */
export function feedTitle(brief: Brief): string {
  return brief.meta.title.from.source === 'editors' ? `${brief.meta.title.value} (title supplied by the editors)` : brief.meta.title.value;
}

export function briefToFeedHtml(brief: Brief, site: URL): string {
  const m = brief.meta;
  const page = new URL(briefUrl(brief.slug), site).href;
  const original = m.url ? ` Original: <a href="${escapeHtml(m.url.value)}">${escapeHtml(m.url.value)}</a>.` : '';
  const head =
    `<p><em>${escapeHtml(authorNames(brief))}, ${escapeHtml(m.publisher.name)}, ${escapeHtml(formatPublicationDate(m.date))}.` +
    ` Cleaned from a web capture; text inserted by the editors is marked as an insertion.` +
    ` Read it with its claims at <a href="${page}">${page}</a>.${original}</em></p>`;
  const body = brief.cleaned.blocks
    .map((b) =>
      b.kind === 'heading' || b.kind === 'summary-heading' ? `<h2>${segmentsToFeedHtml(b.segments)}</h2>` : `<p>${segmentsToFeedHtml(b.segments)}</p>`,
    )
    .join('');
  const notes = brief.cleaned.notes.length ? `<h2>Notes</h2><ol>${brief.cleaned.notes.map((n) => `<li>${escapeHtml(n.text)}</li>`).join('')}</ol>` : '';
  return head + body + notes;
}

/** The opening of the brief's first paragraph, cut at a word near 300 characters. */
export function feedDescription(brief: Brief): string {
  const first = brief.cleaned.blocks.find((b) => b.kind === 'summary' || b.kind === 'paragraph');
  const text = first ? plainText(first.segments) : '';
  return text.length <= 300 ? text : `${text.slice(0, 300).replace(/\s+\S*$/, '')} …`;
}
