/**
 * Machine-readable descriptions of the site's pages (schema.org JSON-LD): briefs as Articles, claims
 * as Claims, theme pages as CollectionPages, and a BreadcrumbList on every page. Only what the
 * metadata states goes in: no author where the brief names none, no date where it is not known.
 */
import type { Article, BreadcrumbList, Claim as ClaimLd, CollectionPage, CreativeWork, Graph, Organization, Person, Thing } from 'schema-dts';
import type { Brief, Claim, Theme } from '../model';

/** A step of a breadcrumb trail: its name and absolute URL. */
export interface Crumb {
  name: string;
  url: string;
}

/** Names of the sections whose pages sit one level below them (`/briefs/<slug>/`). */
const SECTIONS: Record<string, string> = { briefs: 'Briefs', themes: 'Themes', claims: 'Claims', data: 'Open data' };

/**
 * Home › section › page, from a page's path and title: `/` is Home alone, `/about/` is Home › About,
 * `/briefs/x/` is Home › Briefs › x. The last crumb is always the page itself.
 */
export function pageTrail(pathname: string, title: string, site: URL | string): Crumb[] {
  const abs = (p: string) => new URL(p, site).href;
  const home = { name: 'Home', url: abs('/') };
  const parts = pathname.split('/').filter(Boolean);
  if (parts.length === 0) return [home];
  const section = parts.length > 1 ? [{ name: SECTIONS[parts[0]!] ?? parts[0]!, url: abs(`/${parts[0]}/`) }] : [];
  return [home, ...section, { name: title, url: abs(pathname) }];
}

export function breadcrumbList(trail: Crumb[]): BreadcrumbList {
  return {
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((c, i) => ({ '@type': 'ListItem', item: c.url, position: i + 1, name: c.name })),
  };
}

function publisher(brief: Brief): Organization {
  return { '@type': 'Organization', name: brief.meta.publisher.name };
}

/** The brief's authors as it names them, or its publisher when it names none. */
function authors(brief: Brief): (Person | Organization)[] {
  const people = brief.meta.authors.list.map((a): Person => ({ '@type': 'Person', name: a.name }));
  return people.length > 0 ? people : [publisher(brief)];
}

/** The date as far as it is known (`2025-02-25`, `2024-03`); none when only a lower bound is. */
function datePublished(brief: Brief): string | undefined {
  return brief.meta.date.precision === 'after' ? undefined : brief.meta.date.value;
}

/** A brief's reader page: our cleaned edition of the publisher's article. */
export function briefArticle(brief: Brief, pageUrl: string): Article {
  const m = brief.meta;
  const date = datePublished(brief);
  // Key order only changes the gzipped size: this order lets the page's own copies of these values
  // compress best (the reader pages have a weight budget, tests/site/pages.test.ts).
  return {
    '@type': 'Article',
    headline: m.title.value,
    ...(m.deck ? { description: m.deck.value } : {}),
    ...(m.url ? { isBasedOn: m.url.value } : {}),
    publisher: publisher(brief),
    ...(m.authors.list.length > 0 ? { author: authors(brief) } : {}),
    inLanguage: m.language,
    ...(date ? { datePublished: date } : {}),
    url: pageUrl,
  };
}

/** A claim: the brief's own words, where they appear on this site and first appeared. */
export function claimLd(claim: Claim, brief: Brief, pageUrl: string, briefPageUrl: string): ClaimLd {
  const m = brief.meta;
  const appearance: CreativeWork = { '@type': 'CreativeWork', url: briefPageUrl, name: m.title.value };
  const first: CreativeWork | undefined = m.url ? { '@type': 'CreativeWork', url: m.url.value, name: m.title.value, publisher: publisher(brief) } : undefined;
  return {
    '@type': 'Claim',
    url: pageUrl,
    text: claim.quote,
    description: claim.statement,
    author: authors(brief),
    appearance,
    ...(first ? { firstAppearance: first } : {}),
    inLanguage: m.language,
  };
}

/** A theme page: the claims it gathers, by their pages' URLs. */
export function themeCollection(theme: Theme, pageUrl: string, claimUrls: string[]): CollectionPage {
  return {
    '@type': 'CollectionPage',
    url: pageUrl,
    name: theme.title,
    description: theme.description,
    hasPart: claimUrls.map((url): ClaimLd => ({ '@type': 'Claim', url })),
  };
}

/** The nodes of one page in a single graph. */
export function graph(nodes: Thing[]): Graph {
  return { '@context': 'https://schema.org', '@graph': nodes };
}

/**
 * JSON for a `<script type="application/ld+json">` block. `<`, `>` and `&` are written as `\u003c`
 * etc., so no text in the data (a quote holding `</script>` or `<!--`) can end the block early;
 * JSON parsers read the escapes back as the same characters.
 */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
