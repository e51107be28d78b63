import { z } from 'astro/zod';
import { cleaningSchema } from './cleaning';
import { provenanceSchema, sourcedString, webUrl } from './provenance';

const isoDay = z.iso.date({ error: 'use a real calendar date written YYYY-MM-DD' });
const isoMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'use YYYY-MM' });

/** One author as the text presents them. */
const authorSchema = z
  .object({
    name: z.string().min(1),
    /** Position or affiliation, as stated in the text. */
    role: z.string().optional(),
    /** The author bio from the capture, moved out of the article body. */
    bio: z.string().optional(),
  })
  .strict();

/** Publication date and how precisely it is known. */
const publicationDateSchema = z.discriminatedUnion('precision', [
  z.object({ precision: z.literal('day'), value: isoDay, note: z.string().optional(), from: provenanceSchema }).strict(),
  z.object({ precision: z.literal('month'), value: isoMonth, note: z.string().optional(), from: provenanceSchema }).strict(),
  /** Not stated; the text only shows it was written on or after `value`. */
  z.object({ precision: z.literal('after'), value: isoDay, note: z.string().min(1), from: provenanceSchema }).strict(),
]);

/** The fields of a brief's metadata, before the cross-field rules. */
export const briefMetaObject = z
  .object({
    /** Short unique code that prefixes the brief's claim ids (`icds1` → `icds1-07`). */
    code: z.string().regex(/^[a-z]+[0-9]+$/, { error: 'use lowercase letters then digits, e.g. "icds1"' }),
    /** The raw capture in `content/raw/` and its SHA-256, which the build checks. */
    raw: z.object({ file: z.string().regex(/^[^/\\]+\.txt$/), sha256: z.string().regex(/^[0-9a-f]{64}$/) }).strict(),
    title: sourcedString,
    /** The standfirst or subtitle, where the publisher gives one. */
    deck: sourcedString.optional(),
    publisher: z.object({ name: z.string().min(1), short: z.string().min(1), place: z.string().optional(), from: provenanceSchema }).strict(),
    /** An empty list means the text names no author; `note` says so. */
    authors: z
      .object({ list: z.array(authorSchema), from: provenanceSchema.optional(), note: z.string().optional() })
      .strict()
      .refine((a) => a.list.length === 0 || a.from, { error: 'say where the authors come from in "from"' }),
    date: publicationDateSchema,
    /** The original page, where known. */
    url: z.object({ value: webUrl, from: provenanceSchema }).strict().optional(),
    series: sourcedString.optional(),
    /** Kind of document (commentary, policy brief, …). */
    kind: sourcedString,
    /** Other editions the publisher offers, such as a PDF. */
    editions: sourcedString.optional(),
    /** `partial`: the capture holds only part of the text (a paywall); `accessNote` says which part. */
    access: z.enum(['full', 'partial']),
    accessNote: z.string().optional(),
    language: z.string().regex(/^[a-z]{2}$/),
    cleaning: cleaningSchema,
  })
  .strict();

/** Metadata of one brief: `content/briefs/<slug>.yaml`. */
export const briefMetaSchema = briefMetaObject.refine((b) => b.access === 'full' || b.accessNote, {
  error: 'a partial text needs "accessNote" saying what part of the text is here',
  path: ['accessNote'],
});

export type BriefMeta = z.infer<typeof briefMetaSchema>;
export type PublicationDate = z.infer<typeof publicationDateSchema>;
export type Author = z.infer<typeof authorSchema>;
