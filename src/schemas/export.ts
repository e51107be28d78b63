import { z } from 'astro/zod';
import { briefMetaObject } from './brief';
import { claimSchema } from './claim';
import { themeSchema } from './theme';

/** A claim as published in /data/claims.json: the input fields plus where it sits. */
export const claimExportSchema = claimSchema.safeExtend({
  /** Slug of the brief the claim comes from. */
  brief: z.string(),
  /** Anchor id of the paragraph on the brief's reader page that holds the quote. */
  paragraph: z.string(),
  /** The quote's place on the reader page. */
  url: z.string(),
});

/** A brief as published in /data/sources.json: its metadata and reader page. */
export const sourceExportSchema = z.object({
  slug: z.string(),
  url: z.string(),
  words: z.number().int(),
  claims: z.number().int(),
  meta: briefMetaObject.omit({ cleaning: true }),
});

/** A theme as published in /data/themes.json. */
export const themeExportSchema = themeSchema.safeExtend({ slug: z.string(), url: z.string(), claims: z.array(z.string()) });

/** The JSON Schema of a list of items, for the data downloads. */
export function listJsonSchema(item: z.ZodType, title: string): unknown {
  return { ...z.toJSONSchema(z.array(item), { unrepresentable: 'any', io: 'output' }), title };
}
