// A real `astro build` on broken content stops with every problem listed, each with file and line,
// and writes no site.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, it } from 'vitest';
import { BUILD_TIMEOUT, astroBuild, copyProject } from './project-copy.ts';

const dir = copyProject('broken-site-');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it(
  'fails once, naming each broken file and line',
  () => {
    const first = (kind: string, ext: string) =>
      `content/${kind}/${
        readdirSync(join(dir, 'content', kind))
          .filter((f) => f.endsWith(ext))
          .sort()[0]
      }`;
    const edit = (f: string, from: RegExp, to: string) => writeFileSync(join(dir, f), readFileSync(join(dir, f), 'utf8').replace(from, to));
    const brief = first('briefs', '.yaml');
    // A claims file of another brief, so that the broken metadata does not hide its problem.
    const claims = `content/claims/${readdirSync(join(dir, 'content/claims'))
      .sort()
      .find((f) => `content/briefs/${f}` !== brief)}`;
    const theme = first('themes', '.md');
    edit(brief, /(date:\n(?:.*\n)*?\s+value: )\S+/, '$12025-04-31');
    edit(claims, /quote: .*/, 'quote: "Japan will leave the alliance in 2026."');
    writeFileSync(join(dir, theme), readFileSync(join(dir, theme), 'utf8') + '\nAll the briefs agree on everything, as four of them say.\n');
    const { status, out } = astroBuild(dir);
    assert.notEqual(status, 0, 'the build must fail');
    assert.match(out, new RegExp(`${brief.replace(/[.]/g, '\\.')}:\\d+ \\(date\\.value\\): .*\\[schema/invalid\\]`));
    assert.match(
      out,
      new RegExp(`${claims.replace(/[.]/g, '\\.')}:\\d+ \\(claims\\[0\\]\\.quote\\): the quote of \\S+ is not verbatim.*\\[claim/quote-not-verbatim\\]`),
    );
    assert.match(out, new RegExp(`${theme.replace(/[.]/g, '\\.')}:\\d+:\\d+: “All the briefs agree.*\\[synthesis/typed-count\\]`));
    assert.equal(existsSync(join(dir, 'dist/index.html')), false, 'no site is written');
  },
  BUILD_TIMEOUT + 60_000,
);
