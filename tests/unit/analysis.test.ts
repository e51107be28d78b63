import { describe, expect, it } from 'vitest';
import { positionsMatrix } from '../../src/analysis/positions';
import { analyse } from '../../src/analysis/site-data';
import { positionsForExport } from '../../src/lib/data-export';
import { BRIEFS, CLAIMS, POSITIONS, brief, theme } from './analysis-fixture';

const claimById = new Map(CLAIMS.map((c) => [c.id, c]));
const { theme: spending } = theme('');

describe('positionsMatrix', () => {
  const rows = positionsMatrix(spending, BRIEFS, POSITIONS, claimById);
  it('has a row per question and a cell per brief, in the order given', () => {
    expect(rows.map((r) => r.question.id)).toEqual(['budget', 'hns']);
    expect(rows[0]!.cells.map((c) => c.brief.slug)).toEqual(['alpha', 'beta', 'gamma']);
  });
  it('gives each addressed cell its answer, summary and claims, and derives “not addressed”', () => {
    const [alpha, , gamma] = rows[0]!.cells;
    expect(alpha).toMatchObject({ addressed: true, answer: { id: 'more' }, answerIndex: 0 });
    expect(gamma).toMatchObject({ addressed: true, answer: { id: 'same' }, answerIndex: 1 });
    expect(rows[1]!.cells.filter((c) => !c.addressed).map((c) => c.brief.slug)).toEqual(['beta', 'gamma']);
  });
  it('groups briefs by answer: who agrees with whom', () => {
    expect(rows[0]!.groups.map((g) => [g.answer.id, g.briefs.map((b) => b.slug)])).toEqual([
      ['more', ['alpha', 'beta']],
      ['same', ['gamma']],
    ]);
    expect(rows[1]!.silent.map((b) => b.slug)).toEqual(['beta', 'gamma']);
  });
  it('exports every question × every brief, “not-addressed” included', () => {
    const out = positionsForExport([{ theme: spending, rows }], new URL('https://example.org/'));
    expect(out).toHaveLength(2 * BRIEFS.length);
    expect(out.find((p) => p.brief === 'beta' && p.question === 'hns')).toMatchObject({ answer: 'not-addressed', summary: null, claims: [] });
    expect(out.find((p) => p.brief === 'alpha' && p.question === 'budget')!.url).toBe('https://example.org/themes/spending/#budget');
  });
});

describe('analyse', () => {
  const briefs = [brief('late', 'Late', '2025-04-01'), brief('early', 'Early', '2024-03-10'), brief('mid', 'Mid', '2024-11-20')];
  const site = analyse({ briefs, themes: [spending], claims: [], positions: [] });
  it('orders briefs by date and draws the time line from their dates', () => {
    expect(site.briefs.map((b) => b.slug)).toEqual(['early', 'mid', 'late']);
    expect(site.span).toEqual(['10 March 2024', '1 April 2025']);
    expect(site.timeline.pins.map((p) => p.side)).toEqual(['before', 'after', 'after']);
    expect(site.timeline.pins[0]!.at).toBeLessThan(site.timeline.election);
  });
  it('looks up by slug and fails loudly on an unknown one', () => {
    expect(site.name('mid')).toBe('Mid');
    expect(site.nameAndDate('late')).toBe('Late, 1 April 2025');
    expect(() => site.brief('nope')).toThrow(/no brief “nope”/);
  });
  it('counts claims per theme and brief for the compare grid', () => {
    expect(site.grid[0]!.counts.map((c) => c.count)).toEqual([0, 0, 0]);
  });
});
