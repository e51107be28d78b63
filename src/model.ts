/**
 * The domain, as every step after validation sees it: briefs, their claims, the themes that group
 * claims, and each brief's positions on the themes' questions. Loaders produce these; the analysis
 * and the pages read them.
 */
import type { BriefMeta } from './schemas/brief';
import type { ClaimInput } from './schemas/claim';
import type { PositionInput } from './schemas/position';
import type { ThemeMeta } from './schemas/theme';
import type { CleanedText } from './pipeline/clean/types';

/** A brief after validation and cleaning. */
export interface Brief {
  slug: string;
  meta: BriefMeta;
  /** Metadata file, relative to the project root. */
  metaFile: string;
  cleaned: CleanedText;
}

/** A claim checked against its brief and located in the cleaned text. */
export interface Claim extends ClaimInput {
  brief: string;
  /** Anchor of the paragraph that holds the quote. */
  blockId: string;
  start: number;
  end: number;
}

/** One sentence of a theme's synthesis, with what it links to. */
export interface SynthesisSentence {
  /** The sentence as plain text (link labels included). */
  text: string;
  /** The sentence without the labels of its claim links: the words written around them. */
  prose: string;
  line: number;
  column: number;
  /** Claim ids linked from the sentence, with the label each link shows. */
  claimLinks: { id: string; label: string }[];
  /** Question ids linked from the sentence (`#question-id`). */
  questionLinks: string[];
}

/** The sections a synthesis may have; each kind carries its own rule. */
export type SynthesisSectionKind = 'agree' | 'differ' | 'missing';

/** A theme's synthesis: its sections of sentences, and the HTML the page shows. */
export interface Synthesis {
  sections: { kind: SynthesisSectionKind; heading: string; sentences: SynthesisSentence[] }[];
  html: string;
}

/** A theme, from its front matter, with its synthesis. */
export interface Theme extends ThemeMeta {
  slug: string;
  /** Theme file, relative to the project root. */
  file: string;
  synthesis: Synthesis;
}

/** A brief's answer to one theme question, resting on its claims. */
export interface Position extends PositionInput {
  brief: string;
  /** File and line the position was read from, for messages. */
  file: string;
  line: number | undefined;
}

/** Everything the site is built from, validated together. */
export interface Corpus {
  briefs: Brief[];
  themes: Theme[];
  claims: Claim[];
  positions: Position[];
}
