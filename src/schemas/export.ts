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

/** A brief as published in /data/briefs.json: its metadata and reader page. */
export const briefExportSchema = z.object({
  slug: z.string(),
  url: z.string(),
  words: z.number().int(),
  claims: z.number().int(),
  meta: briefMetaObject.omit({ cleaning: true }),
});

/** A theme as published in /data/themes.json. */
export const themeExportSchema = themeSchema.safeExtend({ slug: z.string(), url: z.string(), claims: z.array(z.string()) });

/** A brief's position on a theme question, as published in /data/positions.json. */
export const positionExportSchema = z.object({
  /** Slug of the theme the question belongs to. */
  theme: z.string(),
  /** Question id (see themes.json). */
  question: z.string(),
  /** Slug of the brief (see briefs.json). */
  brief: z.string(),
  /** One of the question's answer ids, or “not-addressed” when the brief has no claim on the question. */
  answer: z.string(),
  /** The answer's label as shown on the site. */
  label: z.string(),
  /** Our one-sentence summary of the brief's position; null when not addressed. */
  summary: z.string().nullable(),
  /** Ids of the claims the position rests on. */
  claims: z.array(z.string()),
  /** Ids of other claims of the brief on the question. */
  context: z.array(z.string()),
  /** The question on the theme page. */
  url: z.string(),
});

/** The JSON Schema of a list of items, for the data downloads. */
export function listJsonSchema(item: z.ZodType, title: string): unknown {
  return { ...z.toJSONSchema(z.array(item), { unrepresentable: 'any', io: 'output' }), title };
}
