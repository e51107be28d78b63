import { z } from 'astro/zod';

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'use lowercase words joined by hyphens' });
const claimId = z.string().regex(/^[a-z]+[0-9]+-\d{2,3}$/, { error: 'use a claim id, e.g. icds1-07' });

const POSITION_SUMMARY_MAX_WORDS = 40;

/**
 * A brief's position on one theme question. "Not addressed" is never written: it is what a brief
 * has on a question when it has no claim tagged with it.
 */
export const positionSchema = z
  .object({
    /** A question id from a theme's front matter. */
    question: slug,
    /** One of the answers the question declares. */
    answer: slug,
    /** One neutral sentence in our words: what the brief says on the question. */
    summary: z
      .string()
      .min(1)
      .refine((s) => s.trim().split(/\s+/).length <= POSITION_SUMMARY_MAX_WORDS, {
        error: `a summary has at most ${POSITION_SUMMARY_MAX_WORDS} words`,
      }),
    /** The claims of this brief the answer rests on; each is tagged with the question. */
    claims: z.array(claimId).min(1, { error: 'a position rests on at least one claim' }),
    /** Other claims of this brief tagged with the question that bear on it without deciding the answer. */
    context: z.array(claimId).default([]),
  })
  .strict();

/**
 * `content/positions/<brief slug>.yaml`: the brief and its positions. Each position is checked on
 * its own with `positionSchema`, so that one bad position does not hide the problems of the others.
 */
export const positionsFileSchema = z.object({ brief: slug, positions: z.array(z.unknown()) }).strict();

export type PositionInput = z.infer<typeof positionSchema>;
