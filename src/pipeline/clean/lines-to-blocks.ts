import type { Block, BlockKind, Line } from './types';
import { normaliseSpace } from './text-to-lines';

/** A short line without closing punctuation reads as a heading ("Alliance Anxieties", "What lies ahead?"). */
export function looksLikeHeading(text: string): boolean {
  return text.split(' ').length <= 10 && text.length <= 80 && !/[.,;:!”"’)]$/.test(text) && !/^[a-z]/.test(text);
}

/** Classifies lines as headings and paragraphs; paragraphs under the `summary` heading form the summary. */
export function linesToBlocks(lines: Line[], summaryHeading?: string): Block[] {
  const summary = summaryHeading === undefined ? undefined : normaliseSpace(summaryHeading);
  let inSummary = false;
  return lines.map((l) => {
    let kind: BlockKind;
    if (summary !== undefined && l.text === summary) {
      inSummary = true;
      kind = 'summary-heading';
    } else if (looksLikeHeading(l.text)) {
      inSummary = false;
      kind = 'heading';
    } else {
      kind = inSummary ? 'summary' : 'paragraph';
    }
    return { id: '', kind, line: l.line, segments: [{ type: 'text', text: l.text }] };
  });
}
