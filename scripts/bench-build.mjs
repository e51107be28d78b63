// Times a cold build (no card or citation cache, no Astro or Vite caches) and then a warm one (nothing changed),
// with SITE_URL set as `npm run build:local` sets it. Prints each build's wall time, the phases Astro
// reports, how many social cards came from the cache, and whether the corpus pipeline ran once.
// Timings depend on the machine and on whatever else runs on it: run it on an idle machine.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';

const root = process.cwd();
const CACHES = ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite', 'node_modules/.cache/og-cards', 'node_modules/.cache/citations'];

function build(label) {
  const started = performance.now();
  const run = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: root,
    env: { ...process.env, SITE_URL: 'http://127.0.0.1:4321' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = (performance.now() - started) / 1000;
  const log = `${run.stdout}\n${run.stderr}`;
  if (run.status !== 0) {
    console.error(log);
    throw new Error(`the ${label} build failed (exit ${run.status})`);
  }
  const plain = log.replace(/\x1b\[[0-9;]*m/g, '');
  const cards = /\[og\] (\d+) social cards: (\d+) from the cache, (\d+) to draw/.exec(plain);
  const routes = [...plain.matchAll(/✓ Completed in ([\dm. ]+?s)\./g)].map((m) => m[1]);
  const sharedCorpus = plain.includes('from the corpus the pages were built from');
  return { label, seconds, cards, routes, sharedCorpus };
}

function report({ label, seconds, cards, routes, sharedCorpus }) {
  console.log(`${label.padEnd(5)} ${seconds.toFixed(1).padStart(5)} s`);
  if (cards) console.log(`      social cards: ${cards[1]}, ${cards[2]} from the cache, ${cards[3]} drawn`);
  console.log(`      Astro phases: ${routes.join(', ')} (in order: build info, static routes, whole build step)`);
  console.log(`      corpus pipeline: ${sharedCorpus ? 'ran once (the search index reused the pages’ corpus)' : 'ran again for the search index'}`);
}

for (const dir of CACHES) rmSync(join(root, dir), { recursive: true, force: true });
const cold = build('cold');
report(cold);
const warm = build('warm');
report(warm);
if (warm.cards && warm.cards[3] !== '0') console.warn(`warning: the warm build drew ${warm.cards[3]} cards; nothing changed, so it should draw none`);
