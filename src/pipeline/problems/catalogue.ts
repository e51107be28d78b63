/**
 * Every content problem the build can report, by name: `problem(CATALOGUE.QuoteNotVerbatim, where,
 * params)`. Entries live in `catalogue/`, one file per kind of input; `docs/errors.md` lists them.
 */
import type { ProblemEntry } from './index';
import * as briefs from './catalogue/briefs';
import * as claims from './catalogue/claims';
import * as files from './catalogue/files';
import * as positions from './catalogue/positions';
import * as syntheses from './catalogue/syntheses';
import * as themes from './catalogue/themes';

export const CATALOGUE = { ...files, ...briefs, ...themes, ...claims, ...positions, ...syntheses };

/** What each code area covers, in the order the docs list them. */
export const AREAS: Record<string, string> = {
  file: 'Any content file that cannot be read.',
  raw: 'The raw captures in `content/raw/`.',
  yaml: 'The YAML of metadata, claims, positions and theme front matter.',
  schema: 'Values the schemas in `src/schemas/` refuse.',
  brief: 'Brief metadata, `content/briefs/<slug>.yaml`.',
  cleaning: 'The `cleaning` settings of a brief, checked against its raw capture.',
  theme: 'Theme files, `content/themes/<slug>.md`, and their front matter.',
  claim: 'Claims, `content/claims/<slug>.yaml`, checked against the cleaned text.',
  position: 'Positions, `content/positions/<slug>.yaml`, checked against the claims and themes.',
  synthesis: 'The synthesis of each theme, checked against the claims and positions.',
};

/** Every entry, in catalogue order. */
export const ENTRIES: ProblemEntry[] = Object.values(CATALOGUE) as unknown as ProblemEntry[];

const byCode = new Map(ENTRIES.map((e) => [e.code, e]));

/** The entry with this code, if there is one: schemas name entries by code in their refinements. */
export function entryByCode(code: unknown): ProblemEntry | undefined {
  return typeof code === 'string' ? byCode.get(code) : undefined;
}
