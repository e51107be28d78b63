/**
 * A CSL-JSON item in the forms a reader can copy or download: APA, Chicago author-date and MLA as
 * text or HTML (italics kept), and BibTeX, RIS and CSL-JSON files.
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import type { CslItem } from './csl-item';
import { cached } from './cache';
import { registerStyles, type Template } from './styles';

/** The reference styles shown on the pages, in order, with their labels (APA 7th, Chicago 17th, MLA 9th editions). */
export const STYLES: { key: string; label: string; template: Template }[] = [
  { key: 'apa', label: 'APA', template: 'apa' },
  { key: 'chicago', label: 'Chicago author-date', template: 'chicago-author-date' },
  { key: 'mla', label: 'MLA', template: 'modern-language-association' },
];

/** The downloads: file extension, media type and label. */
export const DOWNLOADS = [
  { format: 'bib', type: 'application/x-bibtex', label: 'BibTeX' },
  { format: 'ris', type: 'application/x-research-info-systems', label: 'RIS' },
  { format: 'json', type: 'application/vnd.citationstyles.csl+json', label: 'CSL-JSON' },
] as const;
export type DownloadFormat = (typeof DOWNLOADS)[number]['format'];

/**
 * Chicago and MLA set titles in title case, which would turn "orf1-01" into "Orf1-01": words with a
 * digit in them (ids, report numbers, "2.0") keep their case, through CSL's `nocase` markup. Only
 * the styled references get the markup; the downloads keep the title as it is.
 */
function keepCodes(item: CslItem): CslItem {
  return { ...item, title: item.title.replace(/[^\s<>&]*\d[^\s<>&]*/g, (word) => `<span class="nocase">${word}</span>`) };
}

function bibliography(item: CslItem, template: Template, format: 'text' | 'html'): string {
  const styled = keepCodes(item);
  return cached([JSON.stringify(styled), template, format], () => {
    registerStyles();
    return new Cite(styled).format('bibliography', { format, template, lang: 'en-US' }) as string;
  });
}

/** The reference as plain text, for copying. */
export function citationText(item: CslItem, template: Template): string {
  return bibliography(item, template, 'text').trim();
}

/**
 * The reference as HTML: only citeproc's own markup (`<i>` and the like) around text it has
 * escaped, without its wrapping `div`s.
 */
export function citationHtml(item: CslItem, template: Template): string {
  const html = bibliography(item, template, 'html');
  const entry = /<div[^>]*class="csl-entry"[^>]*>([\s\S]*?)<\/div>/.exec(html);
  if (!entry?.[1]) throw new Error(`Citation.js gave no entry for ${item.id} in ${template}: ${html}`);
  return entry[1].trim();
}

/** The file a reader downloads, as text. */
export function citationFile(item: CslItem, format: DownloadFormat): string {
  if (format === 'json') return `${JSON.stringify([item], null, 2)}\n`;
  const cite = new Cite(item);
  if (format === 'bib') return cite.format('bibtex');
  // Citation.js breaks RIS values every 70 characters, mid-word; readers differ on how they join the
  // pieces (with a space or without), so each value is put back on one line.
  return cite.format('ris').replace(/\n(?![A-Z][A-Z0-9] {2}- |$)/g, '');
}

/** An endpoint's response for a download. */
export function citationResponse(item: CslItem, format: DownloadFormat): Response {
  const type = DOWNLOADS.find((d) => d.format === format)!.type;
  return new Response(citationFile(item, format), { headers: { 'Content-Type': `${type}; charset=utf-8` } });
}
