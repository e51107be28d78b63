/**
 * One made-up brief for the scaling benchmark → its raw capture, metadata, claims and positions, as
 * the content files hold them. Every quote is a whole sentence found once in the text, every "from the
 * text" value is in the capture, every claim tagged with a question is cited by the brief's position
 * on it: the corpus passes the same checks as the real one.
 */
import { createHash } from 'node:crypto';
import type { Theme } from '../../src/model';
import { between, heading, pick, sentence, type Random, type Sentence } from './synthetic-text';

const PLACES = ['Northbridge', 'Eastgate', 'Harborview', 'Lakeside', 'Westfield', 'Southmoor', 'Riverton', 'Glenford'];
const BODIES = [
  { name: 'Institute for Policy Studies', short: 'IPS' },
  { name: 'Centre for Strategic Affairs', short: 'CSA' },
  { name: 'Foundation for Asian Security', short: 'FAS' },
  { name: 'Council on Pacific Relations', short: 'CPR' },
  { name: 'Forum for International Economics', short: 'FIE' },
  { name: 'Institute of Defence Analysis', short: 'IDA' },
];
/** 48 publishers; short names never contain one another, so a brief's name points at one brief. */
export const PUBLISHERS = PLACES.flatMap((p) => BODIES.map((b) => ({ name: `${p} ${b.name}`, short: `${p[0]}${b.short}` })));

const GIVEN = [
  'Akiko',
  'Daniel',
  'Haruto',
  'Mei',
  'Priya',
  'Tomás',
  'Yuna',
  'Jonas',
  'Sakura',
  'Aditya',
  'Claire',
  'Min-jun',
  'Kenji',
  'Leila',
  'Oliver',
  'Rina',
];
const FAMILY = ['Sato', 'Okafor', 'Lindqvist', 'Nakamura', 'Mehta', 'Park', 'Fischer', 'Takeda', 'Moreau', 'Kowalski', 'Hayashi', 'Reyes', 'Ito', 'Brennan'];
const ROLES = ['Senior Fellow', 'Research Fellow', 'Director of Asia Programmes', 'Visiting Scholar', 'Associate Fellow'];
const KINDS = ['policy brief', 'commentary', 'working paper', 'essay'] as const;
const CLAIM_KINDS = ['fact', 'assessment', 'forecast', 'recommendation'] as const;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const EVENTS = [
  { id: '2024-11-05-us-election', date: '2024-11-05', label: 'US presidential election' },
  { id: '2025-01-20-inauguration', date: '2025-01-20', label: 'Second Trump inauguration' },
  { id: '2025-02-07-ishiba-trump-summit', date: '2025-02-07', label: 'Ishiba–Trump summit in Washington' },
  { id: '2025-04-tariff-announcement', date: '2025-04', label: 'US “reciprocal” tariffs announced' },
  { id: '2026-host-nation-talks', date: '2026', label: 'Host-nation support talks' },
];

/** The content files of one brief, as text, with the claim facts the synthesis generator needs. */
export interface SyntheticBrief {
  slug: string;
  name: { publisher: string; short: string; month: string };
  raw: { file: string; text: string };
  meta: string;
  claims: string;
  positions: string;
  /** Per question: the brief's answer and the claims tagged with it (none reports a speaker). */
  answers: Map<string, { answer: string; claims: string[] }>;
}

/** A YAML scalar: JSON strings are valid YAML and need no escaping rules of their own. */
const y = (s: string) => JSON.stringify(s);

/**
 * Brief number `i` of the corpus. Publishers are shared (about four briefs each for small corpora, up
 * to 48 publishers), and each of a publisher's briefs falls in its own month, as the site's brief
 * names ("NIPS 2025-04") require.
 */
