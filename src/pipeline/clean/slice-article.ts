import { problem, type Problem } from '../problems';
import { CATALOGUE } from '../problems/catalogue';
import type { Line, RuleContext } from './types';
import { normaliseSpace } from './text-to-lines';

interface SliceResult {
  lines: Line[];
  before: Line[];
  after: Line[];
  problems: Problem[];
}

/** Keeps the lines from the one starting with `start` up to (not including) the one starting with `end`. */
export function sliceArticle(lines: Line[], start: string, end: string | undefined, ctx: RuleContext): SliceResult {
  const s = normaliseSpace(start);
  const from = lines.findIndex((l) => l.text.startsWith(s));
  if (from === -1) {
    return {
      lines: [],
      before: lines,
      after: [],
      problems: [problem(CATALOGUE.StartNotFound, ctx.at(['cleaning', 'start']), { start, raw: ctx.raw })],
    };
  }
  let to = lines.length;
  const problems: Problem[] = [];
  if (end !== undefined) {
    const e = normaliseSpace(end);
    const idx = lines.findIndex((l, i) => i > from && l.text.startsWith(e));
    if (idx === -1) {
      problems.push(problem(CATALOGUE.EndNotFound, ctx.at(['cleaning', 'end']), { end, raw: ctx.raw }));
    } else {
      to = idx;
    }
  }
  return { lines: lines.slice(from, to), before: lines.slice(0, from), after: lines.slice(to), problems };
}
