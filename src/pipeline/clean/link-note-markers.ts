import { problem, type Problem } from '../problems';
import { CATALOGUE } from '../problems/catalogue';
import type { Block, Note, RuleContext } from './types';
import { splitTextSegments } from './segments';

/**
 * Turns endnote markers glued to sentences ("risen by over 40%.1") into note references.
 * Markers must appear in order, so digits that belong to the text ("Trump 2.0") are left alone.
 */
export function linkNoteMarkers(blocks: Block[], notes: Note[], ctx: RuleContext): Problem[] {
  if (notes.length === 0) return [];
  let next = 1;
  const body = blocks.filter((b) => b.kind !== 'heading' && b.kind !== 'summary-heading');
  splitTextSegments(body, /([.,;:”"’)])(\d{1,3})(?=\s|$)/g, (m) => {
    if (Number(m[2]) !== next || next > notes.length) return null;
    next += 1;
    return [
      { type: 'text', text: m[1]! },
      { type: 'note', note: Number(m[2]) },
    ];
  });
  return next > notes.length
    ? []
    : [problem(CATALOGUE.EndnoteNoMarker, ctx.at(['cleaning', 'endnotes']), { n: next, found: next - 1, total: notes.length, raw: ctx.raw })];
}
