import type { Brief, Claim, Theme } from '../model';
import { getCollection } from 'astro:content';
import { byDate } from './briefs';
import { compareClaimIds } from './claims';

type PageCorpus = { briefs: Brief[]; themes: Theme[]; claims: Claim[] };
let corpus: Promise<PageCorpus> | undefined;

/** The checked corpus as pages read it: briefs by date, themes by order, claims by id. Built once per build. */
export function getCorpus(): Promise<PageCorpus> {
  // The dev server keeps modules between edits, so it reads afresh each time.
  if (import.meta.env.DEV) return readCorpus();
  corpus ??= readCorpus();
  return corpus;
}

async function readCorpus(): Promise<PageCorpus> {
  const briefs = byDate((await getCollection('briefs')).map((b) => b.data));
  const themes = (await getCollection('themes')).map((t) => ({ ...t.data, slug: t.id, file: `content/themes/${t.id}.mdx` })).sort((a, b) => a.order - b.order);
  const claims = (await getCollection('claims')).map((c) => c.data).sort((a, b) => compareClaimIds(a.id, b.id));
  return { briefs, themes, claims };
}

/** Number of claims per brief slug. */
export function countByBrief(claims: Claim[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const c of claims) m.set(c.brief, (m.get(c.brief) ?? 0) + 1);
  return m;
}
