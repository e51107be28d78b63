import type { DropRule } from '../../schemas/cleaning';
import { problem, type Problem } from '../problems';
import { CATALOGUE } from '../problems/catalogue';
import type { Line, RuleContext } from './types';
import { normaliseSpace } from './text-to-lines';

/** Site chrome that can sit inside an article on any publisher's page. */
const GENERIC_CHROME: { pattern: RegExp; reason: string }[] = [
  { pattern: /^download( and read)?( as)?( a)? pdf\b/i, reason: 'download link' },
  { pattern: /^(image |photo )?(source|credit)s?: \S/i, reason: 'photo credit' },
  { pattern: /^filed under:/i, reason: 'filing tags' },
  { pattern: /^tagged with:/i, reason: 'filing tags' },
  { pattern: /^categories: /i, reason: 'category list' },
  { pattern: /^comments powered by /i, reason: 'comment widget' },
  { pattern: /^(share( this)?( article)?|subscribe|subscribe for full access\.?|already a subscriber\??|print|email)$/i, reason: 'share or subscribe button' },
  { pattern: /\bcookies\b.*\b(privacy|agree)/i, reason: 'cookie banner' },
  { pattern: /^(related|read more|recommended)( articles| stories)?:?$/i, reason: 'related links' },
];

export interface DropResult {
  kept: Line[];
  dropped: { line: Line; reason: string }[];
  problems: Problem[];
}

/** Removes generic site chrome and the brief's own `drop` lines; a drop rule that matches nothing is a problem. */
export function dropChrome(lines: Line[], rules: DropRule[], ctx: RuleContext): DropResult {
  const own = rules.map((r) => ('line' in r ? { exact: true, text: normaliseSpace(r.line) } : { exact: false, text: normaliseSpace(r.startsWith) }));
  const used = new Array<boolean>(rules.length).fill(false);
  const kept: Line[] = [];
  const dropped: DropResult['dropped'] = [];
  for (const line of lines) {
    const i = own.findIndex((r) => (r.exact ? line.text === r.text : line.text.startsWith(r.text)));
    if (i !== -1) {
      used[i] = true;
      dropped.push({ line, reason: rules[i]!.reason });
      continue;
    }
    const generic = GENERIC_CHROME.find((c) => c.pattern.test(line.text));
    if (generic) {
      dropped.push({ line, reason: generic.reason });
      continue;
    }
    kept.push(line);
  }
  const problems = rules.flatMap((r, i) =>
    used[i]
      ? []
      : [
          problem(CATALOGUE.DropUnused, ctx.at(['cleaning', 'drop', i, 'line' in r ? 'line' : 'startsWith']), {
            text: 'line' in r ? r.line : r.startsWith,
            raw: ctx.raw,
          }),
        ],
  );
  return { kept, dropped, problems };
}
