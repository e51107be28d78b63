/** Shapes shared by the cleaning steps: raw lines in, blocks of segments out. */

/** A non-empty line of the raw file after whitespace normalisation. `n` is its 1-based line number. */
export interface Line {
  n: number;
  text: string;
}

/** A run of text inside a block: original text, an editorial insertion, or an endnote reference. */
export type Segment = { t: 'text'; text: string } | { t: 'ins'; text: string; repair: number } | { t: 'note'; n: number };

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
  n: number;
  text: string;
  line: number;
}

/** One editorial repair of lost punctuation. */
export interface Repair {
  n: number;
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

/** A problem found by a cleaning rule; the caller adds the file and line of the setting. */
export interface RuleProblem {
  field: string;
  message: string;
  fix?: string;
}

/** The output of cleaning one raw capture. */
export interface CleanedText {
  blocks: Block[];
  notes: Note[];
  repairs: Repair[];
  removed: Removal[];
}
