/**
 * How the build grows with the corpus: for each size (default 50, 200 and 1,000 briefs) a copy of the
 * project gets a made-up corpus (scripts/lib/synthetic-corpus.ts, the same files for the same seed),
 * its content is checked as `npm run check:content` does, the site is built, and dist/ and a first
 * search are measured. Prints a Markdown table and time per brief; a benchmark, not a test.
 *
 *   npm run bench:scale                        50, 200 and 1000 briefs
 *   npm run bench:scale -- --sizes 20,50       other sizes
 *   npm run bench:scale -- --json out.json     also write the figures (largest pages, folders) as JSON
 *   npm run bench:scale -- --keep              keep the built copies (their paths are printed)
 *   npm run bench:scale -- --no-cards          build without the social cards (src/pages/og/ removed
 *                                              from the copy), to see the rest of the build at sizes where
 *                                              the cards alone would take hours
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadCorpus } from '../src/pipeline/corpus';
import { copyProject } from '../tests/site/project-copy';
import { writeSyntheticCorpus } from './lib/synthetic-corpus';
import { distSize, firstSearchKB, timedBuild, type BuildFigures, type DistSize, type SearchTransfer } from './lib/synthetic-measure';

/** Five fixed queries, each in the made-up vocabulary: one to three words, common and rare. */
const QUERIES = ['defence spending', 'semiconductors', 'host nation support', 'Kim Jong Un', 'tariffs'] as const;

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '50,200,1000' },
    json: { type: 'string' },
    keep: { type: 'boolean', default: false },
    'no-cards': { type: 'boolean', default: false },
  },
});
const cards = !values['no-cards'];
const sizes = values.sizes.split(',').map(Number);
if (sizes.some((n) => !Number.isInteger(n) || n < 2)) throw new Error(`--sizes takes whole numbers of at least 2, e.g. --sizes 20,50 (got "${values.sizes}")`);

interface Row {
  briefs: number;
  claims: number;
  checkSeconds: number;
  build: BuildFigures;
  dist: DistSize;
  search: SearchTransfer[];
  dir: string;
}

const log = (s: string) => console.error(`[${new Date().toISOString().slice(11, 19)}] ${s}`);
const rows: Row[] = [];
for (const n of sizes) {
  const dir = copyProject(`bench-scale-${n}-`);
  try {
    if (!cards) rmSync(join(dir, 'src/pages/og'), { recursive: true });
    const { claims } = writeSyntheticCorpus(dir, n);
    log(`${n} briefs, ${claims} claims written to ${dir}; checking the content`);
    const checkStart = performance.now();
    loadCorpus(dir); // throws with every problem listed if the made-up corpus fails a check
    const checkSeconds = (performance.now() - checkStart) / 1000;
    log(`content checked in ${checkSeconds.toFixed(1)} s; building`);
    const build = await timedBuild(dir);
    if (build.status !== 0) throw new Error(`The build of ${n} briefs failed (status ${build.status}): see ${dir}/build.log`);
    log(`built in ${build.seconds.toFixed(0)} s; measuring dist/ and search`);
    const dist = distSize(`${dir}/dist`);
    const search = await firstSearchKB(`${dir}/dist`, QUERIES);
    const row: Row = { briefs: n, claims, checkSeconds, build, dist, search, dir };
    rows.push(row);
    console.log(JSON.stringify({ ...row, dist: { ...dist, largest: dist.largest.slice(0, 3) } }));
  } finally {
    if (!values.keep) rmSync(dir, { recursive: true, force: true });
  }
}

const mb = (b: number) => (b / 2 ** 20).toFixed(0);
const s = (x: number | undefined, digits = 0) => (x === undefined ? 'n/a' : `${x.toFixed(digits)} s`);
console.log(`\nSocial cards ${cards ? 'on' : 'off (src/pages/og/ removed from the copies)'}; wall time on a shared machine, CPU time = user + system.\n`);
console.log(
  `| briefs | claims | check | build (wall) | build (CPU) | per brief (wall) | per brief (CPU) | cards | other pages | search index | peak memory | dist/ | files | ${QUERIES.map((q) => `“${q}”`).join(' | ')} |`,
);
console.log(`|${' ---: |'.repeat(13 + QUERIES.length)}`);
for (const r of rows) {
  const b = r.build;
  const cells = [
    r.briefs,
    r.claims,
    s(r.checkSeconds, 1),
    s(b.seconds),
    s(b.cpuSeconds),
    s(b.seconds / r.briefs, 2),
    s(b.cpuSeconds === undefined ? undefined : b.cpuSeconds / r.briefs, 2),
    s(b.phases.cardsSeconds),
    s(b.phases.pagesSeconds),
    s(b.phases.pagefindSeconds),
    b.peakMB === undefined ? 'n/a' : `${b.peakMB.toFixed(0)} MB`,
    `${mb(r.dist.bytes)} MB`,
    r.dist.files,
    ...r.search.map((q) => `${q.kb.toFixed(1)} KB`),
  ];
  console.log(`| ${cells.join(' | ')} |`);
}
const [a, z] = rows.slice(-2);
if (a && z) {
  const ratio = (f: (r: Row) => number | undefined) => {
    const [x, y] = [f(a), f(z)];
    return x === undefined || y === undefined ? 'n/a' : `${(y / z.briefs / (x / a.briefs)).toFixed(2)}×`;
  };
  console.log(
    `\nTime per brief at ${z.briefs} against ${a.briefs}: ${ratio((r) => r.build.seconds)} wall, ${ratio((r) => r.build.cpuSeconds)} CPU (target ≤ 1.25×).`,
  );
}
const worst = Math.max(...rows.flatMap((r) => r.search.map((s) => s.kb)));
console.log(`Largest first search: ${worst.toFixed(1)} KB gzipped (target < 200 KB).`);
for (const r of rows) {
  const wide = r.search.filter((q) => q.widenKB !== undefined);
  if (wide.length)
    console.log(
      `${r.briefs} briefs: the first search covers the newest briefs only; “Search all” then adds ${wide.map((q) => `${q.widenKB!.toFixed(1)} KB (“${q.query}”)`).join(', ')}.`,
    );
  for (const q of r.search) console.log(`  ${r.briefs} briefs, “${q.query}”: ${q.status}`);
}
if (values.json) writeFileSync(values.json, JSON.stringify(rows, null, 2));
