import { z } from 'astro/zod';
import { CATALOGUE } from '../pipeline/problems/catalogue';

/**
 * A web address the site links to: http(s) only. `javascript:`, `data:`, `vbscript:` or `file:`
 * addresses are valid URLs, but would run code or open local files when a reader follows them.
 */
export const webUrl = z.url().superRefine((url, ctx) => {
  if (!/^https?:\/\//i.test(url)) ctx.addIssue({ code: 'custom', message: CATALOGUE.NotHttp.message({ url }), params: { code: CATALOGUE.NotHttp.code, url } });
});

/** Where a metadata value comes from. Shown beside every value on the reader page. */
export const provenanceSchema = z.discriminatedUnion('source', [
  z
    .object({
      source: z.literal('text'),
      /** Words of the raw file that show the value; the build checks they are there. */
      evidence: z.string().min(1),
      /** Anything a reader should know about how the value was read. */
      note: z.string().optional(),
    })
    .strict(),
  z
    .object({
      source: z.literal('public-record'),
      /** The public page where the value was looked up. */
      page: webUrl,
      note: z.string().optional(),
    })
    .strict(),
  z
    .object({
      source: z.literal('editors'),
      /** Why the editors supplied the value and what it is based on. */
      note: z.string().min(1),
    })
    .strict(),
]);

export type Provenance = z.infer<typeof provenanceSchema>;

/** A single metadata value with its provenance. */
export const sourcedString = z
  .object({
    value: z.string().min(1),
    /** A remark shown with the value (for example, that a doubled word is in the original). */
    note: z.string().optional(),
    from: provenanceSchema,
  })
  .strict();
