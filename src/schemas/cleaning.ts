import { z } from 'astro/zod';
import { CATALOGUE } from '../pipeline/problems/catalogue';

/**
 * Text the cleaning rules match lines against. Spaces are normalised before matching, so a text of
 * only spaces (or no-break or zero-width spaces) would become "" and match every line.
 */
const visibleText = z
  .string()
  .min(1)
  .refine((s) => s.replace(/[\s\u200b]/g, '') !== '', { error: CATALOGUE.BlankSetting.message({}), params: { code: CATALOGUE.BlankSetting.code } });

/** A line of the raw capture to remove, with the reason shown in the list of removals. */
const dropRuleSchema = z.union([
  z.object({ line: visibleText, reason: z.string().min(1) }).strict(),
  z.object({ startsWith: visibleText, reason: z.string().min(1) }).strict(),
]);

/** A dash lost in the capture: `glued` is the raw text with `|` where `insert` goes back in. */
const repairSchema = z
  .object({
    glued: z.string().refine((s) => s.split('|').length === 2 && !s.startsWith('|') && !s.endsWith('|'), {
      error: 'write the glued text with one "|" between the two words, e.g. "Japan|South Korea"',
    }),
    insert: z.string().min(1).max(3),
    /** Why the editors are confident of the repair; a default explanation is used when absent. */
    note: z.string().optional(),
  })
  .strict();

/**
 * Per-brief settings for the generic cleaning rules. A new brief needs these settings, not code.
 * Every text given here must be found in the raw file, or the build stops.
 */
export const cleaningSchema = z
  .object({
    /** The article starts at the first line that begins with this text. */
    start: visibleText,
    /** The article ends before the first line, after the start, that begins with this text. */
    end: visibleText.optional(),
    /** Heading line after which numbered endnotes (`1 Author, “Title”…`) follow. */
    endnotes: visibleText.optional(),
    /** Heading line whose following paragraphs are the publisher's own summary or synopsis. */
    summary: visibleText.optional(),
    /** Lines to remove besides the generic site chrome. */
    drop: z.array(dropRuleSchema).default([]),
    /** Lost punctuation to restore, each shown to readers as an editorial change. */
    repairs: z.array(repairSchema).default([]),
  })
  .strict();

export type CleaningSettings = z.infer<typeof cleaningSchema>;
export type DropRule = z.infer<typeof dropRuleSchema>;
export type RepairSetting = z.infer<typeof repairSchema>;
