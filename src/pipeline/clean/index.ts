import type { CleaningSettings } from '../../schemas/cleaning';
import { problem, type Problem } from '../problems';
import { CATALOGUE } from '../problems/catalogue';
import type { CleanedText, Line, Removal, RuleContext } from './types';
import { assignBlockIds } from './block-ids';
import { dropChrome } from './drop-chrome';
import { dropRepeats } from './drop-repeats';
import { linesToBlocks } from './lines-to-blocks';
import { linkNoteMarkers } from './link-note-markers';
import { repairPunctuation } from './repair-punctuation';
import { sliceArticle } from './slice-article';
import { splitEndnotes } from './split-endnotes';
import { textToLines } from './text-to-lines';

/**
 * Raw capture → cleaned article. Each step is one rule module; the same text and settings always
 * give the same result. When `start` or `end` is not found the article cannot be sliced, and the
 * later rules are not run: they would only report problems of the wrong slice.
 */
export function cleanText(text: string, settings: CleaningSettings, ctx: RuleContext): { cleaned: CleanedText; problems: Problem[] } {
  const lines = textToLines(text);
  const slice = sliceArticle(lines, settings.start, settings.end, ctx);
  if (slice.problems.length > 0) return { cleaned: { blocks: [], notes: [], repairs: [], removed: [] }, problems: slice.problems };
  const chrome = dropChrome(slice.lines, settings.drop, ctx);
  const repeats = dropRepeats(chrome.kept);
  const endnotes = splitEndnotes(repeats.kept, settings.endnotes, ctx);
  const blocks = linesToBlocks(endnotes.body, settings.summary);
  const summaryProblems =
    settings.summary !== undefined && !blocks.some((b) => b.kind === 'summary-heading')
      ? [problem(CATALOGUE.SummaryNotFound, ctx.at(['cleaning', 'summary']), { heading: settings.summary, raw: ctx.raw })]
      : [];
  const repaired = repairPunctuation(blocks, settings.repairs, ctx);
  const noteProblems = linkNoteMarkers(blocks, endnotes.notes, ctx);
  assignBlockIds(blocks);

  const removed = groupRemovals([
    ...slice.before.map((line) => ({ line, reason: 'page before the article (navigation, header)' })),
    ...chrome.dropped,
    ...repeats.dropped,
    ...slice.after.map((line) => ({ line, reason: 'page after the article (bios, footer, related links)' })),
  ]);
  return {
    cleaned: { blocks, notes: endnotes.notes, repairs: repaired.repairs, removed },
    problems: [...chrome.problems, ...endnotes.problems, ...summaryProblems, ...repaired.problems, ...noteProblems],
  };
}

function groupRemovals(items: { line: Line; reason: string }[]): Removal[] {
  const byReason = new Map<string, Removal>();
  for (const { line, reason } of items) {
    const r = byReason.get(reason) ?? { reason, lines: [] };
    r.lines.push(line.line);
    byReason.set(reason, r);
  }
  return [...byReason.values()];
}
