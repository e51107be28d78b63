/**
 * A theme's synthesis for a made-up corpus: a few sentences under each heading that the synthesis
 * checker accepts, because they are read off the positions: “agree” links two briefs with the same
 * answer, “differ” two with different answers, “missing” names a brief silent on a question. The
 * wording avoids quantifiers (“all”, “only”, “both”, counts), which a made-up corpus cannot honour
 * without a reader writing them. Its size does not grow with the corpus, as an editor's would not.
 */
import type { Theme } from '../../src/model';
import type { SyntheticBrief } from './synthetic-brief';

const PER_SECTION = 3;

/** The Markdown body of one theme file. `names` gives each brief's name as the site writes it. */
export function synthesisMarkdown(theme: Theme, briefs: SyntheticBrief[], names: Map<string, string>): string {
  const agree: string[] = [];
  const differ: string[] = [];
  const missing: string[] = [];
  const link = (b: SyntheticBrief, id: string) => `[${names.get(b.slug)}](/claims/${id}/)`;
  for (const q of theme.questions) {
    const addressing = briefs.filter((b) => b.answers.has(q.id));
    const answerOf = (b: SyntheticBrief) => b.answers.get(q.id)!;
    for (let i = 0; i + 1 < addressing.length; i++) {
      const a = addressing[i]!;
      const same = addressing.slice(i + 1).find((b) => answerOf(b).answer === answerOf(a).answer);
      const other = addressing.slice(i + 1).find((b) => answerOf(b).answer !== answerOf(a).answer);
      if (same && agree.length < PER_SECTION)
        agree.push(
          `${names.get(a.slug)} and ${names.get(same.slug)} give the same answer on [${q.id.replace(/-/g, ' ')}](#${q.id}) (${link(a, answerOf(a).claims[0]!)}, ${link(same, answerOf(same).claims[0]!)}).`,
        );
      if (other && differ.length < PER_SECTION)
        differ.push(
          `${names.get(a.slug)} answers [${q.id.replace(/-/g, ' ')}](#${q.id}) one way and ${names.get(other.slug)} another (${link(a, answerOf(a).claims[0]!)}, ${link(other, answerOf(other).claims[0]!)}).`,
        );
      if (agree.length >= PER_SECTION && differ.length >= PER_SECTION) break;
    }
    const silent = briefs.find((b) => !b.answers.has(q.id));
    if (silent && missing.length < PER_SECTION) missing.push(`${names.get(silent.slug)} does not discuss [${q.id.replace(/-/g, ' ')}](#${q.id}).`);
  }
  const section = (title: string, sentences: string[]) => (sentences.length ? [`### ${title}`, '', sentences.join(' '), ''] : []);
  return ['', ...section('Where they agree', agree), ...section('Where they differ', differ), ...section('What is missing', missing)].join('\n');
}
