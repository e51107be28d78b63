/**
 * Cleaning time on a large capture: writes a ~50 MB made-up capture (page chrome, paragraphs,
 * repeated captions, pull-quotes, no `end` setting) to a temporary directory, then times reading
 * and cleaning it. Prints figures; it is a benchmark, not a test. `npx tsx scripts/bench-clean.ts [MB]`.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanText } from '../src/pipeline/clean';
import { rawBytesToText } from '../src/pipeline/read-raw';

const megabytes = Number(process.argv[2] ?? 50);

/** A deterministic stream of pseudo-random numbers, so every run cleans the same text. */
function random(seed: number): () => number {
  return () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
}

/** Words with a Zipf-like spread: a few very common, most rare, as in prose. */
function vocabulary(next: () => number): () => string {
  const words = Array.from({ length: 30000 }, (_, i) => i.toString(36).replace(/\d/g, (d) => 'aeiouybcdf'[Number(d)]!) + 'an');
  return () => words[Math.floor(words.length * next() ** 3)]!;
}

function capture(bytes: number): string {
  const next = random(42);
  const word = vocabulary(next);
  const sentence = () => {
    const ws = Array.from({ length: 8 + Math.floor(next() * 20) }, word);
    return ws.join(' ').replace(/^./, (c) => c.toUpperCase()) + '.';
  };
  const out = ['Home', 'Menu', 'Japan Looks Ahead', 'Filed under: Publications'];
  let size = 0;
  while (size < bytes) {
    const paragraph = Array.from({ length: 3 + Math.floor(next() * 4) }, sentence).join(' ');
    out.push(paragraph);
    if (next() < 0.05) out.push('Photo: Reuters/Kim Kyung-Hoon'); // a repeated caption
    if (next() < 0.03) out.push(paragraph.split('. ')[0]!.replace(/\.$/, '')); // a pull-quote
    if (next() < 0.02) out.push('Share');
    size += paragraph.length + 1;
  }
  return out.join('\n') + '\n';
}

const dir = mkdtempSync(join(tmpdir(), 'bench-clean-'));
try {
  const file = join(dir, 'capture.txt');
  let t = performance.now();
  writeFileSync(file, capture(megabytes * 1024 * 1024));
  const bytes = readFileSync(file);
  console.log(`capture: ${(bytes.length / 1024 / 1024).toFixed(1)} MB, written in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  t = performance.now();
  const { text } = rawBytesToText(bytes, 'capture.txt');
  console.log(`decode and check UTF-8: ${((performance.now() - t) / 1000).toFixed(2)} s`);
  t = performance.now();
  const { cleaned, problems } = cleanText(
    text!,
    { start: 'Japan Looks Ahead', drop: [], repairs: [] },
    { raw: 'capture.txt', at: (field) => ({ file: 'bench', field }) },
  );
  const seconds = (performance.now() - t) / 1000;
  const removed = cleaned.removed.map((r) => `${r.reason}: ${r.lines.length}`).join('; ');
  console.log(`clean: ${seconds.toFixed(2)} s for ${cleaned.blocks.length} blocks (${problems.length} problems; removed ${removed})`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
