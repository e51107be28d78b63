import { describe, expect, it } from 'vitest';
import { briefToFeedHtml, feedDescription, feedTitle } from '../../src/lib/feed';
import type { Brief } from '../../src/model';

const SITE = new URL('https://example.org/');
const make = (title: { value: string; from: { source: string } }, url?: string): Brief =>
  ({
    slug: 'x-brief',
    metaFile: 'content/briefs/x-brief.yaml',
    meta: {
      title,
      authors: { list: [{ name: 'A. Writer' }] },
      publisher: { name: 'Example <Institute>', short: 'EI' },
      date: { precision: 'after', value: '2024-11-11' },
      ...(url ? { url: { value: url } } : {}),
    },
    cleaned: {
      blocks: [
        { id: 'h', kind: 'heading', line: 1, segments: [{ type: 'text', text: 'Heading & more' }] },
        {
          id: 'p',
          kind: 'paragraph',
          line: 2,
          segments: [
            { type: 'text', text: 'Japan' },
            { type: 'ins', text: '–', repair: 1 },
            { type: 'text', text: 'Korea ties.' },
            { type: 'note', note: 1 },
          ],
        },
      ],
      notes: [{ number: 1, text: 'A note <b>.', line: 9 }],
      repairs: [],
      removed: [],
    },
  }) as unknown as Brief;

describe('the feed item of a brief', () => {
  const html = briefToFeedHtml(make({ value: 'T', from: { source: 'text' } }, 'https://publisher.test/a'), SITE);
  it('carries the whole text, escaped, with insertions marked and endnotes listed', () => {
    expect(html).toContain('<h2>Heading &amp; more</h2>');
    expect(html).toContain('<p>Japan<ins title="Editorial insertion 1">–</ins>Korea ties.<sup>1</sup></p>');
    expect(html).toContain('<li>A note &lt;b&gt;.</li>');
  });
  it('says who wrote it, when (as precisely as known) and where to read it, with absolute links', () => {
    expect(html).toContain('A. Writer, Example &lt;Institute&gt;, Not stated (written on or after 11 November 2024).');
    expect(html).toContain('<a href="https://example.org/briefs/x-brief/">');
    expect(html).toContain('Original: <a href="https://publisher.test/a">');
  });
  it('labels a title the editors supplied', () => {
    expect(feedTitle(make({ value: 'Untitled', from: { source: 'editors' } }))).toBe('Untitled (title supplied by the editors)');
    expect(feedTitle(make({ value: 'Own', from: { source: 'text' } }))).toBe('Own');
  });
  it('describes the brief by the opening of its first paragraph', () => {
    expect(feedDescription(make({ value: 'T', from: { source: 'text' } }))).toBe('Japan–Korea ties.');
  });
});
