// Build time only: runs in Node while `astro build` finishes, never in the browser (see ../client/ for that).
import type { Brief, Claim, Theme } from '../../model';
import { publicationYear, sortKey } from '../../lib/dates';
import { briefUrl, claimInContextUrl } from '../../lib/urls';
import { KIND_LABEL, themeTitles } from '../../lib/claims';
import { plainText } from '../../pipeline/clean/segments';

/** What Pagefind needs to index one custom record. */
export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

/** Spaces around dashes so "Kim Dae-jung–Obuchi" indexes Obuchi as a word of its own. */
const indexable = (text: string) => text.replace(/(\S)([–—])(?=\S)/g, '$1 $2 ');

/** Search filters shared by pages and claims, so one filter narrows both. */
function briefFilters(brief: Brief): Record<string, string[]> {
  return { brief: [brief.meta.publisher.short], year: [publicationYear(brief.meta.date) ?? 'Not stated'] };
}

/** Claim → a custom Pagefind record that lands on the claim's sentence in its brief. */
export function claimToRecord(claim: Claim, brief: Brief, themes: Theme[]): SearchRecord {
  return {
    url: claimInContextUrl(brief.slug, claim.id),
    // The quote only: the statement is shown as the title, and indexing it too would grow every
    // index chunk a first search downloads (see the search benchmark in the README).
    content: indexable(claim.quote),
    language: 'en',
    meta: {
      title: claim.statement,
      type: 'Claim',
      quote: claim.quote,
      publisher: brief.meta.publisher.short,
      brief: brief.meta.title.value,
      date: sortKey(brief.meta.date),
      kind: KIND_LABEL[claim.kind],
      claim: claim.id,
    },
    filters: { ...briefFilters(brief), theme: themeTitles(claim, themes), kind: [KIND_LABEL[claim.kind]], type: ['Claim'] },
    sort: { date: sortKey(brief.meta.date) },
  };
}

/**
 * Brief → one record per paragraph, so a result lands on its paragraph. Each paragraph carries the
 * themes of the claims it holds, so the theme filter narrows the full text too.
 */
export function briefToRecords(brief: Brief, claims: Claim[], themes: Theme[]): SearchRecord[] {
  const records: SearchRecord[] = [];
  // Paragraph ids are unique within a brief only (they are made from the paragraph's first words).
  const own = claims.filter((c) => c.brief === brief.slug);
  let section = '';
  for (const block of brief.cleaned.blocks) {
    const text = plainText(block.segments);
    if (block.kind === 'heading' || block.kind === 'summary-heading') {
      section = text;
      continue;
    }
    const themeSlugs = [...new Set(own.filter((c) => c.blockId === block.id).flatMap((c) => c.themes))];
    const titles = themeSlugs.map((s) => themes.find((t) => t.slug === s)?.title ?? s);
    records.push({
      url: `${briefUrl(brief.slug)}#${block.id}`,
      content: indexable(text),
      language: 'en',
      meta: {
        title: brief.meta.title.value + (section ? `: ${section}` : ''),
        type: 'Brief text',
        publisher: brief.meta.publisher.short,
        brief: brief.meta.title.value,
        date: sortKey(brief.meta.date),
      },
      filters: { ...briefFilters(brief), type: ['Brief text'], ...(titles.length ? { theme: titles } : {}) },
      sort: { date: sortKey(brief.meta.date) },
    });
  }
  return records;
}
