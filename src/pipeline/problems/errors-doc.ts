/** The catalogue → `docs/errors.md`: every code with its title, message shape and hint, by area. */
import type { Params, ProblemEntry } from './index';
import { AREAS, ENTRIES } from './catalogue';

/** Params that print as their own names, `{name}`, so a message shows its shape. */
const shapeParams = new Proxy({}, { get: (_, key) => `{${String(key)}}` }) as Params;

const shape = (entry: ProblemEntry, part: 'message' | 'hint') => {
  const value = entry[part];
  return typeof value === 'string' ? value : value(shapeParams);
};

/** Markdown, stable under Prettier: a heading per area, a list item per code. */
export function renderErrorsDoc(): string {
  const lines = [
    '# Content problems',
    '',
    '<!-- Generated from src/pipeline/problems/catalogue/ by `npm run docs:errors`; do not edit by hand. -->',
    '',
    'Every problem the build reports is printed as `file:line:column (field): message → hint [code]`, with the line and',
    'column where the input has them. Codes are stable: search for one here. `{name}` stands for a value filled in from',
    'the input.',
  ];
  for (const [area, about] of Object.entries(AREAS)) {
    lines.push('', `## ${area}`, '', about);
    for (const e of ENTRIES.filter((x) => x.code.startsWith(area + '/')).sort((a, b) => a.code.localeCompare(b.code))) {
      lines.push('', `### \`${e.code}\`: ${e.title}`, '', `- Message: ${escape(shape(e, 'message'))}`, `- Hint: ${escape(shape(e, 'hint'))}`);
    }
  }
  return lines.join('\n') + '\n';
}

/** Keeps Markdown from reading `<id>`, `*name` or `_` in a message as markup. */
function escape(text: string): string {
  return text.replace(/[\\*_<>[\]]/g, (c) => '\\' + c);
}
