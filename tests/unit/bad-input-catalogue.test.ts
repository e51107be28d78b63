/**
 * The bad inputs of docs/bad-input.md, each run through `loadCorpus` on a broken copy of content/:
 * the build must stop with the problem's code, file and (where the input has one) line, or, for
 * inputs that must load, load with the same output as the original.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadCorpus } from '../../src/pipeline/corpus';
import { loadThemes } from '../../src/pipeline/themes/load-themes';
import { ContentError, type Problem } from '../../src/pipeline/problems';

const ROOT = join(import.meta.dirname, '../..');
let dir = '';
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

/** A copy of the real content/ in a temporary project root, to break on purpose. */
function project(): string {
  dir = mkdtempSync(join(tmpdir(), 'bad-input-'));
  cpSync(join(ROOT, 'content'), join(dir, 'content'), { recursive: true });
  return dir;
}
const read = (root: string, file: string) => readFileSync(join(root, file), 'utf8');
const write = (root: string, file: string, text: string | Uint8Array) => writeFileSync(join(root, file), text);
/** Replaces `from` (which must be there) in a file. */
function edit(root: string, file: string, from: string | RegExp, to: string): void {
  const text = read(root, file);
  const next = text.replace(from, to);
  if (next === text) throw new Error(`${String(from)} is not in ${file}`);
  write(root, file, next);
}
/** 1-based line of the first match of `needle` in a file. */
function lineOf(root: string, file: string, needle: string | RegExp): number {
  const lines = read(root, file).split('\n');
  const i = lines.findIndex((l) => (typeof needle === 'string' ? l.includes(needle) : needle.test(l)));
  if (i === -1) throw new Error(`${String(needle)} is not in ${file}`);
  return i + 1;
}

function problemsOf(root: string): Problem[] {
  try {
    loadCorpus(root);
  } catch (e) {
    if (!(e instanceof ContentError)) throw e;
    return e.problems;
  }
  throw new Error('the corpus loaded without problems');
}

// What content/ holds, found rather than named, so the cases follow the corpus.
interface Meta {
  code: string;
  raw: { file: string; sha256: string };
  url?: unknown;
  cleaning: { start: string; end?: string; endnotes?: string; summary?: string; drop?: unknown[]; repairs?: unknown[] };
}
const BRIEFS = readdirSync(join(ROOT, 'content/briefs'))
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map((f) => ({ file: `content/briefs/${f}`, slug: f.replace(/\.yaml$/, ''), meta: parse(readFileSync(join(ROOT, 'content/briefs', f), 'utf8')) as Meta }));
const briefWith = (pred: (m: Meta) => unknown) => BRIEFS.find((b) => pred(b.meta))!;
const A = BRIEFS[0]!;
const B = BRIEFS[1]!;
const RAW = (b = A) => `content/raw/${b.meta.raw.file}`;
const CLAIMS = (b = A) => `content/claims/${b.slug}.yaml`;
const POSITIONS = (b = A) => `content/positions/${b.slug}.yaml`;
const THEMES = readdirSync(join(ROOT, 'content/themes'))
  .filter((f) => f.endsWith('.md'))
  .sort()
  .map((f) => `content/themes/${f}`);
const THEME = THEMES[0]!;
const OTHER_THEME = THEMES[1]!.replace(/^content\/themes\/|\.md$/g, '');

