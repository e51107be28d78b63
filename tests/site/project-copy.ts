// A throwaway copy of the project (sharing node_modules) for tests that build a changed site.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '../..');

/** How long a test that builds a copy may take: a full build with the search index, on a busy machine. */
export const BUILD_TIMEOUT = 300_000;

/** Copies what a build reads into a new temporary folder and returns its path. */
export function copyProject(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const f of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public', 'content']) cpSync(join(ROOT, f), join(dir, f), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

/** Runs `astro build` in `dir` with this Node, for the local address unless `env` says otherwise (undefined unsets a variable). */
export function astroBuild(dir: string, env: Record<string, string | undefined> = {}): { status: number | null; out: string } {
  const run = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: dir,
    encoding: 'utf8',
    timeout: BUILD_TIMEOUT,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SITE_URL: 'http://127.0.0.1:4321', ...env },
  });
  return { status: run.status, out: run.stdout + run.stderr };
}
