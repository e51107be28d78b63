// A claim's reference as a file: /claims/<id>/cite.bib, cite.ris and cite.json.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteData } from '../../../lib/get-site-data';
import { briefToCsl } from '../../../cite/brief-to-csl';
import { claimToCsl } from '../../../cite/claim-to-csl';
import { DOWNLOADS, citationResponse, citationText, type DownloadFormat } from '../../../cite/formats';
import type { Brief, Claim } from '../../../model';

export const getStaticPaths = (async () => {
  const { claims, briefs } = await getSiteData();
  return claims.flatMap((claim) => {
    const brief = briefs.find((b) => b.slug === claim.brief)!;
    return DOWNLOADS.map((d) => ({ params: { id: claim.id, format: d.format }, props: { claim, brief } }));
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ claim: Claim; brief: Brief }, { id: string; format: DownloadFormat }> = ({ props, params, site }) =>
  citationResponse(claimToCsl(props.claim, citationText(briefToCsl(props.brief), 'apa'), site!), params.format);
