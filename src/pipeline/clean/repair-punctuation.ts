import type { RepairSetting } from '../../schemas/cleaning';
import { problem, type Problem } from '../problems';
import { CATALOGUE } from '../problems/catalogue';
import type { Block, Repair, RuleContext } from './types';
import { normaliseSpace } from './text-to-lines';
import { splitTextSegments } from './segments';
import { escapeRegExp } from '../../escape-regexp';

const DEFAULT_NOTE: Record<string, string> = {
  '–': 'An en dash lost in the capture, restored between the joined words.',
  '—': 'An em dash lost in the capture, restored: the words were run together.',
};

/**
 * Restores lost punctuation. Each setting must match exactly one place; each repair becomes an
 * insertion segment that the page shows as an editorial change.
 */
export function repairPunctuation(blocks: Block[], settings: RepairSetting[], ctx: RuleContext): { repairs: Repair[]; problems: Problem[] } {
  const repairs: Repair[] = [];
  const problems: Problem[] = [];
  settings.forEach((setting, i) => {
    const [left, right] = normaliseSpace(setting.glued).split('|') as [string, string];
    const glued = left + right;
    const count = blocks.reduce(
      (sum, b) =>
        sum +
        b.segments.filter((s) => s.type === 'text' && s.text.includes(glued)).reduce((c, s) => c + (s.type === 'text' ? s.text.split(glued).length - 1 : 0), 0),
      0,
    );
    if (count !== 1) {
      const at = ctx.at(['cleaning', 'repairs', i, 'glued']);
      problems.push(
        count === 0 ? problem(CATALOGUE.RepairNotFound, at, { glued, raw: ctx.raw }) : problem(CATALOGUE.RepairAmbiguous, at, { glued, count, raw: ctx.raw }),
      );
      return;
    }
    const number = repairs.length + 1;
    splitTextSegments(blocks, new RegExp(escapeRegExp(glued), 'g'), (_m, block) => {
      repairs.push({
        number,
        line: block.line,
        before: glued,
        after: left + setting.insert + right,
        insert: setting.insert,
        note: setting.note ?? DEFAULT_NOTE[setting.insert] ?? 'Punctuation lost in the capture, restored by the editors.',
      });
      return [
        { type: 'text', text: left },
        { type: 'ins', text: setting.insert, repair: number },
        { type: 'text', text: right },
      ];
    });
  });
  return { repairs, problems };
}
