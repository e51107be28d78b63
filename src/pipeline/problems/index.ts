/**
 * Content problems: the one constructor that builds them from a catalogue entry, and the one line
 * format they are printed in. Every message and hint lives in `catalogue/`; `docs/errors.md` is
 * generated from it (`npm run docs:errors`).
 */

/** Values a message is built from; plain strings and numbers, so the docs can show each as `{name}`. */
export type Params = Record<string, string | number>;

/** One kind of problem: a stable code, a title, and the message and hint built from its params. */
export interface ProblemEntry<P extends Params = Params> {
  /** `area/name`, stable: tests and editors match on it. */
  code: string;
  title: string;
  message: (p: P) => string;
  /** What the editor should do. */
  hint: string | ((p: P) => string);
}

/** A path into a YAML file or into settings: keys and list indexes, e.g. `['claims', 3, 'quote']`. */
export type FieldPath = readonly PropertyKey[];

/** Where a problem is: the file, and where the input has them, the line, column and field. */
export interface Where {
  /** Path relative to the project root. */
  file: string;
  line?: number | undefined;
  column?: number | undefined;
  field?: FieldPath | undefined;
}

/** Declares a catalogue entry, typing its params. */
export const define = <P extends Params = Record<never, never>>(entry: ProblemEntry<P>): ProblemEntry<P> => entry;

/** A content problem found during the build, located as precisely as the input allows. */
export interface Problem {
  code: string;
  file: string;
  line?: number | undefined;
  column?: number | undefined;
  /** The field or setting concerned, always written `claims[3].quote`, `cleaning.drop[1].startsWith`. */
  field?: string | undefined;
  message: string;
  hint: string;
}

/** Builds the problem an entry describes, at `where`, from the entry's params. */
export function problem<P extends Params>(entry: ProblemEntry<P>, where: Where, ...params: keyof P extends never ? [] : [P]): Problem {
  const p = (params[0] ?? {}) as P;
  return {
    code: entry.code,
    file: where.file,
    line: where.line,
    column: where.column,
    field: where.field && where.field.length > 0 ? fieldPath(where.field) : undefined,
    message: entry.message(p),
    hint: typeof entry.hint === 'string' ? entry.hint : entry.hint(p),
  };
}

/** `['claims', 3, 'quote']` → `claims[3].quote`. */
export function fieldPath(path: FieldPath): string {
  return path.map((k, i) => (typeof k === 'number' ? `[${k}]` : `${i > 0 ? '.' : ''}${String(k)}`)).join('');
}

/** One line per problem: `file:line:column (field): message → hint [code]`. */
export function formatProblem(p: Problem): string {
  const where = p.line ? `${p.file}:${p.line}${p.column ? `:${p.column}` : ''}` : p.file;
  const field = p.field ? ` (${p.field})` : '';
  return `${where}${field}: ${p.message} → ${p.hint} [${p.code}]`;
}

function formatProblems(problems: Problem[]): string {
  const n = problems.length;
  return [`${n} content problem${n === 1 ? '' : 's'} stopped the build:`, ...problems.map((p) => '  - ' + formatProblem(p))].join('\n');
}

/** Thrown once, after every input has been checked, with all problems found. */
export class ContentError extends Error {
  constructor(public readonly problems: Problem[]) {
    super(formatProblems(problems));
    this.name = 'ContentError';
  }
}

/** Throws a ContentError when any problem was collected. */
export function failOnProblems(problems: Problem[]): void {
  if (problems.length > 0) throw new ContentError(problems);
}
