import { z } from 'astro/zod';

const STATEMENT_MAX_WORDS = 30;

const claimKinds = ['fact', 'assessment', 'forecast', 'recommendation'] as const;
export const figureUnits = ['percent of GDP', 'percent', 'USD billion', 'JPY billion', 'JPY trillion', 'troops', 'jobs', 'days', 'count', 'year'] as const;

/** Events the briefs mention fall in these years; a date outside them is a typing error. */
const EVENT_YEARS = { min: 1900, max: 2100 };

/** YYYY, YYYY-MM or YYYY-MM-DD between EVENT_YEARS; a bare year written without quotes in YAML is accepted too. */
const partialDate = z
  .union([z.iso.date(), z.string().regex(/^\d{4}(-(0[1-9]|1[0-2]))?$/), z.number().int().transform(String)], {
    error: 'use YYYY, YYYY-MM or YYYY-MM-DD (a real date)',
  })
  .refine((d) => Number(d.slice(0, 4)) >= EVENT_YEARS.min && Number(d.slice(0, 4)) <= EVENT_YEARS.max, {
    error: `use a year from ${EVENT_YEARS.min} to ${EVENT_YEARS.max}`,
  });

/** A number the quote cites. */
const figureSchema = z
  .object({
    /** The figure exactly as written in the quote; the build checks it is there. */
    text: z.string().min(1),
    value: z.number(),
    /** Top of a range ("10-20%": value 10, upper 20). */
    upper: z.number().optional(),
    unit: z.enum(figureUnits),
    /** What is measured, in a few words. */
    measure: z.string().min(1),
  })
  .strict();

/** A dated event the quote mentions; the same id in several claims is the same event. */
const eventSchema = z
  .object({
    id: z.string().regex(/^\d{4}(-\d{2}){0,2}-[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'use <date>-<slug>, e.g. 2025-02-07-ishiba-trump-summit' }),
    /** As precise as the text allows. */
    date: partialDate,
    label: z.string().min(1),
  })
  .strict();

/** Someone the brief reports, when the claim is theirs rather than the author's. */
const speakerSchema = z.object({ name: z.string().min(1), role: z.string().optional() }).strict();

/** One assertion of a brief. */
export const claimSchema = z
  .object({
    /** `<brief code>-<number>`; never reused. */
    id: z.string().regex(/^[a-z]+[0-9]+-\d{2,3}$/, { error: 'use <brief code>-<number>, e.g. icds1-07' }),
    /** Verbatim from one paragraph of the cleaned text; found exactly once. */
    quote: z.string().min(8),
    /** Neutral, our words. */
    statement: z
      .string()
      .min(1)
      .refine((s) => s.trim().split(/\s+/).length <= STATEMENT_MAX_WORDS, { error: `a statement has at most ${STATEMENT_MAX_WORDS} words` }),
    kind: z.enum(claimKinds),
    themes: z.array(z.string()).min(1),
    questions: z.array(z.string()).default([]),
    speaker: speakerSchema.optional(),
    figures: z.array(figureSchema).default([]),
    events: z.array(eventSchema).default([]),
  })
  .strict();

/**
 * `content/claims/<brief slug>.yaml`: the brief and its list of claims. Each claim is checked on its
 * own with `claimSchema`, so that one bad claim does not hide the problems of the others.
 */
export const claimsFileSchema = z.object({ brief: z.string().min(1), claims: z.array(z.unknown()) }).strict();

export type ClaimInput = z.infer<typeof claimSchema>;
export type Figure = z.infer<typeof figureSchema>;
