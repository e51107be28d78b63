/**
 * A claim as a CSL-JSON item citing its page on this site. The title is the page's own title,
 * "Claim <id>: <statement>": the id is never reused, so it finds the claim even if the statement is
 * reworded. The note names the brief the claim quotes and the quote, so a reader of the citation
 * alone knows whose words they are.
 */
import type { Claim } from '../model';
import { SITE_NAME } from '../lib/site-name';
import { claimUrl } from '../lib/urls';
import type { CslItem } from './csl-item';

/**
 * `briefCitation` is the quoted brief's citation as text (see formats.ts); `site` is the site's
 * public address (Astro.site), so that the URL is absolute.
 */
export function claimToCsl(claim: Pick<Claim, 'id' | 'statement' | 'quote'>, briefCitation: string, site: URL | string): CslItem {
  return {
    id: claim.id,
    // BibTeX keys may not hold hyphens (Citation.js would replace the key with a made-up one).
    'citation-key': claim.id.replaceAll('-', '_'),
    type: 'webpage',
    title: `Claim ${claim.id}: ${claim.statement}`,
    'container-title': SITE_NAME,
    URL: new URL(claimUrl(claim.id), site).href,
    language: 'en',
    note: `Quotes: ${briefCitation.trim()} Quoted words: “${claim.quote}”`,
  };
}
