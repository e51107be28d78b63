import { describe, expect, it } from 'vitest';
import { READER_PAGE_IDS, assignBlockIds, slugify } from '../../src/pipeline/clean/block-ids';
import { dropChrome } from '../../src/pipeline/clean/drop-chrome';
import { dropRepeats, isWithin, words } from '../../src/pipeline/clean/drop-repeats';
import { cleanText } from '../../src/pipeline/clean';
import { linesToBlocks, looksLikeHeading } from '../../src/pipeline/clean/lines-to-blocks';
import { linkNoteMarkers } from '../../src/pipeline/clean/link-note-markers';
import { repairPunctuation } from '../../src/pipeline/clean/repair-punctuation';
import { plainText } from '../../src/pipeline/clean/segments';
import { sliceArticle } from '../../src/pipeline/clean/slice-article';
import { splitEndnotes } from '../../src/pipeline/clean/split-endnotes';
import { normaliseSpace, textToLines } from '../../src/pipeline/clean/text-to-lines';
import type { Block, Line, RuleContext } from '../../src/pipeline/clean/types';

/** Settings located in a made-up metadata file, as the brief loader does. */
const ctx: RuleContext = { raw: 'content/raw/x.txt', at: (field) => ({ file: 'content/briefs/x.yaml', line: 1, field }) };
const lines = (...texts: string[]): Line[] => texts.map((text, i) => ({ line: i + 1, text }));
const para = (text: string, line = 1): Block => ({ id: '', kind: 'paragraph', line, segments: [{ type: 'text', text }] });

describe('textToLines', () => {
  it.each([
    ['a\u00a0 b', 'a b'],
    ['  Summary  ', 'Summary'],
    ['Abe Shinzō\u00a0 forged', 'Abe Shinzō forged'],
  ])('normalises %j to %j', (input, out) => expect(normaliseSpace(input)).toBe(out));

  it('keeps raw line numbers and drops blank lines', () => {
    expect(textToLines('one\n\n \u00a0\r\ntwo\r\n')).toEqual([
      { line: 1, text: 'one' },
      { line: 4, text: 'two' },
    ]);
  });
});

describe('sliceArticle', () => {
  const l = lines('Menu', 'Title', 'Body one.', 'Body two.', 'About the Author', 'Title');
  it('keeps from start up to end', () => {
    const s = sliceArticle(l, 'Title', 'About the Author', ctx);
    expect(s.lines.map((x) => x.text)).toEqual(['Title', 'Body one.', 'Body two.']);
    expect(s.before).toHaveLength(1);
    expect(s.after).toHaveLength(2);
    expect(s.problems).toEqual([]);
  });
  it.each([
    ['Nope', undefined, 'cleaning.start', 'cleaning/start-not-found'],
    ['Title', 'Nope', 'cleaning.end', 'cleaning/end-not-found'],
  ])('reports a start %j / end %j that is not found', (start, end, field, code) => {
    expect(sliceArticle(l, start, end, ctx).problems[0]).toMatchObject({ field, code });
  });
});

describe('dropChrome', () => {
  it.each([
    ['Download and read as a PDF: Japan Looks Ahead to Trump 2.0', 'download link'],
    ['Source: Unsplash', 'photo credit'],
    ['Image Source: Getty', 'photo credit'],
    ['Filed under: PublicationsTagged with: ,', 'filing tags'],
    ['comments powered by Disqus', 'comment widget'],
    ['Subscribe', 'share or subscribe button'],
    [
      'This site uses cookies to offer you a better browsing experience. By continuing, you are agreeing to the use of cookies on your device as described in our privacy policy.',
      'cookie banner',
    ],
  ])('removes %j as %s', (text, reason) => {
    const r = dropChrome(lines(text), [], ctx);
    expect(r.kept).toEqual([]);
    expect(r.dropped[0]?.reason).toBe(reason);
  });
  it('keeps article sentences that mention sources or subscriptions', () => {
    const text = 'Source: the ministry said tariffs would rise.';
    expect(dropChrome(lines('According to one source, Japan will subscribe to the plan.'), [], ctx).kept).toHaveLength(1);
    expect(dropChrome(lines(text), [], ctx).kept).toHaveLength(0);
  });
  it('applies per-brief rules and reports rules that match nothing', () => {
    const r = dropChrome(
      lines('AP/Scanpix', 'Text.'),
      [
        { line: 'AP/Scanpix', reason: 'photo credit' },
        { startsWith: 'Missing', reason: 'x' },
      ],
      ctx,
    );
    expect(r.kept.map((x) => x.text)).toEqual(['Text.']);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ code: 'cleaning/drop-unused', field: 'cleaning.drop[1].startsWith', file: 'content/briefs/x.yaml' });
  });
});

