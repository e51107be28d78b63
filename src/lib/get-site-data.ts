import { getCollection } from 'astro:content';
import { analyse, type SiteData } from '../analysis/site-data';
import { handOverCorpus } from './corpus-handoff';

let data: Promise<SiteData> | undefined;

/** The checked corpus and everything computed from it, as pages read it. Built once per build. */
export function getSiteData(): Promise<SiteData> {
  // The dev server keeps modules between edits, so it reads afresh each time.
  if (import.meta.env.DEV) return readSiteData();
  data ??= readSiteData().then((site) => {
    handOverCorpus(site);
    return site;
  });
  return data;
}

async function readSiteData(): Promise<SiteData> {
  const [briefs, themes, claims, positions] = await Promise.all([
    getCollection('briefs'),
    getCollection('themes'),
    getCollection('claims'),
    getCollection('positions'),
  ]);
  return analyse({
    briefs: briefs.map((e) => e.data),
    themes: themes.map((e) => e.data),
    claims: claims.map((e) => e.data),
    positions: positions.map((e) => e.data),
  });
}
