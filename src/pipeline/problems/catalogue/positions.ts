/** Problems with positions (`content/positions/<slug>.yaml`). */
import { define } from '../index';

export const PositionUnknownBrief = define<{ brief: string; briefs: string }>({
  code: 'position/unknown-brief',
  title: 'Positions of an unknown brief',
  message: (p) => `unknown brief “${p.brief}”`,
  hint: (p) => `use the slug of a file in content/briefs/: ${p.briefs}`,
});

export const PositionDuplicateFile = define<{ brief: string; other: string }>({
  code: 'position/duplicate-file',
  title: 'Two positions files for one brief',
  message: (p) => `the positions of ${p.brief} are already in ${p.other}`,
  hint: 'keep one positions file per brief',
});

export const PositionUnknownQuestion = define<{ question: string }>({
  code: 'position/unknown-question',
  title: 'Position on an unknown question',
  message: (p) => `unknown question “${p.question}”`,
  hint: 'use a question id from a theme file in content/themes/',
});

export const PositionDuplicate = define<{ question: string }>({
  code: 'position/duplicate',
  title: 'Two positions on one question',
  message: (p) => `a second position on “${p.question}”`,
  hint: 'keep one position per question',
});

export const PositionUnknownAnswer = define<{ answer: string; question: string; answers: string }>({
  code: 'position/unknown-answer',
  title: 'Answer the question does not declare',
  message: (p) => `“${p.answer}” is not an answer of “${p.question}”`,
  hint: (p) => `use one of: ${p.answers}`,
});

export const PositionUnknownClaim = define<{ id: string }>({
  code: 'position/unknown-claim',
  title: 'Position citing an unknown claim',
  message: (p) => `unknown claim “${p.id}”`,
  hint: 'cite an existing claim id',
});

export const PositionOtherBrief = define<{ id: string; owner: string; brief: string }>({
  code: 'position/other-brief',
  title: 'Position citing another brief’s claim',
  message: (p) => `${p.id} is a claim of ${p.owner}, not of ${p.brief}`,
  hint: 'cite claims of this brief only',
});

export const PositionUntaggedClaim = define<{ id: string; question: string }>({
  code: 'position/untagged-claim',
  title: 'Cited claim not tagged with the question',
  message: (p) => `${p.id} is not tagged with the question “${p.question}”`,
  hint: (p) => `add ${p.question} to the claim’s questions, or cite another claim`,
});

export const PositionClaimTwice = define<{ id: string }>({
  code: 'position/claim-twice',
  title: 'Claim cited as evidence and as context',
  message: (p) => `${p.id} is cited both as evidence and as context`,
  hint: 'keep it in one list',
});

export const PositionMissing = define<{ brief: string; question: string; claims: string }>({
  code: 'position/missing',
  title: 'No position on a question the brief has claims on',
  message: (p) => `${p.brief} has claims on “${p.question}” (${p.claims}) but no position on it`,
  hint: (p) => `add a position with question: ${p.question}, an answer, a summary and the claims it rests on`,
});

export const PositionUncitedClaim = define<{ id: string; question: string; brief: string }>({
  code: 'position/uncited-claim',
  title: 'Claim on the question not cited by the position',
  message: (p) => `${p.id} is tagged with “${p.question}” but the position of ${p.brief} on it does not cite it`,
  hint: 'add it to the position’s claims (evidence) or context, or untag the claim',
});
