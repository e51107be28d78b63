/** A content problem found during the build, located as precisely as the input allows. */
export interface Problem {
  /** Path relative to the project root. */
  file: string;
  line?: number | undefined;
  column?: number | undefined;
  /** A stable name for the rule that failed, e.g. `synthesis/quantifier-all`; tests match on it. */
  code?: string | undefined;
  /** The field or setting concerned, e.g. `date.value` or `claims[3].quote`. */
  field?: string | undefined;
  message: string;
  /** What the editor should do about it. */
  fix?: string | undefined;
}

/** Thrown once, after every input has been checked, with all problems found. */
export class ContentError extends Error {
  constructor(public readonly problems: Problem[]) {
    super(formatProblems(problems));
    this.name = 'ContentError';
  }
}

/** One line per problem: `file:line (field): message. Fix: …`. */
export function formatProblem(p: Problem): string {
  const where = p.line ? `${p.file}:${p.line}${p.column ? `:${p.column}` : ''}` : p.file;
  const field = p.field ? ` (${p.field})` : '';
  const fix = p.fix ? ` → ${p.fix}` : '';
  const code = p.code ? ` [${p.code}]` : '';
  return `${where}${field}: ${p.message}${fix}${code}`;
}

export function formatProblems(problems: Problem[]): string {
  const n = problems.length;
  return [`${n} content problem${n === 1 ? '' : 's'} stopped the build:`, ...problems.map((p) => '  - ' + formatProblem(p))].join('\n');
}

/** Throws a ContentError when any problem was collected. */
export function failOnProblems(problems: Problem[]): void {
  if (problems.length > 0) throw new ContentError(problems);
}
