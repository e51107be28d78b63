import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Brief } from '../model';
import { briefMetaSchema, type BriefMeta } from '../schemas/brief';
import type { Provenance } from '../schemas/provenance';
import { cleanText } from './clean';
import { normaliseSpace } from './clean/text-to-lines';
import { problem, type Problem } from './problems';
import { CATALOGUE } from './problems/catalogue';
import { rawBytesToText } from './read-raw';
import { readTextFile } from './read-text';
import { parseYaml, zodIssuesToProblems, type YamlSource } from './yaml-source';

const BRIEFS_DIR = 'content/briefs';
const RAW_DIR = 'content/raw';

/**
 * Metadata + raw capture → validated, cleaned briefs. Reads every brief, collects every problem,
 * and returns both; the caller fails once if there are any.
 */
export function loadBriefs(root: string): { briefs: Brief[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const loaded: Loaded[] = [];
  const files = readdirSync(join(root, BRIEFS_DIR))
    .filter((f) => /\.ya?ml$/.test(f))
    .sort();
  for (const name of files) {
    const one = loadBrief(root, name, problems);
    if (one) loaded.push(one);
  }
  problems.push(...findClashes(loaded));
  return { briefs: loaded.flatMap((l) => (l.brief ? [l.brief] : [])), problems };
}

/** A brief whose metadata passed the schema; `brief` is missing when its capture or cleaning failed. */
interface Loaded {
  metaFile: string;
  slug: string;
  meta: BriefMeta;
  source: YamlSource;
  brief?: Brief;
}

function loadBrief(root: string, name: string, problems: Problem[]): Loaded | undefined {
  const metaFile = `${BRIEFS_DIR}/${name}`;
  const slug = name.replace(/\.ya?ml$/, '');
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)) {
    problems.push(problem(CATALOGUE.BriefFileName, { file: metaFile }, { name }));
    return undefined;
  }
  const read = readTextFile(root, metaFile);
  problems.push(...read.problems);
  if (read.text === undefined) return undefined;
  const parsed = parseYaml(read.text, metaFile);
  problems.push(...parsed.problems);
  const source = parsed.source;
  if (!source) return undefined;
  const result = briefMetaSchema.safeParse(source.data);
  if (!result.success) {
    problems.push(...zodIssuesToProblems(result.error.issues, source, 'src/schemas/brief.ts'));
    return undefined;
  }
  const meta = result.data;
  const loaded: Loaded = { metaFile, slug, meta, source };
  const rawFile = `${RAW_DIR}/${meta.raw.file}`;
  const bytes = readRaw(root, rawFile, source, problems);
  if (!bytes) return loaded;
  const decoded = rawBytesToText(bytes, rawFile);
  problems.push(...decoded.problems);
  if (decoded.text === undefined) return loaded;
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (sha256 !== meta.raw.sha256) problems.push(problem(CATALOGUE.RawChecksum, source.at(['raw', 'sha256']), { raw: rawFile, sha256 }));
  problems.push(...checkEvidence(meta, decoded.text, source, rawFile));

  const { cleaned, problems: ruleProblems } = cleanText(decoded.text, meta.cleaning, { raw: rawFile, at: source.at });
  problems.push(...ruleProblems);
  if (ruleProblems.length > 0) return loaded;
  return { ...loaded, brief: { slug, meta, metaFile, cleaned } };
}

/** The raw capture's bytes, or a problem located at `raw.file` when it is missing or not a file. */
function readRaw(root: string, rawFile: string, source: YamlSource, problems: Problem[]): Buffer | undefined {
  const at = source.at(['raw', 'file']);
  const stat = statSync(join(root, rawFile), { throwIfNoEntry: false });
  if (!stat) problems.push(problem(CATALOGUE.RawMissing, at, { raw: rawFile }));
  else if (!stat.isFile()) problems.push(problem(CATALOGUE.RawNotAFile, at, { raw: rawFile }));
  else {
    try {
      return readFileSync(join(root, rawFile));
    } catch (e) {
      problems.push(problem(CATALOGUE.FileUnreadable, { file: rawFile }, { reason: (e as NodeJS.ErrnoException).code ?? String(e) }));
    }
  }
  return undefined;
}

/** Every value said to come from the text must show words that really are in the raw file. */
function checkEvidence(meta: BriefMeta, raw: string, source: YamlSource, rawFile: string): Problem[] {
  const text = normaliseSpace(raw);
  const sourced: [string, Provenance | undefined][] = [
    ['title', meta.title.from],
    ['deck', meta.deck?.from],
    ['publisher', meta.publisher.from],
    ['authors', meta.authors.from],
    ['date', meta.date.from],
    ['url', meta.url?.from],
    ['series', meta.series?.from],
    ['kind', meta.kind.from],
    ['editions', meta.editions?.from],
  ];
  const problems: Problem[] = [];
  for (const [key, from] of sourced) {
    if (from?.source === 'text' && !text.includes(normaliseSpace(from.evidence)))
      problems.push(problem(CATALOGUE.EvidenceMissing, source.at([key, 'from', 'evidence']), { evidence: from.evidence, raw: rawFile }));
  }
  meta.authors.list.forEach((a, i) => {
    if (a.bio && !text.includes(normaliseSpace(a.bio)))
      problems.push(problem(CATALOGUE.BioMissing, source.at(['authors', 'list', i, 'bio']), { name: a.name, raw: rawFile }));
  });
  return problems;
}

/** Two briefs may not share a slug (ignoring case and extension), a claim code or a raw file. */
function findClashes(loaded: Loaded[]): Problem[] {
  const problems: Problem[] = [];
  const seen = { slug: new Map<string, Loaded>(), code: new Map<string, Loaded>(), raw: new Map<string, Loaded>() };
  for (const b of loaded) {
    const source = b.source;
    const slug = b.slug.toLowerCase();
    const other = { slug: seen.slug.get(slug), code: seen.code.get(b.meta.code), raw: seen.raw.get(b.meta.raw.file) };
    if (other.slug) problems.push(problem(CATALOGUE.DuplicateSlug, { file: b.metaFile }, { slug: b.slug, other: other.slug.metaFile }));
    if (other.code) problems.push(problem(CATALOGUE.DuplicateCode, source.at(['code']), { code: b.meta.code, other: other.code.metaFile }));
    if (other.raw) problems.push(problem(CATALOGUE.DuplicateRaw, source.at(['raw', 'file']), { raw: b.meta.raw.file, other: other.raw.metaFile }));
    if (!other.slug) seen.slug.set(slug, b);
    if (!other.code) seen.code.set(b.meta.code, b);
    if (!other.raw) seen.raw.set(b.meta.raw.file, b);
  }
  return problems;
}
