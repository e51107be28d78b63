// Adding a brief takes settings and content, not code: a copy of the project with the made-up brief
// of tests/fixtures/sixth-brief/ builds, and the brief reaches every page, download and index that
// lists briefs, and the content checks cover it.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { z } from 'astro/zod';
import * as cheerio from 'cheerio';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { parse } from 'yaml';
import type { briefMetaObject } from '../../src/schemas/brief.ts';
import type { claimSchema } from '../../src/schemas/claim.ts';
import { openData } from './open-data.ts';
import { BUILD_TIMEOUT, ROOT, astroBuild, copyProject } from './project-copy.ts';

const FIXTURE = join(ROOT, 'tests/fixtures/sixth-brief');
const SLUG = (readdirSync(join(FIXTURE, 'briefs'))[0] ?? '').replace(/\.yaml$/, '');
const META: z.input<typeof briefMetaObject> = parse(readFileSync(join(FIXTURE, 'briefs', `${SLUG}.yaml`), 'utf8'));
const CLAIMS: z.input<typeof claimSchema>[] = parse(readFileSync(join(FIXTURE, 'claims', `${SLUG}.yaml`), 'utf8')).claims;
const NAME = META.publisher.short;

let dir = '';
let build: ReturnType<typeof astroBuild> = { status: null, out: 'not built' };
const dist = (...p: string[]) => join(dir, 'dist', ...p);
const page = (path: string) => cheerio.load(readFileSync(dist(path, 'index.html'), 'utf8'));

beforeAll(() => {
  dir = copyProject('sixth-brief-');
  for (const kind of ['raw', 'briefs', 'claims', 'positions']) cpSync(join(FIXTURE, kind), join(dir, 'content', kind), { recursive: true });
  build = astroBuild(dir);
}, BUILD_TIMEOUT + 60_000);
afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));

describe(`a sixth brief (${NAME}) added with content files only`, () => {
  it('builds', () => {
    assert.equal(build.status, 0, build.out.slice(-4000));
  });

  it('appears on the home page and the briefs index, counted', () => {
    const briefs = readdirSync(join(dir, 'content/briefs')).filter((f) => f.endsWith('.yaml')).length;
    for (const path of ['', 'briefs']) {
      const $ = page(path);
      assert.equal($(`a[href="/briefs/${SLUG}/"]`).length > 0, true, `/${path}`);
    }
    assert.match(page('briefs')('main').text(), new RegExp(`${briefs} analyses`));
    assert.match(page('')('footer').text(), new RegExp(`${briefs} think-tank briefs`));
  });

  it('has its own reader page with its text and claims', () => {
    const $ = page(`briefs/${SLUG}`);
    assert.match($('h1').text(), new RegExp(META.title.value));
    for (const c of CLAIMS) assert.equal($(`#c-${c.id}`).length, 1, c.id);
  });

  it('is a column of every positions matrix on /compare/, and on the time line', () => {
    const $ = page('compare');
    const tables = $('table.pm');
    assert.ok(tables.length > 0);
    tables.each((_, t) => assert.ok($(t).find('thead th').text().includes(NAME)));
    assert.ok($('ol[aria-label="The briefs in order of publication"]').text().includes(NAME));
    assert.ok($('svg.axis').text().includes(NAME));
  });

  it('shows its answer on every theme it has claims on, and “Not addressed” elsewhere', () => {
    const questionsByTheme = new Map<string, string[]>();
    // questions may be left out of a claim (it then answers none)
    for (const c of CLAIMS) for (const t of c.themes) questionsByTheme.set(t, [...(questionsByTheme.get(t) ?? []), ...(c.questions ?? [])]);
    for (const [theme, questions] of questionsByTheme) {
      const $ = page(`themes/${theme}`);
      const col = $('table.pm thead th')
        .filter((_, th) => $(th).text().includes(NAME))
        .index();
      assert.ok(col > 0, `${theme}: a column for ${NAME}`);
      $('table.pm tbody tr').each((_, tr) => {
        const href = $(tr).find('th a').attr('href');
        assert.ok(href, `${theme}: a question link in every row`);
        const q = href.split('#')[1] ?? '';
        const cell = $(tr).children().eq(col);
        if (questions.includes(q)) assert.ok(cell.find('a.pm-chip').length === 1, `${theme}/${q} answered`);
        else assert.match(cell.text(), /Not addressed/, `${theme}/${q}`);
      });
    }
  });

  it('is in every data download', () => {
    assert.ok(openData(dist(), 'briefs.json').some((s) => s.slug === SLUG));
    const claims = openData(dist(), 'claims.json').filter((c) => c.brief === SLUG);
    assert.equal(claims.length, CLAIMS.length);
    assert.ok(CLAIMS[0] && readFileSync(dist('data', 'claims.csv'), 'utf8').includes(CLAIMS[0].id));
    const positions = openData(dist(), 'positions.json');
    const questions = new Set(positions.map((p) => p.question));
    assert.equal(positions.filter((p) => p.brief === SLUG).length, questions.size, 'a position or “not-addressed” on every question');
  });

  it('is in the search index', () => {
    const fragments = readdirSync(dist('pagefind', 'fragment')).map((f) => gunzipSync(readFileSync(dist('pagefind', 'fragment', f))).toString('utf8'));
    assert.ok(fragments.some((f) => f.includes(`/briefs/${SLUG}/`)));
    const filters = readdirSync(dist('pagefind', 'filter')).map((f) => gunzipSync(readFileSync(dist('pagefind', 'filter', f))).toString('latin1'));
    assert.ok(
      filters.some((f) => f.includes(NAME)),
      'a brief filter value',
    );
  });

  it('is covered by the content checks (no chrome, every sentence once, editorial honesty)', { timeout: BUILD_TIMEOUT + 60_000 }, () => {
    assert.ok(existsSync(dist('index.html')));
    // A Vitest run of its own over the copy's dist/, without this run's VITEST* variables (which
    // would tell the child it is a worker of this run); the verbose reporter names every suite.
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST')));
    const vitest = join(ROOT, 'node_modules/vitest/vitest.mjs');
    const run = spawnSync(process.execPath, [vitest, 'run', '--project', 'site', '--reporter=verbose', 'tests/site/content.test.ts'], {
      cwd: ROOT,
      env: { ...env, SITE_ROOT: dir, NO_COLOR: '1' },
      encoding: 'utf8',
      timeout: BUILD_TIMEOUT,
    });
    assert.equal(run.status, 0, run.stdout.slice(-3000) + run.stderr.slice(-2000));
    assert.match(run.stdout, new RegExp(`reader page of ${SLUG}`));
  });
});
