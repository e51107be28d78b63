/** Problems with claims (`content/claims/<slug>.yaml`) and their quotes. */
import { define } from '../index';

export const ClaimsUnknownBrief = define<{ brief: string; briefs: string }>({
  code: 'claim/unknown-brief',
  title: 'Claims of an unknown brief',
  message: (p) => `unknown brief “${p.brief}”`,
  hint: (p) => `use the slug of a file in content/briefs/: ${p.briefs}`,
});

export const ClaimsDuplicateFile = define<{ brief: string; other: string }>({
  code: 'claim/duplicate-file',
  title: 'Two claims files for one brief',
  message: (p) => `the claims of ${p.brief} are already in ${p.other}`,
  hint: 'keep one claims file per brief',
});

export const ClaimDuplicateId = define<{ id: string; other: string }>({
  code: 'claim/duplicate-id',
  title: 'Claim id used twice',
  message: (p) => `duplicate claim id “${p.id}” (also in ${p.other})`,
  hint: 'give the claim the next free number; ids are never reused',
});

export const ClaimIdPrefix = define<{ id: string; code: string }>({
  code: 'claim/id-prefix',
  title: 'Claim id without its brief code',
  message: (p) => `claim id “${p.id}” does not start with the brief code “${p.code}-”`,
  hint: (p) => `number the claims of this brief ${p.code}-01, ${p.code}-02, …`,
});

export const ClaimUnknownTheme = define<{ theme: string; themes: string }>({
  code: 'claim/unknown-theme',
  title: 'Unknown theme',
  message: (p) => `unknown theme “${p.theme}”`,
  hint: (p) => `use one of: ${p.themes}`,
});

export const ClaimUnknownQuestion = define<{ question: string; themes: string }>({
  code: 'claim/unknown-question',
  title: 'Question not of the claim’s themes',
  message: (p) => `question “${p.question}” is not a question of the claim’s themes (${p.themes})`,
  hint: 'add the theme, or use a question id from its theme file',
});

export const FigureNotInQuote = define<{ figure: string }>({
  code: 'claim/figure-not-in-quote',
  title: 'Figure not in the quote',
  message: (p) => `figure “${p.figure}” is not in the quote`,
  hint: 'copy the figure as written in the quote',
});

/** Where a quote stops matching the text: the longest prefix found, and the two characters after it. */
type Divergence = { id: string; brief: string; matched: number; context: string; block: string; quoteChar: string; textChar: string };
const diverges = (p: Divergence) =>
  `the quote of ${p.id} is not verbatim in the cleaned text of ${p.brief}: its first ${p.matched} characters are in #${p.block} (“…${p.context}”), then the text has ${p.textChar} where the quote has ${p.quoteChar}`;

export const QuoteNotVerbatim = define<Divergence>({
  code: 'claim/quote-not-verbatim',
  title: 'Quote not verbatim',
  message: diverges,
  hint: 'copy it character for character from one paragraph of the reader page',
});

export const QuoteMarksDiffer = define<Divergence>({
  code: 'claim/quote-marks-differ',
  title: 'Quote with other quotation marks',
  message: diverges,
  hint: 'the quote and the text use different quotation marks (straight \' " versus curly ‘ ’ “ ”): copy them from the text',
});

export const QuoteDashesDiffer = define<Divergence>({
  code: 'claim/quote-dashes-differ',
  title: 'Quote with other dashes',
  message: diverges,
  hint: 'the quote and the text use different dashes (hyphen -, en dash –, em dash —): copy the dash from the text',
});

export const QuoteUnicodeForm = define<Divergence>({
  code: 'claim/quote-unicode-form',
  title: 'Quote with accents composed differently',
  message: diverges,
  hint: 'an accented letter is written as letter + combining accent in one and as one character in the other (NFD versus NFC): retype it',
});

export const QuoteNotInText = define<{ id: string; brief: string }>({
  code: 'claim/quote-not-in-text',
  title: 'Quote not in the text',
  message: (p) => `no part of the quote of ${p.id} is in the paragraphs of ${p.brief}`,
  hint: 'copy it character for character from one paragraph of the reader page',
});

export const QuoteInvisible = define<{ id: string; char: string; position: number }>({
  code: 'claim/quote-invisible-character',
  title: 'Invisible character in a quote',
  message: (p) => `the quote of ${p.id} contains an invisible character, ${p.char}, at character ${p.position}`,
  hint: 'delete it (retype the words around it): quotes hold only visible text and ordinary spaces',
});

export const QuoteAmbiguous = define<{ id: string; count: number; blocks: string }>({
  code: 'claim/quote-ambiguous',
  title: 'Quote found more than once',
  message: (p) => `the quote of ${p.id} occurs ${p.count} times (${p.blocks})`,
  hint: 'lengthen the quote until it is unique',
});

export const QuoteInHeading = define<{ id: string; block: string }>({
  code: 'claim/quote-in-heading',
  title: 'Quote from a heading',
  message: (p) => `the quote of ${p.id} is found only in the heading #${p.block}, and claims quote paragraphs`,
  hint: 'quote the words of a paragraph (headings carry no claim marks on the reader page)',
});

export const QuoteTwice = define<{ id: string; other: string }>({
  code: 'claim/same-quote',
  title: 'Two claims with one quote',
  message: (p) => `${p.id} quotes exactly the words ${p.other} quotes`,
  hint: 'merge the two claims, or quote different words for each',
});

export const EventDateConflict = define<{ event: string; date: string; otherDate: string; other: string; otherFile: string }>({
  code: 'claim/event-date',
  title: 'One event, two dates',
  message: (p) => `event “${p.event}” is dated ${p.date} here but ${p.otherDate} in ${p.other} (${p.otherFile})`,
  hint: 'use one date for one event, or give the other event its own id',
});

export const EventLabelConflict = define<{ event: string; label: string; otherLabel: string; other: string; otherFile: string }>({
  code: 'claim/event-label',
  title: 'One event, two labels',
  message: (p) => `event “${p.event}” is labelled “${p.label}” here but “${p.otherLabel}” in ${p.other} (${p.otherFile})`,
  hint: 'use one label for one event',
});
