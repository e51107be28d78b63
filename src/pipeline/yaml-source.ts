import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import type { Problem } from './problems';

/** A parsed YAML file that can tell the line of any value, for error messages. */
export interface YamlSource {
  data: unknown;
  /** 1-based line of the value at `path`, or of its nearest existing parent. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

/** Parses YAML text; syntax errors come back as problems with their line. */
export function parseYaml(text: string, file: string): { source?: YamlSource; problems: Problem[] } {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      problems: doc.errors.map((e) => ({
        file,
        line: counter.linePos(e.pos[0]).line,
        message: `YAML syntax error: ${e.message.split('\n')[0]}`,
        fix: 'fix the YAML syntax (quote values that contain ": " or start with a special character)',
      })),
    };
  }
  return { source: { data: doc.toJS(), lineOf: (path) => lineOfPath(doc, counter, path) }, problems: [] };
}

function lineOfPath(doc: Document, counter: LineCounter, path: readonly PropertyKey[]): number | undefined {
  for (let len = path.length; len >= 0; len--) {
    const node = doc.getIn(path.slice(0, len) as unknown[], true);
    if (isNode(node) && node.range) return counter.linePos(node.range[0]).line;
  }
  return undefined;
}

/** Turns zod issues into problems located in the YAML file. */
export function zodIssuesToProblems(
  issues: readonly { path: readonly PropertyKey[]; message: string; code?: string; keys?: string[] }[],
  file: string,
  source: YamlSource,
): Problem[] {
  return issues.map((issue) => {
    const field = issue.path.map(String).join('.') || undefined;
    const path = issue.code === 'unrecognized_keys' && issue.keys?.[0] ? [...issue.path, issue.keys[0]] : issue.path;
    return {
      file,
      line: source.lineOf(path),
      field,
      message: issue.message,
      fix: issue.code === 'unrecognized_keys' ? 'remove the key or correct its spelling' : 'correct the value (see the schema in src/schemas/)',
    };
  });
}
