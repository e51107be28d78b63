import { z } from 'astro/zod';

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'use lowercase words joined by hyphens' });

/** Written by no one: a brief without claims on a question has this answer. */
export const NOT_ADDRESSED = 'not-addressed';

/** One possible answer to a theme question. */
const answerSchema = z
  .object({
    /** Positions name it in `answer`. */
    id: slug.refine((s) => s !== NOT_ADDRESSED, { error: `“${NOT_ADDRESSED}” is derived from the claims, never declared` }),
    /** Shown on the chip in the positions matrix: two or three words. */
    label: z.string().min(1).max(24),
    /** What the answer means, for readers and editors. */
    description: z.string().min(1),
  })
  .strict();

/** A question a theme page answers, brief by brief. */
const themeQuestionSchema = z
  .object({
    /** Unique across all themes and page anchors; claims and positions name it. */
    id: slug,
    text: z.string().min(1),
    /** The answers a brief can give, e.g. yes / no / conditional / unclear, or named options. */
    answers: z.array(answerSchema).min(2, { error: 'declare at least two possible answers' }),
  })
  .strict();

/** Front matter of `content/themes/<slug>.md`; the Markdown body is the synthesis. */
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
export type ThemeQuestion = z.infer<typeof themeQuestionSchema>;
export type Answer = z.infer<typeof answerSchema>;
