import { cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadCorpus } from '../../src/pipeline/corpus';
import { ContentError, type Problem } from '../../src/pipeline/problems';

const ROOT = join(import.meta.dirname, '../..');
let dir = '';

/** A copy of the real content/ in a temporary project root, to break on purpose. */
function project(): string {
  dir = mkdtempSync(join(tmpdir(), 'corpus-'));
  cpSync(join(ROOT, 'content'), join(dir, 'content'), { recursive: true });
  return dir;
}
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

const edit = (root: string, file: string, change: (s: string) => string) => writeFileSync(join(root, file), change(readFileSync(join(root, file), 'utf8')));

function problemsOf(root: string): Problem[] {
  try {
    loadCorpus(root);
  } catch (e) {
    expect(e).toBeInstanceOf(ContentError);
    return (e as ContentError).problems;
  }
  throw new Error('the corpus loaded without problems');
}

interface Meta {
  code: string;
  raw: { file: string };
  title: { from: { source: string; evidence?: string } };
  date: { value: string };
  access: string;
}
/** A brief of whatever content/ holds whose title comes from its text, to break on purpose. */
const SAMPLE = readdirSync(join(ROOT, 'content/briefs'))
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map((f) => ({ slug: f.replace(/\.yaml$/, ''), meta: parse(readFileSync(join(ROOT, 'content/briefs', f), 'utf8')) as Meta }))
  .find((b) => b.meta.title.from.source === 'text')!;
const BRIEF = `content/briefs/${SAMPLE.slug}.yaml`;
const RAW = `content/raw/${SAMPLE.meta.raw.file}`;
const CLAIMS = `content/claims/${SAMPLE.slug}.yaml`;
const CLAIMS_FILES = readdirSync(join(ROOT, 'content/claims')).filter((f) => f.endsWith('.yaml'));
const REQUIRED_THEMES = readdirSync(join(ROOT, 'content/themes')).filter((f) =>
  /^required: true$/m.test(readFileSync(join(ROOT, 'content/themes', f), 'utf8')),
);

describe('the real corpus', () => {
  it('loads without problems', () => {
    const c = loadCorpus(ROOT);
    expect(c.briefs).toHaveLength(readdirSync(join(ROOT, 'content/briefs')).filter((f) => f.endsWith('.yaml')).length);
    expect(c.claims.length).toBeGreaterThan(150);
  });
});

describe('bad raw files stop the build, naming the file and line', () => {
  it.each([
    ['an empty file', () => new Uint8Array(), 'raw/empty', undefined],
    ['a NUL byte', () => Buffer.from('line one\nline\u0000two\n'), 'raw/binary', 2],
    ['invalid UTF-8', () => Buffer.concat([Buffer.from('ok\nok\nbad '), Buffer.from([0xc3, 0x28]), Buffer.from('\n')]), 'raw/not-utf8', 3],
  ])('%s', (_name, bytes, code, line) => {
    const root = project();
    writeFileSync(join(root, RAW), bytes());
    const p = problemsOf(root).find((x) => x.file === RAW);
    expect(p?.code).toBe(code);
    expect(p?.line).toBe(line);
  });

  it('a raw file changed by one byte fails its SHA-256 check', () => {
    const root = project();
    edit(root, RAW, (s) => s.replace(/[A-Za-z]/, (ch) => (ch === 'a' ? 'b' : 'a')));
    expect(problemsOf(root).some((p) => p.file === BRIEF && p.field === 'raw.sha256' && p.code === 'raw/sha256')).toBe(true);
  });
});