export function syntheticBrief(i: number, total: number, themes: Theme[], next: Random): SyntheticBrief {
  const publishers = Math.max(2, Math.min(PUBLISHERS.length, Math.ceil(total / 4)));
  const pub = PUBLISHERS[i % publishers]!;
  const monthIndex = 6 + Math.floor(i / publishers); // from 2024-07 on
  const year = 2024 + Math.floor(monthIndex / 12);
  const month = (monthIndex % 12) + 1;
  const day = between(next, 1, 28);
  const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const code = `syn${i + 1}`;
  const slug = `synthetic-${String(i + 1).padStart(4, '0')}-${pub.short.toLowerCase()}`;
  const authors = Array.from({ length: between(next, 0, 2) }, () => ({ name: `${pick(next, GIVEN)} ${pick(next, FAMILY)}`, role: pick(next, ROLES) }));
  const names = [...new Set(authors.map((a) => a.name))];
  const title = `${heading(next)}: Japan and the second Trump term (${code})`;
  const kind = pick(next, KINDS);

  // The article: paragraphs of three to six sentences, a heading every few paragraphs.
  const words = between(next, 2500, 6000);
  const seen = new Set<string>();
  const article: string[] = [];
  const sentences: Sentence[] = [];
  let count = 0;
  while (count < words) {
    if (article.length > 0 && next() < 0.15) article.push(heading(next));
    const para: string[] = [];
    for (let k = between(next, 3, 6); k > 0; k--) {
      const s = sentence(next);
      if (seen.has(s.text)) continue;
      seen.add(s.text);
      sentences.push(s);
      para.push(s.text);
      count += s.text.split(' ').length;
    }
    if (para.length > 0) article.push(para.join(' '));
  }
  const dateLine = `Published ${day} ${MONTHS[month - 1]} ${year}`;
  const bios = names.map((n) => `${n} is a ${authors.find((a) => a.name === n)!.role} at the ${pub.name}.`);
  const raw = [
    'Home | Research | Events | Subscribe',
    pub.name,
    `${kind[0]!.toUpperCase()}${kind.slice(1)} ${code}`,
    title,
    ...(names.length ? [`By ${names.join(' and ')}`] : []),
    dateLine,
    'Share this article: Facebook | X | LinkedIn',
    ...article,
    ...bios,
    'Related articles',
    'Cookie settings: we use cookies to improve your experience; see our privacy policy.',
  ].join('\n\n');
  const text = raw + '\n';
  const start = article[0]!.split(' ').slice(0, 6).join(' ');
  const end = bios.length ? bios[0]!.split(' ').slice(0, 3).join(' ') : 'Related articles';

  const meta = [
    `# A made-up brief for the scaling benchmark (scripts/bench-scale.ts).`,
    `code: ${code}`,
    `raw: { file: ${y(`${code}.txt`)}, sha256: ${createHash('sha256').update(text).digest('hex')} }`,
    `title: { value: ${y(title)}, from: { source: text, evidence: ${y(title)} } }`,
    `publisher: { name: ${y(pub.name)}, short: ${pub.short}, from: { source: text, evidence: ${y(pub.name)} } }`,
    names.length
      ? `authors:\n  list:\n${names.map((n, k) => `    - { name: ${y(n)}, role: ${y(`${authors.find((a) => a.name === n)!.role}, ${pub.name}`)}, bio: ${y(bios[k]!)} }`).join('\n')}\n  from: { source: text, evidence: ${y(`By ${names.join(' and ')}`)} }`
      : `authors: { list: [], note: The capture names no author. }`,
    i % 7 === 3
      ? `date: { precision: month, value: "${iso.slice(0, 7)}", from: { source: text, evidence: ${y(`${MONTHS[month - 1]} ${year}`)} } }`
      : `date: { precision: day, value: ${iso}, from: { source: text, evidence: ${y(dateLine)} } }`,
    `kind: { value: ${kind}, from: { source: text, evidence: ${y(`${kind[0]!.toUpperCase()}${kind.slice(1)} ${code}`)} } }`,
    `access: full`,
    `language: en`,
    `cleaning: { start: ${y(start)}, end: ${y(end)} }`,
  ].join('\n');

  // Claims: about 75 sentences spread over the text, each with one or two themes and often a question.
  // A sentence that ends another ("Tokyo may…" in "Defence planners in Tokyo may…") is not unique: skipped.
  const body = article.join('\n');
  const quotable = sentences.filter((s) => body.indexOf(s.text) === body.lastIndexOf(s.text));
  const wanted = Math.min(quotable.length, between(next, 60, 90));
  const step = quotable.length / wanted;
  const claims: string[] = [];
  const tagged = new Map<string, string[]>();
  for (let k = 0; k < wanted; k++) {
    const s = quotable[Math.floor(k * step)]!;
    const id = `${code}-${String(k + 1).padStart(2, '0')}`;
    const theme = pick(next, themes);
    const second = next() < 0.3 ? pick(next, themes) : theme;
    const question = next() < 0.6 ? pick(next, theme.questions).id : undefined;
    if (question) tagged.set(question, [...(tagged.get(question) ?? []), id]);
    const lines = [
      `  - id: ${id}`,
      `    quote: ${y(s.text)}`,
      `    statement: ${y(`The brief holds that ${s.text.replace(/^The /, 'the ').split(' ').slice(0, 22).join(' ').replace(/\.$/, '')}.`)}`,
      `    kind: ${pick(next, CLAIM_KINDS)}`,
      `    themes: [${[...new Set([theme.slug, second.slug])].join(', ')}]`,
    ];
    if (question) lines.push(`    questions: [${question}]`);
    if (s.figure) lines.push(`    figures: [{ text: ${y(s.figure.text)}, value: ${s.figure.value}, unit: ${s.figure.unit}, measure: ${y(s.figure.measure)} }]`);
    if (next() < 0.05) {
      const e = pick(next, EVENTS);
      lines.push(`    events: [{ id: ${e.id}, date: "${e.date}", label: ${y(e.label)} }]`);
    }
    claims.push(lines.join('\n'));
  }

  // Positions: an answer for every question the brief has claims on; the first claim decides it.
  const answers = new Map<string, { answer: string; claims: string[] }>();
  const positions: string[] = [];
  for (const t of themes)
    for (const q of t.questions) {
      const ids = tagged.get(q.id);
      if (!ids) continue;
      const answer = pick(next, q.answers).id;
      answers.set(q.id, { answer, claims: ids });
      positions.push(
        [
          `  - question: ${q.id}`,
          `    answer: ${answer}`,
          `    summary: ${y(`${pub.short} takes the view “${answer.replace(/-/g, ' ')}” on this question, resting on its first claim on it.`)}`,
          `    claims: [${ids[0]}]`,
          ...(ids.length > 1 ? [`    context: [${ids.slice(1).join(', ')}]`] : []),
        ].join('\n'),
      );
    }

  const header = `# Made-up, for the scaling benchmark.\nbrief: ${slug}\n`;
  return {
    slug,
    name: { publisher: pub.name, short: pub.short, month: iso.slice(0, 7) },
    raw: { file: `${code}.txt`, text },
    meta: meta + '\n',
    claims: `${header}claims:\n${claims.join('\n\n')}\n`,
    positions: `${header}positions:${positions.length ? '\n' + positions.join('\n') : ' []'}\n`,
    answers,
  };
}
