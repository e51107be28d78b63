// A brief's reference as a file: /briefs/<slug>/cite.bib, cite.ris and cite.json.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { briefToCsl } from '../../../cite/brief-to-csl';
import { DOWNLOADS, citationResponse, type DownloadFormat } from '../../../cite/formats';
import type { Brief } from '../../../model';

export const getStaticPaths = (async () =>
  (await getCollection('briefs')).flatMap((b) =>
    DOWNLOADS.map((d) => ({ params: { slug: b.id, format: d.format }, props: { brief: b.data } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ brief: Brief }, { slug: string; format: DownloadFormat }> = ({ props, params }) =>
  citationResponse(briefToCsl(props.brief), params.format);
