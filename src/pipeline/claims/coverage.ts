import type { Corpus } from '../../model';

/** Claims per brief and theme, and paragraphs without a claim: printed at every build. */
export function coverageReport({ briefs, themes, claims }: Corpus): string[] {
  const lines = [`${claims.length} claims from ${briefs.length} briefs on ${themes.length} themes`];
  // Grouped once: a scan of every claim per brief, or per theme and brief, grows with briefs × claims.
  const byBrief = Map.groupBy(claims, (c) => c.brief);
  for (const b of briefs) {
    const mine = byBrief.get(b.slug) ?? [];
    const withClaim = new Set(mine.map((c) => c.blockId));
    const paragraphs = b.cleaned.blocks.filter((x) => x.kind === 'paragraph' || x.kind === 'summary');
    const bare = paragraphs.filter((p) => !withClaim.has(p.id));
    lines.push(
      `  ${b.meta.publisher.short.padEnd(13)} ${String(mine.length).padStart(4)} claims; ${paragraphs.length - bare.length}/${paragraphs.length} paragraphs have a claim${bare.length ? ` (none in: ${bare.map((p) => '#' + p.id).join(', ')})` : ''}`,
    );
  }
  for (const t of themes) {
    const mine = Map.groupBy(
      claims.filter((c) => c.themes.includes(t.slug)),
      (c) => c.brief,
    );
    const total = [...mine.values()].reduce((n, cs) => n + cs.length, 0);
    const perBrief = briefs.map((b) => mine.get(b.slug)?.length ?? 0);
    lines.push(`  ${t.slug.padEnd(24)} ${String(total).padStart(4)} claims (${briefs.map((b, i) => `${b.meta.publisher.short} ${perBrief[i]}`).join(', ')})`);
  }
  return lines;
}
