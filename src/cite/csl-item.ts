/**
 * The CSL-JSON fields this site writes (a subset of the CSL data schema,
 * https://resource.citationstyles.org/schema/v1.0/input/json/csl-data.json). Citation.js reads
 * these to write APA, Chicago, MLA, BibTeX and RIS; the same object is the `cite.json` download.
 */
export interface CslItem {
  id: string;
  /** The key BibTeX uses: the brief's code or the claim id (with `_` for `-`), stable across builds. */
  'citation-key': string;
  type: 'report' | 'article-magazine' | 'webpage';
  title: string;
  /** Names as written, never split into family and given names (see brief-to-csl.ts). */
  author?: { literal: string }[];
  'container-title'?: string;
  'collection-title'?: string;
  publisher?: string;
  'publisher-place'?: string;
  genre?: string;
  /** Year, month and day as far as known; absent when the date is not stated. */
  issued?: { 'date-parts': [number[]] };
  URL?: string;
  language?: string;
  note?: string;
}
