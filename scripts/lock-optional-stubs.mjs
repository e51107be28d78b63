// The npm registry these machines reach serves only the Linux builds of packages with native
// binaries (Pagefind, Astro's compiler). `npm install` then leaves the other platforms' optional
// packages out of package-lock.json, and `npm ci` refuses the lock as out of sync. This adds a
// version-only entry for each missing optional dependency; `npm ci` skips them on Linux.
// Run it after every `npm install` that changes package-lock.json: node scripts/lock-optional-stubs.mjs
import { readFileSync, writeFileSync } from 'node:fs';

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
const pkgs = lock.packages;
const exact = (v) => /^\d+\.\d+\.\d+$/.test(v);

/** Where Node would find `name` from package `path`, or undefined. */
function resolve(path, name) {
  let base = path;
  for (;;) {
    const candidate = `${base ? `${base}/` : ''}node_modules/${name}`;
    if (pkgs[candidate]) return pkgs[candidate];
    if (!base) return undefined;
    const i = base.lastIndexOf('/node_modules/');
    base = i >= 0 ? base.slice(0, i) : '';
  }
}

const added = [];
for (const [path, entry] of Object.entries(pkgs)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const found = resolve(path, name);
    if (found && (!exact(version) || found.version === version)) continue;
    const target = `${path ? `${path}/` : ''}node_modules/${name}`;
    pkgs[target] = { version, ...(entry.dev ? { dev: true } : {}), optional: true };
    added.push(target);
  }
}
writeFileSync('package-lock.json', JSON.stringify(lock, null, 2) + '\n');
console.log(added.length ? `added ${added.length} optional stubs:\n${added.join('\n')}` : 'package-lock.json needs no stubs');