describe('dropRepeats', () => {
  it('removes a repeated line and keeps the first', () => {
    const r = dropRepeats(lines('Caption of a photo here.', 'Caption of a photo here.', 'Body.'));
    expect(r.kept.map((l) => l.line)).toEqual([1, 3]);
    expect(r.dropped[0]?.reason).toBe('repeated line');
  });
  it('removes pull-quotes, also shortened or re-capitalised ones, but not short headings', () => {
    const body =
      'Having said that, it is unlikely that Trump could singlehandedly change alliance commitments, let alone withdraw. Balancing economic interests with efforts to alleviate (economic as well as geopolitical) security concerns remains an important task ahead for Tokyo.';
    const r = dropRepeats(
      lines(
        'It is unlikely that Trump could singlehandedly change alliance commitments',
        body,
        'Balancing economic interests with efforts to alleviate security concerns remains an important task ahead for Tokyo',
        'Going forward',
      ),
    );
    expect(r.kept.map((l) => l.line)).toEqual([2, 4]);
  });
  it('cleans a 20,000-line capture, removing its repeats and pull-quotes (comparing every line with every line took minutes)', () => {
    const body = Array.from({ length: 10000 }, (_, i) => `Paragraph ${i} says that policy number ${i} of Tokyo changes in year ${2000 + (i % 50)} for good.`);
    const text = ['Start here', ...body.flatMap((p, i) => (i % 100 === 0 ? [p, p.split(' changes')[0]!] : i % 3 === 0 ? [p, 'Photo: Reuters'] : [p]))].join(
      '\n',
    );
    const { cleaned, problems } = cleanText(text, { start: 'Start here', drop: [], repairs: [] }, ctx);
    expect(problems).toEqual([]);
    const removed = new Map(cleaned.removed.map((r) => [r.reason, r.lines.length]));
    expect(removed.get('pull-quote repeating the article text')).toBe(100);
    expect(removed.get('repeated line')).toBe(body.filter((_, i) => i % 100 !== 0 && i % 3 === 0).length - 1);
    expect(cleaned.blocks.filter((b) => b.kind === 'paragraph')).toHaveLength(10000);
  });
  it.each([
    [['a', 'b', 'c'], ['x', 'a', 'b', 'c'], true],
    [['a', 'b', 'c'], ['a', 'x', 'b', 'c'], true],
    [['a', 'b', 'c'], ['a', 'x', 'x', 'x', 'x', 'b', 'c'], false],
  ])('isWithin(%j, %j) is %s', (needle, hay, expected) => expect(isWithin(needle, hay)).toBe(expected));
  it('splits words without punctuation, keeping % and $', () => expect(words('40%. US$ 8 “billion”')).toEqual(['40%', 'us$', '8', 'billion']));
});

describe('splitEndnotes', () => {
  it('moves numbered notes after the heading out of the body', () => {
    const r = splitEndnotes(lines('Body.1', 'Endnotes', '1 Author, “Title,” 2024.'), 'Endnotes', ctx);
    expect(r.body.map((l) => l.text)).toEqual(['Body.1']);
    expect(r.notes).toEqual([{ number: 1, text: 'Author, “Title,” 2024.', line: 3 }]);
  });
  it('reports a missing heading and misnumbered notes', () => {
    expect(splitEndnotes(lines('Body.'), 'Notes', ctx).problems[0]?.code).toBe('cleaning/endnotes-not-found');
    expect(splitEndnotes(lines('Notes', '2 B.'), 'Notes', ctx).problems[0]?.code).toBe('cleaning/endnote-misnumbered');
  });
});

describe('linkNoteMarkers', () => {
  it('links markers in order and leaves “Trump 2.0” alone', () => {
    const blocks = [para('Trump 2.0 will matter. Exports have risen by over 40%.1 Second, more.'), para('End of it.”2')];
    const problems = linkNoteMarkers(
      blocks,
      [
        { number: 1, text: 'a', line: 9 },
        { number: 2, text: 'b', line: 10 },
      ],
      ctx,
    );
    expect(problems).toEqual([]);
    expect(blocks[0]!.segments).toEqual([
      { type: 'text', text: 'Trump 2.0 will matter. Exports have risen by over 40%.' },
      { type: 'note', note: 1 },
      { type: 'text', text: ' Second, more.' },
    ]);
    expect(plainText(blocks[1]!.segments)).toBe('End of it.”');
  });
  it('reports a note with no marker', () => {
    expect(linkNoteMarkers([para('No markers.')], [{ number: 1, text: 'a', line: 1 }], ctx)[0]?.code).toBe('cleaning/endnote-no-marker');
  });
});

