import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Theme } from '../../model';
import { themeSchema } from '../../schemas/theme';
import { problem, type Problem } from '../problems';
import { CATALOGUE } from '../problems/catalogue';
import { readTextFile } from '../read-text';
import { markdownToSynthesis, type ThemeLink } from '../syntheses/markdown-to-synthesis';
import { parseYaml, zodIssuesToProblems, type YamlSource } from '../yaml-source';

const THEMES_DIR = 'content/themes';

/** Ids the theme page gives its own sections; a question id must not take one. */
const THEME_PAGE_IDS = ['main', 'synthesis', 'positions', 'other-claims', 'figures', 'related'];

const FILE_NAME = /^[a-z0-9]+(-[a-z0-9]+)*\.md$/;

/**
 * `content/themes/*.md` → themes: front matter validated, synthesis parsed; every problem located.
 * This is the only parser of theme files: the themes collection loads what it returns.
 */
export function loadThemes(root: string): { themes: Theme[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const loaded: { theme: Theme; source: YamlSource }[] = [];
  const themeLinks: (ThemeLink & { file: string })[] = [];
  for (const name of readdirSync(join(root, THEMES_DIR)).sort()) {
    const file = `${THEMES_DIR}/${name}`;
    if (!FILE_NAME.test(name)) {
      problems.push(problem(name.endsWith('.mdx') ? CATALOGUE.ThemeMdx : CATALOGUE.ThemeFileName, { file }, { name }));
      continue;
    }
    const read = readTextFile(root, file);
    problems.push(...read.problems);
    if (read.text === undefined) continue;
    const text = read.text;
    const m = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(text);
    if (!m) {
      problems.push(problem(CATALOGUE.ThemeFrontMatter, { file, line: 1 }));
      continue;
    }
    // Front matter starts on line 2 of the file.
    const parsed = parseYaml(m[1]!, file, 2);
    problems.push(...parsed.problems);
    const bodyLine = m[0].split('\n').length;
    const { synthesis, problems: synthesisProblems, themeLinks: links } = markdownToSynthesis(text.slice(m[0].length), file, bodyLine);
    problems.push(...synthesisProblems);
    themeLinks.push(...links.map((l) => ({ ...l, file })));
    if (!parsed.source) continue;
    const result = themeSchema.safeParse(parsed.source.data);
    if (!result.success) {
      problems.push(...zodIssuesToProblems(result.error.issues, parsed.source, 'src/schemas/theme.ts'));
      continue;
    }
    loaded.push({ theme: { ...result.data, slug: name.replace(/\.md$/, ''), file, synthesis }, source: parsed.source });
  }
  loaded.sort((a, b) => a.theme.order - b.theme.order || a.theme.slug.localeCompare(b.theme.slug));
  problems.push(...checkThemeLinks(loaded));
  const slugs = new Set(loaded.map((l) => l.theme.slug));
  for (const { slug, file, line, column } of themeLinks)
    if (!slugs.has(slug)) problems.push(problem(CATALOGUE.SynthesisUnknownTheme, { file, line, column }, { slug, themes: [...slugs].join(', ') }));
  return { themes: loaded.map((l) => l.theme), problems };
}

/**
 * Related themes exist, are listed once and are not the theme itself (two themes may name each
 * other); question ids are unique across themes and against the page's own ids.
 */
function checkThemeLinks(loaded: { theme: Theme; source: YamlSource }[]): Problem[] {
  const problems: Problem[] = [];
  const slugs = new Set(loaded.map((l) => l.theme.slug));
  const questionOwner = new Map<string, string>();
  for (const { theme: t, source } of loaded) {
    t.related.forEach((r, i) => {
      const at = source.at(['related', i]);
      if (r === t.slug) problems.push(problem(CATALOGUE.RelatedSelf, at, { slug: r }));
      else if (!slugs.has(r)) problems.push(problem(CATALOGUE.RelatedUnknown, at, { slug: r, themes: [...slugs].join(', ') }));
      else if (t.related.indexOf(r) !== i) problems.push(problem(CATALOGUE.RelatedTwice, at, { slug: r }));
    });
    t.questions.forEach((q, i) => {
      const at = source.at(['questions', i, 'id']);
      const owner = questionOwner.get(q.id);
      if (owner) problems.push(problem(CATALOGUE.QuestionDuplicate, at, { id: q.id, other: owner }));
      if (THEME_PAGE_IDS.includes(q.id)) problems.push(problem(CATALOGUE.QuestionReserved, at, { id: q.id, ids: THEME_PAGE_IDS.join(', ') }));
      if (!owner) questionOwner.set(q.id, t.file);
      q.answers.forEach((a, j) => {
        if (q.answers.findIndex((x) => x.id === a.id) !== j)
          problems.push(problem(CATALOGUE.AnswerDuplicate, source.at(['questions', i, 'answers', j, 'id']), { id: a.id, question: q.id }));
      });
    });
  }
  return problems;
}
