// References built from brief metadata and claims: what goes into the CSL-JSON item and how the
// styles print it. Small briefs made up for each rule, then every brief of content/.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { briefToCsl, SUPPLIED_TITLE_NOTE } from '../../src/cite/brief-to-csl';
import { claimToCsl } from '../../src/cite/claim-to-csl';
import { citationFile, citationHtml, citationText, STYLES } from '../../src/cite/formats';
import { SITE_NAME } from '../../src/lib/site-name';
import type { Brief } from '../../src/model';
import { briefMetaSchema, type BriefMeta } from '../../src/schemas/brief';

const ROOT = join(import.meta.dirname, '../..');
const text = { source: 'text', evidence: 'x' } as const;
const editors = { source: 'editors', note: 'The capture has no title.' } as const;

/** A brief's metadata with only what citations read; `over` replaces fields. */
function meta(over: Partial<BriefMeta> = {}): Pick<Brief, 'meta'> {
  const base = {
    code: 'think1',
    title: { value: 'Japan and the Alliance', from: text },
    publisher: { name: 'Think Institute', short: 'TI', from: text },
    authors: { list: [{ name: 'Ann Author' }, { name: 'Takahashi Kosuke' }], from: text },
    date: { precision: 'day', value: '2025-01-14', from: text },
    kind: { value: 'policy brief', from: text },
    language: 'en',
  };
  return { meta: { ...base, ...over } as unknown as BriefMeta };
}

const styled = (b: Pick<Brief, 'meta'>) => Object.fromEntries(STYLES.map((s) => [s.key, citationText(briefToCsl(b), s.template)]));

