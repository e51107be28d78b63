import type { Line, RuleProblem } from '../types';
import { normaliseSpace } from './text-to-lines';

export interface SliceResult {
  lines: Line[];
  before: Line[];
  after: Line[];
  problems: RuleProblem[];
}

/** Keeps the lines from the one starting with `start` up to (not including) the one starting with `end`. */
export function sliceArticle(lines: Line[], start: string, end?: string): SliceResult {
  const s = normaliseSpace(start);
  const from = lines.findIndex((l) => l.text.startsWith(s));
  if (from === -1) {
    return {
      lines: [],
      before: lines,
      after: [],
      problems: [
        {
          field: 'cleaning.start',
          message: `no line of the raw file starts with “${start}”`,
          fix: 'copy the opening words of the article’s first line exactly',
        },
      ],
    };
  }
  let to = lines.length;
  const problems: RuleProblem[] = [];
  if (end !== undefined) {
    const e = normaliseSpace(end);
    const idx = lines.findIndex((l, i) => i > from && l.text.startsWith(e));
    if (idx === -1) {
      problems.push({
        field: 'cleaning.end',
        message: `no line after the start begins with “${end}”`,
        fix: 'copy the opening words of the first line after the article exactly, or remove "end"',
      });
    } else {
      to = idx;
    }
  }
  return { lines: lines.slice(from, to), before: lines.slice(0, from), after: lines.slice(to), problems };
}
