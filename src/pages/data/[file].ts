import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteData } from '../../lib/get-site-data';
import { claimsForExport, claimsToCsv, positionsForExport, briefsForExport, themesForExport } from '../../lib/data-export';
import { claimExportSchema, listJsonSchema, positionExportSchema, briefExportSchema, themeExportSchema } from '../../schemas/export';

const FILES = [
  'claims.json',
  'claims.csv',
  'briefs.json',
  'themes.json',
  'positions.json',
  'claims.schema.json',
  'briefs.schema.json',
  'themes.schema.json',
  'positions.schema.json',
] as const;

export const getStaticPaths = (() => FILES.map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

/** The open data downloads, built from the same checked corpus as the pages. */
export const GET: APIRoute = async ({ params, site }) => {
  const data = await getSiteData();
  const { briefs, themes, claims } = data;
  const base = site ?? new URL('http://127.0.0.1/');
  const json = (data: unknown) => new Response(JSON.stringify(data, null, 2) + '\n', { headers: { 'content-type': 'application/json; charset=utf-8' } });
  switch (params.file as (typeof FILES)[number]) {
    case 'claims.json':
      return json(claimsForExport(claims, base));
    case 'claims.csv':
      return new Response(claimsToCsv(claimsForExport(claims, base)), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
    case 'briefs.json':
      return json(briefsForExport(briefs, claims, base));
    case 'themes.json':
      return json(themesForExport(themes, claims, base));
    case 'positions.json':
      return json(
        positionsForExport(
          themes.map((theme) => ({ theme, rows: data.matrix(theme.slug) })),
          base,
        ),
      );
    case 'positions.schema.json':
      return json(listJsonSchema(positionExportSchema, 'Positions'));
    case 'claims.schema.json':
      return json(listJsonSchema(claimExportSchema, 'Claims'));
    case 'briefs.schema.json':
      return json(listJsonSchema(briefExportSchema, 'Briefs'));
    case 'themes.schema.json':
      return json(listJsonSchema(themeExportSchema, 'Themes'));
  }
};
