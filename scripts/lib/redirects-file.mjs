// Reads a `_redirects` file (the format Netlify and Cloudflare Pages read) so the local server
// redirects as the production host does. Supported: `#` comments and `from to [status]` lines, with
// `*` at the end of `from` captured as `:splat` in `to`. As on those hosts, a rule applies only when
// no file exists at the path (the caller asks only then).

/** @typedef {{ from: string, prefix: boolean, to: string, status: number }} RedirectRule */

/**
 * @param {string} text the file's contents
 * @returns {RedirectRule[]}
 */
export function parseRedirectsFile(text) {
  /** @type {RedirectRule[]} */
  const rules = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const [from, to, status = '301', ...rest] = line.split(/\s+/);
    if (!from?.startsWith('/') || !to || rest.length > 0 || !/^30[1278]$/.test(status)) {
      throw new Error(`_redirects:${i + 1}: expected “/from /to [301|302|307|308]”, got “${line}”`);
    }
    const prefix = from.endsWith('*');
    rules.push({ from: prefix ? from.slice(0, -1) : from, prefix, to, status: Number(status) });
  });
  return rules;
}

/**
 * Where a path is redirected, if a rule matches: { location, status }.
 * @param {RedirectRule[]} rules
 * @param {string} path
 */
export function redirectFor(rules, path) {
  for (const r of rules) {
    if (r.prefix ? path.startsWith(r.from) : path === r.from) {
      return { location: r.to.replace(':splat', r.prefix ? path.slice(r.from.length) : ''), status: r.status };
    }
  }
  return undefined;
}
