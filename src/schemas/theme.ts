import { z } from 'astro/zod';

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'use lowercase words joined by hyphens' });

/** A question a theme page answers, brief by brief. */
export const themeQuestionSchema = z
  .object({
    /** Unique across all themes; claims name it in `questions`. */
    id: slug,
    text: z.string().min(1),
  })
  .strict();

/** Front matter of `content/themes/<slug>.mdx`; the MDX body is the synthesis. */
export const themeSchema = z
  .object({
    title: z.string().min(1),
    /** A short form for tight places, such as the claim markers in the text. */
    short: z.string().min(1).max(28),
    /** One sentence: what the theme covers. */
    description: z.string().min(1),
    /** Position in theme lists. */
    order: z.number().int(),
    /** A required theme must have claims, or the build fails. */
    required: z.boolean().default(false),
    questions: z.array(themeQuestionSchema).min(1),
    /** Slugs of related themes. */
    related: z.array(slug).default([]),
  })
  .strict();

export type ThemeMeta = z.infer<typeof themeSchema>;
