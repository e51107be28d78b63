/**
 * Measurements of one built copy for the scaling benchmark: the build (wall time, peak memory), the
 * size of dist/ and its largest pages, and the bytes a first search transfers in real Chromium.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launch } from './chromium.mjs';
import { countAfterLoad } from './search-transfer.mjs';
import { serve } from '../serve-dist.mjs';
import { SEARCH_TIERS_FILE, TIER_PATHS } from '../../src/search/tiers';

const ASTRO = join(import.meta.dirname, '../../node_modules/astro/bin/astro.mjs');
const GNU_TIME = '/usr/bin/time';

/** What one build took: wall and CPU seconds, peak memory, and the time spent per phase. */
export interface BuildFigures {
  status: number | null;
  seconds: number;
  /** User + system CPU seconds of the build and its children (GNU time); steadier than wall time on a shared machine. */
  cpuSeconds: number | undefined;
  /** Peak resident memory of the largest process (GNU time), in MB. */
  peakMB: number | undefined;
  /** Summed render times Astro logs for social cards (/og/) and for the other routes, and the search index hook. */
  phases: { cardsSeconds: number; pagesSeconds: number; pagefindSeconds: number | undefined };
}

/** `astro build` in `dir`, under GNU time when there is one; the log goes to `dir/build.log`. */
export function timedBuild(dir: string): Promise<BuildFigures> {
  const node = [process.execPath, ASTRO, 'build'];
  const [cmd, ...args] = existsSync(GNU_TIME) ? [GNU_TIME, '-v', ...node] : node;
  const started = performance.now();
  const child = spawn(cmd!, args, {
    cwd: dir,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SITE_URL: 'http://127.0.0.1:4321' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout.on('data', (d) => (log += d));
  child.stderr.on('data', (d) => (log += d));
  return new Promise((ok) =>
    child.on('close', (status) => {
      writeFileSync(join(dir, 'build.log'), log);
      const seconds = (performance.now() - started) / 1000;
      ok({ status, seconds, ...figuresFromLog(log) });
    }),
  );
}

const clock = (line: string | undefined) => {
  const m = /^(\d\d):(\d\d):(\d\d) /.exec(line ?? '');
  return m ? Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]) : undefined;
};

/** Figures read from the build log: GNU time's summary and Astro's per-route times. */
function figuresFromLog(log: string): Omit<BuildFigures, 'status' | 'seconds'> {
  const num = (re: RegExp) => {
    const m = re.exec(log)?.[1];
    return m === undefined ? undefined : Number(m);
  };
  const user = num(/User time \(seconds\): ([\d.]+)/);
  const system = num(/System time \(seconds\): ([\d.]+)/);
  const kb = num(/Maximum resident set size \(kbytes\): (\d+)/);
  let cards = 0;
  let pages = 0;
  // Astro writes a route's time as "(+906ms)", "(+31.65s)" or "(+1m 23s)".
  for (const m of log.matchAll(/[├└]─ (\/\S*) \(\+(?:(\d+)m ?)?(?:([\d.]+)s)?(?:(\d+)ms)?\)/g)) {
    const ms = Number(m[2] ?? 0) * 60_000 + Number(m[3] ?? 0) * 1000 + Number(m[4] ?? 0);
    if (m[1]!.startsWith('/og/')) cards += ms;
    else pages += ms;
  }
  const lines = log.split('\n');
  const from = clock(lines.find((l) => l.includes('Waiting for integration "pagefind-index"')));
  const to = clock(lines.find((l) => l.includes('[pagefind-index] indexed')));
  return {
    cpuSeconds: user === undefined || system === undefined ? undefined : user + system,
    peakMB: kb === undefined ? undefined : kb / 1024,
    phases: {
      cardsSeconds: cards / 1000,
      pagesSeconds: pages / 1000,
      pagefindSeconds: from === undefined || to === undefined ? undefined : (to - from + 86400) % 86400,
    },
  };
}

/** Every file under `dir` with its size, path relative to `dir`. */
function files(dir: string, prefix = ''): { path: string; bytes: number }[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((e) => {
    const path = prefix ? `${prefix}/${e.name}` : e.name;
    return e.isDirectory() ? files(dir, path) : [{ path, bytes: statSync(join(dir, path)).size }];
  });
}

export interface DistSize {
  bytes: number;
  files: number;
  /** Bytes and files per top-level folder (claims, og, pagefind…). */
  folders: Record<string, { bytes: number; files: number }>;
  /** The largest HTML pages, with their gzipped size. */
  largest: { path: string; bytes: number; gzip: number }[];
}

