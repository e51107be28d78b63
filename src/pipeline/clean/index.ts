import type { CleaningSettings } from '../../schemas/cleaning';
import type { CleanedText, Line, Removal, RuleProblem } from '../types';
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
 * give the same result.
 */
export function cleanText(text: string, settings: CleaningSettings): { cleaned: CleanedText; problems: RuleProblem[] } {
  const lines = textToLines(text);
  const slice = sliceArticle(lines, settings.start, settings.end);
  const chrome = dropChrome(slice.lines, settings.drop);
  const repeats = dropRepeats(chrome.kept);
  const endnotes = splitEndnotes(repeats.kept, settings.endnotes);
  const blocks = linesToBlocks(endnotes.body, settings.summary);
  const repaired = repairPunctuation(blocks, settings.repairs);
  const noteProblems = linkNoteMarkers(blocks, endnotes.notes);
  assignBlockIds(blocks);

  const removed = groupRemovals([
    ...slice.before.map((line) => ({ line, reason: 'page before the article (navigation, header)' })),
    ...chrome.dropped,
    ...repeats.dropped,
    ...slice.after.map((line) => ({ line, reason: 'page after the article (bios, footer, related links)' })),
  ]);
  return {
    cleaned: { blocks, notes: endnotes.notes, repairs: repaired.repairs, removed },
    problems: [...slice.problems, ...chrome.problems, ...endnotes.problems, ...repaired.problems, ...noteProblems],
  };
}

function groupRemovals(items: { line: Line; reason: string }[]): Removal[] {
  const byReason = new Map<string, Removal>();
  for (const { line, reason } of items) {
    const r = byReason.get(reason) ?? { reason, lines: [] };
    r.lines.push(line.n);
    byReason.set(reason, r);
  }
  return [...byReason.values()];
}
