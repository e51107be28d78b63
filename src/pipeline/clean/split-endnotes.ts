import { problem, type Problem } from '../problems';
import { CATALOGUE } from '../problems/catalogue';
import type { Line, Note, RuleContext } from './types';
import { normaliseSpace } from './text-to-lines';

/** Separates the numbered endnotes that follow the `heading` line from the article body. */
export function splitEndnotes(lines: Line[], heading: string | undefined, ctx: RuleContext): { body: Line[]; notes: Note[]; problems: Problem[] } {
  const setting = ctx.at(['cleaning', 'endnotes']);
  if (heading === undefined) return { body: lines, notes: [], problems: [] };
  const h = normaliseSpace(heading);
  const at = lines.findIndex((l) => l.text === h);
  if (at === -1) {
    return {
      body: lines,
      notes: [],
      problems: [problem(CATALOGUE.EndnotesNotFound, setting, { heading, raw: ctx.raw })],
    };
  }
  const notes: Note[] = [];
  const problems: Problem[] = [];
  for (const l of lines.slice(at + 1)) {
    const m = /^(\d{1,3})\s+(.+)$/.exec(l.text);
    if (!m) {
      problems.push(problem(CATALOGUE.EndnoteNotNumbered, setting, { line: l.line, raw: ctx.raw }));
      continue;
    }
    notes.push({ number: Number(m[1]), text: m[2]!, line: l.line });
  }
  notes.forEach((note, i) => {
    if (note.number !== i + 1)
      problems.push(problem(CATALOGUE.EndnoteMisnumbered, setting, { line: note.line, raw: ctx.raw, n: note.number, expected: i + 1 }));
  });
  return { body: lines.slice(0, at), notes, problems };
}
