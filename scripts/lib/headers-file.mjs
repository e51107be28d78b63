// Reads a `_headers` file (the format Netlify and Cloudflare Pages read) and answers which headers a
// path gets, so the local server sends what the production host sends. Supported: `#` comments, a
// path line followed by indented `Name: value` lines, `*` as a splat in the path; every block whose
// path matches applies, later blocks adding to earlier ones (Netlify joins repeated names with ", ").

/** @typedef {{ pattern: string, test: RegExp, headers: [string, string][] }} HeaderRule */

/**
 * @param {string} text the file's contents
 * @returns {HeaderRule[]}
 */
export function parseHeadersFile(text) {
  /** @type {HeaderRule[]} */
  const rules = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.replace(/\s+$/, '');
    if (!line.trim() || line.trim().startsWith('#')) return;
    if (!/^\s/.test(line)) {
      const pattern = line.trim();
      if (!pattern.startsWith('/')) throw new Error(`_headers:${i + 1}: a path must start with "/", got “${pattern}”`);
      const source = pattern
        .split('*')
        .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*');
      rules.push({ pattern, test: new RegExp(`^${source}$`), headers: [] });
      return;
    }
    const rule = rules.at(-1);
    const m = /^\s+([A-Za-z0-9-]+):\s*(.+)$/.exec(line);
    if (!rule || !m) throw new Error(`_headers:${i + 1}: expected an indented “Name: value” line under a path`);
    rule.headers.push([m[1], m[2]]);
  });
  return rules;
}

/**
 * The headers for one URL path, as a plain object.
 * @param {HeaderRule[]} rules
 * @param {string} path
 * @returns {Record<string, string>}
 */
export function headersFor(rules, path) {
  /** @type {Record<string, string>} */
  const out = {};
  for (const rule of rules) {
    if (!rule.test.test(path)) continue;
    for (const [name, value] of rule.headers) {
      const key = Object.keys(out).find((k) => k.toLowerCase() === name.toLowerCase()) ?? name;
      out[key] = out[key] ? `${out[key]}, ${value}` : value;
    }
  }
  return out;
}