describe('bad metadata stops the build, naming file, line and field', () => {
  it.each([
    ['a missing required field', (s: string) => s.replace(/^language: en\n/m, ''), 'language', 'schema/invalid'],
    ['an impossible date', (s: string) => s.replace(/(date:\n(?:.*\n)*?\s+value: )\S+/, '$12025-02-30'), 'date.value', 'schema/invalid'],
    ['an unknown key', (s: string) => s.replace(/^access: (.*)$/m, 'access: $1\nauthr: someone'), 'authr', 'schema/unknown-key'],
    [
      'a start text not in the raw file',
      (s: string) => s.replace(/^(\s+start: ).*$/m, '$1Zzz no line starts like this'),
      'cleaning.start',
      'cleaning/start-not-found',
    ],
    [
      'evidence not in the raw file',
      (s: string) => s.replace(/(title:[\s\S]*?evidence: ).*?( \})?$/m, '$1Zzz not in the capture$2'),
      'title.from.evidence',
      'brief/evidence-missing',
    ],
  ])('%s', (_name, change, field, code) => {
    const root = project();
    edit(root, BRIEF, change);
    const p = problemsOf(root).find((x) => x.file === BRIEF);
    expect(p, JSON.stringify(problemsOf(root))).toBeDefined();
    expect(p).toMatchObject({ field, code });
    expect(p!.line).toBeGreaterThan(0);
  });

  it('two briefs with the same slug', () => {
    const root = project();
    cpSync(join(root, BRIEF), join(root, `content/briefs/${SAMPLE.slug}.yml`));
    const problems = problemsOf(root);
    expect(problems.some((p) => p.code === 'brief/duplicate-slug')).toBe(true);
  });

  it('collects every problem before failing', () => {
    const root = project();
    const other = readdirSync(join(root, 'content/briefs')).find((f) => f.endsWith('.yaml') && `content/briefs/${f}` !== BRIEF)!;
    edit(root, BRIEF, (s) => s.replace(/(date:\n(?:.*\n)*?\s+value: )\S+/, '$12025-13-01'));
    edit(root, `content/briefs/${other}`, (s) => s.replace(/^code: .*\n/m, ''));
    const files = new Set(problemsOf(root).map((p) => p.file));
    expect(files).toContain(BRIEF);
    expect(files).toContain(`content/briefs/${other}`);
  });

  it('a YAML syntax error names its line', () => {
    const root = project();
    edit(root, BRIEF, (s) => s.replace(/^access: (.*)$/m, 'access: [$1'));
    const p = problemsOf(root).find((x) => x.file === BRIEF);
    expect(p?.code).toBe('yaml/syntax');
    expect(p?.line).toBeGreaterThan(0);
  });
});

describe('bad claims stop the build, naming file and line', () => {
  const firstQuote = (s: string) => /quote: (.*)/.exec(s)![1]!;
  it.each([
    ['an unknown brief', (s: string) => s.replace(/^brief: .*$/m, 'brief: no-such-brief'), 'claim/unknown-brief'],
    ['an unknown theme', (s: string) => s.replace(/themes: \[([a-z-]+)/, 'themes: [defense-budget'), 'claim/unknown-theme'],
    ['an unknown question', (s: string) => s.replace(/(\n {4}kind: )/, '\n    questions: [no-such-question]$1'), 'claim/unknown-question'],
    ['a duplicate claim id', (s: string) => s.replace(`id: ${SAMPLE.meta.code}-02`, `id: ${SAMPLE.meta.code}-01`), 'claim/duplicate-id'],
    ['a quote not in its brief', (s: string) => s.replace(firstQuote(s), '"Japan will surely leave the alliance next week"'), 'claim/quote-not-verbatim'],
    ['a quote found twice', (s: string) => s.replace(firstQuote(s), 'Prime Minister'), 'claim/quote-ambiguous'],
    ['a statement over 30 words', (s: string) => s.replace(/statement: .*/, `statement: ${'word '.repeat(31)}`), 'schema/invalid'],
  ])('%s', (_name, change, code) => {
    const root = project();
    edit(root, CLAIMS, change);
    const p = problemsOf(root).find((x) => x.file === CLAIMS && x.code === code);
    expect(p, JSON.stringify(problemsOf(root), null, 1)).toBeDefined();
    expect(p!.line).toBeGreaterThan(0);
  });

  it('a required theme with no claims', () => {
    const root = project();
    for (const f of CLAIMS_FILES) renameSync(join(root, `content/claims/${f}`), join(root, `content/claims/${f}.txt`));
    const problems = problemsOf(root);
    expect(REQUIRED_THEMES.length).toBeGreaterThan(0);
    expect(problems.filter((p) => p.code === 'theme/required-no-claims')).toHaveLength(REQUIRED_THEMES.length);
  });
});
