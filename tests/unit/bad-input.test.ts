import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
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

const ICDS = 'content/briefs/icds-japan-looks-ahead.yaml';
const ICDS_RAW = 'content/raw/000_9cfb8db6aa6e3b8d.txt';
const ICDS_CLAIMS = 'content/claims/icds-japan-looks-ahead.yaml';

describe('the real corpus', () => {
  it('loads without problems', () => {
    const c = loadCorpus(ROOT);
    expect(c.briefs).toHaveLength(5);
    expect(c.claims.length).toBeGreaterThan(150);
  });
});

describe('bad raw files stop the build, naming the file and line', () => {
  it.each([
    ['an empty file', () => new Uint8Array(), /empty/, undefined],
    ['a NUL byte', () => Buffer.from('line one\nline\u0000two\n'), /NUL byte/, 2],
    ['invalid UTF-8', () => Buffer.concat([Buffer.from('ok\nok\nbad '), Buffer.from([0xc3, 0x28]), Buffer.from('\n')]), /not valid UTF-8/, 3],
  ])('%s', (_name, bytes, message, line) => {
    const root = project();
    writeFileSync(join(root, ICDS_RAW), bytes());
    const p = problemsOf(root).find((x) => x.file === ICDS_RAW);
    expect(p?.message).toMatch(message);
    expect(p?.line).toBe(line);
  });

  it('a raw file changed by one byte fails its SHA-256 check', () => {
    const root = project();
    edit(root, ICDS_RAW, (s) => s.replace('Japan Looks Ahead', 'Japan looks ahead'));
    expect(problemsOf(root).some((p) => p.file === ICDS && p.field === 'raw.sha256')).toBe(true);
  });
});

describe('bad metadata stops the build, naming file, line and field', () => {
  it.each([
    ['a missing required field', (s: string) => s.replace(/^language: en\n/m, ''), 'language', /expected string/i],
    ['an impossible date', (s: string) => s.replace('value: 2025-01-14', 'value: 2025-02-30'), 'date.value', /real calendar date/],
    ['an unknown key', (s: string) => s.replace('access: full', 'access: full\nauthr: someone'), '', /Unrecognized key/],
    [
      'a start text not in the raw file',
      (s: string) => s.replace('start: Today, on the eve', 'start: Yesterday, on the eve'),
      'cleaning.start',
      /no line of the raw file starts with/,
    ],
    [
      'evidence not in the raw file',
      (s: string) => s.replace('evidence: Japan Looks Ahead to Trump 2.0', 'evidence: Japan Looks Back'),
      'title.from.evidence',
      /not in the raw file/,
    ],
  ])('%s', (_name, change, field, message) => {
    const root = project();
    edit(root, ICDS, change);
    const p = problemsOf(root).find((x) => x.file === ICDS);
    expect(p, JSON.stringify(problemsOf(root))).toBeDefined();
    if (field) expect(p!.field).toBe(field);
    expect(p!.message).toMatch(message);
    expect(p!.line).toBeGreaterThan(0);
  });

  it('two briefs with the same slug', () => {
    const root = project();
    cpSync(join(root, ICDS), join(root, 'content/briefs/icds-japan-looks-ahead.yml'));
    const problems = problemsOf(root);
    expect(problems.some((p) => p.field === 'slug' && /already used/.test(p.message))).toBe(true);
  });

  it('collects every problem before failing', () => {
    const root = project();
    edit(root, ICDS, (s) => s.replace('value: 2025-01-14', 'value: 2025-13-01'));
    edit(root, 'content/briefs/orf-reignited-agendas-japan.yaml', (s) => s.replace(/^code: orf1\n/m, ''));
    const files = new Set(problemsOf(root).map((p) => p.file));
    expect(files).toContain(ICDS);
    expect(files).toContain('content/briefs/orf-reignited-agendas-japan.yaml');
  });

  it('a YAML syntax error names its line', () => {
    const root = project();
    edit(root, ICDS, (s) => s.replace('access: full', 'access: [full'));
    const p = problemsOf(root).find((x) => x.file === ICDS);
    expect(p?.message).toMatch(/YAML syntax error/);
    expect(p?.line).toBeGreaterThan(0);
  });
});

describe('bad claims stop the build, naming file and line', () => {
  const firstQuote = (s: string) => /quote: (.*)/.exec(s)![1]!;
  it.each([
    ['an unknown brief', (s: string) => s.replace('brief: icds-japan-looks-ahead', 'brief: icds-nope'), /unknown brief/],
    ['an unknown theme', (s: string) => s.replace(/themes: \[([a-z-]+)/, 'themes: [defense-budget'), /unknown theme “defense-budget”/],
    [
      'an unknown question',
      (s: string) => s.replace(/(\n {4}kind: )/, '\n    questions: [no-such-question]$1'),
      /question “no-such-question” is not a question/,
    ],
    ['a duplicate claim id', (s: string) => s.replace('id: icds1-02', 'id: icds1-01'), /duplicate claim id “icds1-01”/],
    ['a quote not in its brief', (s: string) => s.replace(firstQuote(s), '"Japan will surely leave the alliance next week"'), /not verbatim/],
    ['a quote found twice', (s: string) => s.replace(firstQuote(s), 'Prime Minister'), /occurs \d+ times/],
    ['a statement over 30 words', (s: string) => s.replace(/statement: .*/, `statement: ${'word '.repeat(31)}`), /at most 30 words/],
  ])('%s', (_name, change, message) => {
    const root = project();
    edit(root, ICDS_CLAIMS, change);
    const p = problemsOf(root).find((x) => x.file === ICDS_CLAIMS && message.test(x.message));
    expect(p, JSON.stringify(problemsOf(root), null, 1)).toBeDefined();
    expect(p!.line).toBeGreaterThan(0);
  });

  it('a required theme with no claims', () => {
    const root = project();
    for (const f of [
      'icds-japan-looks-ahead',
      'rsis-japans-international-strategy',
      'sejong-japans-perception-and-response',
      'diplomat-trump-re-election-alliance',
      'orf-reignited-agendas-japan',
    ]) {
      renameSync(join(root, `content/claims/${f}.yaml`), join(root, `content/claims/${f}.txt`));
    }
    const problems = problemsOf(root);
    expect(problems.filter((p) => /required theme .* has no claims/.test(p.message))).toHaveLength(4);
  });
});
