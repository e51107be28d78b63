import type { Segment } from '../pipeline/clean/types';

/** A claim's place in a block's plain text. */
export interface ClaimRange {
  id: string;
  start: number;
  end: number;
}

/** A run of a block: one segment (or part of one) and the claims whose quotes cover it. */
export type Piece = Segment & { claims: string[]; /** claims that end right after this piece */ ends: string[]; starts: string[] };

/**
 * Cuts a block's segments at every claim boundary so each piece can be marked with the claims that
 * cover it. Offsets count text and insertion segments; note markers have no width.
 */
export function markClaims(segments: Segment[], ranges: ClaimRange[]): Piece[] {
  const cuts = new Set<number>();
  for (const r of ranges) cuts.add(r.start).add(r.end);
  const pieces: Piece[] = [];
  let pos = 0;
  for (const seg of segments) {
    if (seg.type === 'note') {
      pieces.push({ ...seg, claims: covering(ranges, pos - 1, pos), ends: [], starts: [] });
      continue;
    }
    const inner = [...cuts].filter((c) => c > pos && c < pos + seg.text.length).sort((a, b) => a - b);
    let from = pos;
    for (const to of [...inner, pos + seg.text.length]) {
      const text = seg.text.slice(from - pos, to - pos);
      pieces.push({
        ...seg,
        text,
        claims: covering(ranges, from, to),
        starts: ranges.filter((r) => r.start === from).map((r) => r.id),
        ends: ranges.filter((r) => r.end === to).map((r) => r.id),
      });
      from = to;
    }
    pos += seg.text.length;
  }
  return pieces;
}

function covering(ranges: ClaimRange[], from: number, to: number): string[] {
  return ranges.filter((r) => r.start <= from && r.end >= to).map((r) => r.id);
}
