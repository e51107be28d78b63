/** Problems with a brief's metadata and cleaning settings (`content/briefs/<slug>.yaml`). */
import { define } from '../index';

export const BriefFileName = define<{ name: string }>({
  code: 'brief/file-name',
  title: 'Brief file name is not a slug',
  message: (p) => `“${p.name}” is not a valid brief file name`,
  hint: 'name the file with lowercase letters, digits and hyphens, ending in .yaml, e.g. "icds-japan-looks-ahead.yaml"',
});

export const EvidenceMissing = define<{ evidence: string; raw: string }>({
  code: 'brief/evidence-missing',
  title: 'Evidence not in the capture',
  message: (p) => `the evidence “${p.evidence}” is not in ${p.raw}`,
  hint: 'quote the raw file exactly, or give another source',
});

export const BioMissing = define<{ name: string; raw: string }>({
  code: 'brief/bio-missing',
  title: 'Author bio not in the capture',
  message: (p) => `the bio of ${p.name} is not word for word in ${p.raw}`,
  hint: 'copy the bio exactly from the capture',
});

export const DuplicateSlug = define<{ slug: string; other: string }>({
  code: 'brief/duplicate-slug',
  title: 'Two briefs with one slug',
  message: (p) => `the slug “${p.slug}” is already used by ${p.other}`,
  hint: 'rename one of the metadata files (slugs must differ in more than case and extension)',
});

export const DuplicateCode = define<{ code: string; other: string }>({
  code: 'brief/duplicate-code',
  title: 'Two briefs with one code',
  message: (p) => `the code “${p.code}” is already used by ${p.other}`,
  hint: 'give each brief its own code',
});

export const DuplicateRaw = define<{ raw: string; other: string }>({
  code: 'brief/duplicate-raw',
  title: 'Two briefs with one raw file',
  message: (p) => `the raw file “${p.raw}” is already used by ${p.other}`,
  hint: 'each brief has its own raw capture',
});

export const StartNotFound = define<{ start: string; raw: string }>({
  code: 'cleaning/start-not-found',
  title: 'Article start not found',
  message: (p) => `no line of ${p.raw} starts with “${p.start}”`,
  hint: 'copy the opening words of the article’s first line exactly',
});

export const EndNotFound = define<{ end: string; raw: string }>({
  code: 'cleaning/end-not-found',
  title: 'Article end not found',
  message: (p) => `no line of ${p.raw} after the start begins with “${p.end}”`,
  hint: 'copy the opening words of the first line after the article exactly, or remove "end"',
});

export const DropUnused = define<{ text: string; raw: string }>({
  code: 'cleaning/drop-unused',
  title: 'Drop rule matches nothing',
  message: (p) => `no line of the article in ${p.raw} matches “${p.text}”`,
  hint: 'correct the text or remove the rule',
});

export const SummaryNotFound = define<{ heading: string; raw: string }>({
  code: 'cleaning/summary-not-found',
  title: 'Summary heading not found',
  message: (p) => `no line of the article in ${p.raw} reads “${p.heading}”`,
  hint: 'give the summary heading exactly as captured, or remove "summary"',
});

export const EndnotesNotFound = define<{ heading: string; raw: string }>({
  code: 'cleaning/endnotes-not-found',
  title: 'Endnotes heading not found',
  message: (p) => `no line of the article in ${p.raw} reads “${p.heading}”`,
  hint: 'give the endnotes heading exactly, or remove "endnotes"',
});

export const EndnoteNotNumbered = define<{ line: number; raw: string }>({
  code: 'cleaning/endnote-not-numbered',
  title: 'Line after the endnotes heading is not a note',
  message: (p) => `line ${p.line} of ${p.raw}, after the endnotes heading, is not a numbered note`,
  hint: 'end the article before it with "end", or drop it',
});

export const EndnoteMisnumbered = define<{ line: number; raw: string; n: number; expected: number }>({
  code: 'cleaning/endnote-misnumbered',
  title: 'Endnote out of sequence',
  message: (p) => `the endnote on line ${p.line} of ${p.raw} is numbered ${p.n}, expected ${p.expected}`,
  hint: 'check the endnotes heading, and drop lines between the notes that are not notes',
});

export const EndnoteNoMarker = define<{ n: number; found: number; total: number; raw: string }>({
  code: 'cleaning/endnote-no-marker',
  title: 'Endnote without a marker',
  message: (p) => `endnote ${p.n} has no marker in the text of ${p.raw} (markers found: ${p.found} of ${p.total})`,
  hint: 'check the endnotes heading and that each note is cited after a punctuation mark',
});

export const RepairNotFound = define<{ glued: string; raw: string }>({
  code: 'cleaning/repair-not-found',
  title: 'Repair matches nothing',
  message: (p) => `“${p.glued}” is not in the article text of ${p.raw}`,
  hint: 'copy the glued words exactly as captured',
});

export const RepairAmbiguous = define<{ glued: string; count: number; raw: string }>({
  code: 'cleaning/repair-ambiguous',
  title: 'Repair matches several places',
  message: (p) => `“${p.glued}” occurs ${p.count} times in the article text of ${p.raw}; a repair must name one place`,
  hint: 'add words on either side of "|" until the text is unique',
});
