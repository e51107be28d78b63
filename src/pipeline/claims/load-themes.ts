import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Theme } from '../../model';
import { themeSchema } from '../../schemas/theme';
import type { Problem } from '../problems';
import { markdownToSynthesis } from '../syntheses/markdown-to-synthesis';
import { parseYaml, zodIssuesToProblems } from '../yaml-source';

export const THEMES_DIR = 'content/themes';

/** Ids the theme page gives its own sections; a question id must not take one. */
export const THEME_PAGE_IDS = ['main', 'synthesis', 'positions', 'other-claims', 'figures', 'related'];

const FILE_NAME = /^[a-z0-9]+(-[a-z0-9]+)*\.md$/;

/** `content/themes/*.md` → themes: front matter validated, synthesis parsed; every problem located. */
export function loadThemes(root: string): { themes: Theme[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const themes: Theme[] = [];
  for (const name of readdirSync(join(root, THEMES_DIR)).sort()) {
    const file = `${THEMES_DIR}/${name}`;
    if (!FILE_NAME.test(name)) {
      problems.push({
        file,
        code: 'theme/file-name',
        message: name.endsWith('.mdx')
          ? 'themes are Markdown, not MDX (MDX is code, and editors’ content never executes)'
          : 'a theme file name is its slug plus .md',
        fix: 'rename it to lowercase words joined by hyphens, ending in .md (e.g. china-taiwan.md)',
      });
      continue;
    }
    const text = readFileSync(join(root, file), 'utf8').replace(/^\uFEFF/, '');
    const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
    if (!m) {
      problems.push({
        file,
        line: 1,
        code: 'theme/front-matter',
        message: 'no front matter',
        fix: 'start the file with --- front matter --- (see another theme)',
      });
      continue;
    }
    const parsed = parseYaml(m[1]!, file);
    // Front matter starts on line 2 of the file.
    problems.push(...parsed.problems.map((p) => ({ ...p, line: p.line && p.line + 1 })));
    const bodyLine = m[0].split('\n').length;
    const { synthesis, problems: synthesisProblems } = markdownToSynthesis(text.slice(m[0].length), file, bodyLine);
    problems.push(...synthesisProblems);
    if (!parsed.source) continue;
    const result = themeSchema.safeParse(parsed.source.data);
    if (!result.success) {
      problems.push(...zodIssuesToProblems(result.error.issues, file, parsed.source).map((p) => ({ ...p, line: p.line && p.line + 1 })));
      continue;
    }
    themes.push({ ...result.data, slug: name.replace(/\.md$/, ''), file, synthesis });
  }
  themes.sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug));
  problems.push(...checkThemeLinks(themes));
  return { themes, problems };
}

/** Related themes exist and question ids are unique, across themes and against the page's own ids. */
function checkThemeLinks(themes: Theme[]): Problem[] {
  const problems: Problem[] = [];
  const slugs = new Set(themes.map((t) => t.slug));
  const questionOwner = new Map<string, string>();
  for (const t of themes) {
    for (const r of t.related) {
      if (!slugs.has(r))
        problems.push({ file: t.file, field: 'related', message: `unknown related theme “${r}”`, fix: `use one of: ${[...slugs].join(', ')}` });
      if (r === t.slug) problems.push({ file: t.file, field: 'related', message: 'a theme is not related to itself', fix: `remove “${r}” from related` });
    }
    for (const q of t.questions) {
      const owner = questionOwner.get(q.id);
      if (owner)
        problems.push({ file: t.file, field: 'questions', message: `question id “${q.id}” is already used by ${owner}`, fix: 'give each question its own id' });
      if (THEME_PAGE_IDS.includes(q.id))
        problems.push({
          file: t.file,
          field: 'questions',
          message: `question id “${q.id}” is an id the theme page uses for its own sections`,
          fix: 'choose another id',
        });
      questionOwner.set(q.id, t.file);
      const answers = new Set<string>();
      for (const a of q.answers) {
        if (answers.has(a.id))
          problems.push({
            file: t.file,
            field: `questions.${q.id}.answers`,
            message: `answer “${a.id}” is declared twice`,
            fix: 'give each answer its own id',
          });
        answers.add(a.id);
      }
    }
  }
  return problems;
}
