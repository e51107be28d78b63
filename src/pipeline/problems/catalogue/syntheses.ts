/**
 * Problems with a theme's synthesis: its Markdown, its links, and sentences the claims and positions
 * do not bear out. Every message starts with the sentence, quoted.
 */
import { define } from '../index';

const SECTIONS = 'use “### Where they agree”, “### Where they differ” or “### What is missing”';

export const SynthesisMarkup = define<{ what: string }>({
  code: 'synthesis/markup',
  title: 'Markup a synthesis may not use',
  message: (p) => `${p.what} is not allowed in a synthesis`,
  hint: 'write paragraphs (or lists) of plain text, with emphasis and links to claims and questions only',
});

export const SynthesisLinkTarget = define<{ url: string }>({
  code: 'synthesis/link-target',
  title: 'Link target not allowed',
  message: (p) => `link target “${p.url}” is not allowed`,
  hint: 'link a claim (/claims/<id>/), a question of this theme (#<question-id>), a theme (/themes/<slug>/) or an http(s) page',
});

export const SynthesisUnknownTheme = define<{ slug: string; themes: string }>({
  code: 'synthesis/unknown-theme',
  title: 'Link to a theme that does not exist',
  message: (p) => `links the theme “${p.slug}”, which does not exist`,
  hint: (p) => `link one of: ${p.themes}`,
});

export const SynthesisHeading = define<{ heading: string }>({
  code: 'synthesis/heading',
  title: 'Unknown synthesis heading',
  message: (p) => `unknown synthesis heading “${p.heading}”`,
  hint: SECTIONS,
});

export const SynthesisTextBeforeHeading = define({
  code: 'synthesis/text-before-heading',
  title: 'Text before the first heading',
  message: () => 'text before the first heading',
  hint: `put every sentence under a heading: ${SECTIONS}`,
});

export const SynthesisHeadingTwice = define<{ section: string }>({
  code: 'synthesis/heading-twice',
  title: 'Section heading used twice',
  message: (p) => `the heading for “${p.section}” appears twice`,
  hint: 'merge the two sections',
});

export const Unlinked = define<{ sentence: string }>({
  code: 'synthesis/unlinked',
  title: 'Sentence without links',
  message: (p) => `“${p.sentence}”: the sentence links no claim and no question`,
  hint: 'end it with links to the claims it rests on, e.g. ([RSIS](/claims/rsis1-24/))',
});

export const UnknownClaim = define<{ sentence: string; id: string }>({
  code: 'synthesis/unknown-claim',
  title: 'Link to a claim that does not exist',
  message: (p) => `“${p.sentence}”: links claim ${p.id}, which does not exist`,
  hint: 'link an existing claim id',
});

export const ClaimTheme = define<{ sentence: string; id: string; theme: string }>({
  code: 'synthesis/claim-theme',
  title: 'Linked claim not of this theme',
  message: (p) => `“${p.sentence}”: links ${p.id}, which is not tagged with the theme ${p.theme}`,
  hint: (p) => `link a claim of this theme, or add ${p.theme} to ${p.id}’s themes`,
});

export const LinkLabel = define<{ sentence: string; id: string; label: string; name: string }>({
  code: 'synthesis/link-label',
  title: 'Link label naming the wrong brief',
  message: (p) => `“${p.sentence}”: the link to ${p.id} is labelled “${p.label}”, but the claim is from ${p.name}`,
  hint: (p) => `label the link “${p.name}”`,
});

export const Speaker = define<{ sentence: string; id: string; speaker: string; name: string }>({
  code: 'synthesis/speaker',
  title: 'Reported view presented as the brief’s own',
  message: (p) => `“${p.sentence}”: ${p.id} reports the view of ${p.speaker}, but the sentence presents it as ${p.name}’s own`,
  hint: (p) => `name ${p.speaker} or say that ${p.name} reports it`,
});

