import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { themeSchema, type ThemeMeta } from '../../schemas/theme';
import type { Problem } from '../problems';
import { parseYaml, zodIssuesToProblems } from '../yaml-source';

export const THEMES_DIR = 'content/themes';

export interface Theme extends ThemeMeta {
  slug: string;
  file: string;
}

/** Theme MDX front matter → validated themes, with every problem located. */
export function loadThemes(root: string): { themes: Theme[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const themes: Theme[] = [];
  for (const name of readdirSync(join(root, THEMES_DIR))
    .filter((f) => f.endsWith('.mdx'))
    .sort()) {
    const file = `${THEMES_DIR}/${name}`;
    const text = readFileSync(join(root, file), 'utf8');
    const m = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
    if (!m) {
      problems.push({ file, line: 1, message: 'no front matter', fix: 'start the file with --- front matter --- (see another theme)' });
      continue;
    }
    const parsed = parseYaml(m[1]!, file);
    // Front matter starts on line 2 of the file.
    problems.push(...parsed.problems.map((p) => ({ ...p, line: p.line && p.line + 1 })));
    if (!parsed.source) continue;
    const result = themeSchema.safeParse(parsed.source.data);
    if (!result.success) {
      problems.push(...zodIssuesToProblems(result.error.issues, file, parsed.source).map((p) => ({ ...p, line: p.line && p.line + 1 })));
      continue;
    }
    themes.push({ ...result.data, slug: name.replace(/\.mdx$/, ''), file });
  }
  themes.sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug));
  const slugs = new Set(themes.map((t) => t.slug));
  const questionOwner = new Map<string, string>();
  for (const t of themes) {
    for (const r of t.related)
      if (!slugs.has(r))
        problems.push({ file: t.file, field: 'related', message: `unknown related theme “${r}”`, fix: `use one of: ${[...slugs].join(', ')}` });
    for (const q of t.questions) {
      const owner = questionOwner.get(q.id);
      if (owner)
        problems.push({ file: t.file, field: 'questions', message: `question id “${q.id}” is already used by ${owner}`, fix: 'give each question its own id' });
      questionOwner.set(q.id, t.file);
    }
  }
  return { themes, problems };
}
