import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatPartialDate, formatPublicationDate, publicationYear, sortKey } from '../../src/lib/dates';
import { collectEvents } from '../../src/lib/events';
import { formatFigure } from '../../src/lib/figures';
import { claimsToCsv } from '../../src/lib/data-export';
import { lineRanges } from '../../src/lib/line-ranges';
import { markClaims } from '../../src/lib/mark-claims';
import { positionOnAxis, timeAxis } from '../../src/analysis/time-axis';
import type { Claim } from '../../src/model';
import { rawBytesToText } from '../../src/pipeline/read-raw';

const ROOT = join(import.meta.dirname, '../..');

describe('raw corpus', () => {
  const briefs = readdirSync(join(ROOT, 'content/briefs')).filter((f) => f.endsWith('.yaml'));
  it.each(briefs)('%s: its raw capture is byte-identical to the SHA-256 its metadata records', (file) => {
    const meta = parse(readFileSync(join(ROOT, 'content/briefs', file), 'utf8')) as { raw: { file: string; sha256: string } };
    const bytes = readFileSync(join(ROOT, 'content/raw', meta.raw.file));
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(meta.raw.sha256);
  });
  it('holds no raw file that no brief names', () => {
    const named = new Set(briefs.map((f) => (parse(readFileSync(join(ROOT, 'content/briefs', f), 'utf8')) as { raw: { file: string } }).raw.file));
    expect(readdirSync(join(ROOT, 'content/raw')).filter((f) => !named.has(f))).toEqual([]);
  });
  it('decodes a BOM-prefixed UTF-8 file without the BOM', () => {
    expect(rawBytesToText(Buffer.from('\uFEFFText'), 'x').text).toBe('Text');
  });
});

describe('dates', () => {
  it.each([
    ['2025-01-14', '14 January 2025'],
    ['2024-03', 'March 2024'],
    ['2019', '2019'],
  ])('formatPartialDate(%j) = %j', (iso, out) => expect(formatPartialDate(iso)).toBe(out));
  it('says when a date is not stated', () => {
    const d = { precision: 'after', value: '2024-11-11', note: 'x', from: { source: 'editors', note: 'x' } } as const;
    expect(formatPublicationDate(d)).toBe('Not stated (written on or after 11 November 2024)');
    expect(publicationYear(d)).toBeUndefined();
    expect(sortKey({ precision: 'month', value: '2024-03', from: { source: 'editors', note: 'x' } })).toBe('2024-03-01');
  });
  it('places dates on an axis', () => {
    const axis = { from: '2024-01-01', to: '2025-01-01' };
    expect(positionOnAxis('2024-01-01', axis)).toBe(0);
    expect(positionOnAxis('2026', axis)).toBe(100);
    expect(positionOnAxis('2024-07', axis)).toBeCloseTo(49.5, 0);
  });
  it('draws the time line from the dates it is given, a month either side', () => {
    const axis = timeAxis(['2024-03-01', '2025-04-01', '2024-11-11']);
    expect(axis).toMatchObject({ from: '2024-02-01', to: '2025-05-01', spanMonths: 14 });
    expect(axis.ticks.length).toBeLessThanOrEqual(8);
    expect(timeAxis(['2030-06-15']).from).toBe('2030-05-01');
  });
});

describe('formatFigure', () => {
  it.each([
    [{ value: 2, unit: 'percent of GDP' }, '2% of GDP'],
    [{ value: 10, upper: 20, unit: 'percent' }, '10–20%'],
    [{ value: 8, unit: 'USD billion' }, 'US$8 billion'],
    [{ value: 54000, unit: 'troops' }, '54,000 troops'],
    [{ value: 2027, unit: 'year' }, '2027'],
    [{ value: 18, unit: 'JPY trillion' }, '¥18 trillion'],
  ] as const)('%j → %j', (f, out) => expect(formatFigure({ text: '', measure: '', ...f })).toBe(out));
});

describe('markClaims', () => {
  it('cuts segments at claim boundaries, across insertions and notes', () => {
    const pieces = markClaims(
      [
        { type: 'text', text: 'Japan' },
        { type: 'ins', text: '–', repair: 1 },
        { type: 'text', text: 'South Korea ties. Next.' },
        { type: 'note', note: 1 },
      ],
      [{ id: 'c1', start: 0, end: 23 }],
    );
    expect(pieces.map((p) => [p.type, 'text' in p ? p.text : p.note, p.claims.join()])).toEqual([
      ['text', 'Japan', 'c1'],
      ['ins', '–', 'c1'],
      ['text', 'South Korea ties.', 'c1'],
      ['text', ' Next.', ''],
      ['note', 1, ''],
    ]);
    expect(pieces[0]!.starts).toEqual(['c1']);
    expect(pieces[2]!.ends).toEqual(['c1']);
  });
  it('handles overlapping claims', () => {
    const pieces = markClaims(
      [{ type: 'text', text: 'abcdef' }],
      [
        { id: 'x', start: 0, end: 4 },
        { id: 'y', start: 2, end: 6 },
      ],
    );
    expect(pieces.map((p) => p.claims.join('+'))).toEqual(['x', 'x+y', 'y']);
  });
});

describe('collectEvents', () => {
  it('merges events by id, lists each brief once, sorts by date', () => {
    const claim = (id: string, brief: string, events: Claim['events']) => ({ id, brief, events }) as Claim;
    const ev = collectEvents([
      claim('a1-01', 'a', [{ id: '2025-02-07-summit', date: '2025-02-07', label: 'Summit' }]),
      claim('b1-01', 'b', [
        { id: '2013-nss', date: '2013', label: 'NSS' },
        { id: '2025-02-07-summit', date: '2025-02-07', label: 'Summit' },
      ]),
      claim('b1-02', 'b', [{ id: '2025-02-07-summit', date: '2025-02-07', label: 'Summit' }]),
    ]);
    expect(ev.map((e) => e.id)).toEqual(['2013-nss', '2025-02-07-summit']);
    expect(ev[1]!.briefs).toEqual(['a', 'b']);
    expect(ev[1]!.claims).toHaveLength(3);
  });
});

describe('lineRanges', () => {
  it.each([
    [[], ''],
    [[5], '5'],
    [[3, 4, 5, 7, 9, 10], '3-5 7 9-10'],
    [[10, 9, 9, 1], '1 9-10'],
  ])('%j → %j', (lines, out) => expect(lineRanges(lines)).toBe(out));
});

describe('claimsToCsv', () => {
  const row = (quote: string) =>
    ({
      id: 'x1-01',
      brief: 'x',
      kind: 'fact',
      themes: ['a', 'b'],
      questions: [],
      statement: 'S “q”',
      quote,
      paragraph: 'p-1',
      url: 'https://e.test/',
    }) as unknown as Parameters<typeof claimsToCsv>[0][number];
  it('starts with a UTF-8 BOM so spreadsheets read curly quotes as UTF-8', () => {
    expect(claimsToCsv([row('Japan’s “view”')]).startsWith('\uFEFFid,brief,')).toBe(true);
  });
  it.each(['=HYPERLINK("http://x")', '-2+3', '+1', '@SUM(1)', '\tx'])('neutralises a cell starting like a formula: %j', (quote) => {
    const line = claimsToCsv([row(quote)]).split('\n')[1] ?? '';
    const cell = `'${quote}`.replace(/"/g, '""');
    expect(line.includes(`,${cell},`) || line.includes(`,"${cell}",`)).toBe(true);
  });
});
