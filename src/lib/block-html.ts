import type { Segment } from '../pipeline/clean/types';
import { claimUrl } from './urls';
import { markClaims, type ClaimRange } from './mark-claims';

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
/** Escapes text for HTML content and attribute values. */
export const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => ESC[c]!);

/**
 * The inline HTML of one block: text, editorial insertions, endnote references and claim marks.
 * Built as a string so no template whitespace creeps into the text.
 */
export function blockToHtml(segments: Segment[], claims: (ClaimRange & { label: string })[] = []): string {
  const label = new Map(claims.map((c) => [c.id, c.label]));
  return markClaims(segments, claims)
    .map((p) => {
      if (p.type === 'note') return `<sup><a id="ref-${p.note}" href="#note-${p.note}" aria-label="Endnote ${p.note}">${p.note}</a></sup>`;
      let html =
        p.type === 'ins'
          ? `<ins class="repair" id="repair-${p.repair}">${escapeHtml(p.text)}<span class="sr-only"> (editorial insertion ${p.repair}) </span></ins>`
          : escapeHtml(p.text);
      if (p.claims.length > 0) html = `<mark${p.starts[0] ? ` id="c-${p.starts[0]}"` : ''}>${html}</mark>`;
      for (const id of p.ends) html += `<a class="claim-link" href="${claimUrl(id)}" aria-label="${escapeHtml(label.get(id) ?? `Claim ${id}`)}">◆</a>`;
      return html;
    })
    .join('');
}
