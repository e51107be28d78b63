import type { Corpus } from '../../model';

/** Claims per brief and theme, and paragraphs without a claim: printed at every build. */
export function coverageReport({ briefs, themes, claims }: Corpus): string[] {
  const lines = [`${claims.length} claims from ${briefs.length} briefs on ${themes.length} themes`];
  for (const b of briefs) {
    const mine = claims.filter((c) => c.brief === b.slug);
    const paragraphs = b.cleaned.blocks.filter((x) => x.kind === 'paragraph' || x.kind === 'summary');
    const bare = paragraphs.filter((p) => !mine.some((c) => c.blockId === p.id));
    lines.push(
      `  ${b.meta.publisher.short.padEnd(13)} ${String(mine.length).padStart(4)} claims; ${paragraphs.length - bare.length}/${paragraphs.length} paragraphs have a claim${bare.length ? ` (none in: ${bare.map((p) => '#' + p.id).join(', ')})` : ''}`,
    );
  }
  for (const t of themes) {
    const mine = claims.filter((c) => c.themes.includes(t.slug));
    const perBrief = briefs.map((b) => mine.filter((c) => c.brief === b.slug).length);
    lines.push(
      `  ${t.slug.padEnd(24)} ${String(mine.length).padStart(4)} claims (${briefs.map((b, i) => `${b.meta.publisher.short} ${perBrief[i]}`).join(', ')})`,
    );
  }
  return lines;
}