describe('a brief as a CSL item', () => {
  it('is a report with its title, publisher, date and authors named exactly as written', () => {
    const item = briefToCsl(meta());
    expect(item).toMatchObject({ type: 'report', title: 'Japan and the Alliance', publisher: 'Think Institute', issued: { 'date-parts': [[2025, 1, 14]] } });
    // Never split into family and given names: "Takahashi Kosuke" is family name first.
    expect(item.author).toEqual([{ literal: 'Ann Author' }, { literal: 'Takahashi Kosuke' }]);
    expect(styled(meta()).apa).toMatch(/^Ann Author & Takahashi Kosuke\. \(2025\)\./);
  });

  it('has no author when the text names none, and the styles lead with the title', () => {
    const b = meta({ authors: { list: [], note: 'No author named.' } });
    expect(briefToCsl(b).author).toBeUndefined();
    const out = styled(b);
    expect(out['apa']).toMatch(/^Japan and the Alliance\. \(2025\)/);
    expect(out['chicago']).toMatch(/^“Japan and the Alliance\.” 2025\./);
    expect(out['mla']).toMatch(/^Japan and the Alliance\. /);
    for (const s of Object.values(out)) expect(s).not.toMatch(/Think Institute\..*Think Institute/);
  });

  it('keeps the precision of a month date and leaves out a date the text does not state', () => {
    expect(briefToCsl(meta({ date: { precision: 'month', value: '2024-03', from: text } })).issued).toEqual({ 'date-parts': [[2024, 3]] });
    const undated = meta({ date: { precision: 'after', value: '2024-11-11', note: 'Not stated.', from: text } });
    expect(briefToCsl(undated).issued).toBeUndefined();
    const out = styled(undated);
    expect(out['apa']).toContain('(n.d.)');
    expect(out['chicago']).toContain(' n.d. ');
    expect(out['mla']).not.toMatch(/n\.d\.|2024/);
  });

  it('marks a title the editors supplied, in brackets in every style and with a note in the files', () => {
    const b = meta({ title: { value: 'Trump and Japan', from: editors } });
    const item = briefToCsl(b);
    expect(item.title).toBe('[Trump and Japan]');
    expect(item.note).toBe(SUPPLIED_TITLE_NOTE);
    for (const s of Object.values(styled(b))) expect(s).toMatch(/\[Trump and Japan\]/);
    expect(citationFile(item, 'bib')).toMatch(/note = \{Title supplied by the editors/);
    expect(citationFile(item, 'ris')).toMatch(/^N1 {2}- Title supplied by the editors/m);
    expect(briefToCsl(meta()).note).toBeUndefined();
  });

  it('gives the URL of the original only when there is one, and never an access date', () => {
    expect(briefToCsl(meta()).URL).toBeUndefined();
    const item = briefToCsl(meta({ url: { value: 'https://example.org/brief', from: text } }));
    expect(item.URL).toBe('https://example.org/brief');
    expect(item).not.toHaveProperty('accessed');
  });

  it('names the series of a report, and takes the kind as its genre only when the publisher gives it', () => {
    const item = briefToCsl(meta({ series: { value: 'Policy Brief Series 2025-02', from: text } }));
    expect(item['collection-title']).toBe('Policy Brief Series 2025-02');
    expect(item.genre).toBe('policy brief');
    expect(briefToCsl(meta({ kind: { value: 'analysis', from: editors } })).genre).toBeUndefined();
  });

  it('cites a magazine article in its magazine', () => {
    const item = briefToCsl(meta({ kind: { value: 'magazine article', from: text }, series: { value: 'March issue', from: text } }));
    expect(item).toMatchObject({ type: 'article-magazine', 'container-title': 'Think Institute' });
    expect(item.publisher).toBeUndefined();
    expect(item['collection-title']).toBeUndefined();
  });

  it('keeps codes with digits in their case when a style sets titles in title case', () => {
    const b = meta({ title: { value: 'the case of co25066 and trump 2.0', from: text } });
    expect(styled(b)['chicago']).toContain('“The Case of co25066 and Trump 2.0.”');
  });

  it('escapes markup in the HTML form', () => {
    const html = citationHtml(briefToCsl(meta({ title: { value: 'A <script>alert(1)</script> & B', from: text } })), 'apa');
    expect(html).not.toContain('<script');
    expect(html).toContain('&#60;script&#62;');
  });
});

describe('a claim as a CSL item', () => {
  const item = claimToCsl(
    { id: 'think1-07', statement: 'Japan will spend more.', quote: 'Tokyo will raise its budget' },
    'Ann Author. (2025). Japan.',
    'https://example.org',
  );
  it('cites the claim page on this site, titled as the page is', () => {
    expect(item).toMatchObject({
      type: 'webpage',
      title: 'Claim think1-07: Japan will spend more.',
      'container-title': SITE_NAME,
      URL: 'https://example.org/claims/think1-07/',
    });
  });
  it('names the brief it quotes and the quote in its note', () => {
    expect(item.note).toBe('Quotes: Ann Author. (2025). Japan. Quoted words: “Tokyo will raise its budget”');
    expect(citationFile(item, 'bib')).toMatch(/^@misc\{think1_07,/);
  });
  it('prints no bare "Retrieved" or "Claim Think1" in the styles', () => {
    for (const s of STYLES) expect(citationText(item, s.template)).not.toMatch(/Retrieved|Think1/);
  });
});

describe('every brief of content/', () => {
  const dir = join(ROOT, 'content/briefs');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.yaml'))) {
    const m = briefMetaSchema.parse(parse(readFileSync(join(dir, file), 'utf8')));
    it(`${file}: cites its title, authors and publisher and keeps RIS values on one line`, () => {
      const item = briefToCsl({ meta: m });
      for (const s of STYLES) {
        const out = citationText(item, s.template);
        for (const a of m.authors.list) expect(out).toContain(a.name);
        expect(out.toLowerCase()).toContain(m.title.value.toLowerCase().slice(0, 20));
      }
      const ris = citationFile(item, 'ris');
      expect(ris.split('\n').every((line) => line === '' || /^[A-Z][A-Z0-9] {2}- /.test(line))).toBe(true);
    });
  }
});