describe('repairPunctuation', () => {
  it('restores a lost dash as an insertion and records it', () => {
    const blocks = [para('the continued enhancement of JapanSouth Korea security cooperation', 35)];
    const { repairs, problems } = repairPunctuation(blocks, [{ glued: 'Japan|South Korea', insert: '–' }], ctx);
    expect(problems).toEqual([]);
    expect(plainText(blocks[0]!.segments)).toBe('the continued enhancement of Japan–South Korea security cooperation');
    expect(blocks[0]!.segments[1]).toEqual({ type: 'ins', text: '–', repair: 1 });
    expect(repairs[0]).toMatchObject({ number: 1, line: 35, before: 'JapanSouth Korea', after: 'Japan–South Korea' });
  });
  it('applies two repairs inside one glued phrase', () => {
    const blocks = [para('Japanincluding historical disputesJapan’s response')];
    repairPunctuation(
      blocks,
      [
        { glued: 'Japan|including', insert: '—' },
        { glued: 'disputes|Japan’s', insert: '—' },
      ],
      ctx,
    );
    expect(plainText(blocks[0]!.segments)).toBe('Japan—including historical disputes—Japan’s response');
  });
  it.each([
    ['Nowhere|Found', 'cleaning/repair-not-found'],
    ['a|b', 'cleaning/repair-ambiguous'],
  ])('refuses %j', (glued, code) => {
    const { problems } = repairPunctuation([para('ab and ab')], [{ glued, insert: '–' }], ctx);
    expect(problems[0]).toMatchObject({ code, field: 'cleaning.repairs[0].glued' });
  });
});

describe('headings and ids', () => {
  it.each([
    ['Alliance Anxieties', true],
    ['What lies ahead?', true],
    ['Japan’s Reactions to Trump’s Election', true],
    ['Kishida is faced with a difficult task.', false],
    ['pulled from a sentence without capital', false],
  ])('looksLikeHeading(%j) is %s', (text, expected) => expect(looksLikeHeading(text)).toBe(expected));

  it('marks the summary until the next heading', () => {
    const kinds = linesToBlocks(
      lines('SYNOPSIS', 'Japan has been conducting proactive diplomacy with the US.', 'COMMENTARY', 'Body text here.'),
      'SYNOPSIS',
    ).map((b) => b.kind);
    expect(kinds).toEqual(['summary-heading', 'summary', 'heading', 'paragraph']);
  });

  it('derives ids from a block’s own words, unchanged when other text changes', () => {
    const a = [para('Japan has thus moved with alacrity to engage.'), para('The second paragraph begins here and goes on.')];
    const b = [para('A new first paragraph.'), para('Japan has thus moved with alacrity to engage.'), para('The second paragraph begins here and was edited.')];
    assignBlockIds(a);
    assignBlockIds(b);
    expect(a[0]!.id).toBe('p-japan-has-thus-moved-with');
    expect(b[1]!.id).toBe(a[0]!.id);
    expect(a[1]!.id).toBe(b[2]!.id);
  });
  it('settles a clash with a hash of the full text', () => {
    const blocks = [para('Same five words start here, one.'), para('Same five words start here, two.')];
    assignBlockIds(blocks);
    expect(blocks[0]!.id).toBe('p-same-five-words-start-here');
    expect(blocks[1]!.id).toMatch(/^p-same-five-words-start-here-[a-z0-9]+$/);
  });
  it('never gives a block an id the reader page uses, an empty id or a leading hyphen', () => {
    const heading = (text: string): Block => ({ ...para(text), kind: 'heading' });
    const blocks = [
      ...['Notes', 'Cite', 'Changes', 'Main', 'Note 1', 'Ref 2', 'Repair 3', 'C. Trade', '日本の対応', '日本の将来', '—'].map(heading),
      para('日本は同盟を重視する。'),
      para('米国は変わる。'),
    ];
    assignBlockIds(blocks);
    const ids = blocks.map((b) => b.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(READER_PAGE_IDS.fixed).not.toContain(id);
      for (const prefix of READER_PAGE_IDS.prefixes) expect(id.startsWith(prefix), id).toBe(false);
    }
    expect(ids.slice(0, 3)).toEqual(['h-notes', 'h-cite', 'h-changes']);
  });
  it.each([
    ['Japan’s Alliance Management Approach', 'japans-alliance-management-approach'],
    ['Abe Shinzō', 'abe-shinzo'],
  ])('slugify(%j) = %j', (input, out) => expect(slugify(input)).toBe(out));
});
