import { describe, expect, it } from 'vitest';
import { editorialSpans, encodeTextTerm, END_WORDS, quoteOnPublisherPage, textDirective, WHOLE_QUOTE_MAX, withTextFragment } from '../../src/lib/text-fragment';
import type { Brief } from '../../src/model';
import type { Segment } from '../../src/pipeline/clean/types';

describe('encodeTextTerm', () => {
  it.each([
    ['two words', 'two%20words'],
    ['Japan-US alliance', 'Japan%2DUS%20alliance'],
    ['trade & security', 'trade%20%26%20security'],
    ['first, second', 'first%2C%20second'],
    ['“what if Trump wins?”', '%E2%80%9Cwhat%20if%20Trump%20wins%3F%E2%80%9D'],
    ['government’s', 'government%E2%80%99s'],
    ['Japan–South Korea', 'Japan%E2%80%93South%20Korea'],
    ['日米同盟', '%E6%97%A5%E7%B1%B3%E5%90%8C%E7%9B%9F'],
    ["(it's 2%)", "(it's%202%25)"],
  ])('%s → %s', (text, encoded) => {
    expect(encodeTextTerm(text)).toBe(encoded);
    expect(decodeURIComponent(encoded)).toBe(text);
  });
  it('leaves none of the directive’s syntax characters bare', () => {
    expect(encodeTextTerm('a-b,c&d#e')).not.toMatch(/[-,&#]/);
  });
});

describe('textDirective', () => {
  const long = 'Debate over what Japan can do to prepare for a possible Trump comeback heated up during the latest session of the country’s National Diet.';

  it('keeps a short quote whole', () => {
    expect(textDirective('a real and serious issue in Tokyo')).toBe('a%20real%20and%20serious%20issue%20in%20Tokyo');
  });

  it(`splits a quote over ${WHOLE_QUOTE_MAX.words} words into its first and last ${END_WORDS} words`, () => {
    expect(textDirective(long)).toBe(`${encodeTextTerm('Debate over what Japan can')},${encodeTextTerm('of the country’s National Diet.')}`);
  });

  it(`splits a quote over ${WHOLE_QUOTE_MAX.chars} characters even when it has few words`, () => {
    const q = 'Internationalisation, interoperability, counterbalancing, and institutionalisation matter.';
    expect(q.split(' ').length).toBeLessThanOrEqual(WHOLE_QUOTE_MAX.words);
    const d = textDirective(q)!;
    expect(d.split(',')).toHaveLength(2);
    expect(decodeURIComponent(d.split(',')[0]!)).toBe('Internationalisation, interoperability, counterbalancing, and institutionalisation');
    expect(decodeURIComponent(d.split(',')[1]!)).toBe('matter.');
  });

  it('never takes a word holding an editorial repair', () => {
    const q = 'ties between Japan–South Korea security partners stay firm';
    const at = q.indexOf('–');
    const d = textDirective(q, [{ from: at, to: at + 1 }])!;
    expect(d).toBe(`${encodeTextTerm('ties between')},${encodeTextTerm('Korea security partners stay firm')}`);
    expect(decodeURIComponent(d)).not.toContain('–');
  });

  it('never takes the word before a note marker (the page shows a note number there)', () => {
    const q = 'Tokyo raised its spending. Washington welcomed it';
    const at = q.indexOf('.') + 1;
    const d = textDirective(q, [{ from: at, to: at }])!;
    expect(d).toBe(`${encodeTextTerm('Tokyo raised its')},${encodeTextTerm('Washington welcomed it')}`);
  });

  it('skips unsafe words at either end of the quote', () => {
    const q = 'Japan–US talks went well for Tokyo–Washington';
    const spans = [q.indexOf('–'), q.lastIndexOf('–')].map((i) => ({ from: i, to: i + 1 }));
    expect(decodeURIComponent(textDirective(q, spans)!)).toBe('talks went well for');
  });

  it('gives up when no word is safe', () => {
    expect(textDirective('Japan–US', [{ from: 5, to: 6 }])).toBeUndefined();
  });
});

describe('withTextFragment', () => {
  it('adds a fragment', () => {
    expect(withTextFragment('https://example.org/a', 'x')).toBe('https://example.org/a#:~:text=x');
  });
  it('appends the directive to an existing fragment', () => {
    expect(withTextFragment('https://example.org/a#section-2', 'x')).toBe('https://example.org/a#section-2:~:text=x');
  });
  it('adds a second text directive after an existing one', () => {
    expect(withTextFragment('https://example.org/a#:~:text=y', 'x')).toBe('https://example.org/a#:~:text=y&text=x');
  });
  it('keeps the query string', () => {
    expect(new URL(withTextFragment('https://example.org/a?b=1', 'x')).search).toBe('?b=1');
  });
});

describe('editorialSpans', () => {
  const segments: Segment[] = [
    { type: 'text', text: 'Japan' },
    { type: 'ins', text: '–', repair: 1 },
    { type: 'text', text: 'South Korea ties.' },
    { type: 'note', note: 3 },
    { type: 'text', text: ' More text.' },
  ];
  it('gives repairs and note markers relative to the quote', () => {
    expect(editorialSpans(segments, 0, 23)).toEqual([
      { from: 5, to: 6 },
      { from: 23, to: 23 },
    ]);
  });
  it('leaves out what lies outside the quote', () => {
    expect(editorialSpans(segments, 7, 20)).toEqual([]);
    expect(editorialSpans(segments, 24, 34)).toEqual([]);
  });
});

describe('quoteOnPublisherPage', () => {
  const segments: Segment[] = [
    { type: 'text', text: 'Ties between Japan' },
    { type: 'ins', text: '–', repair: 1 },
    { type: 'text', text: 'South Korea grew.' },
  ];
  const brief = (url?: string) =>
    ({
      meta: url ? { url: { value: url } } : {},
      cleaned: { blocks: [{ id: 'p-ties', kind: 'paragraph', line: 1, segments }], notes: [], repairs: [], removed: [] },
    }) as unknown as Pick<Brief, 'meta' | 'cleaned'>;
  const claim = { quote: 'Ties between Japan–South Korea grew.', blockId: 'p-ties', start: 0, end: 36 };

  it('is undefined for a brief with no public URL', () => {
    expect(quoteOnPublisherPage(claim, brief())).toBeUndefined();
  });
  it('links to the quote, around the editors’ repair', () => {
    expect(quoteOnPublisherPage(claim, brief('https://example.org/brief#top'))).toBe('https://example.org/brief#top:~:text=Ties%20between,Korea%20grew.');
  });
});