interface ClaimFile {
  brief: string;
  claims: { id: string; quote: string; events?: { id: string; date: string; label: string }[] }[];
}
const CLAIM_FILES = BRIEFS.map((b) => ({ brief: b, file: CLAIMS(b), data: parse(readFileSync(join(ROOT, CLAIMS(b)), 'utf8')) as ClaimFile }));
/** The first claim whose quote passes `pred`, simple enough to edit as text (no escapes). */
function claimWhere(pred: (quote: string) => boolean) {
  for (const f of CLAIM_FILES)
    for (const [i, c] of f.data.claims.entries())
      if (pred(c.quote) && !/["\\]/.test(c.quote)) return { file: f.file, brief: f.brief, i, id: c.id, quote: c.quote, claims: f.data.claims };
  throw new Error('no such claim in content/claims');
}
const setQuote = (root: string, file: string, quote: string, next: string) =>
  edit(root, file, `quote: ${JSON.stringify(quote)}`, `quote: ${JSON.stringify(next)}`);

/** The cleaned corpus, to find headings and other text the cases quote. */
const CORPUS = loadCorpus(ROOT);

interface Expected {
  code: string;
  file: string;
  /** A line number, or true for "some line". */
  line?: number | true;
  field?: string;
}

/** [name, break the copy and say what the build must report]; names are cited in docs/bad-input.md. */
const CASES: [string, (root: string) => Expected][] = [
  // Raw captures.
  [
    'raw: a Windows-1252 capture',
    (root) => {
      const text = readFileSync(join(ROOT, RAW()), 'utf8');
      const cp1252: Record<string, number> = { '’': 0x92, '‘': 0x91, '“': 0x93, '”': 0x94, '–': 0x96, '—': 0x97 };
      write(root, RAW(), Uint8Array.from([...text].map((ch) => cp1252[ch] ?? (ch.charCodeAt(0) < 256 ? ch.charCodeAt(0) : 0x3f))));
      const first = text.split('\n').findIndex((l) => /[^\x00-\x7f]/.test(l)) + 1;
      return { code: 'raw/not-utf8', file: RAW(), line: first };
    },
  ],
  [
    'raw: a UTF-16LE capture with its BOM',
    (root) => (write(root, RAW(), Buffer.from('\uFEFF' + read(root, RAW()), 'utf16le')), { code: 'raw/utf16', file: RAW(), line: 1 }),
  ],
  [
    'raw: a UTF-16BE capture with its BOM',
    (root) => (write(root, RAW(), Buffer.from('\uFEFF' + read(root, RAW()), 'utf16le').swap16()), { code: 'raw/utf16', file: RAW(), line: 1 }),
  ],
  [
    'raw: raw.file names a directory',
    (root) => {
      mkdirSync(join(root, 'content/raw/folder.txt'));
      edit(root, A.file, `file: ${A.meta.raw.file}`, 'file: folder.txt');
      return { code: 'raw/not-a-file', file: A.file, line: lineOf(root, A.file, 'file: folder.txt'), field: 'raw.file' };
    },
  ],
  [
    'raw: raw.file names no file',
    (root) => (edit(root, A.file, `file: ${A.meta.raw.file}`, 'file: 999_missing.txt'), { code: 'raw/missing', file: A.file, line: true, field: 'raw.file' }),
  ],
  // YAML.
  [
    'yaml: an alias bomb in a metadata file',
    (root) => {
      const bomb =
        'a0: &a0 [x, x, x, x, x, x, x, x, x]\n' +
        [1, 2, 3, 4, 5, 6]
          .map(
            (i) =>
              `a${i}: &a${i} [${Array(9)
                .fill(`*a${i - 1}`)
                .join(', ')}]`,
          )
          .join('\n') +
        '\n';
      write(root, A.file, read(root, A.file) + bomb);
      return { code: 'yaml/aliases', file: A.file, line: true };
    },
  ],
  [
    'yaml: over 100 aliases to one anchor in a claims file',
    (root) => (
      write(root, CLAIMS(), read(root, CLAIMS()) + `x: &x [1]\ny: [${Array(120).fill('*x').join(', ')}]\n`),
      { code: 'yaml/aliases', file: CLAIMS(), line: true }
    ),
  ],
  ['yaml: an empty (0-byte) claims file', (root) => (write(root, CLAIMS(), ''), { code: 'yaml/empty', file: CLAIMS(), line: 1 })],
  ['yaml: an empty positions file', (root) => (write(root, POSITIONS(), ''), { code: 'yaml/empty', file: POSITIONS(), line: 1 })],
  ['yaml: an empty metadata file', (root) => (write(root, A.file, '# nothing yet\n'), { code: 'yaml/empty', file: A.file, line: 1 })],
  [
    'yaml: a key written twice',
    (root) => (
      edit(root, A.file, /^access: (.*)$/m, 'access: $1\naccess: full'),
      { code: 'yaml/syntax', file: A.file, line: lineOf(root, A.file, /^access:/) + 1 }
    ),
  ],
  [
    'file: metadata that is not UTF-8',
    (root) => {
      const text = read(root, A.file);
      const at = text.indexOf('\nlanguage:');
      write(root, A.file, Buffer.concat([Buffer.from(text.slice(0, at + 1) + '# caf'), Buffer.from([0xe9]), Buffer.from('\n' + text.slice(at + 1))]));
      return { code: 'file/not-utf8', file: A.file, line: text.slice(0, at + 1).split('\n').length };
    },
  ],
  [
    'file: a directory named like a claims file',
    (root) => (mkdirSync(join(root, 'content/claims/folder.yaml')), { code: 'file/unreadable', file: 'content/claims/folder.yaml' }),
  ],
  // Unknown keys at every level.
  [
    'schema: an unknown key in the cleaning settings',
    (root) => (
      edit(root, A.file, /^( +)start: /m, '$1strat: x\n$1start: '),
      { code: 'schema/unknown-key', file: A.file, line: lineOf(root, A.file, 'strat:'), field: 'cleaning.strat' }
    ),
  ],
  [
    'schema: an unknown key in a provenance',
    (root) => (
      edit(root, A.file, /from: \{ source: /, 'from: { sauce: x, source: '),
      { code: 'schema/unknown-key', file: A.file, line: lineOf(root, A.file, 'sauce:') }
    ),
  ],
  [
    'schema: an unknown key at the top of a claims file',
    (root) => (write(root, CLAIMS(), 'breif: x\n' + read(root, CLAIMS())), { code: 'schema/unknown-key', file: CLAIMS(), line: 1, field: 'breif' }),
  ],
  [
    'schema: an unknown key in a claim',
    (root) => (
      edit(root, CLAIMS(), /(\n {4}kind: )/, '\n    knd: fact$1'),
      { code: 'schema/unknown-key', file: CLAIMS(), line: lineOf(root, CLAIMS(), 'knd:'), field: 'claims[0].knd' }
    ),
  ],
  [
    'schema: an unknown key in a claim event',
    (root) => {
      const c = CLAIM_FILES.find((f) => f.data.claims.some((x) => x.events?.length))!;
      edit(root, c.file, /(\n {8}label: )/, '\n        place: Tokyo$1');
      return { code: 'schema/unknown-key', file: c.file, line: lineOf(root, c.file, 'place: Tokyo') };
    },
  ],
  [
    'schema: an unknown key at the top of a positions file',
    (root) => (write(root, POSITIONS(), 'notes: x\n' + read(root, POSITIONS())), { code: 'schema/unknown-key', file: POSITIONS(), line: 1, field: 'notes' }),
  ],
  [
    'schema: an unknown key in a position',
    (root) => (
      edit(root, POSITIONS(), /(\n {4}answer: )/, '\n    anwser: x$1'),
      { code: 'schema/unknown-key', file: POSITIONS(), line: lineOf(root, POSITIONS(), 'anwser:'), field: 'positions[0].anwser' }
    ),
  ],
  [
    'schema: an unknown key in theme front matter',
    (root) => (
      edit(root, THEME, /^order: /m, 'ordre: 1\norder: '),
      { code: 'schema/unknown-key', file: THEME, line: lineOf(root, THEME, 'ordre:'), field: 'ordre' }
    ),
  ],
  [
    'schema: an unknown key in a theme question',
    (root) => (
      edit(root, THEME, /(\n {4}text: )/, '\n    txt: x$1'),
      { code: 'schema/unknown-key', file: THEME, line: lineOf(root, THEME, 'txt: x'), field: 'questions[0].txt' }
    ),
  ],
  [
    'schema: an unknown key in a theme answer',
    (root) => (
      edit(root, THEME, /(\n {8}label: )/, '\n        lable: x$1'),
      { code: 'schema/unknown-key', file: THEME, line: lineOf(root, THEME, 'lable: x'), field: 'questions[0].answers[0].label'.replace('label', 'lable') }
    ),
  ],
  // Values the schemas refuse.
  [
    'schema: a javascript: address in url',
    (root) => {
      const b = briefWith((m) => m.url);
      edit(root, b.file, /^(url:\n\s+value: ).*$/m, '$1"javascript:alert(1)"');
      return { code: 'schema/not-http', file: b.file, line: lineOf(root, b.file, 'javascript:'), field: 'url.value' };
    },
  ],
  [
    'schema: a data: address as a public-record page',
    (root) => {
      const b = BRIEFS.find((x) => read(ROOT, x.file).includes('source: public-record, page: '))!;
      edit(root, b.file, /source: public-record, page: "[^"]*"/, 'source: public-record, page: "data:text/html,hi"');
      return { code: 'schema/not-http', file: b.file, line: lineOf(root, b.file, 'data:text/html') };
    },
  ],
  ...(['start', 'end', 'endnotes', 'summary'] as const).map((key): [string, (root: string) => Expected] => [
    `schema: cleaning.${key} of only spaces`,
    (root) => {
      const b = briefWith((m) => m.cleaning[key]) ?? A;
      edit(root, b.file, new RegExp(`^( +)${key}: .*$`, 'm'), `$1${key}: "\\u00a0 "`);
      return { code: 'schema/blank', file: b.file, line: lineOf(root, b.file, `${key}: "\\u00a0`), field: `cleaning.${key}` };
    },
  ]),
  [
    'schema: a drop rule of only a zero-width space',
    (root) => {
      const b = briefWith((m) => m.cleaning.drop?.length);
      edit(root, b.file, /(\{ )(line|startsWith): "[^"]*"/, '$1$2: "\\u200b"');
      return { code: 'schema/blank', file: b.file, line: lineOf(root, b.file, '"\\u200b"') };
    },
  ],
  [
    'schema: a claim event dated 1850',
    (root) => {
      const c = CLAIM_FILES.find((f) => f.data.claims.some((x) => x.events?.length))!;
      edit(root, c.file, /(\n {8}date: ).*/, '$1"1850"');
      return { code: 'schema/invalid', file: c.file, line: lineOf(root, c.file, 'date: "1850"') };
    },
  ],
  [
    'schema: a claim event dated 2999',
    (root) => {
      const c = CLAIM_FILES.find((f) => f.data.claims.some((x) => x.events?.length))!;
      edit(root, c.file, /(\n {8}date: ).*/, '$12999');
      return { code: 'schema/invalid', file: c.file, line: lineOf(root, c.file, 'date: 2999') };
    },
  ],
  [
    'schema: an impossible claim event date',
    (root) => {
      const c = CLAIM_FILES.find((f) => f.data.claims.some((x) => x.events?.length))!;
      edit(root, c.file, /(\n {8}date: ).*/, '$12025-02-30');
      return { code: 'schema/invalid', file: c.file, line: lineOf(root, c.file, 'date: 2025-02-30') };
    },
  ],
  // Briefs and cleaning.
  [
    'brief: a metadata file name that is not a slug',
    (root) => (cpSync(join(root, A.file), join(root, 'content/briefs/Bad_Name.yaml')), { code: 'brief/file-name', file: 'content/briefs/Bad_Name.yaml' }),
  ],
  [
    'brief: two briefs with one code',
    (root) => (edit(root, B.file, /^code: .*$/m, `code: ${A.meta.code}`), { code: 'brief/duplicate-code', file: B.file, line: true, field: 'code' }),
  ],
  [
    'brief: two briefs with one raw file',
    (root) => {
      edit(root, B.file, `file: ${B.meta.raw.file}`, `file: ${A.meta.raw.file}`);
      edit(root, B.file, B.meta.raw.sha256, A.meta.raw.sha256);
      return { code: 'brief/duplicate-raw', file: B.file, line: true, field: 'raw.file' };
    },
  ],
  [
    'cleaning: a summary heading not in the capture',
    (root) => {
      const b = briefWith((m) => m.cleaning.summary);
      edit(root, b.file, /^( +)summary: .*$/m, '$1summary: Zzz Synopsis');
      return { code: 'cleaning/summary-not-found', file: b.file, line: lineOf(root, b.file, 'summary: Zzz'), field: 'cleaning.summary' };
    },
  ],
  [
    'cleaning: a drop rule that matches nothing',
    (root) => {
      const b = briefWith((m) => m.cleaning.drop?.length);
      edit(root, b.file, /(\{ )(line|startsWith): "[^"]*"/, '$1$2: Zzz nothing like this');
      return {
        code: 'cleaning/drop-unused',
        file: b.file,
        line: lineOf(root, b.file, 'Zzz nothing'),
        field: 'cleaning.drop[0].' + (/\{ line:/.test(read(ROOT, b.file)) ? 'line' : 'startsWith'),
      };
    },
  ],
  [
    'cleaning: a repair whose glued text is not in the article',
    (root) => {
      const b = briefWith((m) => m.cleaning.repairs?.length);
      edit(root, b.file, /(glued: )"[^"]*"/, '$1"Zzz|Nowhere"');
      return { code: 'cleaning/repair-not-found', file: b.file, line: lineOf(root, b.file, 'Zzz|Nowhere'), field: 'cleaning.repairs[0].glued' };
    },
  ],
  // Claims.
  [
    'claim: a quote that is a heading',
    (root) => {
      const brief = CORPUS.briefs.find((b) => b.cleaned.blocks.some((x) => x.kind === 'heading' && x.segments.length === 1))!;
      const heading = brief.cleaned.blocks.find((x) => x.kind === 'heading' && x.segments[0]!.type === 'text' && x.segments[0]!.text.length >= 8)!;
      const c = CLAIM_FILES.find((f) => f.brief.slug === brief.slug)!;
      const quote = c.data.claims[0]!.quote;
      setQuote(root, c.file, quote, heading.segments[0]!.type === 'text' ? heading.segments[0]!.text : '');
      return { code: 'claim/quote-in-heading', file: c.file, line: true, field: 'claims[0].quote' };
    },
  ],
  [
    'claim: two claims with the same quote',
    (root) => {
      const c = CLAIM_FILES[0]!;
      const [first, second] = c.data.claims;
      setQuote(root, c.file, second!.quote, first!.quote);
      return { code: 'claim/same-quote', file: c.file, line: lineOf(root, c.file, `id: ${second!.id}`) + 1, field: 'claims[1].quote' };
    },
  ],
  [
    'claim: a straight apostrophe where the text has a curly one',
    (root) => {
      const c = claimWhere((q) => q.includes('’'));
      setQuote(root, c.file, c.quote, c.quote.replace(/’/g, "'"));
      return { code: 'claim/quote-marks-differ', file: c.file, line: true, field: `claims[${c.i}].quote` };
    },
  ],
  [
    'claim: an en dash where the text has a hyphen',
    (root) => {
      const c = claimWhere((q) => /\w-\w/.test(q));
      setQuote(root, c.file, c.quote, c.quote.replace(/(\w)-(\w)/, '$1–$2'));
      return { code: 'claim/quote-dashes-differ', file: c.file, line: true, field: `claims[${c.i}].quote` };
    },
  ],
  [
    'claim: an accent typed as a combining mark (NFD)',
    (root) => {
      const c = claimWhere((q) => q !== q.normalize('NFD'));
      setQuote(root, c.file, c.quote, c.quote.normalize('NFD'));
      return { code: 'claim/quote-unicode-form', file: c.file, line: true, field: `claims[${c.i}].quote` };
    },
  ],
  [
    'claim: a zero-width space in a quote',
    (root) => {
      const c = claimWhere((q) => q.includes(' '));
      setQuote(root, c.file, c.quote, c.quote.replace(' ', '\u200b '));
      return { code: 'claim/quote-invisible-character', file: c.file, line: true, field: `claims[${c.i}].quote` };
    },
  ],
  [
    'claim: a claim id without its brief code',
    (root) => {
      const c = CLAIM_FILES[0]!;
      edit(root, c.file, `id: ${c.data.claims[0]!.id}`, 'id: zzz1-01');
      return { code: 'claim/id-prefix', file: c.file, line: lineOf(root, c.file, 'id: zzz1-01'), field: 'claims[0].id' };
    },
  ],
  [
    'claim: one claim id in two files',
    (root) => {
      edit(root, CLAIMS(B), `id: ${CLAIM_FILES[1]!.data.claims[0]!.id}`, `id: ${CLAIM_FILES[0]!.data.claims[0]!.id}`);
      return { code: 'claim/duplicate-id', file: CLAIMS(B), line: true, field: 'claims[0].id' };
    },
  ],
  [
    'claim: two claims files for one brief',
    (root) => (
      cpSync(join(root, CLAIMS()), join(root, 'content/claims/zz-copy.yaml')),
      { code: 'claim/duplicate-file', file: 'content/claims/zz-copy.yaml', line: 1 }
    ),
  ],
  [
    'claim: one event with two dates, in a claims file not named after its brief',
    (root) => {
      const c = CLAIM_FILES.find((f) => f.data.claims.some((x) => x.events?.length))!;
      const renamed = 'content/claims/zz-renamed.yaml';
      renameSync(join(root, c.file), join(root, renamed));
      const event = c.data.claims.find((x) => x.events?.length)!.events![0]!;
      const j = c.data.claims.findIndex((x) => !x.events?.length && c.data.claims.indexOf(x) > 0);
      const id = c.data.claims[j]!.id;
      edit(
        root,
        renamed,
        new RegExp(`(id: ${id}\\n(?:.*\\n)*? {4}kind: .*\\n)`),
        `$1    events:\n      - id: ${event.id}\n        date: "2001"\n        label: ${JSON.stringify(event.label)}\n`,
      );
      return { code: 'claim/event-date', file: renamed, line: lineOf(root, renamed, 'date: "2001"'), field: `claims[${j}].events[0].date` };
    },
  ],
  [
    'claim: a figure not in its quote',
    (root) => (
      edit(root, CLAIMS(), /(\n {4}kind: )/, '\n    figures: [{ text: "99 percent", value: 99, unit: percent, measure: nothing }]$1'),
      { code: 'claim/figure-not-in-quote', file: CLAIMS(), line: lineOf(root, CLAIMS(), '99 percent'), field: 'claims[0].figures[0].text' }
    ),
  ],
  // Themes.
  [
    'theme: related names the theme itself',
    (root) => {
      const slug = THEME.replace(/^content\/themes\/|\.md$/g, '');
      edit(root, THEME, /^related: .*$/m, `related: [${OTHER_THEME}, ${slug}]`);
      return { code: 'theme/related-self', file: THEME, line: lineOf(root, THEME, 'related:'), field: 'related[1]' };
    },
  ],
  [
    'theme: a related theme listed twice',
    (root) => (
      edit(root, THEME, /^related: .*$/m, `related: [${OTHER_THEME}, ${OTHER_THEME}]`),
      { code: 'theme/related-twice', file: THEME, line: lineOf(root, THEME, 'related:'), field: 'related[1]' }
    ),
  ],
  [
    'theme: an unknown related theme',
    (root) => (
      edit(root, THEME, /^related: .*$/m, 'related: [no-such-theme]'),
      { code: 'theme/related-unknown', file: THEME, line: lineOf(root, THEME, 'related:'), field: 'related[0]' }
    ),
  ],
  [
    'theme: a question id the theme page uses',
    (root) => {
      const id = (parse(read(ROOT, THEME).split('---')[1]!) as { questions: { id: string }[] }).questions[0]!.id;
      write(root, THEME, read(root, THEME).replaceAll(`id: ${id}\n`, 'id: positions\n'));
      return { code: 'theme/question-id-reserved', file: THEME, line: lineOf(root, THEME, 'id: positions'), field: 'questions[0].id' };
    },
  ],
  [
    'theme: one question id in two themes',
    (root) => {
      const id = (parse(read(ROOT, THEMES[0]!).split('---')[1]!) as { questions: { id: string }[] }).questions[0]!.id;
      edit(root, THEMES[1]!, /(\n {2}- id: )[a-z0-9-]+/, `$1${id}`);
      return { code: 'theme/duplicate-question', file: THEMES[1]!, line: true, field: 'questions[0].id' };
    },
  ],
  [
    'theme: one answer id twice in a question',
    (root) => {
      const m = /\n {6}- id: ([a-z0-9-]+)\n[\s\S]*?\n( {6}- id: )[a-z0-9-]+/.exec(read(ROOT, THEME))!;
      edit(root, THEME, m[0], m[0].replace(/[a-z0-9-]+$/, m[1]!));
      return { code: 'theme/duplicate-answer', file: THEME, line: true, field: 'questions[0].answers[1].id' };
    },
  ],
  [
    'theme: a file name that is not a slug',
    (root) => (cpSync(join(root, THEME), join(root, 'content/themes/New Theme.md')), { code: 'theme/file-name', file: 'content/themes/New Theme.md' }),
  ],
  [
    'theme: an MDX theme',
    (root) => (cpSync(join(root, THEME), join(root, 'content/themes/new-theme.mdx')), { code: 'theme/mdx', file: 'content/themes/new-theme.mdx' }),
  ],
  ['theme: no front matter', (root) => (write(root, THEME, read(root, THEME).replace(/^---\n/, '')), { code: 'theme/front-matter', file: THEME, line: 1 })],
  [
    'synthesis: a link to a theme that does not exist',
    (root) => (
      write(root, THEME, read(root, THEME) + '\nSee also [the budget](/themes/no-such-theme/).\n'),
      { code: 'synthesis/unknown-theme', file: THEME, line: read(root, THEME).split('\n').length - 1 }
    ),
  ],
  [
    'synthesis: a link to a claim that does not exist',
    (root) => (
      write(root, THEME, read(root, THEME) + '\nAlpha agrees ([RSIS](/claims/rsis1-999/)).\n'),
      { code: 'synthesis/unknown-claim', file: THEME, line: read(root, THEME).split('\n').length - 1 }
    ),
  ],
];

describe('docs/bad-input.md', () => {
  const doc = readFileSync(join(ROOT, 'docs/bad-input.md'), 'utf8');
  const cited = [...doc.matchAll(/bad-input-catalogue\.test\.ts › each bad input stops the build with its code, file and line › ([^|]+?) \|/g)].map((m) =>
    m[1]!.trim().replace(/\\\|/g, '|'),
  );
  it('cites every case of this file, and only cases that exist', () => {
    expect(new Set(cited)).toEqual(new Set(CASES.map(([name]) => name)));
  });
});

describe('each bad input stops the build with its code, file and line', () => {
  it.each(CASES)('%s', (_name, change) => {
    const root = project();
    const expected = change(root);
    const problems = problemsOf(root);
    const p = problems.find((x) => x.code === expected.code && x.file === expected.file && (expected.field === undefined || x.field === expected.field));
    expect(p, JSON.stringify(problems.slice(0, 6), null, 1)).toBeDefined();
    if (expected.line === true) expect(p!.line).toBeGreaterThan(0);
    else if (expected.line !== undefined) expect(p!.line).toBe(expected.line);
  });
});

describe('problems that used to hide or garble others', () => {
  it('a wrong cleaning.start is the only problem of its brief: no false endnotes problem', () => {
    const root = project();
    const b = briefWith((m) => m.cleaning.endnotes);
    edit(root, b.file, /^( +)start: .*$/m, '$1start: Zzz no line starts like this');
    expect(
      problemsOf(root)
        .filter((p) => p.file === b.file)
        .map((p) => p.code),
    ).toEqual(['cleaning/start-not-found']);
  });

  it('a schema error in one claim does not hide the other claims’ problems', () => {
    const root = project();
    const c = CLAIM_FILES[0]!;
    edit(root, c.file, /statement: .*/, `statement: ${'word '.repeat(31)}`);
    setQuote(root, c.file, c.data.claims[1]!.quote, 'Japan will surely leave the alliance next week.');
    const problems = problemsOf(root).filter((p) => p.file === c.file);
    expect(problems.map((p) => [p.code, p.field])).toEqual(
      expect.arrayContaining([
        ['schema/invalid', 'claims[0].statement'],
        ['claim/quote-not-verbatim', 'claims[1].quote'],
      ]),
    );
  });

  it('a quote that is not verbatim names the first character that differs, in the quote and in the text', () => {
    const root = project();
    const c = claimWhere((q) => q.length > 30);
    setQuote(root, c.file, c.quote, c.quote.slice(0, 20) + 'Z' + c.quote.slice(21));
    const p = problemsOf(root).find((x) => x.file === c.file && x.field === `claims[${c.i}].quote`)!;
    expect(p.code).toBe('claim/quote-not-verbatim');
    expect(p.message).toContain('U+005A');
    expect(p.message).toContain(`U+${c.quote.codePointAt(20)!.toString(16).toUpperCase().padStart(4, '0')}`);
  });

  it('two claims with the same quote are named together', () => {
    const root = project();
    const c = CLAIM_FILES[0]!;
    setQuote(root, c.file, c.data.claims[1]!.quote, c.data.claims[0]!.quote);
    const p = problemsOf(root).find((x) => x.code === 'claim/same-quote')!;
    expect(p.message).toContain(c.data.claims[0]!.id);
    expect(p.message).toContain(c.data.claims[1]!.id);
  });
});

describe('inputs that must load, with the same output as the original', () => {
  const withRaw = (root: string, bytes: Buffer) => {
    write(root, RAW(), bytes);
    edit(root, A.file, A.meta.raw.sha256, createHash('sha256').update(bytes).digest('hex'));
  };
  const original = CORPUS.briefs.find((b) => b.slug === A.slug)!.cleaned;
  it.each([
    ['a capture with CRLF line ends', (t: string) => t.replace(/\n/g, '\r\n')],
    ['a capture with bare CR line ends', (t: string) => t.replace(/\n/g, '\r')],
    ['a capture with a UTF-8 BOM', (t: string) => '\uFEFF' + t],
  ])('%s', (_name, change) => {
    const root = project();
    withRaw(root, Buffer.from(change(read(ROOT, RAW()).replace(/\r\n?/g, '\n'))));
    expect(loadCorpus(root).briefs.find((b) => b.slug === A.slug)!.cleaned).toEqual(original);
  });

  it('a theme file with a UTF-8 BOM', () => {
    const root = project();
    write(root, THEME, '\uFEFF' + read(root, THEME));
    expect(loadThemes(root)).toEqual(loadThemes(ROOT));
  });

  it('a theme title that looks like a date stays the text typed (one YAML parser reads themes)', () => {
    const root = project();
    edit(root, THEME, /^title: .*$/m, 'title: 2025-01-01');
    const theme = loadThemes(root).themes.find((t) => t.file === THEME)!;
    expect(theme.title).toBe('2025-01-01');
  });
});
