/** Shapes shared by the cleaning steps: raw lines in, blocks of segments out. */
import type { FieldPath, Where } from '../problems';

/** A non-empty line of the raw file after whitespace normalisation, with its 1-based line number. */
export interface Line {
  line: number;
  text: string;
}

/** A run of text inside a block: original text, an editorial insertion, or an endnote reference. */
export type Segment = { type: 'text'; text: string } | { type: 'ins'; text: string; repair: number } | { type: 'note'; note: number };

export type BlockKind = 'heading' | 'paragraph' | 'summary-heading' | 'summary';

/** A heading or paragraph of the cleaned article. */
export interface Block {
  /** Stable anchor id, derived from the block's own text only. */
  id: string;
  kind: BlockKind;
  /** Line of the raw file it comes from. */
  line: number;
  segments: Segment[];
}

/** An endnote of the brief, linked both ways with its marker in the text. */
export interface Note {
  number: number;
  text: string;
  line: number;
}

/** One editorial repair of lost punctuation. */
export interface Repair {
  number: number;
  line: number;
  /** The raw text around the repair, as captured. */
  before: string;
  /** The same text with the punctuation restored. */
  after: string;
  insert: string;
  note: string;
}

/** Lines removed from the capture, grouped by reason. */
export interface Removal {
  reason: string;
  lines: number[];
}

/** What a cleaning rule needs to report a problem: the raw file's name and where each setting is. */
export interface RuleContext {
  /** The raw capture, relative to the project root, for messages. */
  raw: string;
  /** The file, line and field of a setting, e.g. `['cleaning', 'drop', 1]`. */
  at: (path: FieldPath) => Where;
}

/** The output of cleaning one raw capture. */
export interface CleanedText {
  blocks: Block[];
  notes: Note[];
  repairs: Repair[];
  removed: Removal[];
}
