import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Brief } from '../model';
import { briefMetaSchema, type BriefMeta } from '../schemas/brief';
import type { Provenance } from '../schemas/provenance';
import { cleanText } from './clean';
import { normaliseSpace } from './clean/text-to-lines';
import type { Problem } from './problems';
import { rawBytesToText } from './read-raw';
import { parseYaml, zodIssuesToProblems, type YamlSource } from './yaml-source';

export const BRIEFS_DIR = 'content/briefs';
export const RAW_DIR = 'content/raw';

/**
 * Metadata + raw capture → validated, cleaned briefs. Reads every brief, collects every problem,
 * and returns both; the caller fails once if there are any.
 */
export function loadBriefs(root: string): { briefs: Brief[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const briefs: Brief[] = [];
  const files = readdirSync(join(root, BRIEFS_DIR))
    .filter((f) => /\.ya?ml$/.test(f))
    .sort();
  for (const name of files) {
    const brief = loadBrief(root, name, problems);
    if (brief) briefs.push(brief);
  }
  problems.push(...findClashes(briefs));
  return { briefs, problems };
}

function loadBrief(root: string, name: string, problems: Problem[]): Brief | undefined {
  const metaFile = `${BRIEFS_DIR}/${name}`;
  const slug = name.replace(/\.ya?ml$/, '');
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)) {
    problems.push({
      file: metaFile,
      message: `“${slug}” is not a valid slug`,
      fix: 'name the file with lowercase letters, digits and hyphens, e.g. "icds-japan-looks-ahead.yaml"',
    });
    return undefined;
  }
  const parsed = parseYaml(readFileSync(join(root, metaFile), 'utf8'), metaFile);
  problems.push(...parsed.problems);
  if (!parsed.source) return undefined;
  const result = briefMetaSchema.safeParse(parsed.source.data);
  if (!result.success) {
    problems.push(...zodIssuesToProblems(result.error.issues, metaFile, parsed.source));
    return undefined;
  }
  const meta = result.data;
  const at = (path: PropertyKey[]) => ({ file: metaFile, line: parsed.source!.lineOf(path), field: path.join('.') });

  const rawPath = join(root, RAW_DIR, meta.raw.file);
  if (!existsSync(rawPath)) {
    problems.push({ ...at(['raw', 'file']), message: `${RAW_DIR}/${meta.raw.file} does not exist`, fix: 'copy the raw capture there, unchanged' });
    return undefined;
  }
  const bytes = readFileSync(rawPath);
  const rawFile = `${RAW_DIR}/${meta.raw.file}`;
  const decoded = rawBytesToText(bytes, rawFile);
  problems.push(...decoded.problems);
  if (decoded.text === undefined) return undefined;
  const sha = createHash('sha256').update(bytes).digest('hex');
  if (sha !== meta.raw.sha256) {
    problems.push({
      ...at(['raw', 'sha256']),
      message: `${rawFile} has SHA-256 ${sha}, not the recorded one`,
      fix: 'restore the raw file from the original capture; raw files are never edited',
    });
  }
  problems.push(...checkEvidence(meta, decoded.text, parsed.source, metaFile));

  const { cleaned, problems: ruleProblems } = cleanText(decoded.text, meta.cleaning);
  for (const p of ruleProblems) {
    const path = p.field
      .split(/[.[\]]+/)
      .filter(Boolean)
      .map((k) => (/^\d+$/.test(k) ? Number(k) : k));
    problems.push({ ...at(path), field: p.field, message: `${p.message} (in ${rawFile})`, fix: p.fix });
  }
  if (ruleProblems.length > 0) return undefined;
  return { slug, meta, metaFile, cleaned };
}

/** Every value said to come from the text must show words that really are in the raw file. */
function checkEvidence(meta: BriefMeta, raw: string, source: YamlSource, file: string): Problem[] {
  const text = normaliseSpace(raw);
  const sourced: [PropertyKey[], Provenance | undefined][] = [
    [['title', 'from'], meta.title.from],
    [['deck', 'from'], meta.deck?.from],
    [['publisher', 'from'], meta.publisher.from],
    [['authors', 'from'], meta.authors.from],
    [['date', 'from'], meta.date.from],
    [['url', 'from'], meta.url?.from],
    [['series', 'from'], meta.series?.from],
    [['kind', 'from'], meta.kind.from],
    [['editions', 'from'], meta.editions?.from],
  ];
  const problems: Problem[] = [];
  for (const [path, from] of sourced) {
    if (from?.source === 'text' && !text.includes(normaliseSpace(from.evidence))) {
      problems.push({
        file,
        line: source.lineOf([...path, 'evidence']),
        field: [...path, 'evidence'].join('.'),
        message: `the evidence “${from.evidence}” is not in the raw file`,
        fix: 'quote the raw file exactly, or give another source',
      });
    }
  }
  meta.authors.list.forEach((a, i) => {
    if (a.bio && !text.includes(normaliseSpace(a.bio))) {
      problems.push({
        file,
        line: source.lineOf(['authors', 'list', i, 'bio']),
        field: `authors.list.${i}.bio`,
        message: 'the bio is not word for word in the raw file',
        fix: 'copy the bio exactly from the capture',
      });
    }
  });
  return problems;
}

/** Two briefs may not share a slug (ignoring case and extension), a claim code or a raw file. */
function findClashes(briefs: Brief[]): Problem[] {
  const problems: Problem[] = [];
  const keys: [string, (b: Brief) => string, string][] = [
    ['slug', (b) => b.slug.toLowerCase(), 'rename one of the metadata files'],
    ['code', (b) => b.meta.code, 'give each brief its own code'],
    ['raw.file', (b) => b.meta.raw.file, 'each brief has its own raw file'],
  ];
  for (const [field, key, fix] of keys) {
    const first = new Map<string, Brief>();
    for (const b of briefs) {
      const k = key(b);
      const other = first.get(k);
      if (other) problems.push({ file: b.metaFile, field, message: `the ${field} “${k}” is already used by ${other.metaFile}`, fix });
      else first.set(k, b);
    }
  }
  return problems;
}
