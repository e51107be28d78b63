import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fieldPath, formatProblem, problem } from '../../src/pipeline/problems';
import { AREAS, CATALOGUE, ENTRIES } from '../../src/pipeline/problems/catalogue';
import { renderErrorsDoc } from '../../src/pipeline/problems/errors-doc';

const ROOT = join(import.meta.dirname, '../..');

describe('the catalogue of content problems', () => {
  it('gives every entry a unique area/name code in a documented area, a title, a message and a hint', () => {
    const codes = ENTRIES.map((e) => e.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const e of ENTRIES) {
      expect(e.code).toMatch(/^[a-z]+\/[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(Object.keys(AREAS)).toContain(e.code.split('/')[0]);
      expect(e.title.length).toBeGreaterThan(3);
    }
  });

  it('docs/errors.md is what scripts/errors-doc.ts writes (run `npm run docs:errors` after changing the catalogue)', () => {
    expect(readFileSync(join(ROOT, 'docs/errors.md'), 'utf8')).toBe(renderErrorsDoc());
  });

  it('docs/errors.md lists every code', () => {
    const doc = renderErrorsDoc();
    for (const e of ENTRIES) expect(doc).toContain(`\`${e.code}\``);
  });

  it('no problem text is written outside the catalogue in src/pipeline and src/schemas', () => {
    const files = ['src/pipeline', 'src/schemas'].flatMap((d) =>
      readdirSync(join(ROOT, d), { recursive: true, encoding: 'utf8' })
        .filter((f) => f.endsWith('.ts'))
        .map((f) => join(ROOT, d, f)),
    );
    const outside = files.filter((f) => !relative(ROOT, f).startsWith('src/pipeline/problems/catalogue'));
    for (const f of outside) expect(readFileSync(f, 'utf8'), relative(ROOT, f)).not.toMatch(/\b(message|hint|fix)\s*:\s*['"`]/);
  });
});

describe('problems', () => {
  it.each([
    [['claims', 3, 'quote'], 'claims[3].quote'],
    [['cleaning', 'drop', 1, 'startsWith'], 'cleaning.drop[1].startsWith'],
    [['authors', 'list', 0, 'bio'], 'authors.list[0].bio'],
    [['date', 'value'], 'date.value'],
  ])('write the field %j as %s', (path, text) => expect(fieldPath(path)).toBe(text));

  it('print as file:line:column (field): message → hint [code]', () => {
    const p = problem(
      CATALOGUE.ClaimUnknownTheme,
      { file: 'content/claims/x.yaml', line: 7, column: 5, field: ['claims', 2, 'themes', 0] },
      { theme: 'nope', themes: 'a, b' },
    );
    expect(formatProblem(p)).toBe('content/claims/x.yaml:7:5 (claims[2].themes[0]): unknown theme “nope” → use one of: a, b [claim/unknown-theme]');
  });

  it('print without line or field when the input has none', () => {
    expect(formatProblem(problem(CATALOGUE.RawEmpty, { file: 'content/raw/x.txt' }))).toBe(
      'content/raw/x.txt: the raw file is empty → replace it with the UTF-8 text capture of the brief [raw/empty]',
    );
  });
});
