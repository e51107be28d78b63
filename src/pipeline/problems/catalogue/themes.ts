/** Problems with a theme's file and front matter (`content/themes/<slug>.md`). */
import { define } from '../index';

export const ThemeFileName = define<{ name: string }>({
  code: 'theme/file-name',
  title: 'Theme file name is not a slug',
  message: (p) => `“${p.name}” is not a theme file name: a theme file is named by its slug plus .md`,
  hint: 'rename it to lowercase words joined by hyphens, ending in .md (e.g. china-taiwan.md)',
});

export const ThemeMdx = define<{ name: string }>({
  code: 'theme/mdx',
  title: 'Theme written as MDX',
  message: (p) => `“${p.name}” is MDX: themes are Markdown, because MDX is code and editors’ content never executes`,
  hint: 'rename it to .md and remove any import, export or component',
});

export const ThemeFrontMatter = define({
  code: 'theme/front-matter',
  title: 'No front matter',
  message: () => 'the file does not start with front matter between two --- lines',
  hint: 'start the file with --- front matter --- (see another theme)',
});

export const RelatedUnknown = define<{ slug: string; themes: string }>({
  code: 'theme/related-unknown',
  title: 'Unknown related theme',
  message: (p) => `unknown related theme “${p.slug}”`,
  hint: (p) => `use one of: ${p.themes}`,
});

export const RelatedSelf = define<{ slug: string }>({
  code: 'theme/related-self',
  title: 'Theme related to itself',
  message: () => 'a theme is not related to itself',
  hint: (p) => `remove “${p.slug}” from related`,
});

export const RelatedTwice = define<{ slug: string }>({
  code: 'theme/related-twice',
  title: 'Related theme listed twice',
  message: (p) => `“${p.slug}” is listed twice in related`,
  hint: 'list each related theme once',
});

export const QuestionDuplicate = define<{ id: string; other: string }>({
  code: 'theme/duplicate-question',
  title: 'Question id used twice',
  message: (p) => `question id “${p.id}” is already used by ${p.other}`,
  hint: 'give each question its own id (question ids are unique across all themes)',
});

export const QuestionReserved = define<{ id: string; ids: string }>({
  code: 'theme/question-id-reserved',
  title: 'Question id taken by the page',
  message: (p) => `question id “${p.id}” is an id the theme page uses for its own sections (${p.ids})`,
  hint: 'choose another id',
});

export const AnswerDuplicate = define<{ id: string; question: string }>({
  code: 'theme/duplicate-answer',
  title: 'Answer id declared twice',
  message: (p) => `answer “${p.id}” is declared twice in question “${p.question}”`,
  hint: 'give each answer its own id',
});

export const RequiredNoClaims = define<{ slug: string }>({
  code: 'theme/required-no-claims',
  title: 'Required theme without claims',
  message: (p) => `the required theme “${p.slug}” has no claims`,
  hint: 'add claims for it, or make it not required',
});
