/**
 * A theme's Markdown body → its synthesis: sections of sentences with the claims and questions each
 * links, and the HTML the page shows. Markdown only: raw HTML, images, code and unknown link targets
 * are refused, so an editor's text can never carry script.
 */
import type { Heading, Nodes, Paragraph, PhrasingContent, Root } from 'mdast';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import type { Synthesis, SynthesisSectionKind, SynthesisSentence } from '../../model';
import { problem, type Problem } from '../problems';
import { CATALOGUE } from '../problems/catalogue';

/** Headings the synthesis may use, and the kind of section each opens. */
const SECTION_HEADINGS: Record<SynthesisSectionKind, RegExp> = {
  agree: /^where they agree$/i,
  differ: /^where they differ$/i,
  missing: /^what is missing$/i,
};

const CLAIM_LINK = /^\/claims\/([a-z]+[0-9]+-\d{2,3})\/$/;
const QUESTION_LINK = /^#([a-z0-9]+(?:-[a-z0-9]+)*)$/;
const THEME_LINK = /^\/themes\/([a-z0-9]+(?:-[a-z0-9]+)*)\/(?:#[a-z0-9-]+)?$/;
const WEB_LINK = /^https?:\/\/[^\s]+$/;

/** A run of a paragraph's text: plain prose, or the label of a link. */
interface Piece {
  text: string;
  url?: string;
  line: number;
  column: number;
}

/** A link to a theme page, checked against the themes once all are read. */
export interface ThemeLink {
  slug: string;
  line: number;
  column: number;
}

/**
 * Parses the body of a theme file. `firstLine` is the file line the body starts on, so that every
 * problem and sentence carries its line in the file.
 */
export function markdownToSynthesis(body: string, file: string, firstLine: number): { synthesis: Synthesis; problems: Problem[]; themeLinks: ThemeLink[] } {
  const problems: Problem[] = [];
  const themeLinks: ThemeLink[] = [];
  const tree = unified().use(remarkParse).use(remarkGfm).parse(body) as Root;
  const lineOf = (n: Nodes) => (n.position?.start.line ?? 1) + firstLine - 1;
  const refuse = (n: Nodes) => problems.push(problem(CATALOGUE.SynthesisMarkup, { file, line: lineOf(n) }, { what: describe(n) }));

  const sections: Synthesis['sections'] = [];
  const headingLines: number[] = [];
  for (const node of tree.children) {
    if (node.type === 'heading') {
      const heading = inlineText((node as Heading).children);
      const kind = (Object.keys(SECTION_HEADINGS) as SynthesisSectionKind[]).find((k) => SECTION_HEADINGS[k].test(heading.trim()));
      if (!kind) {
        problems.push(problem(CATALOGUE.SynthesisHeading, { file, line: lineOf(node) }, { heading }));
        continue;
      }
      sections.push({ kind, heading, sentences: [] });
      headingLines.push(lineOf(node));
    } else if (node.type === 'paragraph' || node.type === 'list') {
      const paragraphs: Paragraph[] = node.type === 'paragraph' ? [node] : node.children.flatMap((item) => item.children.filter((c) => c.type === 'paragraph'));
      const section = sections.at(-1);
      if (!section) {
        problems.push(problem(CATALOGUE.SynthesisTextBeforeHeading, { file, line: lineOf(node) }));
        continue;
      }
      for (const p of paragraphs) section.sentences.push(...paragraphToSentences(p, firstLine, file, { problems, themeLinks }, refuse));
    } else {
      refuse(node);
    }
  }
  for (const kind of Object.keys(SECTION_HEADINGS) as SynthesisSectionKind[]) {
    const twice = sections.map((s, i) => ({ ...s, line: headingLines[i] })).filter((s) => s.kind === kind)[1];
    if (twice) problems.push(problem(CATALOGUE.SynthesisHeadingTwice, { file, line: twice.line }, { section: twice.heading }));
  }
  const html = unified()
    .use(rehypeStringify)
    .stringify(unified().use(remarkRehype).runSync(withoutRefused(tree)));
  return { synthesis: { sections, html }, problems, themeLinks };
}

function paragraphToSentences(
  p: Paragraph,
  firstLine: number,
  file: string,
  { problems, themeLinks }: { problems: Problem[]; themeLinks: ThemeLink[] },
  refuse: (n: Nodes) => void,
): SynthesisSentence[] {
  const pieces: Piece[] = [];
  const walk = (nodes: PhrasingContent[]) => {
    for (const n of nodes) {
      const at = { line: (n.position?.start.line ?? 1) + firstLine - 1, column: n.position?.start.column ?? 1 };
      if (n.type === 'text' || n.type === 'inlineCode') pieces.push({ text: n.value, ...at });
      else if (n.type === 'emphasis' || n.type === 'strong' || n.type === 'delete') walk(n.children);
      else if (n.type === 'break') pieces.push({ text: ' ', ...at });
      else if (n.type === 'link') {
        if (!allowedUrl(n.url)) problems.push(problem(CATALOGUE.SynthesisLinkTarget, { file, ...at }, { url: n.url }));
        const theme = THEME_LINK.exec(n.url);
        if (theme) themeLinks.push({ slug: theme[1]!, ...at });
        pieces.push({ text: inlineText(n.children), url: n.url, ...at });
      } else refuse(n);
    }
  };
  walk(p.children);
  return splitSentences(pieces);
}

/** Sentences end at . ! or ? (after any closing quote or bracket) followed by a space and a capital. */
const SENTENCE_END = /[.!?][”’"')\]]*\s+(?=[“‘"'(]?[A-Z0-9])/g;

function splitSentences(pieces: Piece[]): SynthesisSentence[] {
  const out: SynthesisSentence[] = [];
  let current: SynthesisSentence | undefined;
  const start = (p: Piece, offset: number) => {
    const before = p.text.slice(0, offset);
    const nl = before.lastIndexOf('\n');
    current = {
      text: '',
      prose: '',
      line: p.line + (before.match(/\n/g)?.length ?? 0),
      column: nl < 0 ? p.column + offset : offset - nl,
      claimLinks: [],
      questionLinks: [],
    };
    out.push(current);
  };
  for (const p of pieces) {
    if (p.url !== undefined) {
      if (!current) start(p, 0);
      current!.text += p.text;
      const claim = CLAIM_LINK.exec(p.url);
      const question = QUESTION_LINK.exec(p.url);
      if (claim) current!.claimLinks.push({ id: claim[1]!, label: p.text.trim() });
      else current!.prose += p.text;
      if (question) current!.questionLinks.push(question[1]!);
      continue;
    }
    let from = 0;
    for (const m of p.text.matchAll(SENTENCE_END)) {
      const end = m.index + m[0].length;
      if (!current) start(p, from);
      current!.text += p.text.slice(from, end);
      current!.prose += p.text.slice(from, end);
      current = undefined;
      from = end;
    }
    const rest = p.text.slice(from);
    if (rest.trim()) {
      if (!current) start(p, from + (rest.length - rest.trimStart().length));
      current!.text += rest;
      current!.prose += rest;
    } else if (current) current.text += rest;
  }
  for (const s of out) {
    s.text = s.text.replace(/\s+/g, ' ').trim();
    s.prose = s.prose.replace(/\s+/g, ' ').trim();
  }
  return out.filter((s) => s.text.length > 0);
}

function allowedUrl(u: string): boolean {
  return CLAIM_LINK.test(u) || QUESTION_LINK.test(u) || THEME_LINK.test(u) || WEB_LINK.test(u);
}

/** The tree without the nodes refused above, so the page never shows what the build would reject. */
function withoutRefused(tree: Root): Root {
  const allowedBlock = new Set(['heading', 'paragraph', 'list', 'listItem']);
  const allowedInline = new Set(['text', 'inlineCode', 'emphasis', 'strong', 'delete', 'break', 'link']);
  const prune = <T extends Nodes>(n: T): T => {
    if (!('children' in n)) return n;
    const children = (n.children as Nodes[]).filter((c) => allowedBlock.has(c.type) || allowedInline.has(c.type)).map(prune);
    return { ...n, children } as T;
  };
  return prune(tree);
}

function inlineText(nodes: PhrasingContent[]): string {
  return nodes.map((n) => ('value' in n ? n.value : 'children' in n ? inlineText(n.children as PhrasingContent[]) : '')).join('');
}

function describe(n: Nodes): string {
  const names: Record<string, string> = { html: 'raw HTML', image: 'an image', code: 'a code block', table: 'a table', blockquote: 'a block quote' };
  return names[n.type] ?? `a ${n.type} node`;
}
