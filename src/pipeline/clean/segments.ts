import type { Block, Segment } from './types';

/** The text of a block as a reader sees it: original text and repairs, without note markers. */
export function plainText(segments: Segment[]): string {
  return segments.map((s) => (s.type === 'note' ? '' : s.text)).join('');
}

/**
 * Replaces, in the text segments of `blocks`, each match of `pattern` (global) by the segments
 * `make` returns. The callback may return null to keep a match as it is.
 */
export function splitTextSegments(blocks: Block[], pattern: RegExp, make: (m: RegExpExecArray, block: Block) => Segment[] | null): void {
  for (const block of blocks) {
    const out: Segment[] = [];
    for (const seg of block.segments) {
      if (seg.type !== 'text') {
        out.push(seg);
        continue;
      }
      let last = 0;
      pattern.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = pattern.exec(seg.text)) !== null) {
        const replacement = make(m, block);
        if (replacement === null) continue;
        if (m.index > last) out.push({ type: 'text', text: seg.text.slice(last, m.index) });
        out.push(...replacement);
        last = m.index + m[0].length;
      }
      if (last < seg.text.length) out.push({ type: 'text', text: seg.text.slice(last) });
    }
    block.segments = mergeText(out);
  }
}

/** Joins neighbouring text segments so later rules see continuous text. */
function mergeText(segments: Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const seg of segments) {
    const prev = out[out.length - 1];
    if (seg.type === 'text' && prev?.type === 'text') prev.text += seg.text;
    else out.push(seg.type === 'text' ? { ...seg } : seg);
  }
  return out;
}
