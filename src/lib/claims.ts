import type { Claim, Theme } from '../model';
import type { ClaimRange } from './mark-claims';

/** Display names of the claim kinds. */
export const KIND_LABEL = { fact: 'Fact', assessment: 'Assessment', forecast: 'Forecast', recommendation: 'Recommendation' } as const;

/** Theme titles of a claim, in the claim's order. */
export function themeTitles(claim: Claim, themes: Theme[]): string[] {
  return claim.themes.map((s) => themes.find((t) => t.slug === s)?.title ?? s);
}

/** "Forecast: Defence spending, Alliances": the label of a claim marker, its kind and themes. */
function claimLabel(claim: Claim, themes: Theme[]): string {
  return `${KIND_LABEL[claim.kind]}: ${claim.themes.map((s) => themes.find((t) => t.slug === s)?.short ?? s).join(', ')}`;
}

/** A brief's claims grouped by the anchor of the paragraph that holds them, in text order. */
export function claimsByBlock(claims: Claim[], themes: Theme[]): Map<string, (ClaimRange & { label: string })[]> {
  const map = new Map<string, (ClaimRange & { label: string })[]>();
  for (const c of claims) {
    const list = map.get(c.blockId) ?? [];
    list.push({ id: c.id, start: c.start, end: c.end, label: claimLabel(c, themes) });
    map.set(c.blockId, list);
  }
  for (const list of map.values()) list.sort((a, b) => a.start - b.start || b.end - a.end);
  return map;
}
