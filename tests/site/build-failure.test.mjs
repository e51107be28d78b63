// A real `astro build` on broken content stops with every problem listed, each with file and line,
// and writes no site.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, it } from 'node:test';

const ROOT = join(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'broken-site-'));
after(() => rmSync(dir, { recursive: true, force: true }));

it('fails once, naming each broken file and line', () => {
  for (const f of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'public']) cpSync(join(ROOT, f), join(dir, f), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  const edit = (f, from, to) => writeFileSync(join(dir, f), readFileSync(join(dir, f), 'utf8').replace(from, to));
  edit('content/briefs/rsis-japans-international-strategy.yaml', 'value: 2025-04-01', 'value: 2025-04-31');
  edit('content/claims/orf-reignited-agendas-japan.yaml', /quote: .*/, 'quote: "Japan will leave the alliance in 2026."');
  const run = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: dir, encoding: 'utf8', timeout: 120_000 });
  const out = run.stdout + run.stderr;
  assert.notEqual(run.status, 0, 'the build must fail');
  assert.match(out, /content\/briefs\/rsis-japans-international-strategy\.yaml:\d+ \(date\.value\)/);
  assert.match(out, /content\/claims\/orf-reignited-agendas-japan\.yaml:\d+ \(claims\.0\.quote\): the quote of orf1-01 is not verbatim/);
  assert.equal(existsSync(join(dir, 'dist/index.html')), false, 'no site is written');
});
