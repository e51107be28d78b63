import type { Line, Note, RuleProblem } from '../types';
import { normaliseSpace } from './text-to-lines';

/** Separates the numbered endnotes that follow the `heading` line from the article body. */
export function splitEndnotes(lines: Line[], heading?: string): { body: Line[]; notes: Note[]; problems: RuleProblem[] } {
  if (heading === undefined) return { body: lines, notes: [], problems: [] };
  const h = normaliseSpace(heading);
  const at = lines.findIndex((l) => l.text === h);
  if (at === -1) {
    return {
      body: lines,
      notes: [],
      problems: [
        { field: 'cleaning.endnotes', message: `no line of the article reads “${heading}”`, fix: 'give the endnotes heading exactly, or remove "endnotes"' },
      ],
    };
  }
  const notes: Note[] = [];
  const problems: RuleProblem[] = [];
  for (const l of lines.slice(at + 1)) {
    const m = /^(\d{1,3})\s+(.+)$/.exec(l.text);
    if (!m) {
      problems.push({
        field: 'cleaning.endnotes',
        message: `line ${l.n} after the endnotes heading is not a numbered note`,
        fix: 'end the article before it with "end", or drop it',
      });
      continue;
    }
    notes.push({ n: Number(m[1]), text: m[2]!, line: l.n });
  }
  notes.forEach((note, i) => {
    if (note.n !== i + 1) problems.push({ field: 'cleaning.endnotes', message: `endnote on line ${note.line} is numbered ${note.n}, expected ${i + 1}` });
  });
  return { body: lines.slice(0, at), notes, problems };
}