export const UnknownQuestion = define<{ sentence: string; question: string; theme: string; questions: string }>({
  code: 'synthesis/unknown-question',
  title: 'Link to a question not of this theme',
  message: (p) => `“${p.sentence}”: links #${p.question}, which is not a question of ${p.theme}`,
  hint: (p) => `use one of: ${p.questions}`,
});

export const NamedUnlinked = define<{ sentence: string; name: string }>({
  code: 'synthesis/named-unlinked',
  title: 'Brief named but not linked',
  message: (p) => `“${p.sentence}”: names ${p.name} but links no claim of it, nor a question it is silent on`,
  hint: (p) => `link a claim of ${p.name}, or link the question (#question-id) on which it is silent`,
});

export const TypedCount = define<{ sentence: string; count: string }>({
  code: 'synthesis/typed-count',
  title: 'Count of briefs typed in the prose',
  message: (p) => `“${p.sentence}”: types a count of briefs (“${p.count}”)`,
  hint: 'name the briefs, or let the links speak: counts come from the data',
});

export const QuantifierAll = define<{ sentence: string; missing: string }>({
  code: 'synthesis/quantifier-all',
  title: '“All” without every brief linked',
  message: (p) => `“${p.sentence}”: says all briefs, but links none of ${p.missing}`,
  hint: 'link a claim of every brief, or name the briefs that hold it',
});

export const QuantifierBoth = define<{ sentence: string; count: number }>({
  code: 'synthesis/quantifier-both',
  title: '“Both” of other than two briefs',
  message: (p) => `“${p.sentence}”: says “both” of ${p.count} briefs`,
  hint: 'use “both” of exactly two briefs',
});

export const QuantifierNeither = define<{ sentence: string }>({
  code: 'synthesis/quantifier-neither',
  title: '“Neither” without two silent briefs',
  message: (p) => `“${p.sentence}”: says “neither”, but does not name two briefs that are silent on a linked question`,
  hint: 'name the two briefs and link the question (#question-id) neither addresses',
});

export const QuantifierNone = define<{ sentence: string; briefs: string }>({
  code: 'synthesis/quantifier-none',
  title: '“No other brief” when another does',
  message: (p) => `“${p.sentence}”: says no other brief addresses it, but ${p.briefs} does`,
  hint: 'check the positions, and name the briefs that address the question',
});

export const QuantifierNoneUnlinked = define<{ sentence: string }>({
  code: 'synthesis/quantifier-none-unlinked',
  title: '“None” without the question linked',
  message: (p) => `“${p.sentence}”: says “none”, “no brief” or “the others” without linking the question they are silent on`,
  hint: 'link the question (#question-id), and check the positions',
});

export const QuantifierOnly = define<{ sentence: string; briefs: string }>({
  code: 'synthesis/quantifier-only',
  title: '“Only” that the positions do not bear out',
  message: (p) =>
    `“${p.sentence}”: says “only” or “alone” of ${p.briefs}, but on no question the sentence touches are they the only briefs to address it, or to give their answer`,
  hint: 'drop “only”, or check the positions of the other briefs',
});

export const Agree = define<{ sentence: string }>({
  code: 'synthesis/agree',
  title: 'Agreement the positions do not show',
  message: (p) => `“${p.sentence}”: stands under “Where they agree” but links no two briefs with the same answer on a question`,
  hint: 'link claims (tagged with the question) of briefs whose positions agree, or move the sentence',
});

export const Differ = define<{ sentence: string }>({
  code: 'synthesis/differ',
  title: 'Difference the positions do not show',
  message: (p) => `“${p.sentence}”: stands under “Where they differ” but links no two briefs with different answers on a question`,
  hint: 'link claims (tagged with the question) of briefs whose positions differ, or move the sentence',
});

export const Missing = define<{ sentence: string }>({
  code: 'synthesis/missing',
  title: 'Gap that no brief leaves',
  message: (p) => `“${p.sentence}”: stands under “What is missing” but links no question that some brief leaves unaddressed`,
  hint: 'link the question (#question-id) the briefs are silent on',
});