/** Size of dist/: total, per top-level folder, and the largest pages. */
export function distSize(dist: string): DistSize {
  const all = files(dist);
  const folders: DistSize['folders'] = {};
  for (const f of all) {
    const top = f.path.includes('/') ? f.path.split('/')[0]! : '(root)';
    const entry = (folders[top] ??= { bytes: 0, files: 0 });
    entry.bytes += f.bytes;
    entry.files += 1;
  }
  const largest = all
    .filter((f) => f.path.endsWith('.html'))
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, 6)
    .map((f) => ({ ...f, gzip: gzipSync(readFileSync(join(dist, f.path))).length }));
  return { bytes: all.reduce((s, f) => s + f.bytes, 0), files: all.length, folders, largest };
}

const BOX = 'dialog input[type=search]';

/** Bytes of one first search, in KB gzipped: in all, and by part (index chunks, fragments, filters, fixed code). */
export interface SearchTransfer {
  query: string;
  kb: number;
  files: number;
  parts: Record<string, number>;
  /** What the dialog said of the results, e.g. “12 results for …”. */
  status: string;
  /** Where the first search covered the newest briefs only: the further bytes of “Search all N briefs”. */
  widenKB?: number;
}

/** Which part of a search a URL is: Pagefind's index chunks, result fragments, filter index, metadata, or code. */
function partOf(url: string): string {
  const path = new URL(url).pathname;
  const tier = Object.values(TIER_PATHS).find((t) => path.startsWith(t));
  if (!tier) return 'code';
  const file = path.slice(tier.length);
  const kind = /^(index|fragment|filter)\//.exec(file)?.[1];
  if (kind) return kind;
  if (file.endsWith('pf_meta')) return 'meta';
  if (file === SEARCH_TIERS_FILE) return 'tiers';
  return 'code';
}

/**
 * Bytes (gzipped, as a static host sends them) from opening the search dialog on a reader page to the
 * first results of each query, each in a fresh visit. The same steps as scripts/bench-search.mjs,
 * which runs on the project's own dist/ only (both count with search-transfer.mjs).
 */
export async function firstSearchKB(dist: string, queries: readonly string[]): Promise<SearchTransfer[]> {
  const reader = readdirSync(join(dist, 'briefs'), { withFileTypes: true }).find((e) => e.isDirectory())!.name;
  const { server, url } = await serve(dist);
  const browser = await launch();
  const rows: SearchTransfer[] = [];
  try {
    for (const query of queries) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const sizes: Map<string, number> = await countAfterLoad(page, url, `${url}/briefs/${reader}/`);
      await page.keyboard.press('/');
      await page.locator(BOX).waitFor();
      await page.locator(BOX).pressSequentially(query, { delay: 30 });
      // Results for the whole query, or the client's own message about it (it may fall back to a
      // shorter word): either way the search has run; the bytes are counted once the network is idle.
      await page.waitForFunction(
        (q) => {
          const status = document.querySelector('dialog [role=status]')?.textContent ?? '';
          return status.includes(`“${q}”`) || (status.includes(`“${q.split(' ')[0]}”`) && document.querySelector('dialog ol li'));
        },
        query,
        { timeout: 120_000 },
      );
      await page.waitForLoadState('networkidle');
      const status = (await page.locator('dialog [role=status]').textContent()) ?? '';
      const parts: Record<string, number> = {};
      for (const [u, bytes] of sizes) parts[partOf(u)] = (parts[partOf(u)] ?? 0) + bytes / 1024;
      const kb = [...sizes.values()].reduce((a, b) => a + b, 0) / 1024;
      // Then, where the corpus has an archive tier, what searching every brief adds.
      let widenKB: number | undefined;
      const widen = page.locator('dialog .search-widen');
      if (await widen.isVisible()) {
        await widen.click();
        await page.waitForFunction(
          () => {
            const status = document.querySelector('dialog [role=status]')?.textContent ?? '';
            return /\bresults?\b/.test(status) && !/Searched the/.test(status);
          },
          undefined,
          { timeout: 120_000 },
        );
        await page.waitForLoadState('networkidle');
        widenKB = [...sizes.values()].reduce((a, b) => a + b, 0) / 1024 - kb;
      }
      rows.push({ query, kb, files: sizes.size, parts, status, ...(widenKB === undefined ? {} : { widenKB }) });
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  return rows;
}
