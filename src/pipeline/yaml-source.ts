import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, isNode, parseDocument, visit, type Document } from 'yaml';
import { CATALOGUE, entryByCode } from './problems/catalogue';
import { problem, type FieldPath, type Problem, type Where } from './problems';
import { readTextFile } from './read-text';

/** A parsed YAML file that can tell where any value is, for problems. */
export interface YamlSource {
  data: unknown;
  /** The file, the line of the value at `path` (or of its nearest existing parent), and the field. */
  at(path: FieldPath): Where;
}

/** Beyond this many aliases a file is refused (the `yaml` package throws, naming no file). */
const MAX_ALIASES = 100;

/**
 * Parses YAML text: syntax errors, an empty file and alias bombs come back as problems with their
 * line. `firstLine` is the file line the text starts on (front matter starts on line 2).
 */
export function parseYaml(text: string, file: string, firstLine = 1): { source?: YamlSource; problems: Problem[] } {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const lineAt = (offset: number) => counter.linePos(offset).line + firstLine - 1;
  if (doc.errors.length > 0) {
    return { problems: doc.errors.map((e) => problem(CATALOGUE.YamlSyntax, { file, line: lineAt(e.pos[0]) }, { detail: e.message.split('\n')[0]! })) };
  }
  if (doc.contents === null) return { problems: [problem(CATALOGUE.YamlEmpty, { file, line: firstLine })] };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (e) {
    if (!(e instanceof ReferenceError)) throw e;
    return { problems: [problem(CATALOGUE.YamlAliases, { file, line: firstAliasLine(doc, lineAt) })] };
  }
  const at = (path: FieldPath): Where => ({ file, line: lineOfPath(doc, path, lineAt), field: path });
  return { source: { data, at }, problems: [] };
}

function firstAliasLine(doc: Document, lineAt: (offset: number) => number): number | undefined {
  let line: number | undefined;
  visit(doc, {
    Alias(_, node) {
      line = node.range ? lineAt(node.range[0]) : undefined;
      return visit.BREAK;
    },
  });
  return line;
}

function lineOfPath(doc: Document, path: FieldPath, lineAt: (offset: number) => number): number | undefined {
  for (let len = path.length; len >= 0; len--) {
    const node = doc.getIn(path.slice(0, len) as unknown[], true);
    if (isNode(node) && node.range) return lineAt(node.range[0]);
  }
  return undefined;
}

/** The parts of a zod issue the conversion reads. */
interface Issue {
  path: readonly PropertyKey[];
  message: string;
  code?: string | undefined;
  keys?: string[] | undefined;
  params?: Record<string, unknown> | undefined;
  errors?: Issue[][] | undefined;
}

/**
 * Zod issues → problems located in the YAML file: one per unknown key, a refinement that names a
 * catalogue entry as that entry, anything else as `schema/invalid` carrying zod's text. `schema` is
 * the schema file the hints point to.
 */
export function zodIssuesToProblems(issues: readonly Issue[], source: YamlSource, schema: string, prefix: FieldPath = []): Problem[] {
  return issues.flatMap((issue): Problem[] => {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'unrecognized_keys')
      return (issue.keys ?? []).map((key) => problem(CATALOGUE.SchemaUnknownKey, source.at([...path, key]), { key, schema }));
    if (issue.code === 'invalid_union' && issue.message === 'Invalid input' && issue.errors?.length) {
      // No branch fits: report the branch that came closest (fewest issues) rather than “Invalid input”.
      const closest = [...issue.errors].sort((a, b) => a.length - b.length)[0]!;
      return zodIssuesToProblems(closest, source, schema, path);
    }
    const entry = issue.code === 'custom' ? entryByCode(issue.params?.code) : undefined;
    if (entry) return [problem(entry, source.at(path), issue.params as Record<string, string>)];
    return [problem(CATALOGUE.SchemaInvalid, source.at(path), { detail: issue.message, schema })];
  });
}

/** One YAML file of a content folder, valid against its schema. */
interface YamlFile<T> {
  file: string;
  source: YamlSource;
  data: T;
}

/**
 * Every `.yaml`/`.yml` file of `dir` (relative to `root`; a missing folder holds none), read as UTF-8,
 * parsed and validated against `schema` (named by `schemaFile` in problems). Files that fail are
 * reported into `problems` and left out.
 */
export function readYamlFolder<T>(
  root: string,
  dir: string,
  schema: { safeParse(data: unknown): { success: true; data: T } | { success: false; error: { issues: readonly Issue[] } } },
  schemaFile: string,
  problems: Problem[],
): YamlFile<T>[] {
  const out: YamlFile<T>[] = [];
  const names = existsSync(join(root, dir)) ? readdirSync(join(root, dir)).filter((f) => /\.ya?ml$/.test(f)) : [];
  for (const name of names.sort()) {
    const file = `${dir}/${name}`;
    const read = readTextFile(root, file);
    problems.push(...read.problems);
    if (read.text === undefined) continue;
    const parsed = parseYaml(read.text, file);
    problems.push(...parsed.problems);
    if (!parsed.source) continue;
    const result = schema.safeParse(parsed.source.data);
    if (!result.success) problems.push(...zodIssuesToProblems(result.error.issues, parsed.source, schemaFile));
    else out.push({ file, source: parsed.source, data: result.data });
  }
  return out;
}
