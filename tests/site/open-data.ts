// The open-data files of a built site's data/ folder, typed by the schemas that write them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import type { briefExportSchema, claimExportSchema, positionExportSchema, themeExportSchema } from '../../src/schemas/export.ts';

export type BriefExport = z.infer<typeof briefExportSchema>;
export type ClaimExport = z.infer<typeof claimExportSchema>;

interface OpenData {
  'briefs.json': BriefExport[];
  'claims.json': ClaimExport[];
  'themes.json': z.infer<typeof themeExportSchema>[];
  'positions.json': z.infer<typeof positionExportSchema>[];
}

/** One of the JSON downloads of `dist`, as the site wrote it (not validated again here). */
export function openData<F extends keyof OpenData>(dist: string, file: F): OpenData[F] {
  return JSON.parse(readFileSync(join(dist, 'data', file), 'utf8'));
}
